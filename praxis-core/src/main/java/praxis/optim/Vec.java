package praxis.optim;

/** Small dense-vector kernels used by the optimizers. */
final class Vec {
  private Vec() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** {@code y += alpha * x}. */
  static void axpy(double alpha, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += alpha * x[i];
    }
  }

  static double maxAbs(double[] v) {
    double m = 0;
    for (double e : v) {
      m = Math.max(m, Math.abs(e));
    }
    return m;
  }

  static boolean allFinite(double[] v) {
    for (double e : v) {
      if (!Double.isFinite(e)) {
        return false;
      }
    }
    return true;
  }
}
