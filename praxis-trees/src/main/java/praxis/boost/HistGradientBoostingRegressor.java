package praxis.boost;

import java.util.OptionalInt;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.boost.internal.Booster;
import praxis.boost.internal.FeatureColumns;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Histogram gradient boosting regression (Friedman's gradient boosting with XGBoost's second-order,
 * regularized objective and LightGBM's histogram algorithm): features are binned once into at most
 * {@code maxBins} quantile bins (one byte per value, missing values in their own bin, categorical columns one
 * bin per level), then each iteration grows one tree on the gradients and hessians of the loss, leaf-wise up
 * to {@code maxLeafNodes} leaves (or depth-wise when {@code maxLeafNodes = 0}), with leaf values
 * {@code -sign(G) max(|G| - l1, 0) / (H + l2)} shrunk by {@code learningRate}. Missing values go to the side
 * learned at each split; categorical columns are split natively (categories sorted by gradient statistics,
 * best prefix, as LightGBM). Options: row subsampling, column subsampling per tree/level/node,
 * {@code minChildWeight}, {@code minSplitGain}, {@code maxDeltaStep}, monotonic constraints, early stopping on
 * a held-out fraction or an explicit eval set. Losses: {@link RegressionLoss} or any {@link Loss}.
 *
 * <p>Defaults follow scikit-learn's {@code HistGradientBoostingRegressor} (100 iterations, learning rate 0.1,
 * 31 leaves, 20 rows per leaf, no L2, 255 bins, early stopping above 10,000 rows). Cost per iteration:
 * O(n p) to build the root histogram, then O(rows of the smaller child x p) per split, O(bins) per feature to
 * find splits. Histograms are built over features in parallel with {@code nThreads}; results do not depend on
 * the thread count.
 *
 * <p>References: Friedman (2001) Greedy function approximation; Chen &amp; Guestrin (2016) XGBoost; Ke et al.
 * (2017) LightGBM.
 *
 * <pre>{@code
 * var model = new HistGradientBoostingRegressor().fit(x, y);
 * double[] yhat = model.predict(xTest);
 * double[] importance = model.featureImportances(ImportanceType.GAIN);
 * }</pre>
 */
