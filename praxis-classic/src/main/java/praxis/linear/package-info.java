/**
 * Linear models: ordinary (and weighted) least squares ({@link praxis.linear.LinearRegression}) with
 * classical inference ({@link praxis.linear.RegressionSummary}) and L2-penalized logistic regression
 * ({@link praxis.linear.LogisticRegression}). All types are non-null by default.
 */
package praxis.linear;
