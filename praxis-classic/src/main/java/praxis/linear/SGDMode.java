package praxis.linear;

/**
 * How {@link SGDClassifier} / {@link SGDRegressor} form gradients within an epoch.
 *
 * <pre>{@code
 * var p = SGDRegressor.Params.DEFAULTS.withMode(SGDMode.MINI_BATCH, 16);
 * }</pre>
 */
public enum SGDMode {
  /** One update per row, rows in a fresh random order each epoch (scikit-learn's SGD). */
  PER_SAMPLE,
  /** One update per {@code batchSize} rows (mean gradient), rows shuffled each epoch. */
  MINI_BATCH,
  /** One update per epoch from the mean gradient over all rows (full-batch gradient descent). */
  BATCH
}
