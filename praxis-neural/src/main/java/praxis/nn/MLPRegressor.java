package praxis.nn;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Multi-layer perceptron regressor: hidden dense layers (each optionally batch-normalized and followed by
 * dropout) with a common activation and one linear output, trained by mini-batch {@link Trainer} on the
 * standardized target ({@code (y - mean) / sd}, undone at prediction; unlike scikit-learn, which fits the raw
 * target and therefore needs many more epochs on targets of large scale) with the MSE, MAE or Huber loss.
 * {@code alpha} is scikit-learn's L2 strength: the penalty {@code alpha/(2 b) ||W||^2} is added to the mean
 * loss of each batch of size {@code b} (for ADAMW it is the decoupled decay rate instead). Stopping as
 * scikit-learn: {@code nIterNoChange} epochs without the training loss (or, with {@code earlyStopping}, the
 * validation loss, whose best weights are restored) improving by {@code tol}. Weights: He uniform for
 * ReLU-type activations, Glorot uniform for sigmoid/tanh. Scale-sensitive: standardize features first.
 * {@code precision} FLOAT32 trains and predicts in float32 (single-precision GEMMs, float-representable
 * weights, saved and loaded exactly; see {@link Precision}). Cost per epoch: about
 * {@code 6 n sum(widths_l widths_(l+1))} flops.
 *
 * <pre>{@code
 * var mlp = new MLPRegressor(MLPRegressor.Params.DEFAULTS.withHidden("256,128").withDropout(0.2));
 * MLPRegressorModel m = mlp.fit(xStandardized, y);
 * double[] yhat = m.predict(xTest);
 * }</pre>
 */
public final class MLPRegressor implements Estimator<MLPRegressor.Params, MLPRegressorModel> {
  /**
   * Hyperparameters.
   *
   * @param loss MSE, MAE or HUBER (on the standardized target)
   * @param hiddenLayerSizes comma-separated hidden widths, e.g. {@code "100"} or {@code "256,128"}
   * @param activation hidden activation
   * @param solver optimizer
   * @param learningRate constant learning rate (&gt; 0)
   * @param batchSize mini-batch rows (&gt;= 1, capped at the row count)
   * @param maxIter maximum epochs (&gt;= 1)
   * @param alpha L2 strength in scikit-learn's scaling (&gt;= 0)
   * @param dropout dropout rate after each hidden activation, in [0, 1)
   * @param batchNorm batch normalization after each hidden dense layer
   * @param earlyStopping hold out {@code validationFraction} of the rows and stop on their loss
   * @param validationFraction held-out share for early stopping, in (0, 0.5]
   * @param nIterNoChange patience in epochs (&gt;= 1)
   * @param tol required loss improvement (&gt;= 0)
   * @param seed seed of initialization, shuffling, split and dropout
   * @param precision FLOAT64 (default) or FLOAT32 training and inference (see {@link Precision})
   */
  public record Params(Loss loss, String hiddenLayerSizes, Activation.Fn activation, OptimizerKind solver,
      double learningRate, int batchSize, int maxIter, double alpha, double dropout, boolean batchNorm,
      boolean earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed,
      Precision precision) implements praxis.api.Params {
    /**
     * MSE and scikit-learn's defaults: one hidden layer of 100 ReLU units, Adam 1e-3, batch 200, 200 epochs,
     * alpha 1e-4.
     */
    public static final Params DEFAULTS = new Params(Loss.MSE, "100", Activation.Fn.RELU, OptimizerKind.ADAM, 1e-3,
        200, 200, 1e-4, 0.0, false, false, 0.1, 10, 1e-4, 0L, Precision.FLOAT64);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
      if (loss == Loss.SOFTMAX_CROSS_ENTROPY || loss == Loss.BINARY_CROSS_ENTROPY) {
        throw new IllegalArgumentException("loss " + loss + " is for classification; use mse, mae or huber");
      }
      NnSupport.hiddenSizes(hiddenLayerSizes, "hiddenLayerSizes");
      Check.notNull(activation, "activation");
      if (activation == Activation.Fn.SOFTMAX) {
        throw new IllegalArgumentException("activation softmax is for outputs, not hidden layers; use relu, tanh, "
            + "gelu, elu, leaky_relu, sigmoid or identity");
      }
      Check.notNull(solver, "solver");
      Check.positive(learningRate, "learningRate");
      Check.atLeast(batchSize, 1, "batchSize");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(alpha, "alpha");
      if (!(dropout >= 0 && dropout < 1)) {
        throw new IllegalArgumentException("dropout must be in [0, 1) but was " + dropout);
      }
      if (!(validationFraction > 0 && validationFraction <= 0.5)) {
        throw new IllegalArgumentException("validationFraction must be in (0, 0.5] but was " + validationFraction);
      }
      Check.atLeast(nIterNoChange, 1, "nIterNoChange");
      Check.nonNegative(tol, "tol");
      Check.notNull(precision, "precision");
    }

