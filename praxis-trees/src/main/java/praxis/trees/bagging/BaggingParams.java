package praxis.trees.bagging;

/**
 * Hyperparameters shared by {@link BaggingClassifier} and {@link BaggingRegressor}.
 *
 * <pre>{@code
 * BaggingParams p = BaggingClassifier.DEFAULTS.withNEstimators(50);
 * }</pre>
 *
 * @param nEstimators number of members
 * @param maxSamples fraction of rows drawn per member, in (0, 1]
 * @param maxFeatures fraction of columns drawn per member, in (0, 1]
 * @param bootstrap draw rows with replacement
 * @param bootstrapFeatures draw columns with replacement (repeats are collapsed, so a member may get fewer)
 * @param oobScore compute the out-of-bag accuracy and predictions (needs row sampling that leaves rows out)
 * @param seed master seed
 * @param nThreads threads fitting members
 */
public record BaggingParams(int nEstimators, double maxSamples, double maxFeatures, boolean bootstrap,
    boolean bootstrapFeatures, boolean oobScore, long seed, int nThreads) implements praxis.api.Params {
  /** scikit-learn's defaults: 10 members, bootstrap rows, all columns; one thread. */
  public static final BaggingParams DEFAULTS = new BaggingParams(10, 1.0, 1.0, true, false, false, 0L, 1);

  /** Validates. */
  public BaggingParams {
    Bagger.check(nEstimators, maxSamples, maxFeatures, nThreads);
  }

  /** With a number of members. */
  public BaggingParams withNEstimators(int v) {
    return new BaggingParams(v, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, nThreads);
  }

  /** With a column fraction. */
  public BaggingParams withMaxFeatures(double v) {
    return new BaggingParams(nEstimators, maxSamples, v, bootstrap, bootstrapFeatures, oobScore, seed, nThreads);
  }

  /** With or without the out-of-bag score. */
  public BaggingParams withOobScore(boolean v) {
    return new BaggingParams(nEstimators, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, v, seed, nThreads);
  }

  /** With a seed. */
  public BaggingParams withSeed(long v) {
    return new BaggingParams(nEstimators, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, v, nThreads);
  }

  /** With a thread count. */
  public BaggingParams withNThreads(int v) {
    return new BaggingParams(nEstimators, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, v);
  }
}
