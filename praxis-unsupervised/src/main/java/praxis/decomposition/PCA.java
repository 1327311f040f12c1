package praxis.decomposition;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SVD;

/**
 * Principal component analysis (U5) by singular value decomposition of the centered data, as scikit-learn
 * 1.2's {@code PCA}: components are the right singular vectors with scikit-learn's sign convention
 * ({@code svd_flip}, largest |U| entry of each component positive), explained variance {@code s² / (n − 1)}
 * and its ratio, singular values, the noise variance (mean of the discarded eigenvalues), optional
 * whitening, and {@link PCAModel#inverseTransform}. The number of components is either fixed or the
 * smallest count whose cumulative explained-variance ratio exceeds {@code varianceToKeep}. The {@code
 * RANDOMIZED} solver (Halko et al. 2011; {@code k + 10} random directions, 7 or 4 power iterations) costs
 * O(n p k) instead of O(n p min(n, p)) and is chosen automatically, as scikit-learn does, for inputs larger
 * than 500 in some dimension when fewer than 80% of the components are kept.
 *
 * <pre>{@code
 * PCAModel pca = new PCA(PCA.Params.DEFAULTS.withNComponents(2)).fit(x, Target.none(x.rowCount()));
 * Frame scores = pca.transform(x);                   // columns pca0, pca1
 * double[] ratio = pca.explainedVarianceRatio();
 * Frame back = pca.inverseTransform(scores);         // rank-2 reconstruction with x's column names
 * }</pre>
 */
public final class PCA implements Estimator<PCA.Params, PCAModel> {
  /** SVD method. */
  public enum Solver {
    /** scikit-learn's rule: randomized when max(n, p) &gt; 500 and k &lt; 0.8 min(n, p), else full. */
    AUTO,
    /** Exact thin SVD. */
    FULL,
    /** Randomized range finder + small exact SVD. */
    RANDOMIZED
  }

  /**
   * Hyperparameters.
   *
   * @param nComponents components to keep (0 = all {@code min(n, p)}, or as chosen by varianceToKeep)
   * @param varianceToKeep when in (0, 1): keep the fewest components explaining more than this fraction of the
   *     variance (needs the full solver; nComponents must then be 0); 0 = unused
   * @param whiten scale the scores to unit variance
   * @param solver SVD method
   * @param powerIterations randomized solver's power iterations (-1 = 7 if k &lt; 0.1 min(n, p), else 4)
   * @param seed randomized solver's seed
   */
  public record Params(int nComponents, double varianceToKeep, boolean whiten, Solver solver, int powerIterations,
      long seed) implements praxis.api.Params {
    /** All components, no whitening, automatic solver, seed 0. */
    public static final Params DEFAULTS = new Params(0, 0.0, false, Solver.AUTO, -1, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 0, "nComponents");
      if (!(varianceToKeep >= 0 && varianceToKeep < 1)) {
        throw new IllegalArgumentException("varianceToKeep must be in [0, 1) (0 = unused), got " + varianceToKeep);
      }
      if (varianceToKeep > 0 && nComponents > 0) {
        throw new IllegalArgumentException("give either nComponents (" + nComponents + ") or varianceToKeep ("
            + varianceToKeep + "), not both");
      }
      if (varianceToKeep > 0 && solver == Solver.RANDOMIZED) {
        throw new IllegalArgumentException("varianceToKeep needs all singular values; use solver FULL or AUTO");
      }
      Check.notNull(solver, "solver");
      Check.atLeast(powerIterations, -1, "powerIterations");
    }

    /** With a fixed number of components. */
    public Params withNComponents(int k) {
      return new Params(k, 0.0, whiten, solver, powerIterations, seed);
    }

    /** Keeping the components that explain more than {@code fraction} of the variance. */
    public Params withVarianceToKeep(double fraction) {
      return new Params(0, fraction, whiten, solver, powerIterations, seed);
    }

    /** With or without whitening. */
    public Params withWhiten(boolean w) {
      return new Params(nComponents, varianceToKeep, w, solver, powerIterations, seed);
    }

