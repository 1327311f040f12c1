/**
 * Composition of estimators: {@link praxis.pipeline.Pipeline} (transformers then a final estimator, fitted in
 * sequence on the training data only), {@link praxis.pipeline.ColumnTransformer} (different transformers for
 * groups of columns) and {@link praxis.pipeline.Preprocessing} (the standard preprocessing protocol). All
 * types are non-null by default.
 */
package praxis.pipeline;
