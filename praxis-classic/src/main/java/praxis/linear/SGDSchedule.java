package praxis.linear;

/**
 * Learning-rate schedule of {@link SGDClassifier} / {@link SGDRegressor} (see
 * {@link praxis.optim.LearningRateSchedule}); {@code t} counts optimizer steps.
 *
 * <pre>{@code
 * var p = SGDRegressor.Params.DEFAULTS.withOptimizer(SGDOptimizer.SGD, SGDSchedule.CONSTANT, 0.001);
 * }</pre>
 */
public enum SGDSchedule {
  /** scikit-learn's {@code 'optimal'}: {@code 1 / (alpha (t0 + t - 1))}; needs alpha &gt; 0. */
  OPTIMAL,
  /** {@code eta0}. */
  CONSTANT,
  /** {@code eta0 / t^powerT}. */
  INVSCALING
}
