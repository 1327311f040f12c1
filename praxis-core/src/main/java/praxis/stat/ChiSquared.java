package praxis.stat;

/**
 * The chi-squared distribution with {@code k > 0} degrees of freedom: {@code P(X <= x) = P(k/2, x/2)} with
 * the regularized incomplete gamma function, the upper tail {@code Q(k/2, x/2)} computed directly.
 *
 * <pre>{@code
 * ChiSquared c = new ChiSquared(4);
 * double crit = c.quantile(0.95);   // 9.487729036781154
 * double p = c.sf(12.0);            // p-value of a chi-squared test
 * }</pre>
 */
public final class ChiSquared implements ContinuousDistribution {
  private final double k;
  private final double logNorm;

  /**
   * A chi-squared distribution.
   *
   * @throws IllegalArgumentException if {@code k} is not finite and {@code > 0}
   */
  public ChiSquared(double k) {
    if (!(k > 0) || !Double.isFinite(k)) {
      throw new IllegalArgumentException("ChiSquared k (degrees of freedom) must be finite and > 0, got " + k);
    }
    this.k = k;
    this.logNorm = -0.5 * k * Math.log(2) - SpecialFunctions.logGamma(0.5 * k);
  }

  /** Degrees of freedom. */
  public double df() {
    return k;
  }

  @Override
  public double pdf(double x) {
    if (!(x > 0)) {
      return x == 0 && k == 2 ? 0.5 : x == 0 && k < 2 ? Double.POSITIVE_INFINITY : Double.isNaN(x) ? x : 0;
    }
    return Math.exp(logNorm + (0.5 * k - 1) * Math.log(x) - 0.5 * x);
  }

  @Override
  public double cdf(double x) {
    return Double.isNaN(x) ? x : x <= 0 ? 0 : SpecialFunctions.regularizedGammaP(0.5 * k, 0.5 * x);
  }

  @Override
  public double sf(double x) {
    return Double.isNaN(x) ? x : x <= 0 ? 1 : SpecialFunctions.regularizedGammaQ(0.5 * k, 0.5 * x);
  }

  @Override
  public double quantile(double p) {
    TailInversion.checkProbability(p, "ChiSquared.quantile p");
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double start = start(Normal.stdQuantile(p));
    return p <= 0.5 ? TailInversion.solve(this::cdf, this::pdf, true, p, start)
        : TailInversion.solve(this::sf, this::pdf, false, 1 - p, start);
  }

  @Override
  public double isf(double q) {
    TailInversion.checkProbability(q, "ChiSquared.isf q");
    if (q == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (q == 1) {
      return 0;
    }
    double start = start(-Normal.stdQuantile(q));
    return q <= 0.5 ? TailInversion.solve(this::sf, this::pdf, false, q, start)
        : TailInversion.solve(this::cdf, this::pdf, true, 1 - q, start);
  }

  /** Wilson-Hilferty starting point. */
  private double start(double z) {
    double h = 2 / (9 * k);
    double c = 1 - h + z * Math.sqrt(h);
    double s = k * c * c * c;
    return s > 0 && Double.isFinite(s) ? s : 0.5 * k;
  }

  @Override
  public String toString() {
    return "ChiSquared(df=" + k + ")";
  }
}
