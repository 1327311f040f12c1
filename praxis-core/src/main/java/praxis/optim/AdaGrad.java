package praxis.optim;

/**
 * AdaGrad (Duchi et al. 2011): {@code G += g^2}, {@code p -= lr g / (sqrt(G) + eps)}.
 *
 * <pre>{@code
 * Optimizer opt = new AdaGrad(LearningRateSchedule.constant(0.5), 1e-10);
 * opt.init(w.length);
 * opt.step(w, grad);
 * }</pre>
 */
public final class AdaGrad extends BaseOptimizer {
  private final double eps;
  private double[] acc;

  /** @param eps added to the root of the accumulated squares (&gt; 0) */
  public AdaGrad(LearningRateSchedule schedule, double eps) {
    super(schedule);
    this.eps = checkPositive(eps, "eps");
  }

  @Override
  void allocate(int n) {
    acc = new double[n];
  }

  @Override
  void update(double[] p, double[] g, double lr) {
    for (int i = 0; i < size; i++) {
      double gi = g[i];
      acc[i] += gi * gi;
      p[i] -= lr * gi / (Math.sqrt(acc[i]) + eps);
    }
  }

  @Override
  public AdaGrad copyFresh() {
    return new AdaGrad(schedule, eps);
  }

  @Override
  public String toString() {
    return "AdaGrad[eps=" + eps + ", schedule=" + schedule + "]";
  }
}
