package praxis.boost;

/**
 * A twice-differentiable loss for gradient boosting with one raw score per row: the booster fits each tree to
 * the gradients and hessians of the loss with respect to the raw score (a second-order, Newton step per leaf,
 * as XGBoost). Implement it for a custom objective; the built-in ones are {@link #squared()},
 * {@link #absolute()}, {@link #huber(double)}, {@link #quantile(double)}, {@link #poisson()} and
 * {@link #logistic()}. The prediction is {@code link().inverse(raw)}.
 *
 * <p>Each leaf takes a Newton step {@code -G / H}, so the hessian must stay clearly positive where the residuals
 * are: a loss whose hessian vanishes for large residuals (log-cosh, pseudo-Huber) takes huge steps on an
 * unscaled target; bound it from below or scale the target.
 *
 * <pre>{@code
 * // squared error that counts under-prediction three times
 * Loss underCostsMore = new Loss() {
 *   public double value(double y, double raw) { double r = raw - y; return (r < 0 ? 3 : 1) * r * r / 2; }
 *   public double gradient(double y, double raw) { double r = raw - y; return (r < 0 ? 3 : 1) * r; }
 *   public double hessian(double y, double raw) { return raw < y ? 3 : 1; }
 * };
 * var model = new HistGradientBoostingRegressor(HistGradientBoostingRegressor.Params.DEFAULTS, underCostsMore)
 *     .fit(x, y);
 * }</pre>
 */
public interface Loss {
  /** How a raw score maps to a prediction. */
  enum Link {
    /** prediction = raw. */
    IDENTITY,
    /** prediction = exp(raw) (log link, e.g. Poisson). */
    LOG,
    /** prediction = 1 / (1 + exp(-raw)) (logit link, binary probability). */
    LOGIT;

    /** The prediction for a raw score. */
    public double inverse(double raw) {
      return switch (this) {
        case IDENTITY -> raw;
        case LOG -> Math.exp(raw);
        case LOGIT -> 1 / (1 + Math.exp(-raw));
      };
    }

    /** The raw score for a prediction. */
    public double apply(double mean) {
      return switch (this) {
        case IDENTITY -> mean;
        case LOG -> Math.log(mean);
        case LOGIT -> Math.log(mean / (1 - mean));
      };
    }
  }

  /** Loss of raw score {@code raw} for target {@code y}. */
  double value(double y, double raw);

  /** First derivative of {@link #value} in {@code raw}. */
  double gradient(double y, double raw);

  /** Second derivative of {@link #value} in {@code raw} (must be &gt; 0 for a well-defined Newton step). */
  double hessian(double y, double raw);

  /**
   * Gradient and hessian into {@code gh[0]} and {@code gh[1]}, returning the value: the three methods above in one
   * call, which a loss may override to share work between them (the logistic loss computes one exponential
   * instead of four). Must give the same numbers as the three methods.
   *
   * <pre>{@code
   * double[] gh = new double[2];
   * double v = loss.derivatives(1.0, 0.3, gh); // v = value, gh = {gradient, hessian}
   * }</pre>
   */
  default double derivatives(double y, double raw, double[] gh) {
    gh[0] = gradient(y, raw);
    gh[1] = hessian(y, raw);
    return value(y, raw);
  }

  /** The link; {@link Link#IDENTITY} unless overridden. */
  default Link link() {
    return Link.IDENTITY;
  }

  /**
   * The constant raw score the boosting starts from; by default the link of the weighted mean of the target.
   *
   * @param weight one weight per row
   */
  default double initialRaw(double[] y, double[] weight) {
    double s = 0;
    double ws = 0;
    for (int i = 0; i < y.length; i++) {
      s += weight[i] * y[i];
      ws += weight[i];
    }
    return link().apply(s / ws);
  }

  /**
   * Throws an IllegalArgumentException when {@code y} (of row {@code row}) is outside the loss's domain; by
   * default every finite value is allowed.
   */
  default void checkTarget(double y, int row) {}

  /** Squared error {@code (raw - y)^2 / 2}. */
  static Loss squared() {
    return new BuiltinLosses.Squared();
  }

  /** Absolute error {@code |raw - y|} (gradient its sign, hessian 1); starts from the weighted median. */
  static Loss absolute() {
    return new BuiltinLosses.Quantile(0.5, "absolute");
  }

  /** Huber loss with threshold {@code delta} (&gt; 0; hessian 1); starts from the weighted median. */
  static Loss huber(double delta) {
    return new BuiltinLosses.Huber(delta);
  }

  /** Pinball loss for quantile {@code alpha} in (0, 1) (hessian 1); starts from the weighted quantile. */
  static Loss quantile(double alpha) {
    return new BuiltinLosses.Quantile(alpha, "quantile");
  }

  /** Poisson deviance with log link, {@code exp(raw) - y raw}; targets must be &gt;= 0. */
  static Loss poisson() {
    return new BuiltinLosses.Poisson();
  }

  /** Binary cross-entropy with logit link for targets 0 and 1. */
  static Loss logistic() {
    return new BuiltinLosses.Logistic();
  }

  /**
   * Whether each new tree's leaf values are re-fitted to {@link #leafValue} of the leaf's training rows instead
   * of the Newton step {@code -G / H}: true for the absolute and quantile losses, whose hessian is only a
   * constant placeholder (scikit-learn and XGBoost re-fit those leaves the same way). False by default.
   */
  default boolean refitsLeaves() {
    return false;
  }

  /**
   * The constant {@code c} minimizing {@code sum_i w_i value(y_i, raw_i + c)} over one leaf's training rows,
   * given their residuals {@code r_i = y_i - raw_i} and weights (both arrays belong to the caller and may be
   * reordered). Called only when {@link #refitsLeaves()}; the booster multiplies it by the learning rate.
   *
   * @throws UnsupportedOperationException when the loss does not re-fit leaves
   */
  default double leafValue(double[] residuals, double[] weights) {
    throw new UnsupportedOperationException("this loss keeps the Newton leaf values");
  }
}
