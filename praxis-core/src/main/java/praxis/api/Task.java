package praxis.api;

/**
 * The kind of problem an estimator solves; used by the registry, the CLI and {@code compare}.
 *
 * <pre>{@code
 * Estimators.all().stream().filter(e -> e.task() == Task.CLASSIFICATION)
 * }</pre>
 */
public enum Task {
  /** Predicts class labels. */
  CLASSIFICATION,
  /** Predicts real values. */
  REGRESSION,
  /** Groups rows without labels. */
  CLUSTERING,
  /** Transforms frames (preprocessing, projections). */
  TRANSFORM,
  /** Tells inliers from outliers ({@link OutlierDetector}). */
  OUTLIER_DETECTION
}
