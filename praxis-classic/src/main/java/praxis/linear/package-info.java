/**
 * Linear models: ordinary least squares ({@link praxis.linear.LinearRegression}) and L2-penalized
 * logistic regression ({@link praxis.linear.LogisticRegression}). All types are non-null by default.
 */
package praxis.linear;
