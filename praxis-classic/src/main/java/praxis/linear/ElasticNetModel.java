package praxis.linear;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link ElasticNet}: coefficients by feature, intercept, and the coordinate-descent outcome
 * (sweeps, final duality gap, convergence).
 *
 * <pre>{@code
 * ElasticNetModel m = new ElasticNet().fit(x, y);
 * double[] yhat = m.predict(test);
 * double gap = m.dualGap();
 * }</pre>
 */
public final class ElasticNetModel extends LinearPredictor {
  static final String TYPE = "elastic_net";
  private final int iterations;
  private final double dualGap;
  private final boolean converged;

  ElasticNetModel(Schema schema, double[] coef, double intercept, int iterations, double dualGap, boolean converged,
      Provenance provenance) {
    super(schema, coef, intercept, provenance);
    this.iterations = iterations;
    this.dualGap = dualGap;
    this.converged = converged;
  }

  /** Coordinate-descent sweeps done (scikit-learn's {@code n_iter_}). */
  public int iterations() {
    return iterations;
  }

  /** Final duality gap on the objective's scale (scikit-learn's {@code dual_gap_}). */
  public double dualGap() {
    return dualGap;
  }

  /** Whether the duality-gap test passed before {@code maxIter}. */
  public boolean converged() {
    return converged;
  }

  @Override
  String who() {
    return "ElasticNet";
  }

  @Override
  String type() {
    return TYPE;
  }

  @Override
  public State toState() {
    return startState().put("iterations", iterations).put("dualGap", dualGap).put("converged", converged).build();
  }

  /** Reads {@code elastic_net} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public ElasticNetModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      return new ElasticNetModel(schema, readCoef(s, schema), s.getDouble("intercept"), s.getInt("iterations"),
          s.getDouble("dualGap"), s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
