package praxis.stat;

/**
 * A continuous univariate distribution: density, both tails and their inverses. {@link #sf} is the upper
 * tail {@code P(X > x)} evaluated directly (not as {@code 1 - cdf}), so tiny p-values keep full relative
 * precision; {@link #isf} inverts it the same way.
 *
 * <pre>{@code
 * ContinuousDistribution t = new StudentT(10);
 * double p = 2 * t.sf(Math.abs(3.2));   // two-sided p-value
 * double crit = t.quantile(0.975);      // 2.2281388519649...
 * }</pre>
 */
public interface ContinuousDistribution {
  /** Probability density at {@code x} (0 outside the support). */
  double pdf(double x);

  /** Lower tail {@code P(X <= x)}. */
  double cdf(double x);

  /** Upper tail {@code P(X > x)}, computed directly (no cancellation for small values). */
  double sf(double x);

  /**
   * Inverse of {@link #cdf}: the {@code x} with {@code cdf(x) = p}.
   *
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   */
  double quantile(double p);

  /**
   * Inverse of {@link #sf}: the {@code x} with {@code sf(x) = q}; more accurate than {@code quantile(1 - q)}
   * for small {@code q}.
   *
   * @throws IllegalArgumentException if {@code q} is not in [0, 1]
   */
  double isf(double q);
}
