package praxis.linear;

/**
 * Regularization of {@link SGDClassifier} and {@link SGDRegressor}, weighted by {@code alpha}: the L2 part
 * {@code alpha (1 - l1Ratio) ||w||^2 / 2} enters the gradient, the L1 part {@code alpha l1Ratio ||w||_1} is
 * applied after each step as a soft threshold of {@code lr alpha l1Ratio} (truncated gradient, which sets
 * weights exactly to zero). The intercept is never penalized.
 *
 * <pre>{@code
 * var p = SGDClassifier.Params.DEFAULTS.withPenalty(SGDPenalty.ELASTIC_NET, 1e-3, 0.5);
 * }</pre>
 */
public enum SGDPenalty {
  /** No penalty. */
  NONE,
  /** {@code alpha ||w||^2 / 2} (l1Ratio ignored). */
  L2,
  /** {@code alpha ||w||_1} (l1Ratio ignored). */
  L1,
  /** {@code alpha (l1Ratio ||w||_1 + (1 - l1Ratio) ||w||^2 / 2)}. */
  ELASTIC_NET;

  double l1Share(double l1Ratio) {
    return switch (this) {
      case NONE, L2 -> 0.0;
      case L1 -> 1.0;
      case ELASTIC_NET -> l1Ratio;
    };
  }

  double l2Share(double l1Ratio) {
    return switch (this) {
      case NONE, L1 -> 0.0;
      case L2 -> 1.0;
      case ELASTIC_NET -> 1.0 - l1Ratio;
    };
  }
}
