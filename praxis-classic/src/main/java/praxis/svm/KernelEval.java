package praxis.svm;

/**
 * Kernel evaluation over a set of points stored row-major ({@code x[i * p + j]}), with precomputed
 * squared norms for the RBF kernel ({@code ||u - v||^2 = ||u||^2 + ||v||^2 - 2 u.v}, as LIBSVM).
 */
final class KernelEval {
  final Kernel kernel;
  final double gamma;
  final int degree;
  final double coef0;
  final double[] x;
  final int n;
  final int p;
  private final double[] sq;

  KernelEval(Kernel kernel, double gamma, int degree, double coef0, double[] rowMajor, int n, int p) {
    this.kernel = kernel;
    this.gamma = gamma;
    this.degree = degree;
    this.coef0 = coef0;
    this.x = rowMajor;
    this.n = n;
    this.p = p;
    this.sq = new double[n];
    for (int i = 0; i < n; i++) {
      sq[i] = dot(x, i * p, x, i * p, p);
    }
  }

  static double[] rowMajor(double[] colMajor, int n, int p) {
    double[] out = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        out[i * p + j] = colMajor[j * n + i];
      }
    }
    return out;
  }

  private static double dot(double[] a, int ao, double[] b, int bo, int p) {
    double s = 0;
    for (int k = 0; k < p; k++) {
      s += a[ao + k] * b[bo + k];
    }
    return s;
  }

  private double apply(double dot, double sqU, double sqV) {
    switch (kernel) {
      case LINEAR:
        return dot;
      case RBF:
        return Math.exp(-gamma * (sqU + sqV - 2 * dot));
      case POLY:
        return powi(gamma * dot + coef0, degree);
      default:
        return Math.tanh(gamma * dot + coef0);
    }
  }

  private static double powi(double base, int times) {
    double t = base;
    double r = 1.0;
    for (int k = times; k > 0; k /= 2) {
      if (k % 2 == 1) {
        r *= t;
      }
      t *= t;
    }
    return r;
  }

  /** K(x_i, x_j) between two stored points. */
  double k(int i, int j) {
    return apply(dot(x, i * p, x, j * p, p), sq[i], sq[j]);
  }

  /** K(u, x_j) for a query row {@code u} (offset {@code uo} in {@code u}) with squared norm {@code sqU}. */
  double k(double[] u, int uo, double sqU, int j) {
    return apply(dot(u, uo, x, j * p, p), sqU, sq[j]);
  }

  static double squaredNorm(double[] u, int uo, int p) {
    return dot(u, uo, u, uo, p);
  }
}
