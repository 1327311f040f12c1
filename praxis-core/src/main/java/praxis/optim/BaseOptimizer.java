package praxis.optim;

/** Shared bookkeeping of the optimizers: size, step counter and argument checks. */
abstract class BaseOptimizer implements Optimizer {
  protected final LearningRateSchedule schedule;
  protected int size = -1;
  protected long t;

  BaseOptimizer(LearningRateSchedule schedule) {
    if (schedule == null) {
      throw new IllegalArgumentException("schedule must not be null; use LearningRateSchedule.constant(0.01)");
    }
    this.schedule = schedule;
  }

  @Override
  public final void init(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("size must be >= 0 but was " + n);
    }
    size = n;
    t = 0;
    allocate(n);
  }

  abstract void allocate(int n);

  abstract void update(double[] params, double[] grad, double lr);

  @Override
  public final double step(double[] params, double[] grad) {
    if (size < 0) {
      throw new IllegalStateException(getClass().getSimpleName() + ".step called before init(size); call init first");
    }
    if (params.length < size || grad.length < size) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ".step needs params and grad of length >= "
          + size + " but got " + params.length + " and " + grad.length);
    }
    t++;
    double lr = schedule.rate(t);
    update(params, grad, lr);
    return lr;
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public final long steps() {
    return t;
  }

  @Override
  public final LearningRateSchedule schedule() {
    return schedule;
  }

  static double checkUnit(double v, String name) {
    if (!(v >= 0 && v < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1) but was " + v);
    }
    return v;
  }

  static double checkPositive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0 but was " + v);
    }
    return v;
  }
}
