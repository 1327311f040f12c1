package praxis.calibration;

import praxis.api.Check;

/**
 * Platt scaling: {@code P(y = 1 | f) = 1 / (1 + exp(a f + b))} fitted to scores {@code f} and 0/1 labels by
 * minimizing the (weighted) cross-entropy against Platt's smoothed targets {@code (N+ + 1) / (N+ + 2)} for
 * positives and {@code 1 / (N- + 2)} for negatives, {@code N+}/{@code N-} the (weighted) class sizes. This is
 * the problem of LIBSVM and scikit-learn 1.2.1's {@code _sigmoid_calibration} (same start {@code a = 0,
 * b = log((N- + 1) / (N+ + 1))}); it is solved here by Newton's method with a backtracking line search and
 * a 1e-12 ridge on the 2x2 Hessian (as LIBSVM), to a gradient below 1e-10 per unit weight, i.e. to the
 * exact optimum (scikit-learn's BFGS stops at a gradient norm of 1e-5, so its a and b differ slightly).
 *
 * <pre>{@code
 * Sigmoid s = Sigmoid.fit(scores, labels01, null);
 * double p = s.probability(0.7);
 * }</pre>
 *
 * @param a slope (negative when higher scores mean the positive class)
 * @param b offset
 */
public record Sigmoid(double a, double b) {
  /** Validates. */
  public Sigmoid {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("Sigmoid a and b must be finite, got a=" + a + ", b=" + b);
    }
  }

  /** {@code 1 / (1 + exp(a f + b))}, computed without overflow. */
  public double probability(double f) {
    double z = a * f + b;
    if (z >= 0) {
      double e = Math.exp(-z);
      return e / (1 + e);
    }
    return 1 / (1 + Math.exp(z));
  }

  /**
   * Fits Platt's sigmoid.
   *
   * @param f scores (finite)
   * @param y labels, 1 (positive) or 0 (negative); any value &gt; 0 counts as positive as in scikit-learn
   * @param w non-negative finite weights, or null for all 1
   * @throws IllegalArgumentException on empty or mismatched input, non-finite scores or bad weights
   */
  public static Sigmoid fit(double[] f, int[] y, double[] w) {
    Check.notNull(f, "f");
    Check.notNull(y, "y");
    int n = f.length;
    if (n == 0 || y.length != n || w != null && w.length != n) {
      throw new IllegalArgumentException("Sigmoid.fit: f has " + n + " values, y " + y.length
          + (w == null ? "" : ", w " + w.length) + "; give the same positive number of each");
    }
    double prior0 = 0;
    double prior1 = 0;
    for (int i = 0; i < n; i++) {
      double wi = w == null ? 1 : w[i];
      if (!Double.isFinite(f[i]) || !Double.isFinite(wi) || wi < 0) {
        throw new IllegalArgumentException("Sigmoid.fit: row " + i + " has score " + f[i] + " and weight " + wi
            + "; scores must be finite and weights finite and >= 0");
      }
      if (y[i] > 0) {
        prior1 += wi;
      } else {
        prior0 += wi;
      }
    }
    double hiT = (prior1 + 1) / (prior1 + 2);
    double loT = 1 / (prior0 + 2);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = y[i] > 0 ? hiT : loT;
    }
    double a = 0;
    double b = Math.log((prior0 + 1) / (prior1 + 1));
    double tol = 1e-10 * Math.max(1, prior0 + prior1);
    double loss = loss(f, t, w, a, b);
    for (int iter = 0; iter < 100; iter++) {
      double ga = 0;
      double gb = 0;
      double h11 = 1e-12;
      double h12 = 0;
      double h22 = 1e-12;
      for (int i = 0; i < n; i++) {
        double wi = w == null ? 1 : w[i];
        double p = new Sigmoid(a, b).probability(f[i]);
        double r = wi * (t[i] - p);
        ga += r * f[i];
        gb += r;
        double d = wi * p * (1 - p);
        h11 += d * f[i] * f[i];
        h12 += d * f[i];
        h22 += d;
      }
      if (Math.max(Math.abs(ga), Math.abs(gb)) < tol) {
        break;
      }
      double det = h11 * h22 - h12 * h12;
      double da = -(h22 * ga - h12 * gb) / det;
      double db = -(h11 * gb - h12 * ga) / det;
      double slope = ga * da + gb * db;
      double step = 1;
      double next = loss(f, t, w, a + da, b + db);
      while (next > loss + 1e-4 * step * slope && step > 1e-10) {
        step *= 0.5;
        next = loss(f, t, w, a + step * da, b + step * db);
      }
      if (step <= 1e-10) {
        break;
      }
      a += step * da;
      b += step * db;
      loss = next;
    }
    return new Sigmoid(a, b);
  }

  private static double loss(double[] f, double[] t, double[] w, double a, double b) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      double z = a * f[i] + b;
      double log1pexp = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      s += (w == null ? 1 : w[i]) * (log1pexp - (1 - t[i]) * z);
    }
    return s;
  }
}
