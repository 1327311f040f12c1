/**
 * Linear models: ordinary (and weighted) least squares ({@link praxis.linear.LinearRegression}) with
 * classical inference ({@link praxis.linear.RegressionSummary}), penalized least squares
 * ({@link praxis.linear.Ridge}, {@link praxis.linear.Lasso}, {@link praxis.linear.ElasticNet} and the
 * cross-validated {@link praxis.linear.LassoCV}, {@link praxis.linear.ElasticNetCV}), robust regression
 * ({@link praxis.linear.HuberRegressor}) and L2-penalized logistic
 * regression ({@link praxis.linear.LogisticRegression}). All types are non-null by default.
 */
package praxis.linear;
