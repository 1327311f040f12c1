package praxis.linear;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.optim.Lbfgs;

/**
 * Linear regression robust to outliers, as scikit-learn's {@code HuberRegressor} (Owen 2007, "A robust hybrid
 * of lasso and ridge regression"): the coefficients {@code w}, intercept {@code b} and a scale {@code sigma > 0}
 * minimize, jointly,
 * <pre>
 *   sum_i [ sigma + H_eps((y_i − x_i·w − b) / sigma) · sigma ] + alpha·‖w‖²
 * </pre>
 * with {@code H_eps(z) = z²} for {@code |z| <= eps} and {@code 2·eps·|z| − eps²} beyond: residuals within
 * {@code eps·sigma} count quadratically, larger ones linearly, so gross outliers pull the fit far less than in
 * least squares, and because sigma is estimated the threshold adapts to the noise level (the fit is
 * invariant to scaling y). The objective is jointly convex in (w, b, sigma). It is minimized with
 * {@link Lbfgs} over {@code (w, b, log sigma)}: the log keeps sigma positive (scikit-learn bounds sigma below
 * by 10·machine-eps with L-BFGS-B; the minimizer, which has sigma &gt; 0, is the same), starting from
 * {@code w = 0, b = 0, sigma = 1} as scikit-learn. The stopping test is {@code max|g| <= tol} on the gradient
 * with respect to (w, b, log sigma) (scikit-learn's {@code gtol} uses sigma itself; the sigma component
 * differs by the factor sigma). The objective's second derivative jumps where a residual crosses
 * {@code ±eps·sigma}, and L-BFGS's line search can stall there short of the tolerance (scikit-learn's
 * L-BFGS-B stops with gradients around 1e-2 on standardized diabetes); Praxis then finishes exactly: with the
 * outlier set and signs fixed, the stationarity conditions are linear in (w, b) for a given sigma,
 * {@code (X_Iᵀ X_I + alpha·sigma·I) w + X_Iᵀ1·b = X_Iᵀ y_I + eps·sigma·X_Oᵀ sign(r_O)}, and
 * {@code sigma² = Σ_I r_i² / (n − |O|·eps²)}; these are iterated (re-deriving the sets) to a fixed point,
 * O(n p² + p³) per step, kept only if the objective does not increase (for p &lt;= 500). Each evaluation costs two passes over
 * the column-major design, O(n p). The intercept is not penalized; features are not scaled internally
 * (standardize them for a meaningful alpha). Training rows with {@code |residual| > eps·sigma} are the
 * {@linkplain HuberRegressorModel#outliers outliers}.
 *
 * <pre>{@code
 * HuberRegressorModel m = new HuberRegressor(HuberRegressor.Params.DEFAULTS.withEpsilon(1.35)).fit(x, y);
 * double[] w = m.coefficients();
 * double sigma = m.scale();
 * }</pre>
 */
public final class HuberRegressor implements Estimator<HuberRegressor.Params, HuberRegressorModel> {
  /**
   * Hyperparameters (scikit-learn's names and defaults).
   *
   * @param epsilon where the loss turns from quadratic to linear, in units of sigma (&gt;= 1; 1.35 gives 95%
   *     efficiency under Gaussian noise)
   * @param alpha L2 penalty on the coefficients (&gt;= 0)
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param maxIter L-BFGS iteration limit (&gt;= 1)
   * @param tol stop when the largest absolute gradient component is at most this (&gt; 0)
   */
  public record Params(double epsilon, double alpha, boolean fitIntercept, int maxIter, double tol)
      implements praxis.api.Params {
    /** epsilon 1.35, alpha 1e-4, intercept, 100 iterations, tol 1e-5 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(1.35, 1e-4, true, 100, 1e-5);

    /** Validates. */
    public Params {
      if (!(epsilon >= 1.0) || !Double.isFinite(epsilon)) {
        throw new IllegalArgumentException("HuberRegressor: epsilon must be a finite number >= 1.0, got " + epsilon
            + "; use 1.35 (the default) for 95% efficiency under Gaussian noise, larger values for less robustness");
      }
      Check.nonNegative(alpha, "alpha");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.positive(tol, "tol");
    }

    /** A copy with another epsilon. */
    public Params withEpsilon(double e) {
      return new Params(e, alpha, fitIntercept, maxIter, tol);
    }

    /** A copy with another alpha. */
    public Params withAlpha(double a) {
      return new Params(epsilon, a, fitIntercept, maxIter, tol);
    }

    /** A copy with or without intercept. */
    public Params withFitIntercept(boolean yes) {
      return new Params(epsilon, alpha, yes, maxIter, tol);
    }

    /** A copy with another iteration limit and tolerance. */
    public Params withTolerance(int iterations, double t) {
      return new Params(epsilon, alpha, fitIntercept, iterations, t);
    }
  }

