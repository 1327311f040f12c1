package praxis.metrics;

/**
 * A precision-recall curve as returned by {@link Curves#precisionRecall}, in scikit-learn 1.2.1's layout:
 * {@code precision} and {@code recall} have one more entry than {@code thresholds}; entry {@code i < n} is
 * for predicting positive when {@code score >= thresholds[i]} (thresholds increasing, recall decreasing), and
 * the last entry is the point (recall 0, precision 1) without a threshold.
 *
 * <pre>{@code
 * PrCurve c = Curves.precisionRecall(yTrue01, score);
 * double ap = c.averagePrecision();
 * }</pre>
 *
 * @param precision precision per threshold, then 1
 * @param recall recall per threshold (decreasing), then 0
 * @param thresholds increasing distinct scores
 */
public record PrCurve(double[] precision, double[] recall, double[] thresholds) {
  /** Validates the lengths. */
  public PrCurve {
    Args.notNull(precision, "precision");
    Args.notNull(recall, "recall");
    Args.notNull(thresholds, "thresholds");
    Args.sameLength(precision.length, "precision", recall.length, "recall");
    if (precision.length != thresholds.length + 1) {
      throw new IllegalArgumentException("precision has " + precision.length + " entries but thresholds has "
          + thresholds.length + "; precision and recall need exactly one more entry than thresholds");
    }
  }

  /** Average precision: Σ (R<sub>n</sub> − R<sub>n−1</sub>) P<sub>n</sub> (step function, no interpolation). */
  public double averagePrecision() {
    double s = 0;
    for (int i = 0; i < recall.length - 1; i++) {
      s += (recall[i + 1] - recall[i]) * precision[i];
    }
    return -s;
  }
}
