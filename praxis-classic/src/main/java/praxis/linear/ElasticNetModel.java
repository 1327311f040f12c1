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
public final class ElasticNetModel extends CoordinateDescentModel {
  static final String TYPE = "elastic_net";

  ElasticNetModel(Schema schema, double[] coef, double intercept, int iterations, double dualGap, boolean converged,
      Provenance provenance) {
    super(schema, coef, intercept, iterations, dualGap, converged, provenance);
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
    return descentState().build();
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
