package praxis.linalg;

import praxis.linalg.internal.Backend;

/**
 * Thin singular value decomposition {@code A = U Σ Vᵀ} of an {@code m × n} matrix, {@code k = min(m, n)}:
 * {@link #u()} is {@code m × k}, {@link #s()} has k non-negative values in descending order, {@link #vt()} is
 * {@code k × n}; U and V have orthonormal columns. Pure Java: one-sided Jacobi (Hestenes 1958) started from the
 * eigenvectors of AᵀA, so only a few sweeps remain; native: LAPACK {@code dgesdd} (after a QR when tall). Both
 * give singular values to an absolute accuracy of about {@code eps · s[0]}. Immutable and thread-safe.
 *
 * <pre>{@code
 * SVD svd = LinAlg.svd(a);
 * double cond = svd.s()[0] / svd.s()[svd.s().length - 1];
 * int rank = svd.rank();
 * }</pre>
 */
public final class SVD {
  private static final double EPS = Math.ulp(1.0) / 2;

  private final int m;
  private final int n;
  private final double[] u;
  private final double[] s;
  private final double[] vt;

  private SVD(int m, int n, double[] u, double[] s, double[] vt) {
    this.m = m;
    this.n = n;
    this.u = u;
    this.s = s;
    this.vt = vt;
  }

  static SVD compute(Backend backend, DenseMatrix a) {
    LinAlg.checkFinite(a, "svd: a");
    int m = a.rows();
    int n = a.cols();
    int k = Math.min(m, n);
    double[] work = a.data().clone();
    double[] s = new double[k];
    double[] u = new double[m * k];
    double[] vt = new double[k * n];
    backend.gesvd(m, n, work, s, u, vt);
    return new SVD(m, n, u, s, vt);
  }

  /** Left singular vectors, {@code m × k} (a copy). */
  public DenseMatrix u() {
    return DenseMatrix.wrap(m, Math.min(m, n), u.clone());
  }

  /** Singular values, descending (a copy). */
  public double[] s() {
    return s.clone();
  }

  /** Right singular vectors transposed, {@code k × n} (a copy). */
  public DenseMatrix vt() {
    return DenseMatrix.wrap(Math.min(m, n), n, vt.clone());
  }

  /** Number of singular values {@code > max(m, n) · eps · s[0]} (numpy's matrix_rank default). */
  public int rank() {
    if (s.length == 0) {
      return 0;
    }
    double tol = Math.max(m, n) * EPS * 2 * s[0];
    int r = 0;
    for (double v : s) {
      if (v > tol) {
        r++;
      }
    }
    return r;
  }
}
