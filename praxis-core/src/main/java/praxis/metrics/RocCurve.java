package praxis.metrics;

/**
 * A ROC curve as returned by {@link Curves#roc}: points {@code (fpr[i], tpr[i])} for decreasing
 * {@code thresholds[i]} (a sample is predicted positive when its score {@code >= threshold}). The first point
 * is (0, 0) with threshold {@code max(score) + 1}, as in scikit-learn 1.2.1. The arrays are the caller's to
 * keep (fresh copies are not made on access, so do not modify them if the curve is shared).
 *
 * <pre>{@code
 * RocCurve c = Curves.roc(yTrue01, score);
 * double auc = c.auc();
 * }</pre>
 *
 * @param fpr false-positive rates (non-decreasing; NaN when there are no negatives)
 * @param tpr true-positive rates (non-decreasing; NaN when there are no positives)
 * @param thresholds decreasing score thresholds
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {
  /** Validates equal lengths. */
  public RocCurve {
    Args.notNull(fpr, "fpr");
    Args.notNull(tpr, "tpr");
    Args.notNull(thresholds, "thresholds");
    Args.sameLength(fpr.length, "fpr", tpr.length, "tpr");
    Args.sameLength(fpr.length, "fpr", thresholds.length, "thresholds");
  }

  /** Number of points. */
  public int size() {
    return fpr.length;
  }

  /** Area under the curve by the trapezoidal rule. */
  public double auc() {
    return Curves.trapezoid(fpr, tpr);
  }
}
