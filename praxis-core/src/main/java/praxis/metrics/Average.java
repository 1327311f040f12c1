package praxis.metrics;

/**
 * How per-class precision, recall, specificity and F-scores are combined into one number (the
 * {@code average} argument of scikit-learn's {@code precision_score}).
 *
 * <pre>{@code
 * double f = ClassificationMetrics.f1(yTrue, yPred, 3, Average.MACRO);
 * }</pre>
 */
public enum Average {
  /** Pool the counts (TP, FP, FN, TN) of all classes, then compute the metric once. */
  MICRO,
  /** Unweighted mean of the per-class values. */
  MACRO,
  /** Mean of the per-class values weighted by support (number of true samples of the class). */
  WEIGHTED,
  /** The value for the positive class (code 1) of a two-class problem. */
  BINARY
}
