package praxis.discriminant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SVD;

/**
 * Quadratic discriminant analysis: one Gaussian per class with its own covariance matrix, giving quadratic
 * decision boundaries. Follows scikit-learn 1.2.1's {@code QuadraticDiscriminantAnalysis}: each class's
 * centred rows are decomposed by a thin SVD {@code Xc = U S Vᵀ}; the covariance is {@code V diag(S2) Vᵀ} with
 * {@code S2 = S² / (n_c − 1)}, regularized as {@code S2 = (1 − regParam)·S2 + regParam} (shrinking toward the
 * identity). The log posterior is {@code −½(‖(x − μ_c) V S2^{-½}‖² + Σ log S2) + log prior}. When a class has
 * fewer rows than features, only the {@code n_c} directions of its SVD are used (as scikit-learn does). A
 * singular value {@code <= tol} means collinear features in that class: a warning is logged (as scikit-learn
 * warns). If, with {@code regParam} 0, a singular value is numerically zero ({@code <= max(n_c, p) · 2⁻⁵² · s_max})
 * the fit fails asking for {@code regParam > 0}: scikit-learn goes on there, and its probabilities are then
 * dominated by rounding error (variances of ~1e-32). Every class needs at least 2 rows (its variance is undefined otherwise). Cost:
 * O(n p²) to fit, O(k p²) per row.
 *
 * <pre>{@code
 * QuadraticDiscriminantAnalysisModel m = new QuadraticDiscriminantAnalysis(
 *     QuadraticDiscriminantAnalysis.Params.DEFAULTS.withRegParam(0.1)).fit(x, y);
 * double[][] p = m.predictProba(x);
 * }</pre>
 */
public final class QuadraticDiscriminantAnalysis
    implements Estimator<QuadraticDiscriminantAnalysis.Params, QuadraticDiscriminantAnalysisModel> {
  private static final Logger LOG = LoggerFactory.getLogger(QuadraticDiscriminantAnalysis.class);
  private static final String WHO = "QuadraticDiscriminantAnalysis";

  /**
   * Hyperparameters.
   *
   * @param priors class prior probabilities by class code (empty = class frequencies); non-negative, summing to 1
   * @param regParam regularization in [0, 1] of each class covariance toward the identity
   * @param tol singular values of a class at or below this count as collinear (&gt;= 0)
   */
  public record Params(double[] priors, double regParam, double tol) implements praxis.api.Params {
    /** Priors from the data, regParam 0, tol 1e-4 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(new double[0], 0.0, 1e-4);

    /** Validates and copies. */
    public Params {
      priors = Discriminants.checkPriors(priors);
      if (!(regParam >= 0 && regParam <= 1)) {
        throw new IllegalArgumentException("regParam must be in [0, 1], got " + regParam);
      }
      Check.nonNegative(tol, "tol");
    }

    @Override
    public double[] priors() {
      return priors.clone();
    }

    /** A copy with another regularization. */
    public Params withRegParam(double r) {
      return new Params(priors, r, tol);
    }

    /** A copy with the given priors (empty = frequencies). */
    public Params withPriors(double... p) {
      return new Params(p, regParam, tol);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public QuadraticDiscriminantAnalysis() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public QuadraticDiscriminantAnalysis(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public QuadraticDiscriminantAnalysis withParams(Params p) {
    return new QuadraticDiscriminantAnalysis(p);
  }

  @Override
  public String name() {
    return "qda";
  }

  /**
   * Estimates per-class means and covariance factors.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer than
   *     2 classes, a class with fewer than 2 rows, priors of the wrong length, or a zero variance direction
   *     with {@code regParam} 0
   */
  @Override
  public QuadraticDiscriminantAnalysisModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, WHO);
    y.requireKind(Target.Kind.CLASSES);
    Discriminants.requireClasses(y, 2, WHO, "its covariance is undefined with fewer");
    int n = x.rowCount();
    int p = x.columnCount();
    int k = y.classCount();
    double[] priors = Discriminants.priors(params.priors(), y, WHO);
    int[] codes = y.codes();
    int[] counts = y.classCounts();
    double[][] means = new double[k][p];
    double[][][] rotations = new double[k][][];
    double[][] scalings = new double[k][];
    for (int c = 0; c < k; c++) {
      int ng = counts[c];
      double[] xg = new double[ng * p];
      for (int j = 0; j < p; j++) {
        int row = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
          if (codes[i] == c) {
            double v = xc[j * n + i];
            xg[j * ng + row++] = v;
            mean += v;
          }
        }
        mean /= ng;
        means[c][j] = mean;
        for (int i = 0; i < ng; i++) {
          xg[j * ng + i] -= mean;
        }
      }
      SVD svd = LinAlg.svd(DenseMatrix.wrap(ng, p, xg));
      double[] s = svd.s();
      int rank = 0;
      for (double v : s) {
        if (v > params.tol()) {
          rank++;
        }
      }
      String label = y.classList().get(c);
      if (rank < p) {
        LOG.warn("{}: the features are collinear in class '{}' (rank {} of {} features at tol {})", WHO, label,
            rank, p, params.tol());
      }
      double[] s2 = new double[s.length];
      double zero = Math.max(ng, p) * Math.ulp(1.0) * (s.length > 0 ? s[0] : 0);
      for (int r = 0; r < s.length; r++) {
        s2[r] = (1 - params.regParam()) * (s[r] * s[r] / (ng - 1)) + params.regParam();
        if (!(s2[r] > 0) || (params.regParam() == 0 && s[r] <= zero)) {
          throw new IllegalArgumentException(WHO + ": class '" + label + "' has zero variance along a direction"
              + " of its data (constant or collinear features within the class), so its covariance is singular;"
              + " set regParam > 0 (e.g. 0.1) or drop the redundant features");
        }
      }
      scalings[c] = s2;
      DenseMatrix vt = svd.vt();
      double[][] rot = new double[p][s.length];
      for (int r = 0; r < s.length; r++) {
        for (int j = 0; j < p; j++) {
          rot[j][r] = vt.get(r, j);
        }
      }
      rotations[c] = rot;
    }
    return new QuadraticDiscriminantAnalysisModel(x.schema(), y.classList(), means, priors, rotations, scalings,
        Provenance.of(name(), params, x, y, 0L));
  }
}
