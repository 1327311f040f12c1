package praxis.api;

/**
 * Capability of a fitted model to rank its input columns: one non-negative importance per column of
 * {@link Model#inputSchema()}, larger meaning more important. Linear models report the magnitude of their
 * coefficients (summed over classes for multiclass models, as scikit-learn's {@code importance_getter="auto"}
 * with an L1 norm); tree ensembles report impurity decrease. Used by
 * {@code praxis.select.features.RFE} and {@code SelectFromModel}.
 *
 * <pre>{@code
 * Model m = new Lasso().fit(x, y);
 * if (m instanceof FeatureImportance fi) { double[] w = fi.featureImportances(); }
 * }</pre>
 */
public interface FeatureImportance extends Model {
  /** One importance per input column, in column order (a fresh array). */
  double[] featureImportances();
}
