package praxis.neighbors;

/**
 * How a {@link NeighborIndex} finds neighbours. Every algorithm returns exactly the same neighbours (ordered by
 * distance, ties by training index); they differ only in speed.
 *
 * <pre>{@code
 * var p = KNeighborsClassifier.Params.DEFAULTS.withAlgorithm(Algorithm.KD_TREE, 30);
 * }</pre>
 */
public enum Algorithm {
  /**
   * Chooses by data shape and metric: {@link #BRUTE} for the COSINE metric, when the dimension is above 15, or
   * when there are fewer than {@code 2 * leafSize} training rows (or fewer than 16 rows); otherwise
   * {@link #KD_TREE} (every other metric is a Minkowski-family metric it supports). The rule follows
   * scikit-learn's {@code algorithm="auto"} (which also prefers brute force for d &gt; 15).
   */
  AUTO,
  /** Compares each query with every training row: O(n d) per query; any metric. */
  BRUTE,
  /**
   * k-d tree with median splits on the widest dimension and bounding-box pruning; EUCLIDEAN, MANHATTAN,
   * CHEBYSHEV and MINKOWSKI. Fast for low dimensions (roughly d &lt;= 15).
   */
  KD_TREE,
  /**
   * Ball tree (centroid + covering radius per node, pruned with the triangle inequality); any true metric:
   * EUCLIDEAN, MANHATTAN, CHEBYSHEV, MINKOWSKI (not COSINE, which is not a metric).
   */
  BALL_TREE
}
