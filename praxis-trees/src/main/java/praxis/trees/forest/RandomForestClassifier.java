package praxis.trees.forest;

import java.util.OptionalInt;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.ClassWeight;
import praxis.trees.ClassificationCriterion;
import praxis.trees.internal.Grower;

/**
 * Random forest classifier (Breiman 2001), as scikit-learn's {@code RandomForestClassifier}: {@code nTrees}
 * CART trees, each grown on a bootstrap sample (multiplicities as row weights) with a random subset of
 * {@code maxFeatures} features tried at every node; probabilities are averaged over trees. Trees take
 * numeric, boolean and categorical columns and NaN natively (see {@link praxis.trees.DecisionTreeClassifier}).
 * Trees are grown in parallel on {@code nThreads} threads; each tree's seed is drawn from {@code seed} in
 * tree order, so the forest is identical for any thread count. Cost: about {@code nTrees} times a tree on
 * {@code maxSamples n} rows with {@code maxFeatures} features per node.
 *
 * <pre>{@code
 * var rf = new RandomForestClassifier(RandomForestClassifier.Params.DEFAULTS.withNTrees(200).withOobScore(true));
 * ForestClassifierModel m = rf.fit(x, y);
 * double oob = m.oobScore().getAsDouble();
 * }</pre>
 */
public final class RandomForestClassifier implements Estimator<RandomForestClassifier.Params, ForestClassifierModel> {
  /**
   * Hyperparameters (scikit-learn names in camel case).
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
   * @param classWeight class weighting
   * @param oobScore whether to compute the out-of-bag accuracy and predictions
   * @param seed master seed
   * @param nThreads threads growing trees
   */
  public record Params(int nTrees, ClassificationCriterion criterion, OptionalInt maxDepth, int minSamplesSplit,
      int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease,
      String maxFeatures, boolean bootstrap, double maxSamples, ClassWeight classWeight, boolean oobScore,
      long seed, int nThreads) implements praxis.api.Params {
    /** scikit-learn's defaults: 100 trees, Gini, sqrt features, bootstrap; one thread. */
    public static final Params DEFAULTS = new Params(100, ClassificationCriterion.GINI, OptionalInt.empty(), 2, 1,
        0.0, OptionalInt.empty(), 0.0, "sqrt", true, 1.0, ClassWeight.NONE, false, 0L, 1);

    /** Validates. */
    public Params {
      Check.notNull(criterion, "criterion");
      Check.notNull(classWeight, "classWeight");
      ForestSupport.checkForest(nTrees, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, maxSamples, nThreads);
    }

    /** With a number of trees. */
    public Params withNTrees(int v) {
      return new Params(v, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, classWeight, oobScore, seed,
          nThreads);
    }

    /** With a maximum depth. */
    public Params withMaxDepth(int v) {
      return new Params(nTrees, criterion, OptionalInt.of(v), minSamplesSplit, minSamplesLeaf,
          minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, classWeight,
          oobScore, seed, nThreads);
    }

    /** With a feature-subset spec. */
    public Params withMaxFeatures(String v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, v, bootstrap, maxSamples, classWeight, oobScore, seed, nThreads);
    }

    /** With or without bootstrap sampling. */
    public Params withBootstrap(boolean v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, v, maxSamples, classWeight, oobScore, seed, nThreads);
    }

    /** With a bootstrap sample fraction. */
    public Params withMaxSamples(double v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, v, classWeight, oobScore, seed, nThreads);
    }

    /** With or without the out-of-bag score. */
    public Params withOobScore(boolean v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, classWeight, v, seed, nThreads);
    }

    /** With a seed. */
    public Params withSeed(long v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, classWeight, oobScore, v, nThreads);
    }

    /** With a thread count. */
    public Params withNThreads(int v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, bootstrap, maxSamples, classWeight, oobScore, seed, v);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public RandomForestClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RandomForestClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RandomForestClassifier withParams(Params p) {
    return new RandomForestClassifier(p);
  }

  @Override
  public String name() {
    return "random_forest_classifier";
  }

  @Override
  public ForestClassifierModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (multiplied by bootstrap multiplicities and class weights).
   *
   * <pre>{@code
   * ForestClassifierModel m = new RandomForestClassifier().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite weight >= 0 per row, or null for all ones
   */
  public ForestClassifierModel fit(Frame x, Target y, double[] sampleWeight) {
    Params p = params;
    Grower.Kind kind = p.criterion() == ClassificationCriterion.GINI ? Grower.Kind.GINI : Grower.Kind.ENTROPY;
    return ForestSupport.fitClassifier(new ForestSupport.Spec(name(), "RandomForestClassifier", p, p.nTrees(),
        p.bootstrap(), p.maxSamples(), p.oobScore(), p.seed(), p.nThreads()), x, y, sampleWeight, p.classWeight(),
        nf -> ForestSupport.config(kind, y.classCount(), p.maxDepth(), p.minSamplesSplit(), p.minSamplesLeaf(),
            p.minWeightFractionLeaf(), p.maxLeafNodes(), p.minImpurityDecrease(), p.maxFeatures(), nf, RANDOM));
  }

  private static final boolean RANDOM = false;
}
