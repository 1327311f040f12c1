package praxis.trees.forest;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.RegressionCriterion;
import praxis.trees.internal.Grower;

/**
 * Random forest regressor (Breiman 2001), as scikit-learn's {@code RandomForestRegressor}: {@code nTrees}
 * CART trees, each grown on a bootstrap sample (multiplicities as row weights) with a random subset of
 * {@code maxFeatures} features tried at every node; predictions are averaged over trees. Trees take
 * numeric, boolean and categorical columns and NaN natively (see {@link praxis.trees.DecisionTreeRegressor}).
 * Trees are grown in parallel on {@code nThreads} threads; each tree's seed is drawn from {@code seed} in
 * tree order, so the forest is identical for any thread count. Cost: about {@code nTrees} times a tree on
 * {@code maxSamples n} rows with {@code maxFeatures} features per node.
 *
 * <pre>{@code
 * var rf = new RandomForestRegressor(RandomForestRegressor.DEFAULTS.withNTrees(200).withOobScore(true));
 * ForestRegressorModel m = rf.fit(x, y);
 * double oobR2 = m.oobScore().getAsDouble();
 * }</pre>
 */
public final class RandomForestRegressor implements Estimator<ForestRegressorParams, ForestRegressorModel> {
  /** Default hyperparameters (scikit-learn's): 100 trees, bootstrap samples. */
  public static final ForestRegressorParams DEFAULTS = ForestRegressorParams.DEFAULTS;

  private final ForestRegressorParams params;

  /** With {@link #DEFAULTS}. */
  public RandomForestRegressor() {
    this(DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RandomForestRegressor(ForestRegressorParams params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public ForestRegressorParams params() {
    return params;
  }

  @Override
  public RandomForestRegressor withParams(ForestRegressorParams p) {
    return new RandomForestRegressor(p);
  }

  @Override
  public String name() {
    return "random_forest_regressor";
  }

  @Override
  public ForestRegressorModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (multiplied by bootstrap multiplicities).
   *
   * <pre>{@code
   * ForestRegressorModel m = new RandomForestRegressor().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite weight >= 0 per row, or null for all ones
   */
  public ForestRegressorModel fit(Frame x, Target y, double[] sampleWeight) {
    ForestRegressorParams p = params;
    Grower.Kind kind = switch (p.criterion()) {
      case SQUARED_ERROR -> Grower.Kind.MSE;
      case ABSOLUTE_ERROR -> Grower.Kind.MAE;
      case POISSON -> Grower.Kind.POISSON;
    };
    return ForestSupport.fitRegressor(new ForestSupport.Spec(name(), "RandomForestRegressor", p, p.nTrees(),
        p.bootstrap(), p.maxSamples(), p.oobScore(), p.seed(), p.nThreads()), x, y, sampleWeight,
        p.criterion() == RegressionCriterion.POISSON,
        nf -> ForestSupport.config(kind, 0, p.maxDepth(), p.minSamplesSplit(), p.minSamplesLeaf(),
            p.minWeightFractionLeaf(), p.maxLeafNodes(), p.minImpurityDecrease(), p.maxFeatures(), nf, RANDOM,
            p.maxBins()));
  }

  private static final boolean RANDOM = false;
}
