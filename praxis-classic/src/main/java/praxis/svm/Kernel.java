package praxis.svm;

/**
 * Kernel functions of the support vector machines, with {@code gamma}, {@code degree} and {@code coef0}
 * as in LIBSVM / scikit-learn.
 *
 * <pre>{@code
 * var p = SVC.Params.DEFAULTS.withKernel(Kernel.POLY, Gamma.VALUE, 0.5, 3, 1.0);
 * }</pre>
 */
public enum Kernel {
  /** {@code u . v}. */
  LINEAR,
  /** {@code exp(-gamma ||u - v||^2)}. */
  RBF,
  /** {@code (gamma u . v + coef0)^degree}. */
  POLY,
  /** {@code tanh(gamma u . v + coef0)}. */
  SIGMOID
}
