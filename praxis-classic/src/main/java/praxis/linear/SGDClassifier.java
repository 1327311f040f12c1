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
 * A linear classifier fitted by stochastic gradient descent, like scikit-learn's {@code SGDClassifier}:
 * minimizes {@code mean_i loss(y_i (w . x_i + b)) + penalty(w)} with {@code y_i} in {-1, +1}; two classes
 * give one coefficient row (positive class {@code classes().get(1)}), more classes are fitted one-vs-rest
 * (one binary problem per class, predicted by the largest score). Updates come from a
 * {@link praxis.optim.Optimizer} ({@link SGDOptimizer}, default plain SGD with scikit-learn's
 * {@code 'optimal'} schedule) per row ({@link SGDMode#PER_SAMPLE}, rows reshuffled each epoch from
 * {@code SplittableRandom(seed)}), per mini-batch or per full batch. After each epoch the mean loss of that
 * epoch (each row's loss taken just before its update, plus the penalty at the epoch start) is recorded in
 * {@link SGDClassifierModel#lossCurve()}; training stops when it has not dropped below the best by
 * {@code tol} for {@code nIterNoChange} epochs ({@link praxis.optim.StoppingRule}) or after {@code maxIter}
 * epochs (a warning is logged). Exact coefficients differ from scikit-learn's (different random stream,
 * truncated-gradient instead of cumulative L1, no averaging). Scale-sensitive: standardize first.
 *
 * <p>{@link Loss#LOG} and {@link Loss#MODIFIED_HUBER} produce a {@link SGDProbabilisticClassifierModel}
 * ({@code predictProba}: sigmoid, or {@code (clip(score, -1, 1) + 1) / 2}, normalized over classes for
 * one-vs-rest, as scikit-learn); the other losses give a plain {@link SGDClassifierModel}.
 *
 * <p>Sparse input ({@code Frame.hasSparseColumns()}): the rows are read from a CSR matrix; per-sample plain
 * SGD (the default) keeps the weights lazily scaled and thresholded so that a step costs O(nnz of the row),
 * other optimizers and batch modes cost O(nnz + p) per batch. Same steps as the dense path (equal up to
 * rounding); predictions on sparse input use the stored entries only.
 *
 * <pre>{@code
 * var p = SGDClassifier.Params.DEFAULTS.withLoss(SGDClassifier.Loss.LOG).withSeed(7);
 * SGDClassifierModel m = new SGDClassifier(p).fit(xStandardized, y);
 * double[] curve = m.lossCurve();
 * }</pre>
 */
public final class SGDClassifier implements Estimator<SGDClassifier.Params, SGDClassifierModel> {
  private static final Logger LOG = LoggerFactory.getLogger(SGDClassifier.class);

  /** Classification losses of the margin {@code z = y (w . x + b)}. */
  public enum Loss {
    /** {@code max(0, 1 - z)} (linear SVM). */
    HINGE,
    /** {@code log(1 + e^-z)} (logistic regression; probabilities). */
    LOG,
    /** {@code max(0, 1 - z)^2} for {@code z >= -1}, else {@code -4z} (probabilities). */
    MODIFIED_HUBER,
    /** {@code max(0, 1 - z)^2}. */
    SQUARED_HINGE,
    /** {@code max(0, -z)}. */
    PERCEPTRON;

    /** Whether models fitted with this loss give probabilities. */
    public boolean probabilistic() {
      return this == LOG || this == MODIFIED_HUBER;
    }

    SGDTrainer.Loss function() {
      return switch (this) {
        case HINGE -> hinge(1.0);
        case PERCEPTRON -> hinge(0.0);
        case LOG -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            double z = p * y;
            return z > 18 ? Math.exp(-z) : z < -18 ? -z : Math.log1p(Math.exp(-z));
          }

          @Override
          public double dloss(double p, double y) {
            double z = p * y;
            return z > 18 ? -y * Math.exp(-z) : z < -18 ? -y : -y / (Math.exp(z) + 1.0);
          }
        };
        case MODIFIED_HUBER -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            double z = p * y;
            return z >= 1 ? 0.0 : z >= -1 ? (1 - z) * (1 - z) : -4 * z;
          }

          @Override
          public double dloss(double p, double y) {
            double z = p * y;
            return z >= 1 ? 0.0 : z >= -1 ? -2 * (1 - z) * y : -4 * y;
          }
        };
        case SQUARED_HINGE -> new SGDTrainer.Loss() {
          @Override
          public double loss(double p, double y) {
            double z = 1 - p * y;
            return z > 0 ? z * z : 0.0;
          }

          @Override
          public double dloss(double p, double y) {
            double z = 1 - p * y;
            return z > 0 ? -2 * y * z : 0.0;
          }
        };
      };
    }

    private static SGDTrainer.Loss hinge(double threshold) {
      return new SGDTrainer.Loss() {
        @Override
        public double loss(double p, double y) {
          double z = p * y;
          return z <= threshold ? threshold - z : 0.0;
        }

        @Override
        public double dloss(double p, double y) {
          return p * y <= threshold ? -y : 0.0;
        }
      };
    }
  }

  /**
   * Hyperparameters (defaults as scikit-learn's {@code SGDClassifier}, except {@code eta0}, which is only
   * used by the CONSTANT / INVSCALING schedules).
   *
   * @param loss the loss
   * @param penalty the regularization
   * @param alpha penalty weight (&gt;= 0; &gt; 0 for the OPTIMAL schedule)
   * @param l1Ratio L1 share of ELASTIC_NET, in [0, 1]
   * @param fitIntercept whether to fit unpenalized intercepts
   * @param maxIter maximum epochs (&gt;= 1)
   * @param tol required loss improvement per epoch; negative disables early stopping
   * @param nIterNoChange patience in epochs (&gt;= 1)
   * @param mode per-sample, mini-batch or batch updates
   * @param batchSize rows per MINI_BATCH update (&gt;= 1)
   * @param optimizer the update rule
   * @param schedule the learning-rate schedule
   * @param eta0 initial learning rate for CONSTANT / INVSCALING (&gt; 0)
   * @param powerT exponent of INVSCALING (&gt;= 0)
   * @param momentum momentum of MOMENTUM / NESTEROV, in [0, 1)
   * @param seed seed of the per-epoch row shuffles
   */
  public record Params(Loss loss, SGDPenalty penalty, double alpha, double l1Ratio, boolean fitIntercept, int maxIter,
      double tol, int nIterNoChange, SGDMode mode, int batchSize, SGDOptimizer optimizer, SGDSchedule schedule,
      double eta0, double powerT, double momentum, long seed) implements praxis.api.Params {
    /** Hinge, L2, alpha 1e-4, l1Ratio 0.15, 1000 epochs, tol 1e-3, patience 5, per sample, SGD, 'optimal'. */
    public static final Params DEFAULTS = new Params(Loss.HINGE, SGDPenalty.L2, 1e-4, 0.15, true, 1000, 1e-3, 5,
        SGDMode.PER_SAMPLE, 32, SGDOptimizer.SGD, SGDSchedule.OPTIMAL, 0.01, 0.5, 0.9, 0L);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
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

    /** A copy with another loss. */
    public Params withLoss(Loss l) {
      return new Params(l, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode, batchSize,
          optimizer, schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with another penalty, alpha and l1Ratio. */
    public Params withPenalty(SGDPenalty pen, double a, double ratio) {
      return new Params(loss, pen, a, ratio, fitIntercept, maxIter, tol, nIterNoChange, mode, batchSize, optimizer,
          schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int epochs, double tolerance, int patience) {
      return new Params(loss, penalty, alpha, l1Ratio, fitIntercept, epochs, tolerance, patience, mode, batchSize,
          optimizer, schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with another mode and mini-batch size. */
    public Params withMode(SGDMode m, int size) {
      return new Params(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, m, size, optimizer,
          schedule, eta0, powerT, momentum, seed);
    }

    /** A copy with another optimizer, schedule and initial rate. */
    public Params withOptimizer(SGDOptimizer o, SGDSchedule s, double rate) {
      return new Params(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode, batchSize, o,
          s, rate, powerT, momentum, seed);
    }

    /** A copy with another seed. */
    public Params withSeed(long s) {
      return new Params(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode, batchSize,
          optimizer, schedule, eta0, powerT, momentum, s);
    }

    SGDTrainer.Settings settings() {
      return new SGDTrainer.Settings(penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, nIterNoChange, mode,
          batchSize, optimizer, schedule, eta0, powerT, momentum, seed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SGDClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public SGDClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SGDClassifier withParams(Params p) {
    return new SGDClassifier(p);
  }

  @Override
  public String name() {
    return "sgd_classifier";
  }

  /**
   * Fits one (binary) or one-per-class (one-vs-rest) coefficient rows.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer than
   *     two classes, or divergence
   */
  @Override
  public SGDClassifierModel fit(Frame x, Target y) {
    // Sparse input: the per-row steps touch only the stored entries (see SparseSGDTrainer).
    praxis.linalg.CsrMatrix xs = x.hasSparseColumns() ? Inputs.fitCsr(x, y, "SGDClassifier") : null;
    double[] xc = xs == null ? Inputs.fitMatrix(x, y, "SGDClassifier") : null;
    y.requireKind(Target.Kind.CLASSES);
    int k = y.classCount();
    if (k < 2) {
      throw new IllegalArgumentException("SGDClassifier needs at least 2 classes but y has " + k + " "
          + y.classList() + "; check the label column");
    }
    int n = x.rowCount();
    int p = x.columnCount();
    double[] xr = xs == null ? SGDTrainer.rowMajor(xc, n, p) : null;
    int[] codes = y.codes();
    int rows = k == 2 ? 1 : k;
    double[][] coef = new double[rows][];
    double[] b = new double[rows];
    double[][] curves = new double[rows][];
    boolean converged = true;
    double[] yy = new double[n];
    SGDTrainer.Loss fn = params.loss().function();
    for (int c = 0; c < rows; c++) {
      int positive = k == 2 ? 1 : c;
      for (int i = 0; i < n; i++) {
        yy[i] = codes[i] == positive ? 1.0 : -1.0;
      }
      SGDTrainer.Fit f = xs != null ? SparseSGDTrainer.fit(xs, yy, fn, params.settings(), "SGDClassifier")
          : SGDTrainer.fit(xr, n, p, yy, fn, params.settings(), "SGDClassifier");
      coef[c] = f.coef();
      b[c] = f.intercept();
      curves[c] = f.lossCurve();
      converged &= f.converged();
    }
    if (!converged && params.tol() >= 0) {
      LOG.warn("SGDClassifier stopped after maxIter = {} epochs without meeting tol = {}; increase maxIter or "
          + "standardize the features", params.maxIter(), params.tol());
    }
    Provenance prov = Provenance.of(name(), params, x, y, params.seed());
    return SGDClassifierModel.create(x.schema(), y.classList(), params.loss(), coef, b, curves, converged, prov);
  }
}
