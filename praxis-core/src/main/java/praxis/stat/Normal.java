package praxis.stat;

/**
 * The normal distribution {@code N(mean, sd^2)}. The tails use {@code erfc} through the incomplete gamma
 * function ({@code erfc(z) = Q(1/2, z^2)}); the quantile starts from Acklam's rational approximation
 * (relative error 1.15e-9) and is polished by Halley steps on the tail that contains {@code p}, so it is
 * accurate to a few ulps across (0, 1), including {@code p} down to {@code 1e-300}.
 *
 * <pre>{@code
 * Normal z = Normal.STANDARD;
 * double crit = z.quantile(0.975);   // 1.959963984540054
 * double p = 2 * z.sf(3.0);          // 0.0026997960632601866
 * }</pre>
 */
public final class Normal implements ContinuousDistribution {
  /** The standard normal {@code N(0, 1)}. */
  public static final Normal STANDARD = new Normal(0, 1);
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00};
  private static final double P_LOW = 0.02425;

  private final double mean;
  private final double sd;

  /**
   * A normal distribution.
   *
   * @throws IllegalArgumentException if {@code mean} is not finite or {@code sd} is not finite and positive
   */
  public Normal(double mean, double sd) {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("Normal mean must be finite, got " + mean);
    }
    if (!(sd > 0) || !Double.isFinite(sd)) {
      throw new IllegalArgumentException("Normal sd must be finite and > 0, got " + sd);
    }
    this.mean = mean;
    this.sd = sd;
  }

  /** The mean. */
  public double mean() {
    return mean;
  }

  /** The standard deviation. */
  public double sd() {
    return sd;
  }

  @Override
  public double pdf(double x) {
    double z = (x - mean) / sd;
    return Math.exp(-0.5 * z * z) / (SQRT_2PI * sd);
  }

  @Override
  public double cdf(double x) {
    return lowerStd((x - mean) / sd);
  }

  @Override
  public double sf(double x) {
    return lowerStd(-(x - mean) / sd);
  }

  @Override
  public double quantile(double p) {
    TailInversion.checkProbability(p, "Normal.quantile p");
    return mean + sd * stdQuantile(p);
  }

  @Override
  public double isf(double q) {
    TailInversion.checkProbability(q, "Normal.isf q");
    return mean - sd * stdQuantile(q);
  }

  /** Standard normal cdf {@code Phi(z) = erfc(-z / sqrt 2) / 2}. */
  static double lowerStd(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    double w = z / Math.sqrt(2);
    double e = SpecialFunctions.regularizedGammaQ(0.5, w * w); // erfc(|w|)
    return z < 0 ? 0.5 * e : 1 - 0.5 * e;
  }

  /** Standard normal quantile; for {@code p > 1/2} works on the exact complement {@code 1 - p}. */
  static double stdQuantile(double p) {
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 0.5) {
      return 0;
    }
    if (p > 0.5) {
      return -lowerQuantile(1 - p); // 1 - p is exact for p in [1/2, 1]
    }
    return lowerQuantile(p);
  }

  /** Quantile for {@code 0 < p < 1/2} (negative result). */
  private static double lowerQuantile(double p) {
    double x;
    if (p < P_LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
    // Halley refinement on the relative residual of the lower tail
    for (int it = 0; it < 4; it++) {
      double f = lowerStd(x);
      double dens = Math.exp(-0.5 * x * x) / SQRT_2PI;
      if (dens == 0) {
        break;
      }
      double u = (f - p) / dens;
      double step = u / (1 + 0.5 * x * u);
      x -= step;
      if (Math.abs(step) <= 1e-16 * Math.abs(x)) {
        break;
      }
    }
    return x;
  }

  @Override
  public String toString() {
    return "Normal(" + mean + ", " + sd + ")";
  }
}
