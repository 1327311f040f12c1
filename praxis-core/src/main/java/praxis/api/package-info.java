/**
 * The estimator API: {@link praxis.api.Estimator} (hyperparameters, immutable) fits a
 * {@link praxis.api.Model} (immutable, thread-safe); capability interfaces
 * ({@link praxis.api.Classifier}, {@link praxis.api.ProbabilisticClassifier}, {@link praxis.api.Regressor},
 * {@link praxis.api.Clusterer}, {@link praxis.api.Transformer}); hyperparameter records and their string
 * codec; provenance; the estimator registry. All types are non-null by default.
 */
package praxis.api;