  /** Largest feature count for which a fit that L-BFGS leaves short of {@code tol} gets the exact finish. */
  static final int FINISH_MAX_P = 500;

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public HuberRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public HuberRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public HuberRegressor withParams(Params p) {
    return new HuberRegressor(p);
  }

  @Override
  public String name() {
    return "huber_regressor";
  }

  /**
   * Fits coefficients, intercept and scale.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or a non-numeric target
   */
  @Override
  public HuberRegressorModel fit(Frame x, Target y) {
    double[] a = Inputs.fitMatrix(x, y, "HuberRegressor");
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    int p = x.columnCount();
    Loss loss = new Loss(a, n, p, y.values(), params.epsilon(), params.alpha(), params.fitIntercept());
    double[] start = new double[p + 2];             // w, b, log sigma = 0
    Lbfgs.Result r = new Lbfgs(10, params.maxIter(), params.tol(), 0.0).minimize(loss, start);
    double[] z = r.x();
    double[] g = new double[p + 2];
    if (r.status() != Lbfgs.Status.GRADIENT_TOLERANCE && p <= FINISH_MAX_P) {
      double[] zf = loss.exactFinish(z);
      if (zf != null) {
        double ff = loss.valueAndGradient(zf, g);
        if (ff <= r.value() + 1e-14 * Math.abs(r.value())) {
          z = zf;
        }
      }
    }
    loss.valueAndGradient(z, g);
    double gmax = 0;
    for (double v : g) {
      gmax = Math.max(gmax, Math.abs(v));
    }
    boolean converged = gmax <= params.tol();
    double[] coef = java.util.Arrays.copyOf(z, p);
    double sigma = Math.exp(z[p + 1]);
    return new HuberRegressorModel(x.schema(), coef, params.fitIntercept() ? z[p] : 0.0, sigma, params.epsilon(),
        r.iterations(), converged, Provenance.of(name(), params, x, y, 0L));
  }

  /** The objective of scikit-learn's {@code _huber_loss_and_gradient} over {@code (w, b, log sigma)}. */
  static final class Loss implements Lbfgs.Objective {
    private final double[] x;
    private final int n;
    private final int p;
    private final double[] y;
    private final double eps;
    private final double alpha;
    private final boolean intercept;
    private final double[] res;

    Loss(double[] x, int n, int p, double[] y, double eps, double alpha, boolean intercept) {
      this.x = x;
      this.n = n;
      this.p = p;
      this.y = y;
      this.eps = eps;
      this.alpha = alpha;
      this.intercept = intercept;
      this.res = new double[n];
    }

    @Override
    public double valueAndGradient(double[] z, double[] grad) {
      double f = lossAndSigmaGradient(z, grad);
      grad[p + 1] *= Math.exp(z[p + 1]);              // chain rule: d/d(log sigma) = sigma · d/d sigma
      return f;
    }

