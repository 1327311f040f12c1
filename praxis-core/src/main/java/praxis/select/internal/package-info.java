/**
 * Internals of model selection: a NumPy-compatible Mersenne Twister and NumPy's argsort, used so that
 * shuffled splits reproduce scikit-learn's folds; not a public API.
 */
package praxis.select.internal;
