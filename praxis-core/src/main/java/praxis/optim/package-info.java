/**
 * Numerical optimizers for model fitting, such as {@link praxis.optim.Lbfgs} (limited-memory BFGS with a
 * strong-Wolfe line search). All types are non-null by default.
 */
package praxis.optim;
