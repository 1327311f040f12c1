package praxis.neighbors;

/**
 * How neighbours are weighted in a vote or average.
 *
 * <pre>{@code
 * var p = KNeighborsRegressor.Params.DEFAULTS.withWeights(Weights.DISTANCE);
 * }</pre>
 */
public enum Weights {
  /** Every neighbour counts the same. */
  UNIFORM,
  /**
   * Weight {@code 1 / distance}; when some neighbours are at distance 0, only those count (equally), as in
   * scikit-learn.
   */
  DISTANCE
}
