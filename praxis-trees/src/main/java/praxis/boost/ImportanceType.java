package praxis.boost;

/**
 * Kinds of feature importance of a boosted model.
 *
 * <pre>{@code
 * double[] imp = model.featureImportances(ImportanceType.GAIN);
 * }</pre>
 */
public enum ImportanceType {
  /** Total loss reduction of the feature's splits, normalized to sum 1. */
  GAIN,
  /** Number of splits on the feature (not normalized). */
  SPLIT
}
