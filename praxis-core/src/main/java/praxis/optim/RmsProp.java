package praxis.optim;

/**
 * RMSProp (Tieleman and Hinton 2012): {@code s = rho s + (1 - rho) g^2}, {@code p -= lr g / (sqrt(s) + eps)}.
 *
 * <pre>{@code
 * Optimizer opt = new RmsProp(LearningRateSchedule.constant(0.01), 0.9, 1e-8);
 * opt.init(w.length);
 * opt.step(w, grad);
 * }</pre>
 */
public final class RmsProp extends BaseOptimizer {
  private final double rho;
  private final double eps;
  private double[] s;

  /**
   * @param rho decay of the squared-gradient average, in [0, 1)
   * @param eps added to the root (&gt; 0)
   */
  public RmsProp(LearningRateSchedule schedule, double rho, double eps) {
    super(schedule);
    this.rho = checkUnit(rho, "rho");
    this.eps = checkPositive(eps, "eps");
  }

  @Override
  void allocate(int n) {
    s = new double[n];
  }

  @Override
  void update(double[] p, double[] g, double lr) {
    for (int i = 0; i < size; i++) {
      double gi = g[i];
      double si = rho * s[i] + (1 - rho) * gi * gi;
      s[i] = si;
      p[i] -= lr * gi / (Math.sqrt(si) + eps);
    }
  }

  @Override
  public RmsProp copyFresh() {
    return new RmsProp(schedule, rho, eps);
  }

  @Override
  public String toString() {
    return "RmsProp[rho=" + rho + ", eps=" + eps + ", schedule=" + schedule + "]";
  }
}
