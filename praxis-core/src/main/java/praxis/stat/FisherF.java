package praxis.stat;

/**
 * Fisher's F distribution with {@code d1, d2 > 0} degrees of freedom. Tails through the incomplete beta:
 * {@code P(F <= x) = I_{d1 x/(d1 x + d2)}(d1/2, d2/2)}, the upper tail as {@code I_{d2/(d1 x + d2)}(d2/2,
 * d1/2)} directly.
 *
 * <pre>{@code
 * FisherF f = new FisherF(3, 20);
 * double crit = f.quantile(0.95);   // 3.0983912121407795
 * double p = f.sf(5.0);             // p-value of an F test
 * }</pre>
 */
public final class FisherF implements ContinuousDistribution {
  private final double d1;
  private final double d2;
  private final double logNorm;

  /**
   * An F distribution.
   *
   * @throws IllegalArgumentException if a degree of freedom is not finite and {@code > 0}
   */
  public FisherF(double d1, double d2) {
    if (!(d1 > 0) || !Double.isFinite(d1)) {
      throw new IllegalArgumentException("FisherF d1 must be finite and > 0, got " + d1);
    }
    if (!(d2 > 0) || !Double.isFinite(d2)) {
      throw new IllegalArgumentException("FisherF d2 must be finite and > 0, got " + d2);
    }
    this.d1 = d1;
    this.d2 = d2;
    this.logNorm = 0.5 * d1 * Math.log(d1 / d2) - SpecialFunctions.logBeta(0.5 * d1, 0.5 * d2);
  }

  /** Numerator degrees of freedom. */
  public double d1() {
    return d1;
  }

  /** Denominator degrees of freedom. */
  public double d2() {
    return d2;
  }

  @Override
  public double pdf(double x) {
    if (!(x > 0)) {
      return x == 0 && d1 == 2 ? 1 : x == 0 && d1 < 2 ? Double.POSITIVE_INFINITY : Double.isNaN(x) ? x : 0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return Math.exp(logNorm + (0.5 * d1 - 1) * Math.log(x) - 0.5 * (d1 + d2) * Math.log1p(d1 * x / d2));
  }

  @Override
  public double cdf(double x) {
    return tail(x, false);
  }

  @Override
  public double sf(double x) {
    return tail(x, true);
  }

  private double tail(double x, boolean upper) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x <= 0) {
      return upper ? 1 : 0;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return upper ? 0 : 1;
    }
    double u = d1 * x;
    double xb;
    double yb;
    if (u > d2) {
      double r = d2 / u;
      xb = 1 / (1 + r);
      yb = r / (1 + r);
    } else {
      double r = u / d2;
      xb = r / (1 + r);
      yb = 1 / (1 + r);
    }
    return SpecialFunctions.betaTail(xb, yb, 0.5 * d1, 0.5 * d2, upper);
  }

  @Override
  public double quantile(double p) {
    TailInversion.checkProbability(p, "FisherF.quantile p");
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    return p <= 0.5 ? TailInversion.solve(this::cdf, this::pdf, true, p, 1)
        : TailInversion.solve(this::sf, this::pdf, false, 1 - p, 1);
  }

  @Override
  public double isf(double q) {
    TailInversion.checkProbability(q, "FisherF.isf q");
    if (q == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (q == 1) {
      return 0;
    }
    return q <= 0.5 ? TailInversion.solve(this::sf, this::pdf, false, q, 1)
        : TailInversion.solve(this::cdf, this::pdf, true, 1 - q, 1);
  }

  @Override
  public String toString() {
    return "FisherF(" + d1 + ", " + d2 + ")";
  }
}
