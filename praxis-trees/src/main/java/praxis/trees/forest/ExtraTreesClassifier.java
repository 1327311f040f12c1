package praxis.trees.forest;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.ClassWeight;
import praxis.trees.ClassificationCriterion;
import praxis.trees.internal.Grower;

/**
 * Extremely randomized trees classifier (Geurts, Ernst and Wehenkel 2006), as scikit-learn's
 * {@code ExtraTreesClassifier}: {@code nTrees} trees grown on all rows (no bootstrap by default); at every
 * node each of {@code maxFeatures} random features gets one uniformly random threshold between its node
 * minimum and maximum (one random level subset for categorical features, both missing-value directions
 * tried) and the best of these splits is kept; probabilities are averaged over trees. Trees take
 * numeric, boolean and categorical columns and NaN natively (see {@link praxis.trees.DecisionTreeClassifier}).
 * Trees are grown in parallel on {@code nThreads} threads; each tree's seed is drawn from {@code seed} in
 * tree order, so the forest is identical for any thread count. Cost: about {@code nTrees} times a tree on
 * {@code maxSamples n} rows with {@code maxFeatures} features per node.
 *
 * <pre>{@code
 * var et = new ExtraTreesClassifier(ExtraTreesClassifier.DEFAULTS.withNTrees(200));
 * ForestClassifierModel m = et.fit(x, y);
 * int[] yhat = m.predict(test);
 * }</pre>
 */
public final class ExtraTreesClassifier implements Estimator<ForestClassifierParams, ForestClassifierModel> {
  /** Default hyperparameters (scikit-learn's): as {@link ForestClassifierParams#DEFAULTS} but without bootstrap. */
  public static final ForestClassifierParams DEFAULTS = ForestClassifierParams.DEFAULTS.withBootstrap(false);

  private final ForestClassifierParams params;

  /** With {@link #DEFAULTS}. */
  public ExtraTreesClassifier() {
    this(DEFAULTS);
  }

  /** With the given hyperparameters. */
  public ExtraTreesClassifier(ForestClassifierParams params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public ForestClassifierParams params() {
    return params;
  }

  @Override
  public ExtraTreesClassifier withParams(ForestClassifierParams p) {
    return new ExtraTreesClassifier(p);
  }

  @Override
  public String name() {
    return "extra_trees_classifier";
  }

  @Override
  public ForestClassifierModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (multiplied by bootstrap multiplicities and class weights).
   *
   * <pre>{@code
   * ForestClassifierModel m = new ExtraTreesClassifier().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite weight >= 0 per row, or null for all ones
   */
  public ForestClassifierModel fit(Frame x, Target y, double[] sampleWeight) {
    ForestClassifierParams p = params;
    Grower.Kind kind = p.criterion() == ClassificationCriterion.GINI ? Grower.Kind.GINI : Grower.Kind.ENTROPY;
    return ForestSupport.fitClassifier(new ForestSupport.Spec(name(), "ExtraTreesClassifier", p, p.nTrees(),
        p.bootstrap(), p.maxSamples(), p.oobScore(), p.seed(), p.nThreads()), x, y, sampleWeight, p.classWeight(),
        nf -> ForestSupport.config(kind, y.classCount(), p.maxDepth(), p.minSamplesSplit(), p.minSamplesLeaf(),
            p.minWeightFractionLeaf(), p.maxLeafNodes(), p.minImpurityDecrease(), p.maxFeatures(), nf, RANDOM,
            p.maxBins()));
  }

  private static final boolean RANDOM = true;
}
