package praxis.trees;

/**
 * The minimal cost-complexity pruning path of a fully grown tree: the increasing effective alphas at which
 * subtrees are collapsed and the total weighted leaf impurity after each collapse (first entry: alpha 0 and
 * the full tree), as scikit-learn's {@code cost_complexity_pruning_path}.
 *
 * <pre>{@code
 * CostComplexityPath path = new DecisionTreeClassifier().costComplexityPruningPath(x, y);
 * double alpha = path.ccpAlphas()[path.ccpAlphas().length - 2];
 * }</pre>
 *
 * @param ccpAlphas effective alphas, non-decreasing
 * @param impurities total leaf impurity of the pruned tree at each alpha
 */
public record CostComplexityPath(double[] ccpAlphas, double[] impurities) {
  /** Copies the arrays. */
  public CostComplexityPath {
    ccpAlphas = ccpAlphas.clone();
    impurities = impurities.clone();
  }

  @Override
  public double[] ccpAlphas() {
    return ccpAlphas.clone();
  }

  @Override
  public double[] impurities() {
    return impurities.clone();
  }
}
