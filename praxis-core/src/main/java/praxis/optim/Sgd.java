package praxis.optim;

/**
 * Stochastic gradient descent: plain ({@code momentum = 0}), heavy-ball momentum or Nesterov momentum, in
 * scikit-learn's MLP form: {@code v = mu v - lr g}, then {@code p += v} (momentum) or
 * {@code p += mu v - lr g} (Nesterov); with {@code mu = 0} both reduce to {@code p -= lr g}.
 *
 * <pre>{@code
 * Optimizer opt = new Sgd(LearningRateSchedule.constant(0.1), 0.9, true);
 * opt.init(w.length);
 * opt.step(w, grad);
 * }</pre>
 */
public final class Sgd extends BaseOptimizer {
  private final double momentum;
  private final boolean nesterov;
  private double[] v;

  /** Plain SGD. */
  public Sgd(LearningRateSchedule schedule) {
    this(schedule, 0.0, false);
  }

  /**
   * @param momentum in [0, 1)
   * @param nesterov Nesterov's accelerated form (needs momentum &gt; 0 to differ)
   */
  public Sgd(LearningRateSchedule schedule, double momentum, boolean nesterov) {
    super(schedule);
    this.momentum = checkUnit(momentum, "momentum");
    this.nesterov = nesterov;
  }

  /** The momentum coefficient. */
  public double momentum() {
    return momentum;
  }

  /** Whether Nesterov momentum is used. */
  public boolean nesterov() {
    return nesterov;
  }

  @Override
  void allocate(int n) {
    v = momentum > 0 ? new double[n] : null;
  }

  @Override
  void update(double[] p, double[] g, double lr) {
    if (v == null) {
      for (int i = 0; i < size; i++) {
        p[i] -= lr * g[i];
      }
      return;
    }
    for (int i = 0; i < size; i++) {
      double vi = momentum * v[i] - lr * g[i];
      v[i] = vi;
      p[i] += nesterov ? momentum * vi - lr * g[i] : vi;
    }
  }

  @Override
  public Sgd copyFresh() {
    return new Sgd(schedule, momentum, nesterov);
  }

  @Override
  public String toString() {
    return "Sgd[momentum=" + momentum + ", nesterov=" + nesterov + ", schedule=" + schedule + "]";
  }
}
