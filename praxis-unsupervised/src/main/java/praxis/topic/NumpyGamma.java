package praxis.topic;

import praxis.select.internal.NumpyRandom;

/**
 * NumPy's legacy {@code RandomState.gamma(shape, scale)} for {@code shape > 1} (Marsaglia and Tsang 2000 on
 * the legacy polar Box–Muller normal with its one cached value), so that the variational parameters start
 * where scikit-learn's start for the same {@code random_state}.
 */
final class NumpyGamma {
  private final NumpyRandom rnd;
  private boolean has;
  private double cached;

  NumpyGamma(long seed) {
    this.rnd = new NumpyRandom(seed);
  }

  private double gauss() {
    if (has) {
      has = false;
      return cached;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * rnd.nextDouble() - 1.0;
      x2 = 2.0 * rnd.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
    cached = f * x1;
    has = true;
    return f * x2;
  }

  /** One draw of {@code scale * standard_gamma(shape)}, {@code shape > 1}. */
  double next(double shape, double scale) {
    double b = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9 * b);
    while (true) {
      double x;
      double v;
      do {
        x = gauss();
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      double u = rnd.nextDouble();
      if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
        return scale * (b * v);
      }
      if (Math.log(u) < 0.5 * x * x + b * (1. - v + Math.log(v))) {
        return scale * (b * v);
      }
    }
  }

  /** {@code count} draws in order. */
  double[] fill(int count, double shape, double scale) {
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = next(shape, scale);
    }
    return out;
  }
}
