package praxis.linear;

/**
 * Coefficients along a descending sequence of penalty strengths, as returned by {@link Lasso#path} and
 * {@link ElasticNet#path} (scikit-learn's {@code lasso_path} / {@code enet_path}, with the intercepts added).
 * Arrays are indexed by alpha; {@code coefficients()[a][j]} is feature j at {@code alphas()[a]}. The
 * accessors return the arrays themselves (the record is a plain result carrier).
 *
 * <pre>{@code
 * RegularizationPath path = new Lasso().path(x, y, null);   // 100 alphas from alphaMax down
 * double[] atSmallest = path.coefficients()[path.alphas().length - 1];
 * }</pre>
 *
 * @param alphas the penalty strengths, descending
 * @param coefficients per alpha, the coefficients by feature
 * @param intercepts per alpha, the intercept
 * @param dualGaps per alpha, the final duality gap (objective scale, i.e. divided by n)
 * @param iterations per alpha, the coordinate-descent sweeps done
 */
public record RegularizationPath(double[] alphas, double[][] coefficients, double[] intercepts, double[] dualGaps,
    int[] iterations) {}
