package praxis.svm;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link SVR}: support vectors (training-row order), their dual coefficients {@code a_i - a*_i}
 * ({@code dual_coef_}) and the intercept {@code -rho}; predicts {@code sum_i coef_i K(x_i, x) + intercept}.
 *
 * <pre>{@code
 * SVRModel m = new SVR().fit(x, y);
 * double[] yhat = m.predict(x);
 * double b = m.intercepts()[0];
 * }</pre>
 */
public final class SVRModel implements Regressor {
  static final String TYPE = "svr";
  private final Schema schema;
  private final Kernel kernel;
  private final double gamma;
  private final int degree;
  private final double coef0;
  private final int[] svIdx;
  private final SupportSet sv;
  private final double[] coef;
  private final double rho;
  private final boolean converged;
  private final Provenance provenance;
  private final KernelEval ke;

  SVRModel(Schema schema, Kernel kernel, double gamma, int degree, double coef0, int[] svIdx, SupportSet sv,
      double[] coef, double rho, boolean converged, Provenance provenance) {
    this.schema = schema;
    this.kernel = kernel;
    this.gamma = gamma;
    this.degree = degree;
    this.coef0 = coef0;
    this.svIdx = svIdx.clone();
    this.sv = sv;
    this.coef = coef.clone();
    this.rho = rho;
    this.converged = converged;
    this.provenance = provenance;
    this.ke = sv.eval(kernel, gamma, degree, coef0);
  }

  /** Training-row indices of the support vectors ({@code support_}). */
  public int[] supportIndices() {
    return svIdx.clone();
  }

  /** The support vectors {@code [sv][feature]}. */
  public double[][] supportVectors() {
    return sv.toDense();
  }

  /** Number of support vectors, as a one-element array ({@code n_support_}). */
  public int[] nSupport() {
    return new int[] {svIdx.length};
  }

  /** Dual coefficients {@code a_i - a*_i}, shape {@code [1][sv]} ({@code dual_coef_}). */
  public double[][] dualCoefficients() {
    return new double[][] {coef.clone()};
  }

  /** The intercept {@code -rho}, as a one-element array ({@code intercept_}). */
  public double[] intercepts() {
    return new double[] {-rho};
  }

  /** The kernel coefficient used (after resolving scale / auto). */
  public double gamma() {
    return gamma;
  }

  /** The kernel. */
  public Kernel kernel() {
    return kernel;
  }

  /** Whether the solver reached tol within maxIter. */
  public boolean converged() {
    return converged;
  }

  @Override
  public double[] predict(Frame x) {
    double[] out = new double[x.rowCount()];
    ke.forEachRow(schema, x, "SVR", (r, kv) -> {
      double s = 0;
      for (int i = 0; i < coef.length; i++) {
        s += coef[i] * kv[i];
      }
      out[r] = s - rho;
    });
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
    State.Builder b = ModelStates.start(TYPE, schema, provenance);
    b.put("kernel", kernel.name()).put("gamma", gamma)
        .put("degree", degree).put("coef0", coef0).put("support", svIdx)
        .put("dualCoef", coef).put("rho", rho).put("converged", converged);
    sv.write(b);
    return b.build();
  }

  /** Reads {@code svr} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public SVRModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      int[] idx = s.getInts("support");
      double[] coef = s.getDoubles("dualCoef");
      ModelStates.require(coef.length == idx.length, s, "support vector counts do not match");
      SupportSet sv = SupportSet.read(s, idx.length, schema.size());
      Kernel kernel;
      try {
        kernel = Kernel.valueOf(s.getString("kernel"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("svr model state: unknown kernel '" + s.getString("kernel") + "'", e);
      }
      return new SVRModel(schema, kernel, s.getDouble("gamma"), s.getInt("degree"), s.getDouble("coef0"), idx, sv,
          coef, s.getDouble("rho"), s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
