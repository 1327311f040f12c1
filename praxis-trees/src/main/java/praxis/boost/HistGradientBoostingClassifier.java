package praxis.boost;

import java.util.OptionalInt;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.boost.internal.Booster;
import praxis.boost.internal.FeatureColumns;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.ClassWeight;

/**
 * Histogram gradient boosting classification (Friedman's gradient boosting with XGBoost's second-order,
 * regularized objective and LightGBM's histogram algorithm): features are binned once into at most
 * {@code maxBins} quantile bins (one byte per value, missing values in their own bin, categorical columns one
 * bin per level), then each iteration grows one tree on the gradients and hessians of the loss, leaf-wise up
 * to {@code maxLeafNodes} leaves (or depth-wise when {@code maxLeafNodes = 0}), with leaf values
 * {@code -sign(G) max(|G| - l1, 0) / (H + l2)} shrunk by {@code learningRate}. Missing values go to the side
 * learned at each split; categorical columns are split natively (categories sorted by gradient statistics,
 * best prefix, as LightGBM). Options: row subsampling, column subsampling per tree/level/node,
 * {@code minChildWeight}, {@code minSplitGain}, {@code maxDeltaStep}, monotonic constraints, early stopping on
 * a held-out fraction or an explicit eval set. Loss: binary cross-entropy (one tree per iteration) for two
 * classes, softmax cross-entropy (one tree per class and iteration) for more.
 *
 * <p>Defaults follow scikit-learn's {@code HistGradientBoostingClassifier} (100 iterations, learning rate 0.1,
 * 31 leaves, 20 rows per leaf, no L2, 255 bins, early stopping above 10,000 rows). Cost per iteration:
 * O(n p) to build the root histogram, then O(rows of the smaller child x p) per split, O(bins) per feature to
 * find splits. Histograms are built over features in parallel with {@code nThreads}; results do not depend on
 * the thread count.
 *
 * <p>References: Friedman (2001) Greedy function approximation; Chen &amp; Guestrin (2016) XGBoost; Ke et al.
 * (2017) LightGBM.
 *
 * <pre>{@code
 * var model = new HistGradientBoostingClassifier().fit(x, y);
 * double[][] proba = model.predictProba(xTest);
 * double[] importance = model.featureImportances(ImportanceType.GAIN);
 * }</pre>
 */