    /** In float64; the other components as the canonical constructor. */
    public Params(Loss loss, String hiddenLayerSizes, Activation.Fn activation, OptimizerKind solver,
        double learningRate, int batchSize, int maxIter, double alpha, double dropout, boolean batchNorm,
        boolean earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed) {
      this(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, Precision.FLOAT64);
    }

    /** A copy with another precision (FLOAT32: float32 training, see {@link Precision}). */
    public Params withPrecision(Precision p) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, p);
    }

    /** A copy with another loss (MSE, MAE or HUBER). */
    public Params withLoss(Loss l) {
      return new Params(l, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with other hidden widths. */
    public Params withHidden(String sizes) {
      return new Params(loss, sizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with another activation. */
    public Params withActivation(Activation.Fn fn) {
      return new Params(loss, hiddenLayerSizes, fn, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with another optimizer and learning rate. */
    public Params withSolver(OptimizerKind s, double lr) {
      return new Params(loss, hiddenLayerSizes, activation, s, lr, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with another batch size and epoch limit. */
    public Params withBatches(int size, int epochs) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, size, epochs, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with another L2 strength. */
    public Params withAlpha(double a) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, a, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with another dropout rate. */
    public Params withDropout(double rate) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, rate,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with or without batch normalization. */
    public Params withBatchNorm(boolean on) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          on, earlyStopping, validationFraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with early stopping on a held-out fraction. */
    public Params withEarlyStopping(boolean on, double fraction) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, on, fraction, nIterNoChange, tol, seed, precision);
    }

    /** A copy with other stopping settings. */
    public Params withStopping(int patience, double tolerance) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, patience, tolerance, seed, precision);
    }

    /** A copy with another seed. */
    public Params withSeed(long s) {
      return new Params(loss, hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, s, precision);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public MLPRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public MLPRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public MLPRegressor withParams(Params p) {
    return new MLPRegressor(p);
  }

  @Override
  public String name() {
    return "mlp_regressor";
  }

  /**
   * Trains the network.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or a non-numeric target
   * @throws IllegalStateException when the loss diverges (NaN), naming the epoch
   */
  @Override
  public MLPRegressorModel fit(Frame x, Target y) {
    double[] xr = NnSupport.fitRows(x, y, "MLPRegressor");
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    int p = x.columnCount();
    double[] v = y.values();
    double mean = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException("MLPRegressor: target value of row " + i + " is " + v[i]
            + "; drop or impute rows with a missing target");
      }
      mean += v[i];
    }
    mean /= n;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      ss += (v[i] - mean) * (v[i] - mean);
    }
    double sd = Math.sqrt(ss / n);
    if (!(sd > 0)) {
      sd = 1.0;
    }
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      target[i] = (v[i] - mean) / sd;
    }
    Network net = NnSupport.hidden(p, NnSupport.hiddenSizes(params.hiddenLayerSizes(), "hiddenLayerSizes"),
        params.activation(), params.batchNorm(), params.dropout()).init(Init.XAVIER_UNIFORM).dense(1)
        .precision(params.precision()).build(params.seed());
    TrainingConfig cfg = NnSupport.config(params.solver(), params.learningRate(), params.batchSize(),
        params.maxIter(), params.alpha(), params.earlyStopping(), params.validationFraction(),
        params.nIterNoChange(), params.tol(), params.seed(), n);
    History h = new Trainer(cfg).fit(net, xr, n, target, params.loss());
    return new MLPRegressorModel(x.schema(), mean, sd, net, h.trainLoss(), Provenance.of(name(), params, x, y,
        params.seed()), h);
  }
}
