package praxis.boost.internal;

/**
 * Tree-growing settings shared by the histogram boosting estimators.
 *
 * <pre>{@code
 * GrowConfig c = new GrowConfig(31, 0, 20, 1e-3, 0, 0, 0, 0, 0.1, 1, 1, null, true);
 * }</pre>
 *
 * @param maxLeafNodes leaf limit, best-first (leaf-wise) growth; 0 = no limit (every splittable node is split,
 *     i.e. depth-wise growth bounded by {@code maxDepth})
 * @param maxDepth depth limit in edges from the root; 0 = no limit
 * @param minSamplesLeaf minimum rows per leaf
 * @param minChildWeight minimum hessian sum per leaf
 * @param lambda L2 penalty on leaf values
 * @param alpha L1 penalty on leaf values
 * @param gamma minimum loss reduction of a split
 * @param maxDeltaStep bound on the absolute leaf value before shrinkage; 0 = none
 * @param learningRate shrinkage applied to leaf values
 * @param colsampleByLevel fraction of the tree's features drawn per depth
 * @param colsampleByNode fraction of the level's features drawn per node
 * @param monotone per feature -1, 0 or +1; {@code null} = none
 * @param quantizedGradients histograms from stochastically rounded integer gradient pairs when they need no row
 *     counts (see {@link TreeGrower}); {@code false} = exact double sums
 */
public record GrowConfig(int maxLeafNodes, int maxDepth, int minSamplesLeaf, double minChildWeight, double lambda,
    double alpha, double gamma, double maxDeltaStep, double learningRate, double colsampleByLevel,
    double colsampleByNode, int[] monotone, boolean quantizedGradients) {}
