package praxis.trees;

/**
 * Split criteria for regression trees.
 *
 * <pre>{@code
 * new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withCriterion(RegressionCriterion.POISSON));
 * }</pre>
 */
public enum RegressionCriterion {
  /** Variance reduction; leaves predict the weighted mean. */
  SQUARED_ERROR,
  /** Mean absolute deviation from the weighted median; leaves predict the weighted median. */
  ABSOLUTE_ERROR,
  /** Half Poisson deviance (non-negative targets with a positive sum); leaves predict the mean. */
  POISSON
}