    /** With another solver. */
    public Params withSolver(Solver s) {
      return new Params(nComponents, varianceToKeep, whiten, s, powerIterations, seed);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nComponents, varianceToKeep, whiten, solver, powerIterations, s);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public PCA() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public PCA(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** With defaults and {@code k} components. */
  public static PCA of(int k) {
    return new PCA(Params.DEFAULTS.withNComponents(k));
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public PCA withParams(Params p) {
    return new PCA(p);
  }

  @Override
  public String name() {
    return "pca";
  }

  /**
   * Fits the components ({@code y} is ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, fewer than 2 rows, or more
   *     components than {@code min(n, p)}
   */
  @Override
  public PCAModel fit(Frame x, Target y) {
    DenseInput in = DenseInput.of(x, "PCA");
    int n = in.n();
    int p = in.p();
    int maxK = Math.min(n, p);
    if (params.nComponents() > maxK) {
      throw new IllegalArgumentException("PCA: nComponents = " + params.nComponents() + " but min(rows, columns) = "
          + maxK + "; use nComponents <= " + maxK);
    }
    double[] mean = in.columnMeans();
    int requested = params.nComponents() == 0 && params.varianceToKeep() == 0 ? maxK : params.nComponents();
    Solver solver = params.solver();
    if (solver == Solver.AUTO) {
      solver = Math.max(n, p) > 500 && params.varianceToKeep() == 0 && requested >= 1 && requested < 0.8 * maxK
          ? Solver.RANDOMIZED : Solver.FULL;
    }
    // total variance, and for the full solver the centered copy in the same pass
    double totalVar = 0;
    double[] cm = in.data();
    double[] centered = solver == Solver.FULL ? new double[n * p] : null;
    for (int j = 0; j < p; j++) {
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = cm[j * n + i] - mean[j];
        if (centered != null) {
          centered[j * n + i] = d;
        }
        ss += d * d;
      }
      totalVar += ss / (n - 1);
    }
    SvdSupport.Thin t;
    if (solver == Solver.FULL) {
      t = n >= 2 * p ? tallSvd(centered, n, p) : null;
      if (t == null) {
        t = SvdSupport.exact(DenseMatrix.wrap(n, p, centered));
      }
      SvdSupport.flip(t, true);
    } else {
      int k = requested;
      int iters = params.powerIterations() >= 0 ? params.powerIterations() : (k < 0.1 * maxK ? 7 : 4);
      t = SvdSupport.randomized(SvdSupport.dense(DenseMatrix.wrap(n, p, cm), mean), k, 10, iters, params.seed());
      SvdSupport.flip(t, n >= p);
    }
    double[] ev = new double[t.k()];
    for (int c = 0; c < t.k(); c++) {
      ev[c] = t.s()[c] * t.s()[c] / (n - 1);
    }
    int k = requested;
    if (params.varianceToKeep() > 0) {
      double cum = 0;
      k = t.k();
      for (int c = 0; c < t.k(); c++) {
        cum += ev[c] / totalVar;
        if (cum > params.varianceToKeep()) {
          k = c + 1;
          break;
        }
      }
    }
    k = Math.min(k, t.k());
    double kept = 0;
    for (int c = 0; c < k; c++) {
      kept += ev[c];
    }
    double noise = k < maxK ? Math.max(0, totalVar - kept) / (maxK - k) : 0.0;
    double[][] components = new double[k][p];
    double[] s = new double[k];
    double[] evk = new double[k];
    double[] ratio = new double[k];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        components[c][j] = t.vt()[j * t.k() + c];
      }
      s[c] = t.s()[c];
      evk[c] = ev[c];
      ratio[c] = ev[c] / totalVar;
    }
    return new PCAModel(x.schema(), "pca", mean, components, evk, ratio, s, noise, params.whiten(),
        Provenance.of(name(), params, x, y, params.seed()));
  }

  /**
   * Thin SVD of a tall {@code n x p} matrix (column-major {@code c}, n &gt;= 2p) through its QR factorization:
   * the singular values and right vectors are those of the small {@code p x p} factor R (Householder QR is
   * backward stable, so they are as accurate as a direct SVD), and {@code U = C V S⁻¹} by one matrix product
   * (only its signs are used, by svd_flip). This skips forming the {@code n x p} orthogonal factor, about half
   * the cost of a direct SVD. Returns null (use the direct SVD) when the matrix is numerically rank-deficient
   * ({@code s_min <= 1e-8 s_max}), where {@code C V S⁻¹} would not be accurate.
   */
  private static SvdSupport.Thin tallSvd(double[] c, int n, int p) {
    DenseMatrix cm = DenseMatrix.wrap(n, p, c);
    SVD small = LinAlg.svd(LinAlg.qr(cm).r());
    double[] s = small.s();
    if (!(s[p - 1] > 1e-8 * s[0])) {
      return null;
    }
    double[] vt = small.vt().data();
    double[] u = new double[n * p];
    LinAlg.gemm(false, true, 1.0, cm, DenseMatrix.wrap(p, p, vt), 0.0, DenseMatrix.wrap(n, p, u));
    for (int k = 0; k < p; k++) {
      double inv = 1.0 / s[k];
      for (int i = k * n, e = i + n; i < e; i++) {
        u[i] *= inv;
      }
    }
    return new SvdSupport.Thin(u, s, vt, n, p, p);
  }
}
