package praxis.boost;

/**
 * When histogram gradient boosting stops on a validation loss.
 *
 * <pre>{@code
 * var p = HistGradientBoostingClassifier.Params.DEFAULTS.withEarlyStopping(EarlyStopping.ON);
 * }</pre>
 */
public enum EarlyStopping {
  /** On when an eval set is given or the training set has more than 10,000 rows (as scikit-learn). */
  AUTO,
  /** Always (holding out {@code validationFraction} of the rows unless an eval set is given). */
  ON,
  /** Never; an eval set's loss is still recorded. */
  OFF
}
