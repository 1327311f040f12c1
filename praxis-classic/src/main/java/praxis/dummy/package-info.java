/**
 * Baseline estimators that ignore the features ({@link praxis.dummy.DummyClassifier},
 * {@link praxis.dummy.DummyRegressor}), like scikit-learn's {@code sklearn.dummy}. All types are non-null
 * by default.
 */
package praxis.dummy;
