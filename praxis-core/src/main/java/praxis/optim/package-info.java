/**
 * Numerical optimizers for model fitting, such as {@link praxis.optim.Lbfgs} (limited-memory BFGS with a
 * strong-Wolfe line search) and the first-order {@link praxis.optim.Optimizer} family ({@link praxis.optim.Sgd},
 * {@link praxis.optim.AdaGrad}, {@link praxis.optim.RmsProp}, {@link praxis.optim.Adam}) with
 * {@link praxis.optim.LearningRateSchedule} and {@link praxis.optim.StoppingRule}, shared by the SGD linear
 * models and neural networks. All types are non-null by default.
 */
package praxis.optim;
