package praxis.trees;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.internal.Features;
import praxis.trees.internal.Grower;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeSupport;

/**
 * CART regression tree, following scikit-learn's {@code DecisionTreeRegressor}: splits chosen by squared
 * error (variance reduction), absolute error (leaves predict the weighted median) or half Poisson deviance;
 * the same limits, native missing values, categorical level-subset splits (levels ordered by mean response,
 * which is optimal for squared error) and cost-complexity pruning as {@link DecisionTreeClassifier}.
 * Cost: O(p n log n) per tree level (absolute error adds a log factor), O(depth) per prediction.
 *
 * <pre>{@code
 * var model = new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(4)).fit(x, y);
 * double[] yhat = model.predict(test);
 * }</pre>
 */
public final class DecisionTreeRegressor
    implements Estimator<DecisionTreeRegressor.Params, DecisionTreeRegressorModel> {
  /**
   * Hyperparameters; see {@link DecisionTreeClassifier.Params} for the shared ones.
   *
   * @param criterion split criterion
   * @param maxDepth maximum depth (none: unlimited)
   * @param minSamplesSplit minimum rows in a node to split it (>= 2)
   * @param minSamplesLeaf minimum rows in each leaf (>= 1)
   * @param minWeightFractionLeaf minimum fraction of the total sample weight in each leaf, in [0, 0.5]
   * @param maxLeafNodes maximum leaves, grown best-first (none: unlimited, depth-first)
   * @param minImpurityDecrease minimum weighted impurity decrease to split (>= 0)
   * @param maxFeatures features tried per node: all, sqrt, log2, a fraction like 0.5, or a count
   * @param ccpAlpha cost-complexity pruning parameter (>= 0)
   * @param seed seed of the per-node feature permutation
   */
  public record Params(RegressionCriterion criterion, OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
      double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease, String maxFeatures,
      double ccpAlpha, long seed) implements praxis.api.Params {
    /** scikit-learn's defaults. */
    public static final Params DEFAULTS = new Params(RegressionCriterion.SQUARED_ERROR, OptionalInt.empty(), 2, 1,
        0.0, OptionalInt.empty(), 0.0, "all", 0.0, 0L);

    /** Validates. */
    public Params {
      Check.notNull(criterion, "criterion");
      Check.notNull(maxDepth, "maxDepth");
      Check.notNull(maxLeafNodes, "maxLeafNodes");
      DecisionTreeClassifier.checkCommon(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, ccpAlpha);
    }

    /** With a criterion. */
    public Params withCriterion(RegressionCriterion v) {
      return new Params(v, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, ccpAlpha, seed);
    }

    /** With a maximum depth. */
    public Params withMaxDepth(int v) {
      return new Params(criterion, OptionalInt.of(v), minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, ccpAlpha, seed);
    }

    /** With a minimum leaf size. */
    public Params withMinSamplesLeaf(int v) {
      return new Params(criterion, maxDepth, minSamplesSplit, v, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, ccpAlpha, seed);
    }

    /** With a maximum number of leaves (best-first growth). */
    public Params withMaxLeafNodes(int v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          OptionalInt.of(v), minImpurityDecrease, maxFeatures, ccpAlpha, seed);
    }

    /** With a feature-subset spec. */
    public Params withMaxFeatures(String v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, v, ccpAlpha, seed);
    }

    /** With a pruning alpha. */
    public Params withCcpAlpha(double v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, v, seed);
    }

    /** With a seed. */
    public Params withSeed(long v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, ccpAlpha, v);
    }
  }

  static Grower.Kind kind(RegressionCriterion c) {
    return switch (c) {
      case SQUARED_ERROR -> Grower.Kind.MSE;
      case ABSOLUTE_ERROR -> Grower.Kind.MAE;
      case POISSON -> Grower.Kind.POISSON;
    };
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DecisionTreeRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DecisionTreeRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DecisionTreeRegressor withParams(Params p) {
    return new DecisionTreeRegressor(p);
  }

  @Override
  public String name() {
    return "decision_tree_regressor";
  }

  /**
   * Grows (and, with {@code ccpAlpha > 0}, prunes) the tree.
   *
   * @throws IllegalArgumentException on empty input, text columns, infinite cells or a non-finite target
   */
  @Override
  public DecisionTreeRegressorModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights.
   *
   * <pre>{@code
   * var model = new DecisionTreeRegressor().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite weight >= 0 per row (positive sum), or null for all ones
   */
  public DecisionTreeRegressorModel fit(Frame x, Target y, double[] sampleWeight) {
    Tree tree = grow(x, y, sampleWeight).pruned(params.ccpAlpha());
    return new DecisionTreeRegressorModel(x.schema(), tree, Provenance.of(name(), params, x, y, params.seed()));
  }

  private Tree grow(Frame x, Target y, double[] sampleWeight) {
    String who = "DecisionTreeRegressor";
    double[] yv = TreeSupport.targetValues(x, y, who);
    if (params.criterion() == RegressionCriterion.POISSON) {
      TreeSupport.requirePoisson(yv, who);
    }
    Features f = Features.forFit(x, who);
    double[] w = TreeSupport.sampleWeights(sampleWeight, x.rowCount(), who);
    Grower.Config cfg = DecisionTreeClassifier.config(kind(params.criterion()), 0, params.maxDepth(),
        params.minSamplesSplit(), params.minSamplesLeaf(), params.minWeightFractionLeaf(), params.maxLeafNodes(),
        params.minImpurityDecrease(), params.maxFeatures(), f.p, false);
    return new Grower(cfg, f, null, yv).grow(TreeSupport.positiveRows(w), w, new SplittableRandom(params.seed()));
  }

  /** The cost-complexity pruning path of the tree grown on {@code x, y} (pruning alpha ignored). */
  public CostComplexityPath costComplexityPruningPath(Frame x, Target y) {
    double[][] p = grow(x, y, null).pruningPath();
    return new CostComplexityPath(p[0], p[1]);
  }
}
