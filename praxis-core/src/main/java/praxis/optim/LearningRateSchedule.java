package praxis.optim;

/**
 * The learning rate of step {@code t = 1, 2, ...}: constant, inverse scaling {@code eta0 / t^power}, step
 * decay, cosine annealing and scikit-learn's {@code 'optimal'} rate for SGD. Schedules are immutable and
 * stateless, so one instance can be shared by several optimizers.
 *
 * <pre>{@code
 * LearningRateSchedule s = LearningRateSchedule.inverseScaling(0.01, 0.25);
 * double lr = s.rate(16);   // 0.01 / 16^0.25 = 0.005
 * }</pre>
 */
public interface LearningRateSchedule {
  /** The learning rate of step {@code t} (1-based). */
  double rate(long t);

  /** {@code eta0} at every step. */
  static LearningRateSchedule constant(double eta0) {
    return new Constant(positive(eta0, "eta0"));
  }

  /** {@code eta0 / t^power} (scikit-learn's {@code 'invscaling'}). */
  static LearningRateSchedule inverseScaling(double eta0, double power) {
    if (!(power >= 0) || Double.isInfinite(power)) {
      throw new IllegalArgumentException("power must be finite and >= 0 but was " + power);
    }
    return new InverseScaling(positive(eta0, "eta0"), power);
  }

  /** {@code eta0 * factor^floor((t - 1) / every)}: multiplied by {@code factor} every {@code every} steps. */
  static LearningRateSchedule stepDecay(double eta0, double factor, long every) {
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("factor must be in (0, 1] but was " + factor);
    }
    if (every < 1) {
      throw new IllegalArgumentException("every must be >= 1 step but was " + every);
    }
    return new StepDecay(positive(eta0, "eta0"), factor, every);
  }

  /**
   * Cosine annealing from {@code eta0} (step 1) to {@code etaMin} (step {@code period + 1} and after):
   * {@code etaMin + (eta0 - etaMin) (1 + cos(pi min(t - 1, period) / period)) / 2}.
   */
  static LearningRateSchedule cosine(double eta0, double etaMin, long period) {
    if (!(etaMin >= 0 && etaMin <= eta0)) {
      throw new IllegalArgumentException("etaMin must be in [0, eta0] but was " + etaMin + " (eta0 = " + eta0 + ")");
    }
    if (period < 1) {
      throw new IllegalArgumentException("period must be >= 1 step but was " + period);
    }
    return new Cosine(positive(eta0, "eta0"), etaMin, period);
  }

  /**
   * scikit-learn's {@code 'optimal'} rate (Bottou's heuristic) for a penalty {@code alpha}:
   * {@code 1 / (alpha (t0 + t - 1))} with {@code t0 = 1 / (eta0 alpha)}, {@code typw = sqrt(1 / sqrt(alpha))}
   * and {@code eta0 = typw / max(1, |loss'(-typw, 1)|)}; pass that derivative magnitude as {@code dlossAtTypw}
   * (1 for the hinge, log and squared losses' usual case; use {@link #optimalTypicalWeight(double)}).
   */
  static LearningRateSchedule optimal(double alpha, double dlossAtTypw) {
    positive(alpha, "alpha");
    double eta0 = optimalTypicalWeight(alpha) / Math.max(1.0, Math.abs(dlossAtTypw));
    return new Optimal(alpha, 1.0 / (eta0 * alpha));
  }

  /** {@code sqrt(1 / sqrt(alpha))}, the typical weight scale of the {@code 'optimal'} schedule. */
  static double optimalTypicalWeight(double alpha) {
    return Math.sqrt(1.0 / Math.sqrt(alpha));
  }

  private static double positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0 but was " + v);
    }
    return v;
  }

  /** A constant rate. @param eta0 the rate */
  record Constant(double eta0) implements LearningRateSchedule {
    @Override
    public double rate(long t) {
      return eta0;
    }
  }

  /** {@code eta0 / t^power}. @param eta0 initial rate @param power exponent */
  record InverseScaling(double eta0, double power) implements LearningRateSchedule {
    @Override
    public double rate(long t) {
      return eta0 / Math.pow(t, power);
    }
  }

  /** Step decay. @param eta0 initial rate @param factor multiplier @param every steps between decays */
  record StepDecay(double eta0, double factor, long every) implements LearningRateSchedule {
    @Override
    public double rate(long t) {
      return eta0 * Math.pow(factor, (double) ((t - 1) / every));
    }
  }

  /** Cosine annealing. @param eta0 initial rate @param etaMin final rate @param period steps to reach it */
  record Cosine(double eta0, double etaMin, long period) implements LearningRateSchedule {
    @Override
    public double rate(long t) {
      double frac = (double) Math.min(t - 1, period) / period;
      return etaMin + (eta0 - etaMin) * 0.5 * (1 + Math.cos(Math.PI * frac));
    }
  }

  /** scikit-learn's 'optimal'. @param alpha penalty @param t0 offset */
  record Optimal(double alpha, double t0) implements LearningRateSchedule {
    @Override
    public double rate(long t) {
      return 1.0 / (alpha * (t0 + t - 1));
    }
  }
}
