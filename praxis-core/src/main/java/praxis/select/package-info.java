/**
 * Model selection: train/test splitters (k-fold family, groups, time series, hold-out) that reproduce
 * scikit-learn's folds, cross-validation, grid and random hyperparameter search, learning and validation
 * curves.
 */
package praxis.select;
