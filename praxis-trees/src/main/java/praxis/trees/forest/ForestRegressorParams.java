package praxis.trees.forest;

import java.util.OptionalInt;
import praxis.api.Check;
import praxis.trees.RegressionCriterion;

/**
 * Hyperparameters shared by {@link RandomForestRegressor} and {@link ExtraTreesRegressor},
     which differ only in how a
 * tree picks its thresholds and in the default of {@code bootstrap} (see their {@code DEFAULTS}). Fields use
 * scikit-learn's names in camel case.
 *
 * <pre>{@code
 * ForestRegressorParams p = RandomForestRegressor.DEFAULTS.withNTrees(200).withSeed(7);
 * var model = new ExtraTreesRegressor(p.withBootstrap(false)).fit(x, y);
 * }</pre>
 *
 * @param nTrees number of trees
 * @param criterion split criterion
 * @param maxDepth maximum depth (none: unlimited)
 * @param minSamplesSplit minimum rows to split a node
 * @param minSamplesLeaf minimum rows per leaf
 * @param minWeightFractionLeaf minimum fraction of the total weight per leaf
 * @param maxLeafNodes maximum leaves per tree (best-first growth), none for unlimited
 * @param minImpurityDecrease minimum weighted impurity decrease to split
 * @param maxFeatures features tried per node: all, sqrt, log2, a fraction like 0.5, or a count
 * @param bootstrap whether each tree sees a bootstrap sample (otherwise all rows)
 * @param maxSamples fraction of the rows drawn per bootstrap sample, in (0, 1]
 * @param oobScore whether to compute the out-of-bag R² and predictions
 * @param seed master seed
 * @param nThreads threads growing trees
 * @param maxBins 0 (default) for exact split search as scikit-learn; else histogram split search on at most
 *     this many (2 to 255) quantile bins per numeric feature, computed once per forest (as LightGBM's and
 *     Spark's random forests): much faster on large data, thresholds restricted to bin edges; random
 *     forests only (extra trees draw random thresholds; the absolute-error criterion is exact only)
 */
public record ForestRegressorParams(int nTrees, RegressionCriterion criterion, OptionalInt maxDepth,
    int minSamplesSplit, int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes,
    double minImpurityDecrease, String maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore,
    long seed, int nThreads, int maxBins) implements praxis.api.Params {
  /** Random-forest defaults (scikit-learn's): 100 trees, squared error, all features (1.0),
      bootstrap; one thread. */
  public static final ForestRegressorParams DEFAULTS = new ForestRegressorParams(100,
      RegressionCriterion.SQUARED_ERROR, OptionalInt.empty(), 2, 1, 0.0, OptionalInt.empty(), 0.0, "all", true, 1.0,
      false, 0L, 1, 0);

  /** Validates. */
  public ForestRegressorParams {
    Check.notNull(criterion, "criterion");
    ForestSupport.checkForest(nTrees, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
        maxLeafNodes, minImpurityDecrease, maxFeatures, maxSamples, nThreads);
    ForestSupport.checkMaxBins(maxBins);
  }

  /** With a number of trees. */
  public ForestRegressorParams withNTrees(int v) {
    return new ForestRegressorParams(v, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
        maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, oobScore, seed, nThreads, maxBins);
  }

  /** With a maximum depth. */
  public ForestRegressorParams withMaxDepth(int v) {
    return new ForestRegressorParams(nTrees, criterion, OptionalInt.of(v), minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, oobScore,
        seed, nThreads, maxBins);
  }

  /** With a feature-subset spec. */
  public ForestRegressorParams withMaxFeatures(String v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, v, bootstrap, maxSamples, oobScore, seed,
        nThreads, maxBins);
  }

  /** With or without bootstrap sampling. */
  public ForestRegressorParams withBootstrap(boolean v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, v, maxSamples, oobScore, seed,
        nThreads, maxBins);
  }

  /** With a bootstrap sample fraction. */
  public ForestRegressorParams withMaxSamples(double v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, v, oobScore, seed,
        nThreads, maxBins);
  }

  /** With or without the out-of-bag score. */
  public ForestRegressorParams withOobScore(boolean v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, v, seed,
        nThreads, maxBins);
  }

  /** With a seed. */
  public ForestRegressorParams withSeed(long v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, oobScore, v,
        nThreads, maxBins);
  }

  /** With a thread count. */
  public ForestRegressorParams withNThreads(int v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, oobScore,
        seed, v, maxBins);
  }

  /** With histogram split search on at most {@code v} bins per numeric feature (0: exact). */
  public ForestRegressorParams withMaxBins(int v) {
    return new ForestRegressorParams(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, oobScore, seed,
        nThreads, v);
  }
}
