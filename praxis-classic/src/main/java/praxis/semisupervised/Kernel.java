package praxis.semisupervised;

/**
 * The similarity graph of {@link LabelPropagation} and {@link LabelSpreading}.
 *
 * <pre>{@code
 * var p = LabelSpreading.Params.DEFAULTS.withKernel(Kernel.KNN, 7);
 * }</pre>
 */
public enum Kernel {
  /** Dense {@code exp(-gamma ||x_i - x_j||^2)}. */
  RBF,
  /** 0/1 edges from each row to its {@code nNeighbors} nearest rows (itself included; ties by row index). */
  KNN
}
