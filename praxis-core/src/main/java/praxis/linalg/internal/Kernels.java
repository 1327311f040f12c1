package praxis.linalg.internal;

/**
 * Level-1 kernels on array slices used by the pure-Java decompositions.
 *
 * <pre>{@code
 * double d = Kernels.dot(n, x, 0, y, 0);
 * Kernels.axpy(n, -d, x, 0, y, 0);   // y -= d * x
 * }</pre>
 */
public final class Kernels {
  private Kernels() {}

  /** {@code sum_i x[xo + i] * y[yo + i]} with four partial sums. */
  public static double dot(int n, double[] x, int xo, double[] y, int yo) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += x[xo + i] * y[yo + i];
      s1 += x[xo + i + 1] * y[yo + i + 1];
      s2 += x[xo + i + 2] * y[yo + i + 2];
      s3 += x[xo + i + 3] * y[yo + i + 3];
    }
    for (; i < n; i++) {
      s0 += x[xo + i] * y[yo + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[yo + i] += alpha * x[xo + i]}. */
  public static void axpy(int n, double alpha, double[] x, int xo, double[] y, int yo) {
    for (int i = 0; i < n; i++) {
      y[yo + i] += alpha * x[xo + i];
    }
  }

  /** {@code x[xo + i] *= alpha}. */
  public static void scal(int n, double alpha, double[] x, int xo) {
    for (int i = 0; i < n; i++) {
      x[xo + i] *= alpha;
    }
  }

  /** Euclidean norm without overflow or harmful underflow (scaled by the largest magnitude). */
  public static double norm2(int n, double[] x, int xo) {
    double max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, Math.abs(x[xo + i]));
    }
    if (max == 0 || !Double.isFinite(max)) {
      return max;
    }
    if (max > 1e-150 && max < 1e150) {
      return Math.sqrt(dot(n, x, xo, x, xo));
    }
    double inv = 1.0 / max;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double v = x[xo + i] * inv;
      s += v * v;
    }
    return max * Math.sqrt(s);
  }
}
