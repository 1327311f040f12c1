package praxis.discriminant;

import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.Cholesky;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SVD;
import praxis.linalg.SymmetricEigen;

/**
 * Linear discriminant analysis: Gaussian class densities sharing one covariance matrix, giving linear
 * decision functions {@code x·coef[c] + intercept[c]} and, as a {@link praxis.api.Transformer}, a supervised
 * projection to at most {@code min(classes − 1, features)} discriminant directions. Follows scikit-learn
 * 1.2.1's {@code LinearDiscriminantAnalysis}:
 *
 * <ul>
 *   <li>{@link Solver#SVD} (default): never forms a covariance matrix. The class-centred data, scaled per
 *       feature by its within-class standard deviation, is decomposed by an SVD; singular values {@code <= tol}
 *       are dropped (collinear features are thus handled by working in the rank-r subspace, and a warning is
 *       logged). A second SVD of the prior-weighted class centres in that space gives the discriminant
 *       directions; directions with singular value {@code <= tol · s_max} are dropped. No shrinkage.
 *   <li>{@link Solver#EIGEN}: the generalized symmetric eigenproblem {@code Sb v = λ Sw v} of the between- and
 *       within-class scatter ({@code Sw} = prior-weighted class covariances, {@code Sb = St − Sw}), solved by
 *       Cholesky whitening {@code Sw = L Lᵀ}, an eigen-decomposition of {@code L⁻¹ Sb L⁻ᵀ}, and {@code v = L⁻ᵀ w}.
 *       Supports shrinkage of each covariance toward {@code (trace/p)·I}: {@code "none"}, a fixed value in
 *       [0, 1], or {@code "auto"} (Ledoit–Wolf on standardized features, then rescaled). Collinear features
 *       make {@code Sw} singular; without shrinkage the fit then fails (when a Cholesky pivot squared is
 *       below {@code p · 1e-12 ·} the largest diagonal entry) with a message asking for shrinkage or the SVD
 *       solver (scikit-learn raises a LinAlgError or returns an ill-conditioned fit there).
 * </ul>
 *
 * <p>Priors default to the class frequencies. Probabilities are the softmax of the decision functions.
 * Projection signs are arbitrary (as in scikit-learn, they depend on the decomposition). Cost: O(n p²) to fit,
 * O(k p) per row to predict.
 *
 * <pre>{@code
 * LinearDiscriminantAnalysisModel m = new LinearDiscriminantAnalysis().fit(x, y);
 * double[][] p = m.predictProba(x);
 * Frame z = m.transform(x);                 // columns ld1, ld2, ...
 * var shrunk = new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS
 *     .withSolver(LinearDiscriminantAnalysis.Solver.EIGEN).withShrinkage("auto"));
 * }</pre>
 */
