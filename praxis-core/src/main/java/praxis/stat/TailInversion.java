package praxis.stat;

import java.util.function.DoubleUnaryOperator;

/**
 * Safeguarded Newton/bisection inversion of a tail function on {@code (0, inf)}: Newton steps on
 * {@code ln tail(e^u) - ln target} in {@code u = ln x} (nearly linear in both tails), kept inside a shrinking
 * bracket and replaced by bisection in {@code u} whenever a step leaves it.
 */
final class TailInversion {
  private static final int MAX_ITER = 400;
  private static final double MAX_STEP = 8;

  private TailInversion() {}

  /**
   * The {@code x > 0} with {@code tail(x) = target}.
   *
   * @param tail a tail probability, increasing in x when {@code lower} (a cdf) and decreasing otherwise (a sf)
   * @param pdf the density, the derivative of the cdf
   * @param target in (0, 1)
   * @param x0 a positive starting point
   */
  static double solve(DoubleUnaryOperator tail, DoubleUnaryOperator pdf, boolean lower, double target, double x0) {
    double logTarget = Math.log(target);
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    double u = Math.log(x0 > 0 && Double.isFinite(x0) ? x0 : 1);
    for (int it = 0; it < MAX_ITER; it++) {
      double x = Math.exp(u);
      double t = tail.applyAsDouble(x);
      double h = Math.log(t) - logTarget;
      if (h == 0) {
        return x;
      }
      // h increasing in u for a cdf, decreasing for a sf: "too big" means the root is to the left
      boolean rootLeft = lower ? h > 0 : h < 0;
      if (rootLeft) {
        hi = u;
      } else {
        lo = u;
      }
      double slope = x * pdf.applyAsDouble(x) / t * (lower ? 1 : -1);
      double next = slope != 0 && Double.isFinite(slope) ? u - h / slope : Double.NaN;
      if (!(next > lo && next < hi)) {
        if (Double.isInfinite(lo)) {
          next = hi - MAX_STEP;
        } else if (Double.isInfinite(hi)) {
          next = lo + MAX_STEP;
        } else {
          next = 0.5 * (lo + hi);
        }
      } else if (Math.abs(next - u) > MAX_STEP) {
        next = u + Math.copySign(MAX_STEP, next - u);
      }
      if (Math.abs(next - u) <= 2e-16 * Math.max(1, Math.abs(u)) || hi - lo <= 2e-16 * Math.max(1, Math.abs(u))) {
        return Math.exp(next);
      }
      u = next;
    }
    return Math.exp(u);
  }

  static void checkProbability(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
    }
  }
}