public final class HistGradientBoostingRegressor
    implements Estimator<HistGradientBoostingRegressor.Params, HistGradientBoostingRegressorModel> {
  /** Built-in regression losses. */
  public enum RegressionLoss {
    /** Squared error. */
    SQUARED,
    /** Absolute error. */
    ABSOLUTE,
    /** Huber with {@code huberDelta}. */
    HUBER,
    /** Pinball loss at {@code quantile}. */
    QUANTILE,
    /** Poisson deviance, log link (targets &gt;= 0). */
    POISSON
  }

  /**
   * Hyperparameters.
   *
   * @param loss the loss (ignored when a custom {@link Loss} is given to the constructor)
   * @param huberDelta threshold of the Huber loss
   * @param quantile quantile of the QUANTILE loss
   * @param learningRate shrinkage per tree
   * @param maxIter boosting iterations
   * @param maxLeafNodes leaves per tree, best-first; 0 = no limit (depth-wise up to maxDepth)
   * @param maxDepth depth limit (edges), or none
   * @param minSamplesLeaf minimum rows per leaf
   * @param minChildWeight minimum hessian sum per leaf
   * @param l2Regularization L2 penalty on leaf values (lambda)
   * @param l1Regularization L1 penalty on leaf values (alpha)
   * @param minSplitGain minimum loss reduction of a split (gamma)
   * @param maxDeltaStep bound on the absolute leaf value before shrinkage, 0 = none
   * @param maxBins bins per feature, 2..255 (missing values get an extra bin)
   * @param subsample fraction of rows drawn (without replacement) per iteration
   * @param colsampleByTree fraction of columns drawn per tree
   * @param colsampleByLevel fraction of the tree's columns drawn per depth
   * @param colsampleByNode fraction of the level's columns drawn per node
   * @param monotonicConstraints empty, or -1/0/+1 per column (decreasing/none/increasing)
   * @param earlyStopping when to stop on the validation loss
   * @param validationFraction share of rows held out for early stopping without an eval set
   * @param nIterNoChange patience of early stopping
   * @param tol minimum improvement of the validation loss
   * @param seed seed of the subsampling and validation split
   * @param nThreads threads building histograms
   * @param quantizedGradients build histograms from gradient pairs quantized to integers (default
   *     {@code true}; see {@link HistGradientBoostingClassifier.Params}); {@code false} = exact double sums
   */
  public record Params(RegressionLoss loss, double huberDelta, double quantile, double learningRate, int maxIter,
      int maxLeafNodes, OptionalInt maxDepth, int minSamplesLeaf, double minChildWeight, double l2Regularization,
      double l1Regularization, double minSplitGain, double maxDeltaStep, int maxBins, double subsample,
      double colsampleByTree, double colsampleByLevel, double colsampleByNode, double[] monotonicConstraints,
      EarlyStopping earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed,
      int nThreads, boolean quantizedGradients) implements praxis.api.Params {
    /** scikit-learn's defaults. */
    public static final Params DEFAULTS = new Params(RegressionLoss.SQUARED, 1.0, 0.5, 0.1, 100, 31,
        OptionalInt.empty(), 20, 1e-3, 0, 0, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.AUTO, 0.1, 10,
        1e-7, 0L, 1, true);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
      HgbCommon.checkParams(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, nThreads);
      monotonicConstraints = monotonicConstraints.clone();
      lossOf(loss, huberDelta, quantile);
    }

    /** With quantized gradients ({@code true}); the other components as the canonical constructor. */
    public Params(RegressionLoss loss, double huberDelta, double quantile, double learningRate, int maxIter,
        int maxLeafNodes, OptionalInt maxDepth, int minSamplesLeaf, double minChildWeight, double l2Regularization,
        double l1Regularization, double minSplitGain, double maxDeltaStep, int maxBins, double subsample,
        double colsampleByTree, double colsampleByLevel, double colsampleByNode, double[] monotonicConstraints,
        EarlyStopping earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed,
        int nThreads) {
      this(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, true);
    }

    /**
     * A copy with {@code quantizedGradients} changed ({@code false}: exact double histogram sums).
     *
     * <pre>{@code
     * var exact = HistGradientBoostingRegressor.Params.DEFAULTS.withQuantizedGradients(false);
     * }</pre>
     */
    public Params withQuantizedGradients(boolean v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, v);
    }

    /** A copy with {@code maxIter} changed. */
    public Params withMaxIter(int v) {
      return new Params(loss, huberDelta, quantile, learningRate, v, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code loss} changed. */
    public Params withLoss(RegressionLoss v) {
      return new Params(v, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code monotonicConstraints} changed. */
    public Params withMonotonicConstraints(double... v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, v, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code earlyStopping} changed. */
    public Params withEarlyStopping(EarlyStopping v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, v, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code learningRate} changed. */
    public Params withLearningRate(double v) {
      return new Params(loss, huberDelta, quantile, v, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code maxLeafNodes} changed. */
    public Params withMaxLeafNodes(int v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, v, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code maxDepth} changed. */
    public Params withMaxDepth(int v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, OptionalInt.of(v),
          minSamplesLeaf, minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins,
          subsample, colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code minSamplesLeaf} changed. */
    public Params withMinSamplesLeaf(int v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, v, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code l2Regularization} changed. */
    public Params withL2Regularization(double v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, v, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code maxBins} changed. */
    public Params withMaxBins(int v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, v, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code subsample} changed. */
    public Params withSubsample(double v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, v, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code huberDelta} changed. */
    public Params withHuberDelta(double v) {
      return new Params(loss, v, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code quantile} changed. */
    public Params withQuantile(double v) {
      return new Params(loss, huberDelta, v, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, quantizedGradients);
    }

    /** A copy with {@code seed} changed. */
    public Params withSeed(long v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, v, nThreads, quantizedGradients);
    }

    /** A copy with {@code nThreads} changed. */
    public Params withNThreads(int v) {
      return new Params(loss, huberDelta, quantile, learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, v, quantizedGradients);
    }
  }

  static Loss lossOf(RegressionLoss loss, double huberDelta, double quantile) {
    return switch (loss) {
      case SQUARED -> Loss.squared();
      case ABSOLUTE -> Loss.absolute();
      case HUBER -> Loss.huber(huberDelta);
      case QUANTILE -> Loss.quantile(quantile);
      case POISSON -> Loss.poisson();
    };
  }

  private final Params params;
  private final Loss custom;

  /** With {@link Params#DEFAULTS}. */
  public HistGradientBoostingRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public HistGradientBoostingRegressor(Params params) {
    this(params, null);
  }

  /**
   * With the given hyperparameters and a custom loss (replacing {@code params.loss()}); the fitted model
   * stores the loss's link, so it predicts correctly after loading.
   */
  public HistGradientBoostingRegressor(Params params, Loss customLoss) {
    this.params = Check.notNull(params, "params");
    this.custom = customLoss;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public HistGradientBoostingRegressor withParams(Params p) {
    return new HistGradientBoostingRegressor(p, custom);
  }

  @Override
  public String name() {
    return "hist_gradient_boosting_regressor";
  }

  @Override
  public HistGradientBoostingRegressorModel fit(Frame x, Target y) {
    return fit(x, y, null, null, null);
  }

  /** Fits with one weight (&gt;= 0) per row. */
  public HistGradientBoostingRegressorModel fit(Frame x, Target y, double[] sampleWeight) {
    return fit(x, y, sampleWeight, null, null);
  }

  /**
   * Fits, recording the loss on an explicit eval set after each iteration (and stopping on it unless
   * {@code earlyStopping} is OFF).
   *
   * @throws IllegalArgumentException when the eval set's columns differ from x's
   */
  public HistGradientBoostingRegressorModel fit(Frame x, Target y, Frame xEval, Target yEval) {
    return fit(x, y, null, Check.notNull(xEval, "xEval"), Check.notNull(yEval, "yEval"));
  }

  private HistGradientBoostingRegressorModel fit(Frame x, Target y, double[] sampleWeight, Frame xEval,
      Target yEval) {
    String who = "HistGradientBoostingRegressor";
    HgbCommon.requireRows(x, y.size(), who);
    y.requireKind(Target.Kind.VALUES);
    Loss loss = custom != null ? custom : lossOf(params.loss(), params.huberDelta(), params.quantile());
    double[] yv = targetValues(y, loss, "y");
    double[] w = HgbCommon.weights(sampleWeight, x.rowCount(), who);
    double[][] evalCols = null;
    double[] evalY = null;
    if (xEval != null) {
      x.schema().requireCompatible(xEval.schema(), who + " eval set (xEval)");
      HgbCommon.requireRows(xEval, yEval.size(), who + " eval set");
      yEval.requireKind(Target.Kind.VALUES);
      evalCols = FeatureColumns.of(x.schema(), xEval, who);
      evalY = targetValues(yEval, loss, "yEval");
    }
    double[][] cols = FeatureColumns.of(null, x, who);
    Params p = params;
    Booster.Config c = HgbCommon.config(p.learningRate(), p.maxIter(), p.maxLeafNodes(), p.maxDepth(),
        p.minSamplesLeaf(), p.minChildWeight(), p.l2Regularization(), p.l1Regularization(), p.minSplitGain(),
        p.maxDeltaStep(), p.maxBins(), p.subsample(), p.colsampleByTree(), p.colsampleByLevel(),
        p.colsampleByNode(), HgbCommon.monotone(p.monotonicConstraints(), x, who),
        HgbCommon.earlyStopping(p.earlyStopping(), x.rowCount(), xEval != null), p.validationFraction(),
        p.nIterNoChange(), p.tol(), p.seed(), p.nThreads(), p.quantizedGradients());
    Booster.Result r = Booster.fit(c, x, cols, yv, w, loss, 0, evalCols, evalY);
    return new HistGradientBoostingRegressorModel(x.schema(), r.ensemble(), loss.link(), r.trainLoss(),
        r.validLoss(), r.gainImportance(), r.splitCounts(), Provenance.of(name(), params, x, y, params.seed()));
  }

  private static double[] targetValues(Target y, Loss loss, String what) {
    double[] v = y.values();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException("HistGradientBoostingRegressor: target " + what + " ('" + y.name()
            + "') has " + v[i] + " at row " + i + "; drop or impute the rows with a missing target");
      }
      loss.checkTarget(v[i], i);
    }
    return v;
  }
}
