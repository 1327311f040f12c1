package praxis.svm;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link LinearSVR}: weights ({@code coef_}) and intercept ({@code intercept_}); predicts
 * {@code w . x + b}.
 *
 * <pre>{@code
 * LinearSVRModel m = new LinearSVR().fit(x, y);
 * double[] w = m.coefficients();
 * double[] yhat = m.predict(x);
 * }</pre>
 */
public final class LinearSVRModel implements Regressor {
  static final String TYPE = "linear_svr";
  private final Schema schema;
  private final double[] coef;
  private final double intercept;
  private final int iterations;
  private final boolean converged;
  private final Provenance provenance;

  LinearSVRModel(Schema schema, double[] coef, double intercept, int iterations, boolean converged,
      Provenance provenance) {
    this.schema = schema;
    this.coef = coef.clone();
    this.intercept = intercept;
    this.iterations = iterations;
    this.converged = converged;
    this.provenance = provenance;
  }

  /** The weights, one per feature ({@code coef_}). */
  public double[] coefficients() {
    return coef.clone();
  }

  /** The intercept ({@code intercept_}; 0 without fitIntercept). */
  public double intercept() {
    return intercept;
  }

  /** Epochs used ({@code n_iter_}). */
  public int iterations() {
    return iterations;
  }

  /** Whether tol was met within maxIter. */
  public boolean converged() {
    return converged;
  }

  @Override
  public double[] predict(Frame x) {
    double[][] s = DualCd.scores(schema, x, "LinearSVR", new double[][] {coef}, new double[] {intercept});
    double[] out = new double[s.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = s[i][0];
    }
    return out;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    return ModelStates.start(TYPE, schema, provenance).put("coef", coef).put("intercept", intercept)
        .put("iterations", iterations).put("converged", converged).build();
  }

  /** Reads {@code linear_svr} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LinearSVRModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double[] coef = s.getDoubles("coef");
      ModelStates.require(coef.length == schema.size(), s, "coef does not have " + schema.size() + " values");
      return new LinearSVRModel(schema, coef, s.getDouble("intercept"), s.getInt("iterations"),
          s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
