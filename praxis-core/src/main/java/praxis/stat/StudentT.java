package praxis.stat;

/**
 * Student's t distribution with {@code df > 0} degrees of freedom (not necessarily an integer;
 * {@code df = +Infinity} is the standard normal). Tails through the incomplete beta function,
 * {@code P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2} for {@code t > 0}, with both {@code x} and {@code 1 - x}
 * formed without cancellation.
 *
 * <pre>{@code
 * StudentT t = new StudentT(10);
 * double crit = t.quantile(0.975);        // 2.228138851964939
 * double pTwoSided = 2 * t.sf(2.5);      // 0.0314...
 * }</pre>
 */
public final class StudentT implements ContinuousDistribution {
  private final double df;
  private final double logNorm;

  /**
   * A t distribution.
   *
   * @throws IllegalArgumentException if {@code df} is not {@code > 0} (NaN included)
   */
  public StudentT(double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("StudentT df must be > 0 (or +Infinity for the normal), got " + df);
    }
    this.df = df;
    this.logNorm = Double.isInfinite(df) ? 0 : -0.5 * Math.log(df) - SpecialFunctions.logBeta(0.5 * df, 0.5);
  }

  /** Degrees of freedom. */
  public double df() {
    return df;
  }

  @Override
  public double pdf(double t) {
    if (Double.isInfinite(df)) {
      return Normal.STANDARD.pdf(t);
    }
    return Math.exp(logNorm - 0.5 * (df + 1) * Math.log1p(t * t / df));
  }

  @Override
  public double cdf(double t) {
    return t > 0 ? 1 - upper(t) : upper(-t);
  }

  @Override
  public double sf(double t) {
    return t < 0 ? 1 - upper(-t) : upper(t);
  }

  /** {@code P(T > t)} for {@code t >= 0}. */
  private double upper(double t) {
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    if (Double.isInfinite(df)) {
      return Normal.STANDARD.sf(t);
    }
    if (t == 0) {
      return 0.5;
    }
    if (t == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double x;
    double y;
    double t2 = t * t;
    if (t2 > df) {
      double r = df / t2;
      x = r / (1 + r);
      y = 1 / (1 + r);
    } else {
      double r = t2 / df;
      x = 1 / (1 + r);
      y = r / (1 + r);
    }
    return 0.5 * SpecialFunctions.betaTail(x, y, 0.5 * df, 0.5, false);
  }

  @Override
  public double quantile(double p) {
    TailInversion.checkProbability(p, "StudentT.quantile p");
    return p < 0.5 ? -upperInverse(p) : upperInverse(1 - p);
  }

  @Override
  public double isf(double q) {
    TailInversion.checkProbability(q, "StudentT.isf q");
    return q < 0.5 ? upperInverse(q) : -upperInverse(1 - q);
  }

  /** The {@code t >= 0} with {@code P(T > t) = q}, {@code q <= 1/2}. */
  private double upperInverse(double q) {
    if (Double.isInfinite(df)) {
      return -Normal.stdQuantile(q);
    }
    if (q == 0.5) {
      return 0;
    }
    if (q == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (df == 1) {
      // Cauchy: P(T > t) = atan(1/t) / pi; exact inverse, then polished below
      return polish(1 / Math.tan(Math.PI * q), q);
    }
    double z = -Normal.stdQuantile(q);
    double start = z + (z * z * z + z) / (4 * df);
    return polish(start, q);
  }

  private double polish(double start, double q) {
    return TailInversion.solve(this::upper, this::pdf, false, q, start > 0 ? start : 1);
  }

  @Override
  public String toString() {
    return "StudentT(df=" + df + ")";
  }
}
