package praxis.svm;

import praxis.api.ModelCodec;
import praxis.api.OutlierDetector;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link OneClassSVM}: support vectors (training-row order), their coefficients {@code a_i}
 * ({@code dual_coef_}) and {@code rho}. {@link #decisionFunction} is {@code sum_i a_i K(x_i, x) - rho}
 * (negative outside the learned region), {@link #predict} is {@code +1} (inlier) where it is positive and
 * {@code -1} (outlier) otherwise, as scikit-learn / LIBSVM.
 *
 * <pre>{@code
 * OneClassSVMModel m = new OneClassSVM().fit(x, Target.none(x.rowCount()));
 * int[] label = m.predict(test);       // +1 / -1
 * double offset = m.offset();          // rho
 * }</pre>
 */
public final class OneClassSVMModel implements OutlierDetector {
  static final String TYPE = "one_class_svm";
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

  OneClassSVMModel(Schema schema, Kernel kernel, double gamma, int degree, double coef0, int[] svIdx, SupportSet sv,
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

  /** The coefficients {@code a_i}, shape {@code [1][sv]} ({@code dual_coef_}). */
  public double[][] dualCoefficients() {
    return new double[][] {coef.clone()};
  }

  /** {@code rho}, subtracted from the kernel sum ({@code offset_}). */
  public double offset() {
    return rho;
  }

  /** {@code -rho} ({@code intercept_}), as a one-element array. */
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

  /** {@code sum_i a_i K(x_i, x)} per row ({@code score_samples}). */
  public double[] scoreSamples(Frame x) {
    double[] out = new double[x.rowCount()];
    ke.forEachRow(schema, x, "OneClassSVM", (r, kv) -> {
      double s = 0;
      for (int i = 0; i < coef.length; i++) {
        s += coef[i] * kv[i];
      }
      out[r] = s;
    });
    return out;
  }

  /** {@code sum_i a_i K(x_i, x) - rho} per row: positive inside, negative outside ({@code decision_function}). */
  public double[] decisionFunction(Frame x) {
    double[] s = scoreSamples(x);
    for (int i = 0; i < s.length; i++) {
      s[i] -= rho;
    }
    return s;
  }

  /** {@code +1} (inlier) where the decision value is positive, {@code -1} (outlier) otherwise. */
  @Override
  public int[] predict(Frame x) {
    double[] d = decisionFunction(x);
    int[] out = new int[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = d[i] > 0 ? 1 : -1;
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
    State.Builder b = ModelStates.start(TYPE, schema, provenance);
    b.put("kernel", kernel.name()).put("gamma", gamma)
        .put("degree", degree).put("coef0", coef0).put("support", svIdx)
        .put("dualCoef", coef).put("rho", rho).put("converged", converged);
    sv.write(b);
    return b.build();
  }

  /** Reads {@code one_class_svm} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public OneClassSVMModel read(State s) {
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
        throw new IllegalArgumentException("one_class_svm model state: unknown kernel '" + s.getString("kernel")
            + "'", e);
      }
      return new OneClassSVMModel(schema, kernel, s.getDouble("gamma"), s.getInt("degree"), s.getDouble("coef0"),
          idx, sv, coef, s.getDouble("rho"), s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
