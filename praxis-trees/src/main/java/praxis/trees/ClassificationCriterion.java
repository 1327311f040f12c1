package praxis.trees;

/**
 * Split criteria for classification trees.
 *
 * <pre>{@code
 * new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withCriterion(ClassificationCriterion.ENTROPY));
 * }</pre>
 */
public enum ClassificationCriterion {
  /** Gini impurity {@code 1 - sum_k p_k^2}. */
  GINI,
  /** Shannon entropy {@code -sum_k p_k log2 p_k} (information gain). */
  ENTROPY,
  /** Same as {@link #ENTROPY} (scikit-learn's alias: the mean log-loss of the leaf distribution). */
  LOG_LOSS
}
