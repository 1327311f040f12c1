package praxis.metrics;

/**
 * Cumulative gain and lift as returned by {@link Curves#gain}: samples are sorted by decreasing score and
 * taken in groups of tied scores. Point {@code i} is for targeting every sample with
 * {@code score >= thresholds[i]}: {@code fraction[i]} = share of all samples targeted,
 * {@code gain[i]} = share of all positives captured, {@code lift[i] = gain[i] / fraction[i]} (the
 * positive rate among targeted samples divided by the overall positive rate). The origin (0, 0) is not
 * included; the last point is always (1, 1) with lift 1.
 *
 * <pre>{@code
 * GainCurve g = Curves.gain(yTrue01, score);
 * double liftTop = g.lift()[0];
 * }</pre>
 *
 * @param fraction share of samples targeted (increasing, ends at 1)
 * @param gain share of positives captured (non-decreasing, ends at 1)
 * @param lift gain / fraction
 * @param thresholds decreasing distinct scores
 */
public record GainCurve(double[] fraction, double[] gain, double[] lift, double[] thresholds) {
  /** Validates equal lengths. */
  public GainCurve {
    Args.notNull(fraction, "fraction");
    Args.notNull(gain, "gain");
    Args.notNull(lift, "lift");
    Args.notNull(thresholds, "thresholds");
    Args.sameLength(fraction.length, "fraction", gain.length, "gain");
    Args.sameLength(fraction.length, "fraction", lift.length, "lift");
    Args.sameLength(fraction.length, "fraction", thresholds.length, "thresholds");
  }
}