public final class HistGradientBoostingClassifier
    implements Estimator<HistGradientBoostingClassifier.Params, HistGradientBoostingClassifierModel> {
  /**
   * Hyperparameters.
   *
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
   * @param classWeight class weighting: BALANCED multiplies each row's weight (hence its gradient and hessian)
   *     by {@code n / (K n_k)} of its class, computed on all training rows, as scikit-learn's
   *     {@code class_weight="balanced"}
   * @param quantizedGradients build histograms from gradient pairs quantized to integers (default
   *     {@code true}): each tree's gradients and hessians are scaled so that the largest maps to
   *     {@code (2^31 - 1) / rows} and rounded stochastically (unbiased, seeded per tree and row), so a bin's
   *     gradient and hessian sums are one 64-bit integer add per row; leaf values are then recomputed from the
   *     exact gradients (as LightGBM's quantized training). About 20% faster fits; only the ranking of near-equal
   *     split candidates can change. Used when the histograms need no row counts ({@code minSamplesLeaf = 1} and
   *     no categorical column); {@code false} = exact double sums always
   */
  public record Params(double learningRate, int maxIter,
      int maxLeafNodes, OptionalInt maxDepth, int minSamplesLeaf, double minChildWeight, double l2Regularization,
      double l1Regularization, double minSplitGain, double maxDeltaStep, int maxBins, double subsample,
      double colsampleByTree, double colsampleByLevel, double colsampleByNode, double[] monotonicConstraints,
      EarlyStopping earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed,
      int nThreads, ClassWeight classWeight, boolean quantizedGradients) implements praxis.api.Params {
    /** scikit-learn's defaults. */
    public static final Params DEFAULTS = new Params(0.1, 100, 31,
        OptionalInt.empty(), 20, 1e-3, 0, 0, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.AUTO, 0.1, 10,
        1e-7, 0L, 1, ClassWeight.NONE, true);

    /** Validates. */
    public Params {
      Check.notNull(classWeight, "classWeight");
      HgbCommon.checkParams(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction,
          nIterNoChange, tol, nThreads);
      monotonicConstraints = monotonicConstraints.clone();
    }

    /** Without class weighting ({@link ClassWeight#NONE}); the other components as the canonical constructor. */
    public Params(double learningRate, int maxIter,
        int maxLeafNodes, OptionalInt maxDepth, int minSamplesLeaf, double minChildWeight, double l2Regularization,
        double l1Regularization, double minSplitGain, double maxDeltaStep, int maxBins, double subsample,
        double colsampleByTree, double colsampleByLevel, double colsampleByNode, double[] monotonicConstraints,
        EarlyStopping earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed,
        int nThreads) {
      this(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight, l2Regularization,
          l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree, colsampleByLevel,
          colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange, tol, seed,
          nThreads, ClassWeight.NONE, true);
    }

    /** With quantized gradients ({@code true}); the other components as the canonical constructor. */
    public Params(double learningRate, int maxIter,
        int maxLeafNodes, OptionalInt maxDepth, int minSamplesLeaf, double minChildWeight, double l2Regularization,
        double l1Regularization, double minSplitGain, double maxDeltaStep, int maxBins, double subsample,
        double colsampleByTree, double colsampleByLevel, double colsampleByNode, double[] monotonicConstraints,
        EarlyStopping earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed,
        int nThreads, ClassWeight classWeight) {
      this(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight, l2Regularization,
          l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree, colsampleByLevel,
          colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange, tol, seed,
          nThreads, classWeight, true);
    }

    /**
     * A copy with {@code quantizedGradients} changed ({@code false}: exact double histogram sums).
     *
     * <pre>{@code
     * var exact = HistGradientBoostingClassifier.Params.DEFAULTS.withQuantizedGradients(false);
     * }</pre>
     */
    public Params withQuantizedGradients(boolean v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, classWeight, v);
    }

    /**
     * A copy with {@code classWeight} changed.
     *
     * <pre>{@code
     * var p = HistGradientBoostingClassifier.Params.DEFAULTS.withClassWeight(ClassWeight.BALANCED);
     * }</pre>
     */
    public Params withClassWeight(ClassWeight v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, v, quantizedGradients);
    }

    /** A copy with {@code maxIter} changed. */
    public Params withMaxIter(int v) {
      return new Params(learningRate, v, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping,
          validationFraction, nIterNoChange, tol, seed, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code monotonicConstraints} changed. */
    public Params withMonotonicConstraints(double... v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, v, earlyStopping, validationFraction,
          nIterNoChange, tol, seed, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code earlyStopping} changed. */
    public Params withEarlyStopping(EarlyStopping v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
          minChildWeight, l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample,
          colsampleByTree, colsampleByLevel, colsampleByNode, monotonicConstraints, v, validationFraction,
          nIterNoChange, tol, seed, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code learningRate} changed. */
    public Params withLearningRate(double v) {
      return new Params(v, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight, l2Regularization,
          l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree, colsampleByLevel,
          colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange, tol, seed,
          nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code maxLeafNodes} changed. */
    public Params withMaxLeafNodes(int v) {
      return new Params(learningRate, maxIter, v, maxDepth, minSamplesLeaf, minChildWeight, l2Regularization,
          l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree, colsampleByLevel,
          colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange, tol, seed,
          nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code maxDepth} changed. */
    public Params withMaxDepth(int v) {
      return new Params(learningRate, maxIter, maxLeafNodes, OptionalInt.of(v), minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code minSamplesLeaf} changed. */
    public Params withMinSamplesLeaf(int v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, v, minChildWeight, l2Regularization,
          l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree, colsampleByLevel,
          colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange, tol, seed,
          nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code l2Regularization} changed. */
    public Params withL2Regularization(double v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight, v,
          l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree, colsampleByLevel,
          colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange, tol, seed,
          nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code maxBins} changed. */
    public Params withMaxBins(int v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, v, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code subsample} changed. */
    public Params withSubsample(double v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, v, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code seed} changed. */
    public Params withSeed(long v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, v, nThreads, classWeight, quantizedGradients);
    }

    /** A copy with {@code nThreads} changed. */
    public Params withNThreads(int v) {
      return new Params(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, minChildWeight,
          l2Regularization, l1Regularization, minSplitGain, maxDeltaStep, maxBins, subsample, colsampleByTree,
          colsampleByLevel, colsampleByNode, monotonicConstraints, earlyStopping, validationFraction, nIterNoChange,
          tol, seed, v, classWeight, quantizedGradients);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public HistGradientBoostingClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public HistGradientBoostingClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public HistGradientBoostingClassifier withParams(Params p) {
    return new HistGradientBoostingClassifier(p);
  }

  @Override
  public String name() {
    return "hist_gradient_boosting_classifier";
  }

  @Override
  public HistGradientBoostingClassifierModel fit(Frame x, Target y) {
    return fit(x, y, null, null, null);
  }

  /** Fits with one weight (&gt;= 0) per row. */
  public HistGradientBoostingClassifierModel fit(Frame x, Target y, double[] sampleWeight) {
    return fit(x, y, sampleWeight, null, null);
  }

  /**
   * Fits, recording the loss on an explicit eval set after each iteration (and stopping on it unless
   * {@code earlyStopping} is OFF).
   *
   * @throws IllegalArgumentException when the eval set's columns differ from x's
   */
  public HistGradientBoostingClassifierModel fit(Frame x, Target y, Frame xEval, Target yEval) {
    return fit(x, y, null, Check.notNull(xEval, "xEval"), Check.notNull(yEval, "yEval"));
  }

  private HistGradientBoostingClassifierModel fit(Frame x, Target y, double[] sampleWeight, Frame xEval,
      Target yEval) {
    String who = "HistGradientBoostingClassifier";
    HgbCommon.requireRows(x, y.size(), who);
    y.requireKind(Target.Kind.CLASSES);
    int k = y.classCount();
    Loss loss = k == 2 ? Loss.logistic() : null;
    double[] yv = codes(y, "y");
    double[] w = HgbCommon.weights(sampleWeight, x.rowCount(), who);
    if (params.classWeight() == ClassWeight.BALANCED) {
      w = balanced(w, yv, k);
    }
    double[][] evalCols = null;
    double[] evalY = null;
    if (xEval != null) {
      x.schema().requireCompatible(xEval.schema(), who + " eval set (xEval)");
      HgbCommon.requireRows(xEval, yEval.size(), who + " eval set");
      yEval.requireKind(Target.Kind.CLASSES);
      if (!yEval.classList().equals(y.classList())) {
        throw new IllegalArgumentException(who + ": eval set classes " + yEval.classList()
            + " differ from the training classes " + y.classList() + "; build both targets with the same class list");
      }
      evalCols = FeatureColumns.of(x.schema(), xEval, who);
      evalY = codes(yEval, "yEval");
    }
    double[][] cols = FeatureColumns.of(null, x, who);
    Params p = params;
    Booster.Config c = HgbCommon.config(p.learningRate(), p.maxIter(), p.maxLeafNodes(), p.maxDepth(),
        p.minSamplesLeaf(), p.minChildWeight(), p.l2Regularization(), p.l1Regularization(), p.minSplitGain(),
        p.maxDeltaStep(), p.maxBins(), p.subsample(), p.colsampleByTree(), p.colsampleByLevel(),
        p.colsampleByNode(), HgbCommon.monotone(p.monotonicConstraints(), x, who),
        HgbCommon.earlyStopping(p.earlyStopping(), x.rowCount(), xEval != null), p.validationFraction(),
        p.nIterNoChange(), p.tol(), p.seed(), p.nThreads(), p.quantizedGradients());
    Booster.Result r = Booster.fit(c, x, cols, yv, w, loss, k, evalCols, evalY);
    return new HistGradientBoostingClassifierModel(x.schema(), y.classList(), r.ensemble(), r.trainLoss(),
        r.validLoss(), r.gainImportance(), r.splitCounts(), Provenance.of(name(), params, x, y, params.seed()));
  }

  /** Multiplies the row weights (all ones when null) by {@code n / (K n_k)}, K the classes present. */
  private static double[] balanced(double[] w, double[] yv, int k) {
    int n = yv.length;
    int[] cnt = new int[k];
    for (double c : yv) {
      cnt[(int) c]++;
    }
    int present = 0;
    for (int c : cnt) {
      present += c > 0 ? 1 : 0;
    }
    double[] out = w == null ? new double[n] : w;
    for (int i = 0; i < n; i++) {
      double cw = (double) n / ((double) present * cnt[(int) yv[i]]);
      out[i] = (w == null ? 1.0 : w[i]) * cw;
    }
    return out;
  }

  private static double[] codes(Target y, String what) {
    int[] c = y.codes();
    double[] v = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      if (c[i] < 0) {
        throw new IllegalArgumentException("HistGradientBoostingClassifier: target " + what + " ('" + y.name()
            + "') is missing at row " + i + "; drop the rows with a missing label");
      }
      v[i] = c[i];
    }
    return v;
  }
}
