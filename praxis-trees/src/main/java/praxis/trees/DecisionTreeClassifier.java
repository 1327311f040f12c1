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
 * CART classification tree (Breiman, Friedman, Olshen and Stone 1984), following scikit-learn's
 * {@code DecisionTreeClassifier}: binary splits chosen greedily by Gini or entropy decrease, depth / leaf /
 * weight limits, depth-first growth (best-first with {@code maxLeafNodes}), random feature subsets per node
 * ({@code maxFeatures}), sample and balanced class weights, and minimal cost-complexity pruning
 * ({@code ccpAlpha}, {@link #costComplexityPruningPath}). Beyond scikit-learn 1.2: NaN cells are handled
 * natively (at each split missing values go to the side that reduces impurity most; unseen at training they
 * follow the larger child), and nominal {@link praxis.data.CategoricalColumn} features are split on level
 * subsets (optimal ordering by class-1 fraction for two classes; for more classes levels are ordered by the
 * fraction of the node's majority class, a heuristic). Ordinal categoricals split on their level order,
 * booleans as 0/1. Cost: O(p n log n) per tree level to fit, O(depth) per prediction.
 *
 * <pre>{@code
 * var model = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(4)).fit(x, y);
 * int[] yhat = model.predict(test);
 * System.out.println(model.toText());
 * }</pre>
 */
public final class DecisionTreeClassifier
    implements Estimator<DecisionTreeClassifier.Params, DecisionTreeClassifierModel> {
  /**
   * Hyperparameters (scikit-learn names in camel case).
   *
   * @param criterion split criterion
   * @param maxDepth maximum depth (none: grow until the other limits stop)
   * @param minSamplesSplit minimum rows in a node to split it (>= 2)
   * @param minSamplesLeaf minimum rows in each leaf (>= 1)
   * @param minWeightFractionLeaf minimum fraction of the total sample weight in each leaf, in [0, 0.5]
   * @param maxLeafNodes maximum leaves, grown best-first (none: unlimited, depth-first)
   * @param minImpurityDecrease minimum weighted impurity decrease to split (>= 0)
   * @param maxFeatures features tried per node: all, sqrt, log2, a fraction like 0.5, or a count
   * @param classWeight class weighting
   * @param ccpAlpha cost-complexity pruning parameter (>= 0; 0 means no pruning)
   * @param seed seed of the per-node feature permutation
   */
  public record Params(ClassificationCriterion criterion, OptionalInt maxDepth, int minSamplesSplit,
      int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease,
      String maxFeatures, ClassWeight classWeight, double ccpAlpha, long seed) implements praxis.api.Params {
    /** scikit-learn's defaults: Gini, unlimited depth, all features, no pruning. */
    public static final Params DEFAULTS = new Params(ClassificationCriterion.GINI, OptionalInt.empty(), 2, 1, 0.0,
        OptionalInt.empty(), 0.0, "all", ClassWeight.NONE, 0.0, 0L);

    /** Validates. */
    public Params {
      Check.notNull(criterion, "criterion");
      Check.notNull(maxDepth, "maxDepth");
      Check.notNull(maxLeafNodes, "maxLeafNodes");
      Check.notNull(classWeight, "classWeight");
      checkCommon(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, ccpAlpha);
    }

    /** With a criterion. */
    public Params withCriterion(ClassificationCriterion v) {
      return new Params(v, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, classWeight, ccpAlpha, seed);
    }

    /** With a maximum depth. */
    public Params withMaxDepth(int v) {
      return new Params(criterion, OptionalInt.of(v), minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, classWeight, ccpAlpha, seed);
    }

    /** With a minimum leaf size. */
    public Params withMinSamplesLeaf(int v) {
      return new Params(criterion, maxDepth, minSamplesSplit, v, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, classWeight, ccpAlpha, seed);
    }

    /** With a maximum number of leaves (best-first growth). */
    public Params withMaxLeafNodes(int v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          OptionalInt.of(v), minImpurityDecrease, maxFeatures, classWeight, ccpAlpha, seed);
    }

    /** With a feature-subset spec. */
    public Params withMaxFeatures(String v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, v, classWeight, ccpAlpha, seed);
    }

    /** With class weighting. */
    public Params withClassWeight(ClassWeight v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, v, ccpAlpha, seed);
    }

    /** With a pruning alpha. */
    public Params withCcpAlpha(double v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, classWeight, v, seed);
    }

    /** With a minimum impurity decrease. */
    public Params withMinImpurityDecrease(double v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          v, maxFeatures, classWeight, ccpAlpha, seed);
    }

    /** With a seed. */
    public Params withSeed(long v) {
      return new Params(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, classWeight, ccpAlpha, v);
    }
  }

  static void checkCommon(OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
      double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease, String maxFeatures,
      double ccpAlpha) {
    if (maxDepth.isPresent() && maxDepth.getAsInt() < 1) {
      throw new IllegalArgumentException("maxDepth must be >= 1 (or none for unlimited) but was "
          + maxDepth.getAsInt());
    }
    Check.atLeast(minSamplesSplit, 2, "minSamplesSplit");
    Check.atLeast(minSamplesLeaf, 1, "minSamplesLeaf");
    Check.inRange(minWeightFractionLeaf, 0.0, 0.5, "minWeightFractionLeaf");
    if (maxLeafNodes.isPresent() && maxLeafNodes.getAsInt() < 2) {
      throw new IllegalArgumentException("maxLeafNodes must be >= 2 (or none for unlimited) but was "
          + maxLeafNodes.getAsInt());
    }
    Check.nonNegative(minImpurityDecrease, "minImpurityDecrease");
    TreeSupport.checkMaxFeatures(maxFeatures, "maxFeatures");
    Check.nonNegative(ccpAlpha, "ccpAlpha");
  }

  static Grower.Config config(Grower.Kind kind, int nClasses, OptionalInt maxDepth, int minSamplesSplit,
      int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease,
      String maxFeatures, int p, boolean random) {
    return new Grower.Config(kind, nClasses, maxDepth.orElse(Integer.MAX_VALUE), minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes.orElse(0), minImpurityDecrease,
        TreeSupport.maxFeatures(maxFeatures, p, "maxFeatures"), random);
  }

  static Grower.Kind kind(ClassificationCriterion c) {
    return c == ClassificationCriterion.GINI ? Grower.Kind.GINI : Grower.Kind.ENTROPY;
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DecisionTreeClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DecisionTreeClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DecisionTreeClassifier withParams(Params p) {
    return new DecisionTreeClassifier(p);
  }

  @Override
  public String name() {
    return "decision_tree_classifier";
  }

  /**
   * Grows (and, with {@code ccpAlpha > 0}, prunes) the tree.
   *
   * @throws IllegalArgumentException on empty input, text columns, infinite cells, a non-class target or a
   *     missing label
   */
  @Override
  public DecisionTreeClassifierModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (multiplied by the class weights).
   *
   * <pre>{@code
   * var model = new DecisionTreeClassifier().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite weight >= 0 per row (positive sum), or null for all ones
   */
  public DecisionTreeClassifierModel fit(Frame x, Target y, double[] sampleWeight) {
    Tree tree = grow(x, y, sampleWeight).pruned(params.ccpAlpha());
    return new DecisionTreeClassifierModel(x.schema(), y.classList(), tree,
        Provenance.of(name(), params, x, y, params.seed()));
  }

  private Tree grow(Frame x, Target y, double[] sampleWeight) {
    String who = "DecisionTreeClassifier";
    int[] yc = TreeSupport.classCodes(x, y, who);
    Features f = Features.forFit(x, who);
    double[] w = TreeSupport.sampleWeights(sampleWeight, x.rowCount(), who);
    int nClasses = y.classCount();
    if (params.classWeight() == ClassWeight.BALANCED) {
      TreeSupport.balance(w, yc, nClasses);
    }
    Grower.Config cfg = config(kind(params.criterion()), nClasses, params.maxDepth(), params.minSamplesSplit(),
        params.minSamplesLeaf(), params.minWeightFractionLeaf(), params.maxLeafNodes(),
        params.minImpurityDecrease(), params.maxFeatures(), f.p, false);
    return new Grower(cfg, f, yc, null).grow(TreeSupport.positiveRows(w), w, new SplittableRandom(params.seed()));
  }

  /**
   * The cost-complexity pruning path of the tree grown on {@code x, y} with these hyperparameters (pruning
   * alpha ignored), as scikit-learn's {@code cost_complexity_pruning_path}.
   */
  public CostComplexityPath costComplexityPruningPath(Frame x, Target y) {
    double[][] p = grow(x, y, null).pruningPath();
    return new CostComplexityPath(p[0], p[1]);
  }
}
