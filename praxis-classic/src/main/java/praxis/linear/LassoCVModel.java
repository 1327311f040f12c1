package praxis.linear;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link LassoCV}: the lasso refitted at the chosen alpha, with the alpha grid and the
 * cross-validated mean squared errors ({@code msePath()[alpha][fold]}).
 *
 * <pre>{@code
 * LassoCVModel m = new LassoCV().fit(x, y);
 * double alpha = m.alpha();
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class LassoCVModel extends CoordinateDescentModel {
  static final String TYPE = "lasso_cv";
  private final double alpha;
  private final double[] alphas;
  private final double[][] msePath;

  LassoCVModel(Schema schema, double[] coef, double intercept, int iterations, double dualGap, boolean converged,
      double alpha, double[] alphas, double[][] msePath, Provenance provenance) {
    super(schema, coef, intercept, iterations, dualGap, converged, provenance);
    this.alpha = alpha;
    this.alphas = alphas.clone();
    this.msePath = ElasticNetCVModel.copy(msePath);
  }

  /** The chosen alpha (smallest mean cross-validated squared error). */
  public double alpha() {
    return alpha;
  }

  /** The alpha grid, descending (a copy). */
  public double[] alphas() {
    return alphas.clone();
  }

  /** Test-fold mean squared errors, [alpha][fold] (a copy). */
  public double[][] msePath() {
    return ElasticNetCVModel.copy(msePath);
  }

  @Override
  String who() {
    return "LassoCV";
  }

  @Override
  String type() {
    return TYPE;
  }

  @Override
  public State toState() {
    return descentState()
        .put("alpha", alpha).put("alphas", alphas).put("msePath", msePath).build();
  }

  /** Reads {@code lasso_cv} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LassoCVModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double[] alphas = s.getDoubles("alphas");
      double[][] mse = s.getMatrix("msePath");
      ModelStates.require(mse.length == alphas.length, s, mse.length + " msePath rows for " + alphas.length
          + " alphas");
      return new LassoCVModel(schema, readCoef(s, schema), s.getDouble("intercept"), s.getInt("iterations"),
          s.getDouble("dualGap"), s.getBoolean("converged"), s.getDouble("alpha"), alphas, mse,
          ModelStates.provenance(s));
    }
  }
}
