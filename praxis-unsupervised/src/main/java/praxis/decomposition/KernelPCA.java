package praxis.decomposition;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SymmetricEigen;

/**
 * Kernel PCA (Schölkopf et al. 1998), as scikit-learn 1.2's {@code KernelPCA}: the kernel matrix of the
 * training rows is double-centered and eigen-decomposed; the scores of a row are its centered kernel
 * values against the training rows times the eigenvectors divided by the square roots of the eigenvalues.
 * Kernels: linear, polynomial {@code (γ x·y + c₀)^d}, RBF {@code exp(−γ|x−y|²)}, sigmoid
 * {@code tanh(γ x·y + c₀)}, cosine; γ defaults to {@code 1 / p}. Eigenvectors get scikit-learn's sign
 * convention; non-positive eigenvalues are dropped when all components are requested. Optional pre-images
 * ({@code fitInverseTransform}): a kernel ridge regression from the training scores back to the inputs
 * (Bakır et al. 2004), used by {@link KernelPCAModel#inverseTransform}. Cost O(n² p + n³); the model keeps
 * the training rows.
 *
 * <pre>{@code
 * KernelPCA.Params p = KernelPCA.Params.DEFAULTS.withKernel(KernelPCA.Kernel.RBF).withGamma(10).withNComponents(2);
 * KernelPCAModel m = new KernelPCA(p).fit(x, Target.none(x.rowCount()));
 * Frame z = m.transform(x);
 * }</pre>
 */
public final class KernelPCA implements Estimator<KernelPCA.Params, KernelPCAModel> {
  /** Kernel function. */
  public enum Kernel {
    /** {@code x·y}. */
    LINEAR,
    /** {@code (γ x·y + c₀)^d}. */
    POLY,
    /** {@code exp(−γ |x − y|²)}. */
    RBF,
    /** {@code tanh(γ x·y + c₀)}. */
    SIGMOID,
    /** {@code x·y / (|x| |y|)}. */
    COSINE
  }

