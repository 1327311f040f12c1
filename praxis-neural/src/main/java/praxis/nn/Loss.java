package praxis.nn;

import java.util.Locale;

/**
 * Training losses on a network's raw outputs ({@code k × n}, one sample per column), each returning the
 * mean loss over the unmasked samples and writing its gradient with respect to the outputs:
 * <ul>
 *   <li>{@link #MSE}: {@code mean (y - o)^2} over outputs and samples;
 *   <li>{@link #MAE}: {@code mean |y - o|} (subgradient 0 at equality);
 *   <li>{@link #HUBER}: {@code r^2/2} for {@code |r| <= 1}, {@code |r| - 1/2} beyond, averaged;
 *   <li>{@link #BINARY_CROSS_ENTROPY}: from logits, {@code log(1 + e^o) - y o} computed stably, averaged;
 *   <li>{@link #SOFTMAX_CROSS_ENTROPY}: from logits, {@code logsumexp(o) - o_y} per sample (the maximum is
 *       subtracted first, so large logits do not overflow); the target holds one class code per sample.
 * </ul>
 * A mask (one weight per sample, e.g. 0 for padded sequence positions) turns the mean into
 * {@code sum_i m_i l_i / sum_i m_i}. Cost: O(k n).
 *
 * <pre>{@code
 * double[] grad = new double[k * n];
 * double loss = Loss.SOFTMAX_CROSS_ENTROPY.compute(logits, k, n, classCodes, mask, grad);
 * }</pre>
 */
public enum Loss {
  /** Mean squared error. */
  MSE,
  /** Mean absolute error. */
  MAE,
  /** Huber loss with threshold 1. */
  HUBER,
  /** Binary cross-entropy from logits (targets in [0, 1], one per output). */
  BINARY_CROSS_ENTROPY,
  /** Softmax cross-entropy from logits (target: one class code per sample). */
  SOFTMAX_CROSS_ENTROPY;

  /** The loss by case-insensitive name ({@code mse}, {@code mae}, {@code huber}, ...). */
  public static Loss parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown loss '" + name + "'; use one of mse, mae, huber, "
          + "binary_cross_entropy, softmax_cross_entropy");
    }
  }

  /** Target values per sample: 1 (a class code) for softmax cross-entropy, else the output width. */
  public int targetWidth(int outputs) {
    return this == SOFTMAX_CROSS_ENTROPY ? 1 : outputs;
  }

  /**
   * The mean loss of outputs {@code out} ({@code k × n}) against {@code target} ({@code targetWidth(k) × n});
   * writes {@code d loss / d out} into {@code grad} when it is not null.
   *
   * @param mask per-sample weights &gt;= 0 (null: all 1); masked-out samples contribute nothing
   * @return the (weighted) mean loss; 0 when every weight is 0
   */
  public double compute(double[] out, int k, int n, double[] target, double[] mask, double[] grad) {
    double wsum = 0;
    if (mask == null) {
      wsum = n;
    } else {
      for (int i = 0; i < n; i++) {
        wsum += mask[i];
      }
    }
    if (wsum == 0) {
      if (grad != null) {
        java.util.Arrays.fill(grad, 0, k * n, 0.0);
      }
      return 0.0;
    }
    double total = 0;
    if (this == SOFTMAX_CROSS_ENTROPY) {
      double scale = 1.0 / wsum;
      for (int i = 0; i < n; i++) {
        double m = mask == null ? 1.0 : mask[i];
        int o = i * k;
        int c = (int) target[i];
        if (c < 0 || c >= k || c != target[i]) {
          throw new IllegalArgumentException("softmax cross-entropy target of sample " + i + " is " + target[i]
              + " but must be a class code in [0, " + k + ")");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          max = Math.max(max, out[o + j]);
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
          sum += Math.exp(out[o + j] - max);
        }
        double lse = max + Math.log(sum);
        total += m * (lse - out[o + c]);
        if (grad != null) {
          for (int j = 0; j < k; j++) {
            double p = Math.exp(out[o + j] - lse);
            grad[o + j] = m * scale * (p - (j == c ? 1.0 : 0.0));
          }
        }
      }
      return total / wsum;
    }
    double scale = 1.0 / (wsum * k);
    for (int i = 0; i < n; i++) {
      double m = mask == null ? 1.0 : mask[i];
      int o = i * k;
      for (int j = 0; j < k; j++) {
        double v = out[o + j];
        double y = target[o + j];
        double l;
        double g;
        switch (this) {
          case MSE -> {
            double r = v - y;
            l = r * r;
            g = 2 * r;
          }
          case MAE -> {
            double r = v - y;
            l = Math.abs(r);
            g = Math.signum(r);
          }
          case HUBER -> {
            double r = v - y;
            double a = Math.abs(r);
            l = a <= 1 ? 0.5 * r * r : a - 0.5;
            g = a <= 1 ? r : Math.signum(r);
          }
          case BINARY_CROSS_ENTROPY -> {
            // log(1 + e^v) - y v, stably
            l = Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v))) - y * v;
            g = Activation.sigmoid(v) - y;
          }
          default -> throw new IllegalStateException("unknown loss " + this);
        }
        total += m * l;
        if (grad != null) {
          grad[o + j] = m * scale * g;
        }
      }
    }
    return total * scale;
  }
}
