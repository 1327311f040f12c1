package praxis.optim;

/**
 * Adam (Kingma and Ba 2015) with bias correction, optionally with AdamW's decoupled weight decay
 * (Loshchilov and Hutter 2019): at step {@code t}, {@code p -= lr wd p} (AdamW only, before the moment
 * update), {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2},
 * {@code p -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}. The decay is not part of the gradient,
 * so it is not rescaled by the moments (unlike an L2 term added to {@code g}); apply it to weights only by
 * using a separate instance (with {@code weightDecay = 0}) for biases.
 *
 * <pre>{@code
 * Optimizer opt = new Adam(LearningRateSchedule.constant(1e-3), 0.9, 0.999, 1e-8, 0.01); // AdamW
 * opt.init(w.length);
 * opt.step(w, grad);
 * }</pre>
 */
public final class Adam extends BaseOptimizer {
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double weightDecay;
  private double[] m;
  private double[] v;
  private double pow1;
  private double pow2;

  /** Adam with b1 = 0.9, b2 = 0.999, eps = 1e-8 and no weight decay. */
  public Adam(LearningRateSchedule schedule) {
    this(schedule, 0.9, 0.999, 1e-8, 0.0);
  }

  /**
   * @param beta1 first-moment decay in [0, 1)
   * @param beta2 second-moment decay in [0, 1)
   * @param eps added to the root of the second moment (&gt; 0)
   * @param weightDecay decoupled (AdamW) weight decay (&gt;= 0; 0 = plain Adam)
   */
  public Adam(LearningRateSchedule schedule, double beta1, double beta2, double eps, double weightDecay) {
    super(schedule);
    this.beta1 = checkUnit(beta1, "beta1");
    this.beta2 = checkUnit(beta2, "beta2");
    this.eps = checkPositive(eps, "eps");
    if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException("weightDecay must be finite and >= 0 but was " + weightDecay);
    }
    this.weightDecay = weightDecay;
  }

  /** The decoupled weight decay (0 for plain Adam). */
  public double weightDecay() {
    return weightDecay;
  }

  @Override
  void allocate(int n) {
    m = new double[n];
    v = new double[n];
    pow1 = 1;
    pow2 = 1;
  }

  @Override
  void update(double[] p, double[] g, double lr) {
    pow1 *= beta1;
    pow2 *= beta2;
    double c1 = 1 - pow1;
    double c2 = 1 - pow2;
    double decay = 1 - lr * weightDecay;
    for (int i = 0; i < size; i++) {
      double gi = g[i];
      double mi = beta1 * m[i] + (1 - beta1) * gi;
      double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      double pi = weightDecay != 0 ? p[i] * decay : p[i];
      p[i] = pi - lr * (mi / c1) / (Math.sqrt(vi / c2) + eps);
    }
  }

  @Override
  public Adam copyFresh() {
    return new Adam(schedule, beta1, beta2, eps, weightDecay);
  }

  @Override
  public String toString() {
    return "Adam[beta1=" + beta1 + ", beta2=" + beta2 + ", eps=" + eps + ", weightDecay=" + weightDecay
        + ", schedule=" + schedule + "]";
  }
}