  /**
   * Hyperparameters.
   *
   * @param nComponents components (0 = all with a positive eigenvalue)
   * @param kernel kernel function
   * @param gamma kernel coefficient (0 = 1 / number of features)
   * @param degree polynomial degree (&gt;= 1)
   * @param coef0 polynomial / sigmoid offset
   * @param fitInverseTransform learn pre-images for {@link KernelPCAModel#inverseTransform}
   * @param alpha ridge penalty of the pre-image regression (&gt; 0)
   */
  public record Params(int nComponents, Kernel kernel, double gamma, int degree, double coef0,
      boolean fitInverseTransform, double alpha) implements praxis.api.Params {
    /** All components, linear kernel, γ = 1/p, degree 3, c₀ = 1, no pre-images, α = 1 (scikit-learn). */
    public static final Params DEFAULTS = new Params(0, Kernel.LINEAR, 0.0, 3, 1.0, false, 1.0);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 0, "nComponents");
      Check.notNull(kernel, "kernel");
      if (!(gamma >= 0) || !Double.isFinite(gamma)) {
        throw new IllegalArgumentException("gamma must be > 0 (or 0 for 1 / number of features), got " + gamma);
      }
      Check.atLeast(degree, 1, "degree");
      Check.positive(alpha, "alpha");
    }

    /** With another number of components. */
    public Params withNComponents(int k) {
      return new Params(k, kernel, gamma, degree, coef0, fitInverseTransform, alpha);
    }

    /** With another kernel. */
    public Params withKernel(Kernel k) {
      return new Params(nComponents, k, gamma, degree, coef0, fitInverseTransform, alpha);
    }

    /** With another gamma. */
    public Params withGamma(double g) {
      return new Params(nComponents, kernel, g, degree, coef0, fitInverseTransform, alpha);
    }

    /** With pre-images learned. */
    public Params withFitInverseTransform(boolean f) {
      return new Params(nComponents, kernel, gamma, degree, coef0, f, alpha);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public KernelPCA() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public KernelPCA(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public KernelPCA withParams(Params p) {
    return new KernelPCA(p);
  }

  @Override
  public String name() {
    return "kernel_pca";
  }

  /**
   * Fits ({@code y} ignored).
   *
   * @throws IllegalArgumentException on bad input or more components than rows
   */
  @Override
  public KernelPCAModel fit(Frame x, Target y) {
    DenseInput in = DenseInput.of(x, "KernelPCA");
    int n = in.n();
    int p = in.p();
    if (params.nComponents() > n) {
      throw new IllegalArgumentException("KernelPCA: nComponents = " + params.nComponents() + " but there are only "
          + n + " rows; use nComponents <= " + n);
    }
    double gamma = params.gamma() == 0 ? 1.0 / p : params.gamma();
    double[][] rows = toRows(in.data(), n, p);
    KernelFunction kf = new KernelFunction(params.kernel(), gamma, params.degree(), params.coef0());
    double[] k = kf.matrix(rows, rows);
    double[] colMean = new double[n];
    double all = 0;
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += k[j * n + i];
      }
      colMean[j] = s / n;
      all += colMean[j];
    }
    all /= n;
    double[] kc = new double[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        kc[j * n + i] = k[j * n + i] - colMean[i] - colMean[j] + all;
      }
    }
    SymmetricEigen eig = LinAlg.eigenSymmetric(DenseMatrix.wrap(n, n, kc));
    double[] values = eig.values();
    double[] vec = eig.vectors().data();
    // scikit-learn's _check_psd_eigenvalues: negative and negligible positive eigenvalues become 0.
    double largest = Math.max(values[0], 0);
    double[] psd = new double[n];
    for (int c = 0; c < n; c++) {
      psd[c] = values[c] > 1e-12 * largest ? values[c] : 0.0;
    }
    int keep = params.nComponents();
    if (keep == 0) {
      while (keep < n && psd[keep] > 0) {
        keep++;
      }
      if (keep == 0) {
        throw new IllegalArgumentException("KernelPCA: the centered kernel matrix has no positive eigenvalue"
            + " (constant data or a degenerate kernel); check gamma and the input");
      }
    }
    double[][] alphas = new double[keep][n];
    double[] lambdas = new double[keep];
    for (int c = 0; c < keep; c++) {
      lambdas[c] = psd[c];
      int best = 0;
      for (int i = 0; i < n; i++) {
        alphas[c][i] = vec[c * n + i];
        if (Math.abs(alphas[c][i]) > Math.abs(alphas[c][best])) {
          best = i;
        }
      }
      if (alphas[c][best] < 0) {
        for (int i = 0; i < n; i++) {
          alphas[c][i] = -alphas[c][i];
        }
      }
    }
    double[][] dual = null;
    if (params.fitInverseTransform()) {
      double[][] z = new double[n][keep];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < keep; c++) {
          z[i][c] = alphas[c][i] * Math.sqrt(lambdas[c]);
        }
      }
      KernelFunction zk = new KernelFunction(params.kernel(), gamma, params.degree(), params.coef0());
      double[] kz = zk.matrix(z, z);
      for (int i = 0; i < n; i++) {
        kz[i * n + i] += params.alpha();
      }
      var chol = LinAlg.cholesky(DenseMatrix.wrap(n, n, kz));
      dual = new double[p][];
      for (int j = 0; j < p; j++) {
        double[] col = new double[n];
        System.arraycopy(in.data(), j * n, col, 0, n);
        dual[j] = chol.solve(col);
      }
    }
    return new KernelPCAModel(x.schema(), kf, rows, colMean, all, alphas, lambdas, dual,
        Provenance.of(name(), params, x, y, 0L));
  }

  static double[][] toRows(double[] cm, int n, int p) {
    double[][] r = new double[n][p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        r[i][j] = cm[j * n + i];
      }
    }
    return r;
  }
}
