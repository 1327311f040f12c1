package praxis.trees.forest;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.RegressionCriterion;
import praxis.trees.internal.Grower;

/**
 * Extremely randomized trees regressor (Geurts, Ernst and Wehenkel 2006), as scikit-learn's
 * {@code ExtraTreesRegressor}: {@code nTrees} trees grown on all rows (no bootstrap by default); at every
 * node each of {@code maxFeatures} random features gets one uniformly random threshold between its node
 * minimum and maximum (one random level subset for categorical features) and the best of these splits is
 * kept; predictions are averaged over trees. Trees take
 * numeric, boolean and categorical columns and NaN natively (see {@link praxis.trees.DecisionTreeRegressor}).
 * Trees are grown in parallel on {@code nThreads} threads; each tree's seed is drawn from {@code seed} in
 * tree order, so the forest is identical for any thread count. Cost: about {@code nTrees} times a tree on
 * {@code maxSamples n} rows with {@code maxFeatures} features per node.
 *
 * <pre>{@code
 * var et = new ExtraTreesRegressor(ExtraTreesRegressor.DEFAULTS.withNTrees(200));
 * ForestRegressorModel m = et.fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class ExtraTreesRegressor implements Estimator<ForestRegressorParams, ForestRegressorModel> {
  /** Default hyperparameters (scikit-learn's): as {@link ForestRegressorParams#DEFAULTS} but without bootstrap. */
  public static final ForestRegressorParams DEFAULTS = ForestRegressorParams.DEFAULTS.withBootstrap(false);

  private final ForestRegressorParams params;

  /** With {@link #DEFAULTS}. */
  public ExtraTreesRegressor() {
    this(DEFAULTS);
  }

  /** With the given hyperparameters. */
  public ExtraTreesRegressor(ForestRegressorParams params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public ForestRegressorParams params() {
    return params;
  }

  @Override
  public ExtraTreesRegressor withParams(ForestRegressorParams p) {
    return new ExtraTreesRegressor(p);
  }

  @Override
  public String name() {
    return "extra_trees_regressor";
  }

  @Override
  public ForestRegressorModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (multiplied by bootstrap multiplicities).
   *
   * <pre>{@code
   * ForestRegressorModel m = new ExtraTreesRegressor().fit(x, y, weights);
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
    return ForestSupport.fitRegressor(new ForestSupport.Spec(name(), "ExtraTreesRegressor", p, p.nTrees(),
        p.bootstrap(), p.maxSamples(), p.oobScore(), p.seed(), p.nThreads()), x, y, sampleWeight,
        p.criterion() == RegressionCriterion.POISSON,
        nf -> ForestSupport.config(kind, 0, p.maxDepth(), p.minSamplesSplit(), p.minSamplesLeaf(),
            p.minWeightFractionLeaf(), p.maxLeafNodes(), p.minImpurityDecrease(), p.maxFeatures(), nf, RANDOM,
            p.maxBins()));
  }

  private static final boolean RANDOM = true;
}
