package praxis.trees;

/**
 * Class weighting for classification trees and forests.
 *
 * <pre>{@code
 * DecisionTreeClassifier.Params.DEFAULTS.withClassWeight(ClassWeight.BALANCED)
 * }</pre>
 */
public enum ClassWeight {
  /** All classes weigh 1. */
  NONE,
  /** Class k weighs {@code n / (K n_k)} (scikit-learn's {@code "balanced"}), computed on the training rows. */
  BALANCED
}
