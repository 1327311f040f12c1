package praxis.svm;

import praxis.api.Model;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * What the single-output kernel SVM models ({@link SVRModel}, {@link OneClassSVMModel}) share: the expansion
 * {@code f(x) = sum_i coef_i K(x_i, x) - rho} over the support vectors (training-row order), the kernel and its
 * parameters, the solver's convergence flag, the accessors named after scikit-learn's attributes, and the model
 * state (the same keys for both types; only the type name differs).
 */
abstract class KernelExpansionModel implements Model {
  private final String type;
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

  KernelExpansionModel(String type, Schema schema, Kernel kernel, double gamma, int degree, double coef0,
      int[] svIdx, SupportSet sv, double[] coef, double rho, boolean converged, Provenance provenance) {
    this.type = type;
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

  /**
   * The dual coefficients, shape {@code [1][sv]} ({@code dual_coef_}): {@code a_i - a*_i} for {@link SVRModel},
   * {@code a_i} for {@link OneClassSVMModel}.
   */
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


  /** {@code sum_i coef_i K(x_i, x)} per row of x ({@code who} names the model in input errors). */
  final double[] kernelSums(Frame x, String who) {
    double[] out = new double[x.rowCount()];
    ke.forEachRow(schema, x, who, (r, kv) -> {
      double s = 0;
      for (int i = 0; i < coef.length; i++) {
        s += coef[i] * kv[i];
      }
      out[r] = s;
    });
    return out;
  }

  /** {@code sum_i coef_i K(x_i, x) - rho} per row of x: the decision value. */
  final double[] decisionValues(Frame x, String who) {
    double[] out = kernelSums(x, who);
    for (int i = 0; i < out.length; i++) {
      out[i] -= rho;
    }
    return out;
  }

  /** {@code rho}, subtracted from the kernel sum. */
  final double rho() {
    return rho;
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
    State.Builder b = ModelStates.start(type, schema, provenance);
    b.put("kernel", kernel.name()).put("gamma", gamma)
        .put("degree", degree).put("coef0", coef0).put("support", svIdx)
        .put("dualCoef", coef).put("rho", rho).put("converged", converged);
    sv.write(b);
    return b.build();
  }

  /** The constructor of a concrete model, in the order of {@link KernelExpansionModel}'s (without the type). */
  interface Factory<M> {
    M create(Schema schema, Kernel kernel, double gamma, int degree, double coef0, int[] svIdx, SupportSet sv,
        double[] coef, double rho, boolean converged, Provenance provenance);
  }

  /** Reads the state written by {@link #toState()} for the given type and builds the model with make. */
  static <M> M read(State s, String type, Factory<M> make) {
    s.requireType(type);
    Schema schema = ModelStates.schema(s);
    int[] idx = s.getInts("support");
    double[] coef = s.getDoubles("dualCoef");
    ModelStates.require(coef.length == idx.length, s, "support vector counts do not match");
    SupportSet sv = SupportSet.read(s, idx.length, schema.size());
    Kernel kernel;
    try {
      kernel = Kernel.valueOf(s.getString("kernel"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type + " model state: unknown kernel '" + s.getString("kernel") + "'", e);
    }
    return make.create(schema, kernel, s.getDouble("gamma"), s.getInt("degree"), s.getDouble("coef0"), idx, sv,
        coef, s.getDouble("rho"), s.getBoolean("converged"), ModelStates.provenance(s));
  }
}
