package praxis.linalg;

import praxis.linalg.internal.Backend;
import praxis.linalg.internal.Kernels;

/**
 * Householder QR decomposition {@code A = Q R} of an {@code m × n} matrix without pivoting (Golub &amp; Van
 * Loan §5.2; LAPACK {@code dgeqrf}). With {@code k = min(m, n)}, {@link #q()} is {@code m × k} with orthonormal
 * columns and {@link #r()} is {@code k × n} upper trapezoidal. Cost {@code 2mn² − 2n³/3} flops. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * QR qr = LinAlg.qr(a);
 * double[] x = qr.solve(b);            // least squares, requires full column rank
 * DenseMatrix r = qr.r();
 * }</pre>
 */
public final class QR {
  private static final double EPS = Math.ulp(1.0) / 2;

  private final int m;
  private final int n;
  private final double[] qr;
  private final double[] tau;
  private final Backend backend;

  private QR(int m, int n, double[] qr, double[] tau, Backend backend) {
    this.m = m;
    this.n = n;
    this.qr = qr;
    this.tau = tau;
    this.backend = backend;
  }

  static QR compute(Backend backend, DenseMatrix a) {
    LinAlg.checkFinite(a, "qr: a");
    double[] work = a.data().clone();
    double[] tau = new double[Math.min(a.rows(), a.cols())];
    backend.geqrf(a.rows(), a.cols(), work, tau);
    return new QR(a.rows(), a.cols(), work, tau, backend);
  }

  /** The {@code min(m, n) × n} upper-trapezoidal factor R. */
  public DenseMatrix r() {
    int k = Math.min(m, n);
    DenseMatrix r = new DenseMatrix(k, n);
    double[] d = r.data();
    for (int j = 0; j < n; j++) {
      int len = Math.min(j + 1, k);
      System.arraycopy(qr, j * m, d, j * k, len);
    }
    return r;
  }

  /** The {@code m × min(m, n)} factor Q with orthonormal columns. */
  public DenseMatrix q() {
    int k = Math.min(m, n);
    return DenseMatrix.wrap(m, k, backend.orgqr(m, n, k, qr, tau));
  }

  /**
   * Numerical rank estimated from R's diagonal: the number of {@code |R_jj| > max(m, n) · eps · max|R_jj|}.
   * Without column pivoting this can overestimate the rank of nearly rank-deficient matrices; use
   * {@link LinAlg#svd} when it matters.
   */
  public int rank() {
    int k = Math.min(m, n);
    double max = 0;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, Math.abs(qr[j + j * m]));
    }
    double tol = Math.max(m, n) * EPS * max;
    int rank = 0;
    for (int j = 0; j < k; j++) {
      if (Math.abs(qr[j + j * m]) > tol) {
        rank++;
      }
    }
    return rank;
  }

  /** {@code Qᵀ b} for a vector of length m (all m entries; the last {@code m − k} are the residual part). */
  public double[] qtMultiply(double[] b) {
    checkLength(b);
    double[] y = b.clone();
    int k = Math.min(m, n);
    for (int j = 0; j < k; j++) {
      double t = tau[j];
      if (t == 0.0) {
        continue;
      }
      int col = j * m;
      int len = m - j - 1;
      double s = t * (y[j] + Kernels.dot(len, qr, col + j + 1, y, j + 1));
      y[j] -= s;
      Kernels.axpy(len, -s, qr, col + j + 1, y, j + 1);
    }
    return y;
  }

  /**
   * The least-squares solution of {@code A x ≈ b} (exact when A is square and nonsingular).
   *
   * @throws IllegalArgumentException when b's length is not m
   * @throws IllegalStateException when {@code m < n} or A is rank-deficient ({@link #rank()} {@code < n})
   */
  public double[] solve(double[] b) {
    checkLength(b);
    if (m < n) {
      throw new IllegalStateException("qr.solve: a is " + m + "×" + n + " with fewer rows than columns, so the"
          + " solution is not unique; use LinAlg.leastSquares(a, b) for the minimum-norm solution");
    }
    int rank = rank();
    if (rank < n) {
      throw new IllegalStateException("qr.solve: a (" + m + "×" + n + ") is rank-deficient (estimated rank "
          + rank + " < " + n + " columns); use LinAlg.leastSquares(a, b) for the minimum-norm solution");
    }
    double[] y = qtMultiply(b);
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int j = i + 1; j < n; j++) {
        s -= qr[i + j * m] * x[j];
      }
      x[i] = s / qr[i + i * m];
    }
    return x;
  }

  private void checkLength(double[] b) {
    if (b.length != m) {
      throw new IllegalArgumentException("b has length " + b.length + " but a has " + m
          + " rows; pass one right-hand-side entry per row of a");
    }
  }
}
