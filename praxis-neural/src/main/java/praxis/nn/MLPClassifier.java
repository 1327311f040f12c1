package praxis.nn;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Multi-layer perceptron classifier: hidden dense layers (each optionally batch-normalized and followed by
 * dropout) with a common activation, a linear output of one logit per class and the softmax cross-entropy
 * loss, trained by mini-batch {@link Trainer} (Adam by default, as scikit-learn's {@code MLPClassifier}).
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
 * var mlp = new MLPClassifier(MLPClassifier.Params.DEFAULTS.withHidden("256,128").withDropout(0.2));
 * MLPClassifierModel m = mlp.fit(xStandardized, y);
 * double[][] p = m.predictProba(xTest);
 * }</pre>
 */
public final class MLPClassifier implements Estimator<MLPClassifier.Params, MLPClassifierModel> {
  /**
   * Class weighting: each sample's loss is scaled by its class weight (the Trainer's per-sample mask, so each
   * batch's loss is {@code sum w_i l_i / sum w_i}).
   *
   * <pre>{@code
   * MLPClassifier.Params.DEFAULTS.withClassWeight(MLPClassifier.ClassWeight.BALANCED)
   * }</pre>
   */
  public enum ClassWeight {
    /** All classes weigh 1. */
    NONE,
    /** Class k weighs {@code n / (K n_k)} (scikit-learn's {@code "balanced"}), computed on the training rows. */
    BALANCED
  }

  /**
   * Hyperparameters.
   *
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
   * @param classWeight class weighting of each sample's loss
   * @param precision FLOAT64 (default) or FLOAT32 training and inference (see {@link Precision})
   */
  public record Params(String hiddenLayerSizes, Activation.Fn activation, OptimizerKind solver, double learningRate,
      int batchSize, int maxIter, double alpha, double dropout, boolean batchNorm, boolean earlyStopping,
      double validationFraction, int nIterNoChange, double tol, long seed, ClassWeight classWeight,
      Precision precision) implements praxis.api.Params {
    /** scikit-learn's defaults: one hidden layer of 100 ReLU units, Adam 1e-3, batch 200, 200 epochs, alpha 1e-4. */
    public static final Params DEFAULTS = new Params("100", Activation.Fn.RELU, OptimizerKind.ADAM, 1e-3, 200, 200,
        1e-4, 0.0, false, false, 0.1, 10, 1e-4, 0L, ClassWeight.NONE, Precision.FLOAT64);

    /** Validates. */
    public Params {
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
      Check.notNull(classWeight, "classWeight");
      Check.notNull(precision, "precision");
    }

    /** Without class weighting; the other components as the canonical constructor. */
    public Params(String hiddenLayerSizes, Activation.Fn activation, OptimizerKind solver, double learningRate,
        int batchSize, int maxIter, double alpha, double dropout, boolean batchNorm, boolean earlyStopping,
        double validationFraction, int nIterNoChange, double tol, long seed) {
      this(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, ClassWeight.NONE, Precision.FLOAT64);
    }

    /** In float64; the other components as the canonical constructor. */
    public Params(String hiddenLayerSizes, Activation.Fn activation, OptimizerKind solver, double learningRate,
        int batchSize, int maxIter, double alpha, double dropout, boolean batchNorm, boolean earlyStopping,
        double validationFraction, int nIterNoChange, double tol, long seed, ClassWeight classWeight) {
      this(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, Precision.FLOAT64);
    }

    /** A copy with another precision (FLOAT32: float32 training, see {@link Precision}). */
    public Params withPrecision(Precision p) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, p);
    }

    /** A copy with another class weighting. */
    public Params withClassWeight(ClassWeight cw) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, cw, precision);
    }

    /** A copy with other hidden widths. */
    public Params withHidden(String sizes) {
      return new Params(sizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with another activation. */
    public Params withActivation(Activation.Fn fn) {
      return new Params(hiddenLayerSizes, fn, solver, learningRate, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with another optimizer and learning rate. */
    public Params withSolver(OptimizerKind s, double lr) {
      return new Params(hiddenLayerSizes, activation, s, lr, batchSize, maxIter, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with another batch size and epoch limit. */
    public Params withBatches(int size, int epochs) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, size, epochs, alpha, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with another L2 strength. */
    public Params withAlpha(double a) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, a, dropout, batchNorm,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with another dropout rate. */
    public Params withDropout(double rate) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, rate,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with or without batch normalization. */
    public Params withBatchNorm(boolean on) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout, on,
          earlyStopping, validationFraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with early stopping on a held-out fraction. */
    public Params withEarlyStopping(boolean on, double fraction) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, on, fraction, nIterNoChange, tol, seed, classWeight, precision);
    }

    /** A copy with other stopping settings. */
    public Params withStopping(int patience, double tolerance) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, patience, tolerance, seed, classWeight, precision);
    }

    /** A copy with another seed. */
    public Params withSeed(long s) {
      return new Params(hiddenLayerSizes, activation, solver, learningRate, batchSize, maxIter, alpha, dropout,
          batchNorm, earlyStopping, validationFraction, nIterNoChange, tol, s, classWeight, precision);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public MLPClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public MLPClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public MLPClassifier withParams(Params p) {
    return new MLPClassifier(p);
  }

  @Override
  public String name() {
    return "mlp_classifier";
  }

  /**
   * Trains the network.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target or fewer
   *     than two classes
   * @throws IllegalStateException when the loss diverges (NaN), naming the epoch
   */
  @Override
  public MLPClassifierModel fit(Frame x, Target y) {
    double[] xr = NnSupport.fitRows(x, y, "MLPClassifier");
    y.requireKind(Target.Kind.CLASSES);
    int k = y.classCount();
    if (k < 2) {
      throw new IllegalArgumentException("MLPClassifier needs at least 2 classes but y has " + k + " "
          + y.classList() + "; check the label column");
    }
    int n = x.rowCount();
    int p = x.columnCount();
    int[] codes = y.codes();
    double[] target = Network.labels(y);
    Network net = NnSupport.hidden(p, NnSupport.hiddenSizes(params.hiddenLayerSizes(), "hiddenLayerSizes"),
        params.activation(), params.batchNorm(), params.dropout()).init(Init.XAVIER_UNIFORM).dense(k)
        .precision(params.precision()).build(params.seed());
    TrainingConfig cfg = NnSupport.config(params.solver(), params.learningRate(), params.batchSize(),
        params.maxIter(), params.alpha(), params.earlyStopping(), params.validationFraction(),
        params.nIterNoChange(), params.tol(), params.seed(), n);
    double[] mask = null;
    if (params.classWeight() == ClassWeight.BALANCED) {
      int[] cnt = new int[k];
      for (int c : codes) {
        cnt[c]++;
      }
      int present = 0;
      for (int c : cnt) {
        present += c > 0 ? 1 : 0;
      }
      mask = new double[n];
      for (int i = 0; i < n; i++) {
        mask[i] = (double) n / ((double) present * cnt[codes[i]]);
      }
    }
    History h = new Trainer(cfg).fit(net, xr, n, target, mask, Loss.SOFTMAX_CROSS_ENTROPY, null);
    return new MLPClassifierModel(x.schema(), y.classList(), net, h, Provenance.of(name(), params, x, y,
        params.seed()));
  }
}
