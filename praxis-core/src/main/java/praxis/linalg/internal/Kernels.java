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

  // Kernels on whole arrays with one shared index range: with identical index expressions on both arrays,
  // HotSpot C2 can vectorize the loops (with different offsets into possibly-aliased arrays it cannot).

  /** {@code sum_{i in [from, to)} x[i] * y[i]}. */
  public static double dot(double[] x, double[] y, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = from;
    for (; i + 3 < to; i += 4) {
      s0 += x[i] * y[i];
      s1 += x[i + 1] * y[i + 1];
      s2 += x[i + 2] * y[i + 2];
      s3 += x[i + 3] * y[i + 3];
    }
    for (; i < to; i++) {
      s0 += x[i] * y[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[i] += alpha * x[i]} for i in [from, to). */
  public static void axpy(double alpha, double[] x, double[] y, int from, int to) {
    for (int i = from; i < to; i++) {
      y[i] += alpha * x[i];
    }
  }

  /** Plane rotation of x and y on [from, to): {@code x' = c x − s y, y' = s x + c y}. */
  public static void rot(double[] x, double[] y, int from, int to, double c, double s) {
    for (int i = from; i < to; i++) {
      double a = x[i];
      double b = y[i];
      y[i] = s * a + c * b;
      x[i] = c * a - s * b;
    }
  }

  /** The columns of a column-major {@code m × n} array as separate arrays. */
  public static double[][] columns(int m, int n, double[] a) {
    double[][] cols = new double[n][];
    for (int j = 0; j < n; j++) {
      cols[j] = java.util.Arrays.copyOfRange(a, j * m, (j + 1) * m);
    }
    return cols;
  }

  /** Writes column arrays back into a column-major array. */
  public static void join(double[][] cols, int m, double[] a) {
    for (int j = 0; j < cols.length; j++) {
      System.arraycopy(cols[j], 0, a, j * m, m);
    }
  }
}
