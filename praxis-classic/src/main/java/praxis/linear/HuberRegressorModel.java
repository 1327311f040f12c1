package praxis.linear;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;

/**
 * A fitted {@link HuberRegressor}: coefficients, intercept, the estimated scale sigma and the solver outcome.
 *
 * <pre>{@code
 * HuberRegressorModel m = new HuberRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * boolean[] flagged = m.outliers(x, y);   // |y − ŷ| > epsilon · scale
 * }</pre>
 */
public final class HuberRegressorModel extends LinearPredictor {
  static final String TYPE = "huber_regressor";
  private final double scale;
  private final double epsilon;
  private final int iterations;
  private final boolean converged;

  HuberRegressorModel(Schema schema, double[] coef, double intercept, double scale, double epsilon, int iterations,
      boolean converged, Provenance provenance) {
    super(schema, coef, intercept, provenance);
    this.scale = scale;
    this.epsilon = epsilon;
    this.iterations = iterations;
    this.converged = converged;
  }

  /** The estimated scale sigma of the residuals (scikit-learn's {@code scale_}). */
  public double scale() {
    return scale;
  }

  /** L-BFGS iterations done (scikit-learn's {@code n_iter_}). */
  public int iterations() {
    return iterations;
  }

  /** Whether the gradient tolerance was met before {@code maxIter}. */
  public boolean converged() {
    return converged;
  }

  /**
   * Which rows of {@code (x, y)} the model treats as outliers, {@code |y_i − ŷ_i| > epsilon · scale}; on the
   * training data this is scikit-learn's {@code outliers_}.
   *
   * @throws IllegalArgumentException if y is not numeric or its length differs from the row count
   */
  public boolean[] outliers(Frame x, Target y) {
    y.requireKind(Target.Kind.VALUES);
    double[] t = y.values();
    if (t.length != x.rowCount()) {
      throw new IllegalArgumentException("HuberRegressor: y has " + t.length + " values for " + x.rowCount()
          + " rows; pass the target of the same rows");
    }
    double[] yhat = predict(x);
    boolean[] out = new boolean[t.length];
    double limit = epsilon * scale;
    for (int i = 0; i < t.length; i++) {
      out[i] = Math.abs(t[i] - yhat[i]) > limit;
    }
    return out;
  }

  @Override
  String who() {
    return "HuberRegressor";
  }

  @Override
  String type() {
    return TYPE;
  }

  @Override
  public State toState() {
    return startState().put("scale", scale).put("epsilon", epsilon).put("iterations", iterations)
        .put("converged", converged).build();
  }

  /** Reads {@code huber_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public HuberRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double scale = s.getDouble("scale");
      ModelStates.require(scale > 0, s, "scale " + scale + " must be positive");
      return new HuberRegressorModel(schema, readCoef(s, schema), s.getDouble("intercept"), scale,
          s.getDouble("epsilon"), s.getInt("iterations"), s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
