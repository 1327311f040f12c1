/**
 * Evaluation metrics (classification, curves, regression, clustering, ranking) matching scikit-learn 1.2.1
 * definitions, and {@link praxis.metrics.Scorers} that score fitted models. All types are non-null by default.
 */
package praxis.metrics;
