package praxis.linear;

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
 * Ordinary least squares: {@code y ~ X beta + b}, minimizing {@code ||y - X beta - b||^2}, as scikit-learn's
 * {@code LinearRegression}. The intercept is handled by centring X and y (then {@code b = mean(y) -
 * mean(X) . beta}); the centred problem is solved through the thin SVD of {@link praxis.linalg.LinAlg#svd}
 * (backward stable; no normal equations, so the condition number is not squared). Singular values
 * {@code <= max(n, p) 2^-52 s_max} are treated as zero, so rank-deficient designs (collinear or constant
 * columns) get the minimum-norm solution, exactly like {@code numpy.linalg.lstsq} / scikit-learn;
 * {@link LinearRegressionModel#rank()} reports that numerical rank. Cost: O(n p^2) to fit, O(p) per row.
 *
 * <pre>{@code
 * LinearRegressionModel m = new LinearRegression().fit(x, y);
 * double[] beta = m.coefficients();
 * double b = m.intercept();
 * }</pre>
 */
public final class LinearRegression implements Estimator<LinearRegression.Params, LinearRegressionModel> {
  /**
   * Hyperparameters.
   *
   * @param fitIntercept whether to fit an intercept (otherwise the fit goes through the origin)
   */
  public record Params(boolean fitIntercept) implements praxis.api.Params {
    /** With an intercept. */
    public static final Params DEFAULTS = new Params(true);
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LinearRegression() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LinearRegression(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LinearRegression withParams(Params p) {
    return new LinearRegression(p);
  }

  @Override
  public String name() {
    return "linear_regression";
  }

  /**
   * Solves the least-squares problem.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or a non-numeric target
   */
  @Override
  public LinearRegressionModel fit(Frame x, Target y) {
    return fitWeighted(x, y, null);
  }

  /**
   * Weighted least squares, minimizing {@code sum_i w_i (y_i - x_i . beta - b)^2}, as scikit-learn's
   * {@code fit(X, y, sample_weight)}: weighted centring, then the ordinary solve on rows scaled by
   * {@code sqrt(w_i)}. Integer weights give the same fit as repeating rows; zero weights drop rows.
   *
   * <pre>{@code
   * LinearRegressionModel m = new LinearRegression().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite, non-negative weight per row, with a positive sum
   * @throws IllegalArgumentException on a bad weight vector (naming the row) or as {@link #fit(Frame, Target)}
   */
  public LinearRegressionModel fit(Frame x, Target y, double[] sampleWeight) {
    Check.notNull(sampleWeight, "sampleWeight");
    if (sampleWeight.length != x.rowCount()) {
      throw new IllegalArgumentException("LinearRegression: sampleWeight has " + sampleWeight.length
          + " entries for " + x.rowCount() + " rows; pass one weight per row");
    }
    double total = 0;
    for (int i = 0; i < sampleWeight.length; i++) {
      double w = sampleWeight[i];
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException("LinearRegression: sampleWeight[" + i + "] = " + w
            + "; weights must be finite and >= 0");
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("LinearRegression: sampleWeight sums to " + total
          + "; at least one weight must be positive");
    }
    return fitWeighted(x, y, sampleWeight);
  }

  private LinearRegressionModel fitWeighted(Frame x, Target y, double[] w) {
    double[] a = Inputs.fitMatrix(x, y, "LinearRegression");
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    int p = x.columnCount();
    double[] b = y.values();
    double[] xMean = new double[p];
    double yMean = 0;
    if (params.fitIntercept()) {
      for (int j = 0; j < p; j++) {
        int off = j * n;
        xMean[j] = w == null ? mean(a, off, n) : weightedMean(a, off, n, w);
        for (int i = 0; i < n; i++) {
          a[off + i] -= xMean[j];
        }
      }
      yMean = w == null ? mean(b, 0, n) : weightedMean(b, 0, n, w);
      for (int i = 0; i < n; i++) {
        b[i] -= yMean;
      }
    }
    if (w != null) {
      for (int i = 0; i < n; i++) {
        double r = Math.sqrt(w[i]);
        b[i] *= r;
        for (int j = 0; j < p; j++) {
          a[j * n + i] *= r;
        }
      }
    }
    // minimum-norm least squares through the thin SVD A = U S V': coef = sum_{r < rank} v_r (u_r . b) / s_r
    SVD svd = LinAlg.svd(DenseMatrix.wrap(n, p, a));
    int rank = svd.rank();
    int k = Math.min(n, p);
    double[] u = svd.u().data();
    double[] vt = svd.vt().data();
    double[] sv = svd.s();
    double[] coef = new double[p];
    for (int r = 0; r < rank; r++) {
      double dot = 0;
      int off = r * n;
      for (int i = 0; i < n; i++) {
        dot += u[off + i] * b[i];
      }
      double c = dot / sv[r];
      for (int j = 0; j < p; j++) {
        coef[j] += vt[j * k + r] * c;
      }
    }
    double intercept = 0;
    if (params.fitIntercept()) {
      intercept = yMean;
      for (int j = 0; j < p; j++) {
        intercept -= xMean[j] * coef[j];
      }
    }
    return new LinearRegressionModel(x.schema(), coef, intercept, rank, Provenance.of(name(), params, x, y, 0L));
  }

  /**
   * Classical OLS inference for this design (standard errors, t and F tests, intervals, R^2, AIC/BIC, VIF):
   * {@link RegressionSummary#of(Frame, Target, double)} at the given confidence level.
   *
   * <pre>{@code
   * System.out.println(new LinearRegression().summary(x, y, 0.95).table());
   * }</pre>
   *
   * @throws IllegalStateException if {@code fitIntercept} is false (the summary's R^2 and F test assume an
   *     intercept)
   * @throws IllegalArgumentException as {@link RegressionSummary#of(Frame, Target, double)}, e.g. naming the
   *     columns of a rank-deficient design
   */
  public RegressionSummary summary(Frame x, Target y, double level) {
    if (!params.fitIntercept()) {
      throw new IllegalStateException("LinearRegression.summary: needs fitIntercept=true (R^2 and the F test"
          + " are defined against the intercept-only model); use new LinearRegression() for the summary");
    }
    return RegressionSummary.of(x, y, level);
  }

  /** {@link #summary(Frame, Target, double)} with 95% confidence intervals. */
  public RegressionSummary summary(Frame x, Target y) {
    return summary(x, y, 0.95);
  }

  /** Weighted mean with one correction pass. */
  private static double weightedMean(double[] v, int off, int n, double[] w) {
    double s = 0;
    double sw = 0;
    for (int i = 0; i < n; i++) {
      s += w[i] * v[off + i];
      sw += w[i];
    }
    double m = s / sw;
    double c = 0;
    for (int i = 0; i < n; i++) {
      c += w[i] * (v[off + i] - m);
    }
    return m + c / sw;
  }

  /** Mean with one correction pass (accurate for large offsets). */
  private static double mean(double[] v, int off, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[off + i];
    }
    double m = s / n;
    double c = 0;
    for (int i = 0; i < n; i++) {
      c += v[off + i] - m;
    }
    return m + c / n;
  }
}
