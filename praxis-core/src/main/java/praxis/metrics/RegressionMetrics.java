package praxis.metrics;

/**
 * Regression metrics, defined as in scikit-learn 1.2.1 (single output, no sample weights).
 *
 * <ul>
 *   <li>{@link #mape}: mean of {@code |yPred − yTrue| / max(|yTrue|, ε)} with ε = 2<sup>-52</sup>; a fraction,
 *       not a percentage.</li>
 *   <li>{@link #r2} and {@link #explainedVariance} use scikit-learn's {@code force_finite=True}: when
 *       {@code yTrue} is constant the score is 1 for perfect predictions and 0 otherwise. {@link #r2} is NaN
 *       for a single sample (not well-defined), as in scikit-learn.</li>
 *   <li>{@link #adjustedR2}: {@code 1 − (1 − R²)(n − 1)/(n − p − 1)}; requires {@code n − p − 1 > 0}.</li>
 * </ul>
 * Empty inputs, length mismatches and non-finite values are rejected (IllegalArgumentException naming the
 * argument). All methods are O(n).
 *
 * <pre>{@code
 * double[] y = {3, -0.5, 2, 7}, yhat = {2.5, 0.0, 2, 8};
 * double r2 = RegressionMetrics.r2(y, yhat);      // 0.9486...
 * double rmse = RegressionMetrics.rmse(y, yhat);
 * }</pre>
 */
public final class RegressionMetrics {
  private static final double EPS = Math.ulp(1.0);

  private RegressionMetrics() {}

  /** Mean absolute error. */
  public static double mae(double[] yTrue, double[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    double s = 0;
    for (int i = 0; i < yTrue.length; i++) {
      s += Math.abs(yPred[i] - yTrue[i]);
    }
    return s / yTrue.length;
  }

  /** Mean squared error. */
  public static double mse(double[] yTrue, double[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    double s = 0;
    for (int i = 0; i < yTrue.length; i++) {
      double d = yTrue[i] - yPred[i];
      s += d * d;
    }
    return s / yTrue.length;
  }

  /** Root mean squared error. */
  public static double rmse(double[] yTrue, double[] yPred) {
    return Math.sqrt(mse(yTrue, yPred));
  }

  /** Coefficient of determination R². */
  public static double r2(double[] yTrue, double[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    int n = yTrue.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = mean(yTrue);
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double d = yTrue[i] - yPred[i];
      num += d * d;
      double e = yTrue[i] - mean;
      den += e * e;
    }
    return assemble(num, den);
  }

  /** Adjusted R² for a model with {@code nFeatures} predictors. */
  public static double adjustedR2(double[] yTrue, double[] yPred, int nFeatures) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    if (nFeatures < 0) {
      throw new IllegalArgumentException("nFeatures must be >= 0, got " + nFeatures);
    }
    int n = yTrue.length;
    if (n - nFeatures - 1 <= 0) {
      throw new IllegalArgumentException("adjusted R² needs more samples than nFeatures + 1: n = " + n
          + ", nFeatures = " + nFeatures + "; evaluate on more samples");
    }
    double r2 = r2(yTrue, yPred);
    return 1 - (1 - r2) * (n - 1) / (n - nFeatures - 1);
  }

  /** Mean absolute percentage error (as a fraction). */
  public static double mape(double[] yTrue, double[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    double s = 0;
    for (int i = 0; i < yTrue.length; i++) {
      s += Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), EPS);
    }
    return s / yTrue.length;
  }

  /** Explained variance score {@code 1 − Var(yTrue − yPred)/Var(yTrue)}. */
  public static double explainedVariance(double[] yTrue, double[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    int n = yTrue.length;
    double diffMean = 0;
    for (int i = 0; i < n; i++) {
      diffMean += yTrue[i] - yPred[i];
    }
    diffMean /= n;
    double mean = mean(yTrue);
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double d = yTrue[i] - yPred[i] - diffMean;
      num += d * d;
      double e = yTrue[i] - mean;
      den += e * e;
    }
    return assemble(num / n, den / n);
  }

  private static double assemble(double num, double den) {
    if (num == 0) {
      return 1.0;
    }
    if (den == 0) {
      return 0.0;
    }
    return 1 - num / den;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}
