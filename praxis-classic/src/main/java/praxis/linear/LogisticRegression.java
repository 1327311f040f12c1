package praxis.linear;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.optim.Lbfgs;

/**
 * Logistic regression, binary or multinomial (softmax), with an optional L2 penalty, fitted by L-BFGS
 * ({@link Lbfgs}). Same objective and solver settings as scikit-learn's {@code LogisticRegression(solver="lbfgs")}:
 * minimize {@code (1/n) sum_i loss_i + ||W||^2 / (2 C n)} (equivalently {@code C sum_i loss_i + ||W||^2 / 2}),
 * the intercepts not penalized; L-BFGS with 10 correction pairs stops when the largest gradient component
 * is {@code <= tol} or the relative decrease of the objective is {@code <= 64 eps}, or after
 * {@code maxIter} iterations (a warning is logged; {@link LogisticRegressionModel#converged()} says so).
 *
 * <p>With two classes the model has a single coefficient vector for the second class (log-odds of
 * {@code classes().get(1)}), as scikit-learn's {@code coef_} of shape (1, p); with more, one vector per
 * class and the softmax link. The loss is computed stably ({@code log(1 + e^z)} and log-sum-exp). The
 * penalty makes the problem scale-sensitive: standardize features first. Cost per L-BFGS iteration:
 * O(n p k).
 *
 * <pre>{@code
 * var est = new LogisticRegression(LogisticRegression.Params.DEFAULTS.withC(0.5));
 * LogisticRegressionModel m = est.fit(xStandardized, y);
 * double[][] coef = m.coefficients();   // [class][feature]
 * }</pre>
 */
public final class LogisticRegression implements Estimator<LogisticRegression.Params, LogisticRegressionModel> {
  private static final Logger LOG = LoggerFactory.getLogger(LogisticRegression.class);

  /** Regularization. */
  public enum Penalty {
    /** {@code ||W||^2 / 2} weighted by {@code 1/C}. */
    L2,
    /** No penalty (the unpenalized maximum-likelihood fit; may not exist for separable data). */
    NONE
  }

