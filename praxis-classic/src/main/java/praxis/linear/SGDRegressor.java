package praxis.linear;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * A linear regressor fitted by stochastic gradient descent, like scikit-learn's {@code SGDRegressor}:
 * minimizes {@code mean_i loss(w . x_i + b, y_i) + penalty(w)} with the same modes, optimizers, schedules
 * (default plain SGD with {@code eta0 / t^0.25}), stopping rule and per-epoch {@link SGDRegressorModel#lossCurve()}
 * as {@link SGDClassifier}. Scale-sensitive: standardize the features (and, for large targets, consider a
 * smaller eta0).
 *
 * <p>Sparse input ({@code Frame.hasSparseColumns()}): the rows are read from a CSR matrix; per-sample plain
 * SGD (the default) keeps the weights lazily scaled and thresholded so that a step costs O(nnz of the row),
 * other optimizers and batch modes cost O(nnz + p) per batch. Same steps as the dense path (equal up to
 * rounding); predictions on sparse input use the stored entries only.
 *
 * <pre>{@code
 * var p = SGDRegressor.Params.DEFAULTS.withLoss(SGDRegressor.Loss.HUBER, 1.35);
 * SGDRegressorModel m = new SGDRegressor(p).fit(xStandardized, y);
 * double[] yhat = m.predict(xStandardized);
 * }</pre>
 */
public final class SGDRegressor implements Estimator<SGDRegressor.Params, SGDRegressorModel> {
  private static final Logger LOG = LoggerFactory.getLogger(SGDRegressor.class);

  /** Regression losses of the residual {@code r = p - y}. */
  public enum Loss {
    /** {@code r^2 / 2}. */
    SQUARED_ERROR,
    /** {@code r^2 / 2} for {@code |r| <= epsilon}, else {@code epsilon |r| - epsilon^2 / 2}. */
    HUBER,
    /** {@code max(0, |r| - epsilon)}. */
    EPSILON_INSENSITIVE,
    /** {@code max(0, |r| - epsilon)^2}. */
    SQUARED_EPSILON_INSENSITIVE;

    SGDTrainer.Loss function(double eps) {
      return switch (this) {
        case SQUARED_ERROR -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            double r = p - y;
            return 0.5 * r * r;
          }

          @Override
          public double dloss(double p, double y) {
            return p - y;
          }
        };
        case HUBER -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            double r = Math.abs(p - y);
            return r <= eps ? 0.5 * r * r : eps * r - 0.5 * eps * eps;
          }

          @Override
          public double dloss(double p, double y) {
            double r = p - y;
            return r > eps ? eps : r < -eps ? -eps : r;
          }
        };
        case EPSILON_INSENSITIVE -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            return Math.max(0.0, Math.abs(p - y) - eps);
          }

          @Override
          public double dloss(double p, double y) {
            double r = p - y;
            return r > eps ? 1.0 : r < -eps ? -1.0 : 0.0;
          }
        };
        case SQUARED_EPSILON_INSENSITIVE -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            double e = Math.max(0.0, Math.abs(p - y) - eps);
            return e * e;
          }

          @Override
          public double dloss(double p, double y) {
            double r = p - y;
            return r > eps ? 2 * (r - eps) : r < -eps ? 2 * (r + eps) : 0.0;
          }
        };
      };
    }
  }

  /**
   * Hyperparameters (defaults as scikit-learn's {@code SGDRegressor}); see {@link SGDClassifier.Params} for the
   * shared ones.
   *
   * @param loss the loss
   * @param epsilon threshold of HUBER and the epsilon-insensitive losses (&gt;= 0)
   * @param penalty the regularization
   * @param alpha penalty weight (&gt;= 0)
   * @param l1Ratio L1 share of ELASTIC_NET, in [0, 1]
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param maxIter maximum epochs (&gt;= 1)
   * @param tol required loss improvement per epoch; negative disables early stopping
   * @param nIterNoChange patience in epochs (&gt;= 1)
   * @param mode per-sample, mini-batch or batch updates
   * @param batchSize rows per MINI_BATCH update (&gt;= 1)
   * @param optimizer the update rule
   * @param schedule the learning-rate schedule
   * @param eta0 initial learning rate (&gt; 0)
   * @param powerT exponent of INVSCALING (&gt;= 0)
   * @param momentum momentum of MOMENTUM / NESTEROV, in [0, 1)
   * @param seed seed of the per-epoch row shuffles
   */
  public record Params(Loss loss, double epsilon, SGDPenalty penalty, double alpha, double l1Ratio,
      boolean fitIntercept, int maxIter, double tol, int nIterNoChange, SGDMode mode, int batchSize,
      SGDOptimizer optimizer, SGDSchedule schedule, double eta0, double powerT, double momentum, long seed)
      implements praxis.api.Params {
    /** Squared error, L2, alpha 1e-4, 1000 epochs, tol 1e-3, patience 5, per sample, SGD, 0.01 / t^0.25. */
    public static final Params DEFAULTS = new Params(Loss.SQUARED_ERROR, 0.1, SGDPenalty.L2, 1e-4, 0.15, true, 1000,
        1e-3, 5, SGDMode.PER_SAMPLE, 32, SGDOptimizer.SGD, SGDSchedule.INVSCALING, 0.01, 0.25, 0.9, 0L);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
      Check.nonNegative(epsilon, "epsilon");
      Check.notNull(penalty, "penalty");
      Check.nonNegative(alpha, "alpha");
      Check.inRange(l1Ratio, 0.0, 1.0, "l1Ratio");
      Check.atLeast(maxIter, 1, "maxIter");
      if (Double.isNaN(tol)) {
        throw new IllegalArgumentException("tol must be a number (negative disables early stopping) but was NaN");
      }
      Check.atLeast(nIterNoChange, 1, "nIterNoChange");
      Check.notNull(mode, "mode");
      Check.atLeast(batchSize, 1, "batchSize");
      Check.notNull(optimizer, "optimizer");
      Check.notNull(schedule, "schedule");
      Check.positive(eta0, "eta0");
      Check.nonNegative(powerT, "powerT");
      Check.inRange(momentum, 0.0, 0.999999, "momentum");
    }

    /** A copy with another loss and epsilon. */
    public Params withLoss(Loss l, double eps) {
      return new Params(l, eps, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode, batchSize,
          optimizer, schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with another penalty, alpha and l1Ratio. */
    public Params withPenalty(SGDPenalty pen, double a, double ratio) {
      return new Params(loss, epsilon, pen, a, ratio, fitIntercept, maxIter, tol, nIterNoChange, mode, batchSize,
          optimizer, schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int epochs, double tolerance, int patience) {
      return new Params(loss, epsilon, penalty, alpha, l1Ratio, fitIntercept, epochs, tolerance, patience, mode,
          batchSize, optimizer, schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with another mode and mini-batch size. */
    public Params withMode(SGDMode m, int size) {
      return new Params(loss, epsilon, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, m, size,
          optimizer, schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with another optimizer, schedule and initial rate. */
    public Params withOptimizer(SGDOptimizer o, SGDSchedule s, double rate) {
      return new Params(loss, epsilon, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode,
          batchSize, o, s, rate, powerT, momentum, seed);
    }

    /** A copy with another seed. */
    public Params withSeed(long s) {
      return new Params(loss, epsilon, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode,
          batchSize, optimizer, schedule, eta0, powerT, momentum, s);
    }

    SGDTrainer.Settings settings() {
      return new SGDTrainer.Settings(penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode,
          batchSize, optimizer, schedule, eta0, powerT, momentum, seed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SGDRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public SGDRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SGDRegressor withParams(Params p) {
    return new SGDRegressor(p);
  }

  @Override
  public String name() {
    return "sgd_regressor";
  }

  /**
   * Fits the coefficients.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-numeric target or
   *     divergence
   */
  @Override
  public SGDRegressorModel fit(Frame x, Target y) {
    // Sparse input: the per-row steps touch only the stored entries (see SparseSGDTrainer).
    praxis.linalg.CsrMatrix xs = x.hasSparseColumns() ? Inputs.fitCsr(x, y, "SGDRegressor") : null;
    double[] xc = xs == null ? Inputs.fitMatrix(x, y, "SGDRegressor") : null;
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    int p = x.columnCount();
    double[] yy = y.values();
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(yy[i])) {
        throw new IllegalArgumentException("SGDRegressor: target value at row " + i + " is " + yy[i]
            + "; remove or impute non-finite targets");
      }
    }
    SGDTrainer.Fit f = xs != null
        ? SparseSGDTrainer.fit(xs, yy, params.loss().function(params.epsilon()), params.settings(), "SGDRegressor")
        : SGDTrainer.fit(SGDTrainer.rowMajor(xc, n, p), n, p, yy, params.loss().function(params.epsilon()),
            params.settings(), "SGDRegressor");
    if (!f.converged() && params.tol() >= 0) {
      LOG.warn("SGDRegressor stopped after maxIter = {} epochs without meeting tol = {}; increase maxIter or "
          + "standardize the features", params.maxIter(), params.tol());
    }
    return new SGDRegressorModel(x.schema(), f.coef(), f.intercept(), f.lossCurve(), f.converged(),
        Provenance.of(name(), params, x, y, params.seed()));
  }
}
