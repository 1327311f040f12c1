package praxis.metrics;

/**
 * A reliability diagram as returned by {@link Curves#calibration}: for every non-empty bin, the fraction of
 * positives ({@code probTrue}), the mean predicted probability ({@code probPred}) and the bin's sample count
 * and index. Empty bins are omitted, as in scikit-learn's {@code calibration_curve}.
 *
 * <pre>{@code
 * CalibrationCurve c = Curves.calibration(yTrue01, prob, 10);
 * for (int i = 0; i < c.size(); i++) System.out.println(c.probPred()[i] + " -> " + c.probTrue()[i]);
 * }</pre>
 *
 * @param probTrue fraction of positives per non-empty bin
 * @param probPred mean predicted probability per non-empty bin
 * @param counts samples per non-empty bin
 * @param bins index of each non-empty bin in {@code [0, nBins)}
 */
public record CalibrationCurve(double[] probTrue, double[] probPred, long[] counts, int[] bins) {
  /** Validates equal lengths. */
  public CalibrationCurve {
    Args.notNull(probTrue, "probTrue");
    Args.notNull(probPred, "probPred");
    Args.notNull(counts, "counts");
    Args.notNull(bins, "bins");
    Args.sameLength(probTrue.length, "probTrue", probPred.length, "probPred");
    Args.sameLength(probTrue.length, "probTrue", counts.length, "counts");
    Args.sameLength(probTrue.length, "probTrue", bins.length, "bins");
  }

  /** Number of non-empty bins. */
  public int size() {
    return probTrue.length;
  }
}