public final class LinearDiscriminantAnalysis
    implements Estimator<LinearDiscriminantAnalysis.Params, LinearDiscriminantAnalysisModel> {
  private static final Logger LOG = LoggerFactory.getLogger(LinearDiscriminantAnalysis.class);
  private static final String WHO = "LinearDiscriminantAnalysis";
  /** Relative size of a Cholesky pivot (squared) below which the within-class scatter counts as singular. */
  private static final double SINGULAR_EPS = 1e-12;

  /** How the discriminant directions are computed. */
  public enum Solver {
    /** Singular value decomposition of the scaled data (no covariance matrix; no shrinkage). */
    SVD,
    /** Generalized eigenproblem of the between/within scatter (supports shrinkage). */
    EIGEN
  }

  /**
   * Hyperparameters.
   *
   * @param solver {@link Solver#SVD} or {@link Solver#EIGEN}
   * @param shrinkage {@code "none"}, {@code "auto"} (Ledoit–Wolf) or a number in [0, 1]; only with EIGEN
   * @param priors class prior probabilities by class code (empty = class frequencies); non-negative, summing to 1
   * @param nComponents number of projection dimensions (empty = {@code min(classes − 1, features)})
   * @param tol rank threshold of the SVD solver (&gt;= 0)
   */
  public record Params(Solver solver, String shrinkage, double[] priors, OptionalInt nComponents, double tol)
      implements praxis.api.Params {
    /** SVD, no shrinkage, priors from the data, all components, tol 1e-4 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(Solver.SVD, "none", new double[0], OptionalInt.empty(), 1e-4);

    /** Validates and copies. */
    public Params {
      Check.notNull(solver, "solver");
      Check.notNull(shrinkage, "shrinkage");
      Check.notNull(nComponents, "nComponents");
      shrinkage = shrinkage.trim().toLowerCase(java.util.Locale.ROOT);
      double s = shrinkageValue(shrinkage);
      if (!Double.isNaN(s) && solver == Solver.SVD) {
        throw new IllegalArgumentException("shrinkage '" + shrinkage + "' is not supported by solver SVD"
            + " (it never forms a covariance matrix); use solver EIGEN or shrinkage 'none'");
      }
      priors = Discriminants.checkPriors(priors);
      if (nComponents.isPresent() && nComponents.getAsInt() < 1) {
        throw new IllegalArgumentException("nComponents must be >= 1 (or none for all), got "
            + nComponents.getAsInt());
      }
      Check.nonNegative(tol, "tol");
    }

    /** The shrinkage as a number: NaN for none, -1 for auto, else the fixed intensity. */
    static double shrinkageValue(String shrinkage) {
      if (shrinkage.equals("none")) {
        return Double.NaN;
      }
      if (shrinkage.equals("auto")) {
        return -1;
      }
      double v;
      try {
        v = Double.parseDouble(shrinkage);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("shrinkage must be 'none', 'auto' or a number in [0, 1], got '"
            + shrinkage + "'");
      }
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("shrinkage must be 'none', 'auto' or a number in [0, 1], got " + v);
      }
      return v;
    }

    @Override
    public double[] priors() {
      return priors.clone();
    }

    /** A copy with another solver. */
    public Params withSolver(Solver s) {
      return new Params(s, shrinkage, priors, nComponents, tol);
    }

    /** A copy with another shrinkage ({@code "none"}, {@code "auto"} or a number in [0, 1]). */
    public Params withShrinkage(String s) {
      return new Params(solver, s, priors, nComponents, tol);
    }

    /** A copy with the given priors (empty = frequencies). */
    public Params withPriors(double... p) {
      return new Params(solver, shrinkage, p, nComponents, tol);
    }

    /** A copy keeping {@code k} projection dimensions. */
    public Params withNComponents(int k) {
      return new Params(solver, shrinkage, priors, OptionalInt.of(k), tol);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LinearDiscriminantAnalysis() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LinearDiscriminantAnalysis(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LinearDiscriminantAnalysis withParams(Params p) {
    return new LinearDiscriminantAnalysis(p);
  }

  @Override
  public String name() {
    return "lda";
  }

  /**
   * Estimates class means, the shared covariance structure and the discriminant directions.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer than
   *     2 classes, a class without rows, no more rows than classes, priors of the wrong length, nComponents
   *     above {@code min(classes − 1, features)}, or (EIGEN without shrinkage) a singular within-class scatter
   */
  @Override
  public LinearDiscriminantAnalysisModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, WHO);
    y.requireKind(Target.Kind.CLASSES);
    Discriminants.requireClasses(y, 1, WHO, "its mean is undefined otherwise");
    int n = x.rowCount();
    int p = x.columnCount();
    int k = y.classCount();
    if (n <= k) {
      throw new IllegalArgumentException(WHO + ": " + n + " rows for " + k + " classes; the within-class"
          + " variance needs more rows than classes");
    }
    int maxComponents = Math.min(k - 1, p);
    if (params.nComponents().isPresent() && params.nComponents().getAsInt() > maxComponents) {
      throw new IllegalArgumentException(WHO + ": nComponents is " + params.nComponents().getAsInt()
          + " but at most min(classes - 1, features) = min(" + (k - 1) + ", " + p + ") = " + maxComponents
          + " are possible; lower nComponents");
    }
    int nComp = params.nComponents().orElse(maxComponents);
    double[] priors = Discriminants.priors(params.priors(), y, WHO);
    int[] codes = y.codes();
    int[] counts = y.classCounts();
    double[][] means = new double[k][p];
    for (int j = 0; j < p; j++) {
      int off = j * n;
      for (int i = 0; i < n; i++) {
        means[codes[i]][j] += xc[off + i];
      }
      for (int c = 0; c < k; c++) {
        means[c][j] /= counts[c];
      }
    }
    Provenance prov = Provenance.of(name(), params, x, y, 0L);
    return params.solver() == Solver.SVD
        ? solveSvd(x, y, xc, n, p, k, means, priors, nComp, prov)
        : solveEigen(x, y, xc, n, p, k, means, priors, nComp, prov);
  }

  private LinearDiscriminantAnalysisModel solveSvd(Frame x, Target y, double[] xc, int n, int p, int k,
      double[][] means, double[] priors, int nComp, Provenance prov) {
    int[] codes = y.codes();
    // 1) class-centred data, scaled by the within-class standard deviation of each feature
    double[] w = new double[n * p];
    double[] std = new double[p];
    double fac = Math.sqrt(1.0 / (n - k));
    for (int j = 0; j < p; j++) {
      int off = j * n;
      double mean = 0;
      for (int i = 0; i < n; i++) {
        double v = xc[off + i] - means[codes[i]][j];
        w[off + i] = v;
        mean += v;
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = w[off + i] - mean;
        ss += d * d;
      }
      double sd = Math.sqrt(ss / n);
      std[j] = sd == 0 ? 1.0 : sd;
      double scale = fac / std[j];
      for (int i = 0; i < n; i++) {
        w[off + i] *= scale;
      }
    }
    SVD svd = LinAlg.svd(DenseMatrix.wrap(n, p, w));
    double[] s = svd.s();
    int rank = 0;
    while (rank < s.length && s[rank] > params.tol()) {
      rank++;
    }
    if (rank < p) {
      LOG.warn("{}: the features are collinear (within-class rank {} of {} features at tol {}); working in the"
          + " rank-{} subspace", WHO, rank, p, params.tol(), rank);
    }
    if (rank == 0) {
      throw new IllegalArgumentException(WHO + ": every feature is constant within each class (within-class"
          + " rank 0 at tol " + params.tol() + "); lower tol or check the features");
    }
    DenseMatrix vt = svd.vt();
    DenseMatrix sc1 = new DenseMatrix(p, rank);
    for (int r = 0; r < rank; r++) {
      for (int j = 0; j < p; j++) {
        sc1.set(j, r, vt.get(r, j) / std[j] / s[r]);
      }
    }
    // 2) between-class: prior-weighted class centres in the whitened space
    double[] xbar = new double[p];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        xbar[j] += priors[c] * means[c][j];
      }
    }
    DenseMatrix centres = new DenseMatrix(k, p);
    double facB = 1.0 / (k - 1);
    for (int c = 0; c < k; c++) {
      double wt = Math.sqrt(n * priors[c] * facB);
      for (int j = 0; j < p; j++) {
        centres.set(c, j, wt * (means[c][j] - xbar[j]));
      }
    }
    DenseMatrix between = LinAlg.multiply(centres, sc1);
    SVD svd2 = LinAlg.svd(between);
    double[] s2 = svd2.s();
    double total = 0;
    for (double v : s2) {
      total += v * v;
    }
    double[] evr = new double[Math.min(s2.length, nComp)];
    for (int r = 0; r < evr.length; r++) {
      evr[r] = total > 0 ? s2[r] * s2[r] / total : 0;
    }
    int rank2 = 0;
    while (rank2 < s2.length && s2[rank2] > params.tol() * s2[0]) {
      rank2++;
    }
    DenseMatrix vt2 = svd2.vt();
    DenseMatrix v2 = new DenseMatrix(rank, rank2);
    for (int r = 0; r < rank2; r++) {
      for (int q = 0; q < rank; q++) {
        v2.set(q, r, vt2.get(r, q));
      }
    }
    DenseMatrix scalings = LinAlg.multiply(sc1, v2);
    // 3) decision functions
    DenseMatrix centred = new DenseMatrix(k, p);
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        centred.set(c, j, means[c][j] - xbar[j]);
      }
    }
    DenseMatrix coefT = LinAlg.multiply(centred, scalings);
    DenseMatrix coef = LinAlg.gemm(false, true, 1.0, coefT, scalings, 0.0, new DenseMatrix(k, p));
    double[] intercept = new double[k];
    for (int c = 0; c < k; c++) {
      double ss = 0;
      for (int r = 0; r < rank2; r++) {
        ss += coefT.get(c, r) * coefT.get(c, r);
      }
      double dot = 0;
      for (int j = 0; j < p; j++) {
        dot += xbar[j] * coef.get(c, j);
      }
      intercept[c] = -0.5 * ss + Math.log(priors[c]) - dot;
    }
    return new LinearDiscriminantAnalysisModel(x.schema(), y.classList(), Solver.SVD, means, priors,
        coef.toRows(), intercept, scalings.toRows(), xbar, evr, Math.min(nComp, rank2), prov);
  }

  private LinearDiscriminantAnalysisModel solveEigen(Frame x, Target y, double[] xc, int n, int p, int k,
      double[][] means, double[] priors, int nComp, Provenance prov) {
    double shrink = Params.shrinkageValue(params.shrinkage());
    int[] codes = y.codes();
    int[] counts = y.classCounts();
    double[] sw = new double[p * p];
    for (int c = 0; c < k; c++) {
      double[] xg = new double[counts[c] * p];
      int row = 0;
      for (int i = 0; i < n; i++) {
        if (codes[i] == c) {
          for (int j = 0; j < p; j++) {
            xg[j * counts[c] + row] = xc[j * n + i];
          }
          row++;
        }
      }
      double[] cov = Covariances.covariance(xg, counts[c], p, shrink);
      for (int q = 0; q < p * p; q++) {
        sw[q] += priors[c] * cov[q];
      }
    }
    double[] st = Covariances.covariance(xc, n, p, shrink);
    double[] sb = new double[p * p];
    for (int q = 0; q < p * p; q++) {
      sb[q] = st[q] - sw[q];
    }
    symmetrize(sw, p);
    symmetrize(sb, p);
    String singular = WHO + ": the within-class covariance is singular (collinear or constant features), so"
        + " the EIGEN solver cannot whiten it; use shrinkage 'auto' (or a value > 0) or solver SVD";
    Cholesky ch;
    try {
      ch = LinAlg.cholesky(DenseMatrix.wrap(p, p, sw));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(singular, e);
    }
    DenseMatrix l = ch.l();
    double maxDiag = 0;
    for (int j = 0; j < p; j++) {
      maxDiag = Math.max(maxDiag, sw[j * p + j]);
    }
    for (int j = 0; j < p; j++) {
      // a pivot at rounding level means numerically singular (a positive pivot of ~1e-16 only by rounding)
      if (!(l.get(j, j) * l.get(j, j) > p * SINGULAR_EPS * maxDiag)) {
        throw new IllegalArgumentException(singular);
      }
    }
    DenseMatrix linv = lowerInverse(l, p);
    DenseMatrix tmp = LinAlg.multiply(linv, DenseMatrix.wrap(p, p, sb));
    DenseMatrix whitened = LinAlg.gemm(false, true, 1.0, tmp, linv, 0.0, new DenseMatrix(p, p));
    symmetrize(whitened.data(), p);
    SymmetricEigen eig = LinAlg.eigenSymmetric(whitened);
    double[] evals = eig.values();
    DenseMatrix evecs = LinAlg.gemm(true, false, 1.0, linv, eig.vectors(), 0.0, new DenseMatrix(p, p));
    double total = 0;
    for (double v : evals) {
      total += v;
    }
    double[] evr = new double[nComp];
    for (int r = 0; r < nComp; r++) {
      evr[r] = evals[r] / total;
    }
    DenseMatrix m = DenseMatrix.fromRows(means);
    DenseMatrix mv = LinAlg.multiply(m, evecs);
    DenseMatrix coef = LinAlg.gemm(false, true, 1.0, mv, evecs, 0.0, new DenseMatrix(k, p));
    double[] intercept = new double[k];
    for (int c = 0; c < k; c++) {
      double dot = 0;
      for (int j = 0; j < p; j++) {
        dot += means[c][j] * coef.get(c, j);
      }
      intercept[c] = -0.5 * dot + Math.log(priors[c]);
    }
    return new LinearDiscriminantAnalysisModel(x.schema(), y.classList(), Solver.EIGEN, means, priors,
        coef.toRows(), intercept, evecs.toRows(), new double[p], evr, nComp, prov);
  }

  private static void symmetrize(double[] a, int p) {
    for (int j = 0; j < p; j++) {
      for (int i = j + 1; i < p; i++) {
        double v = 0.5 * (a[j * p + i] + a[i * p + j]);
        a[j * p + i] = v;
        a[i * p + j] = v;
      }
    }
  }

  /** L⁻¹ of a lower-triangular L with positive diagonal, by forward substitution on the identity columns. */
  private static DenseMatrix lowerInverse(DenseMatrix l, int p) {
    DenseMatrix inv = new DenseMatrix(p, p);
    double[] b = new double[p];
    for (int col = 0; col < p; col++) {
      for (int i = 0; i < p; i++) {
        double v = i == col ? 1.0 : 0.0;
        for (int q = col; q < i; q++) {
          v -= l.get(i, q) * b[q];
        }
        b[i] = i < col ? 0.0 : v / l.get(i, i);
      }
      for (int i = 0; i < p; i++) {
        inv.set(i, col, b[i]);
      }
    }
    return inv;
  }
}