  /**
   * Hyperparameters.
   *
   * @param penalty regularization
   * @param c inverse regularization strength (&gt; 0; larger = weaker penalty); ignored for NONE
   * @param fitIntercept whether to fit unpenalized intercepts
   * @param maxIter maximum L-BFGS iterations (&gt;= 1)
   * @param tol stop when the largest gradient component of the (mean-scaled) objective is {@code <= tol}
   */
  public record Params(Penalty penalty, double c, boolean fitIntercept, int maxIter, double tol)
      implements praxis.api.Params {
    /** L2, C = 1, intercept, 100 iterations, tol 1e-4 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(Penalty.L2, 1.0, true, 100, 1e-4);

    /** Validates. */
    public Params {
      Check.notNull(penalty, "penalty");
      Check.positive(c, "c");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(penalty, newC, fitIntercept, maxIter, tol);
    }

    /** A copy with another penalty. */
    public Params withPenalty(Penalty p) {
      return new Params(p, c, fitIntercept, maxIter, tol);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int iterations, double tolerance) {
      return new Params(penalty, c, fitIntercept, iterations, tolerance);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LogisticRegression() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LogisticRegression(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LogisticRegression withParams(Params p) {
    return new LogisticRegression(p);
  }

  @Override
  public String name() {
    return "logistic_regression";
  }

  /**
   * Fits the coefficients.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target or fewer
   *     than two classes
   */
  @Override
  public LogisticRegressionModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, "LogisticRegression");
    y.requireKind(Target.Kind.CLASSES);
    int k = y.classCount();
    if (k < 2) {
      throw new IllegalArgumentException("LogisticRegression needs at least 2 classes but y has " + k + " "
          + y.classList() + "; check the label column");
    }
    int n = x.rowCount();
    int p = x.columnCount();
    int[] codes = y.codes();
    double alpha = params.penalty() == Penalty.L2 ? 1.0 / (params.c() * n) : 0.0;
    boolean intercept = params.fitIntercept();
    Lbfgs.Objective f = k == 2 ? new Binary(xc, n, p, codes, alpha, intercept)
        : new Multinomial(xc, n, p, k, codes, alpha, intercept);
    int rows = k == 2 ? 1 : k;
    Lbfgs solver = new Lbfgs(10, params.maxIter(), params.tol(), 64 * Math.ulp(1.0));
    Lbfgs.Result r = solver.minimize(f, new double[rows * (p + 1)]);
    if (!r.converged()) {
      LOG.warn("LogisticRegression stopped after {} iterations ({}) with gradient {} > tol {}; increase maxIter "
          + "or standardize the features", r.iterations(), r.status(), r.gradientNorm(), params.tol());
    }
    double[][] coef = new double[rows][p];
    double[] b = new double[rows];
    double[] w = r.x();
    for (int c = 0; c < rows; c++) {
      System.arraycopy(w, c * (p + 1), coef[c], 0, p);
      b[c] = w[c * (p + 1) + p];
    }
    return new LogisticRegressionModel(x.schema(), y.classList(), coef, b, r.iterations(), r.converged(),
        Provenance.of(name(), params, x, y, 0L));
  }

  /** Binary logistic loss; parameters [w_0..w_{p-1}, b]. */
  private static final class Binary implements Lbfgs.Objective {
    private final double[] x;
    private final int n;
    private final int p;
    private final double[] y;
    private final double alpha;
    private final boolean intercept;
    private final double[] z;

    Binary(double[] x, int n, int p, int[] codes, double alpha, boolean intercept) {
      this.x = x;
      this.n = n;
      this.p = p;
      this.y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = codes[i];
      }
      this.alpha = alpha;
      this.intercept = intercept;
      this.z = new double[n];
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
      double b = intercept ? w[p] : 0.0;
      java.util.Arrays.fill(z, b);
      for (int j = 0; j < p; j++) {
        double wj = w[j];
        if (wj != 0) {
          int off = j * n;
          for (int i = 0; i < n; i++) {
            z[i] += x[off + i] * wj;
          }
        }
      }
      double loss = 0;
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double zi = z[i];
        loss += (zi > 0 ? zi + Math.log1p(Math.exp(-zi)) : Math.log1p(Math.exp(zi))) - y[i] * zi;
        double s = zi >= 0 ? 1.0 / (1.0 + Math.exp(-zi)) : Math.exp(zi) / (1.0 + Math.exp(zi));
        z[i] = s - y[i]; // residual, reused
        gb += z[i];
      }
      double inv = 1.0 / n;
      double reg = 0;
      for (int j = 0; j < p; j++) {
        int off = j * n;
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += x[off + i] * z[i];
        }
        g[j] = s * inv + alpha * w[j];
        reg += w[j] * w[j];
      }
      g[p] = intercept ? gb * inv : 0.0;
      return loss * inv + 0.5 * alpha * reg;
    }
  }

  /** Multinomial (softmax) loss; parameters K blocks of [w_0..w_{p-1}, b]. */
  private static final class Multinomial implements Lbfgs.Objective {
    private final double[] x;
    private final int n;
    private final int p;
    private final int k;
    private final int[] codes;
    private final double alpha;
    private final boolean intercept;
    private final double[] z; // column-major n x k
    private final double[] rowMax;
    private final double[] rowSum;

    Multinomial(double[] x, int n, int p, int k, int[] codes, double alpha, boolean intercept) {
      this.x = x;
      this.n = n;
      this.p = p;
      this.k = k;
      this.codes = codes;
      this.alpha = alpha;
      this.intercept = intercept;
      this.z = new double[n * k];
      this.rowMax = new double[n];
      this.rowSum = new double[n];
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
      int stride = p + 1;
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        double b = intercept ? w[c * stride + p] : 0.0;
        java.util.Arrays.fill(z, zo, zo + n, b);
        for (int j = 0; j < p; j++) {
          double wj = w[c * stride + j];
          if (wj != 0) {
            int off = j * n;
            for (int i = 0; i < n; i++) {
              z[zo + i] += x[off + i] * wj;
            }
          }
        }
      }
      // Softmax over classes, column by column so every pass reads memory sequentially and each
      // exponential is computed once: z becomes exp(z - rowMax), then the probability, then the residual.
      java.util.Arrays.fill(rowMax, Double.NEGATIVE_INFINITY);
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int i = 0; i < n; i++) {
          rowMax[i] = Math.max(rowMax[i], z[zo + i]);
        }
      }
      double loss = 0;
      for (int i = 0; i < n; i++) {
        loss -= z[codes[i] * n + i] - rowMax[i];
      }
      java.util.Arrays.fill(rowSum, 0.0);
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int i = 0; i < n; i++) {
          double e = Math.exp(z[zo + i] - rowMax[i]);
          z[zo + i] = e;
          rowSum[i] += e;
        }
      }
      for (int i = 0; i < n; i++) {
        loss += Math.log(rowSum[i]);
        rowSum[i] = 1.0 / rowSum[i];
      }
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int i = 0; i < n; i++) {
          z[zo + i] *= rowSum[i];
        }
      }
      for (int i = 0; i < n; i++) {
        z[codes[i] * n + i] -= 1.0;
      }
      double inv = 1.0 / n;
      double reg = 0;
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int j = 0; j < p; j++) {
          int off = j * n;
          double s = 0;
          for (int i = 0; i < n; i++) {
            s += x[off + i] * z[zo + i];
          }
          double wj = w[c * stride + j];
          g[c * stride + j] = s * inv + alpha * wj;
          reg += wj * wj;
        }
        if (intercept) {
          double s = 0;
          for (int i = 0; i < n; i++) {
            s += z[zo + i];
          }
          g[c * stride + p] = s * inv;
        } else {
          g[c * stride + p] = 0.0;
        }
      }
      return loss * inv + 0.5 * alpha * reg;
    }
  }
}
