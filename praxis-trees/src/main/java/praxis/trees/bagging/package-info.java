/** Bagging (bootstrap aggregating) of any Praxis estimator over rows and/or features, with out-of-bag scores. */
package praxis.trees.bagging;
