package praxis.nn;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Dense autoencoder: an encoder (hidden layers, then a linear bottleneck of {@code bottleneck} units) and a
 * mirrored decoder back to the input width, trained to reconstruct its (standardized) input with the MSE
 * loss. The fitted {@link AutoencoderModel} is a {@link praxis.api.Transformer} to the bottleneck codes
 * (non-linear dimensionality reduction) and an anomaly scorer (mean squared reconstruction error per row).
 * Ignores the target. Scale-sensitive: standardize first. Cost per epoch: about
 * {@code 12 n sum(widths_l widths_(l+1))} flops over the encoder.
 *
 * <pre>{@code
 * AutoencoderModel ae = new Autoencoder(Autoencoder.Params.DEFAULTS.withBottleneck(3)).fit(x, Target.none(n));
 * Frame codes = ae.transform(x);
 * double[] scores = ae.anomalyScores(x);
 * }</pre>
 */
public final class Autoencoder implements Estimator<Autoencoder.Params, AutoencoderModel> {
  /**
   * Hyperparameters.
   *
   * @param hiddenLayerSizes encoder hidden widths, comma-separated (the decoder mirrors them)
   * @param bottleneck code width (&gt;= 1)
   * @param activation hidden activation
   * @param solver optimizer
   * @param learningRate constant learning rate (&gt; 0)
   * @param batchSize mini-batch rows (&gt;= 1)
   * @param maxIter maximum epochs (&gt;= 1)
   * @param alpha L2 strength in scikit-learn's scaling (&gt;= 0)
   * @param nIterNoChange patience in epochs on the training loss (&gt;= 1)
   * @param tol required loss improvement (&gt;= 0)
   * @param seed seed of initialization and shuffling
   */
  public record Params(String hiddenLayerSizes, int bottleneck, Activation.Fn activation, OptimizerKind solver,
      double learningRate, int batchSize, int maxIter, double alpha, int nIterNoChange, double tol, long seed)
      implements praxis.api.Params {
    /** One hidden layer of 32 ReLU units, 2 codes, Adam 1e-3, batch 200, 200 epochs, alpha 1e-4. */
    public static final Params DEFAULTS = new Params("32", 2, Activation.Fn.RELU, OptimizerKind.ADAM, 1e-3, 200,
        200, 1e-4, 10, 1e-4, 0L);

    /** Validates. */
    public Params {
      NnSupport.hiddenSizes(hiddenLayerSizes, "hiddenLayerSizes");
      Check.atLeast(bottleneck, 1, "bottleneck");
      Check.notNull(activation, "activation");
      Check.notNull(solver, "solver");
      Check.positive(learningRate, "learningRate");
      Check.atLeast(batchSize, 1, "batchSize");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(alpha, "alpha");
      Check.atLeast(nIterNoChange, 1, "nIterNoChange");
      Check.nonNegative(tol, "tol");
    }

    /** A copy with another bottleneck width. */
    public Params withBottleneck(int b) {
      return new Params(hiddenLayerSizes, b, activation, solver, learningRate, batchSize, maxIter, alpha,
          nIterNoChange, tol, seed);
    }

    /** A copy with other encoder hidden widths. */
    public Params withHidden(String sizes) {
      return new Params(sizes, bottleneck, activation, solver, learningRate, batchSize, maxIter, alpha,
          nIterNoChange, tol, seed);
    }

    /** A copy with another batch size and epoch limit. */
    public Params withBatches(int size, int epochs) {
      return new Params(hiddenLayerSizes, bottleneck, activation, solver, learningRate, size, epochs, alpha,
          nIterNoChange, tol, seed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public Autoencoder() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public Autoencoder(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Autoencoder withParams(Params p) {
    return new Autoencoder(p);
  }

  @Override
  public String name() {
    return "autoencoder";
  }

  /**
   * Trains encoder and decoder on {@code x} (y is ignored except for its row count).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input
   */
  @Override
  public AutoencoderModel fit(Frame x, Target y) {
    double[] xr = NnSupport.fitRows(x, y, "Autoencoder");
    int n = x.rowCount();
    int p = x.columnCount();
    int[] hidden = NnSupport.hiddenSizes(params.hiddenLayerSizes(), "hiddenLayerSizes");
    Network.Builder b = NnSupport.hidden(p, hidden, params.activation(), false, 0.0);
    b.init(Init.XAVIER_UNIFORM).dense(params.bottleneck()).init(NnSupport.initFor(params.activation()));
    int encoderLayers = b.layerCount();
    for (int i = hidden.length - 1; i >= 0; i--) {
      b.dense(hidden[i]).activation(params.activation());
    }
    Network net = b.init(Init.XAVIER_UNIFORM).dense(p).build(params.seed());
    TrainingConfig cfg = NnSupport.config(params.solver(), params.learningRate(), params.batchSize(),
        params.maxIter(), params.alpha(), false, 0.1, params.nIterNoChange(), params.tol(), params.seed(), n);
    History h = new Trainer(cfg).fit(net, xr, n, xr, Loss.MSE);
    return new AutoencoderModel(x.schema(), net, encoderLayers, h.trainLoss(), Provenance.of(name(), params, x, y,
        params.seed()));
  }
}