    /**
     * The exact finish from {@code z} (see the class comment); null when the linear system is singular or the
     * sigma equation has no positive solution.
     */
    double[] exactFinish(double[] z0) {
      int m = intercept ? p + 1 : p;
      double[] z = z0.clone();
      double[] inlier = new double[n];
      double[] sign = new double[n];
      for (int step = 0; step < 200; step++) {
        double sigma = Math.exp(z[p + 1]);
        residuals(z);
        int outliers = 0;
        for (int i = 0; i < n; i++) {
          double r = y[i] - res[i];
          boolean out = Math.abs(r) > eps * sigma;
          inlier[i] = out ? 0 : 1;
          sign[i] = out ? Math.signum(r) : 0;
          outliers += out ? 1 : 0;
        }
        praxis.linalg.DenseMatrix gram = new praxis.linalg.DenseMatrix(m, m);
        double[] gd = gram.data();
        double[] rhs = new double[m];
        for (int j = 0; j < m; j++) {
          int oj = j * n;
          for (int k = 0; k <= j; k++) {
            int ok = k * n;
            double sum = 0;
            for (int i = 0; i < n; i++) {
              sum += inlier[i] * (j < p ? x[oj + i] : 1) * (k < p ? x[ok + i] : 1);
            }
            gd[k * m + j] = sum;
            gd[j * m + k] = sum;
          }
          if (j < p) {
            gd[j * m + j] += alpha * sigma;
          }
          double sum = 0;
          for (int i = 0; i < n; i++) {
            double xi = j < p ? x[oj + i] : 1;
            sum += xi * (inlier[i] * y[i] + eps * sigma * sign[i]);
          }
          rhs[j] = sum;
        }
        double[] sol;
        try {
          sol = praxis.linalg.LinAlg.cholesky(gram).solve(rhs);
        } catch (IllegalArgumentException e) {
          return null;
        }
        double[] zn = new double[p + 2];
        System.arraycopy(sol, 0, zn, 0, m);
        residuals(zn);
        double ss = 0;
        for (int i = 0; i < n; i++) {
          double r = y[i] - res[i];
          ss += inlier[i] * r * r;
        }
        double denom = n - outliers * eps * eps;
        if (!(denom > 0) || !(ss > 0)) {
          return null;
        }
        double sigmaNew = Math.sqrt(ss / denom);
        zn[p + 1] = Math.log(sigmaNew);
        double change = Math.abs(sigmaNew - sigma) / sigma;
        double big = 1;
        for (int j = 0; j < m; j++) {
          big = Math.max(big, Math.abs(zn[j]));
        }
        for (int j = 0; j < m; j++) {
          change = Math.max(change, Math.abs(zn[j] - z[j]) / big);
        }
        z = zn;
        if (change <= 1e-15) {
          break;
        }
      }
      return z;
    }

    /** {@code res = Xw + b}. */
    private void residuals(double[] z) {
      java.util.Arrays.fill(res, intercept ? z[p] : 0.0);
      for (int j = 0; j < p; j++) {
        double wj = z[j];
        if (wj == 0) {
          continue;
        }
        int off = j * n;
        for (int i = 0; i < n; i++) {
          res[i] += x[off + i] * wj;
        }
      }
    }

    private double lossAndSigmaGradient(double[] z, double[] grad) {
      double sigma = Math.exp(z[p + 1]);
      residuals(z);
      double limit = eps * sigma;
      double squared = 0;
      double outlierAbs = 0;
      int outliers = 0;
      double gb = 0;
      for (int i = 0; i < n; i++) {                   // res becomes d loss / d prediction_i
        double r = y[i] - res[i];
        double ar = Math.abs(r);
        double d;
        if (ar > limit) {
          outliers++;
          outlierAbs += ar;
          d = r < 0 ? 2 * eps : -2 * eps;
        } else {
          squared += r * r;
          d = -2 * r / sigma;
        }
        res[i] = d;
        gb += d;
      }
      for (int j = 0; j < p; j++) {
        int off = j * n;
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += x[off + i] * res[i];
        }
        grad[j] = s + 2 * alpha * z[j];
      }
      grad[p] = intercept ? gb : 0.0;
      double sq = squared / sigma;
      grad[p + 1] = n - outliers * eps * eps - sq / sigma;
      double ww = 0;
      for (int j = 0; j < p; j++) {
        ww += z[j] * z[j];
      }
      return n * sigma + sq + 2 * eps * outlierAbs - sigma * outliers * eps * eps + alpha * ww;
    }
  }
}
