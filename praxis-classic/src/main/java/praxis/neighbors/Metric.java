package praxis.neighbors;

/**
 * Distance between two feature vectors used by the nearest-neighbour estimators.
 *
 * <pre>{@code
 * var p = new KNeighborsClassifier.Params(5, Weights.UNIFORM, Metric.MANHATTAN, 2.0, 1);
 * }</pre>
 */
public enum Metric {
  /** {@code sqrt(sum (a_j - b_j)^2)}. */
  EUCLIDEAN,
  /** {@code sum |a_j - b_j|}. */
  MANHATTAN,
  /** {@code max |a_j - b_j|}. */
  CHEBYSHEV,
  /** {@code (sum |a_j - b_j|^p)^(1/p)} with the estimator's {@code p >= 1}. */
  MINKOWSKI,
  /** {@code 1 - a.b / (|a| |b|)}; clipped to [0, 2]; a zero vector is at distance 1 from
   * everything (as scikit-learn). */
  COSINE
}
