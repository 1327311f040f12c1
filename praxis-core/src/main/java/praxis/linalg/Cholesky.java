package praxis.linalg;

import praxis.linalg.internal.Backend;

/**
 * Cholesky decomposition {@code A = L Lᵀ} of a symmetric positive-definite matrix, L lower triangular
 * (Golub &amp; Van Loan §4.2; LAPACK {@code dpotrf}). Cost {@code n³/3} flops; each solve {@code 2n²}. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Cholesky ch = LinAlg.cholesky(spd);
 * double[] x = ch.solve(b);
 * double logDet = ch.logDeterminant();
 * }</pre>
 */
public final class Cholesky {
  private final int n;
  private final double[] l;
  private final Backend backend;

  private Cholesky(int n, double[] l, Backend backend) {
    this.n = n;
    this.l = l;
    this.backend = backend;
  }

  static Cholesky compute(Backend backend, DenseMatrix a) {
    LinAlg.checkSquare(a, "cholesky");
    LinAlg.checkFinite(a, "cholesky: a");
    LinAlg.checkSymmetric(a, "cholesky");
    int n = a.rows();
    double[] work = a.data().clone();
    int info = backend.potrf(n, work);
    if (info > 0) {
      throw new IllegalArgumentException("cholesky: the matrix is not positive definite (the leading minor of"
          + " order " + info + " of " + n + " is not positive); add a small ridge to the diagonal (e.g. 1e-10 ×"
          + " trace / n) or use LinAlg.eigenSymmetric for semi-definite matrices");
    }
    return new Cholesky(n, work, backend);
  }

  /** The lower-triangular factor L (a copy). */
  public DenseMatrix l() {
    return DenseMatrix.wrap(n, n, l.clone());
  }

  /** Solves {@code A x = b}. */
  public double[] solve(double[] b) {
    if (b.length != n) {
      throw new IllegalArgumentException("b has length " + b.length + " but the matrix is " + n + "×" + n
          + "; pass one entry per row");
    }
    double[] x = b.clone();
    for (int k = 0; k < n; k++) {         // L y = b, column-oriented
      double xk = x[k] / l[k + k * n];
      x[k] = xk;
      int col = k * n;
      for (int i = k + 1; i < n; i++) {
        x[i] -= xk * l[col + i];
      }
    }
    for (int i = n - 1; i >= 0; i--) {    // Lᵀ x = y, dot products along columns of L
      int col = i * n;
      double s = x[i];
      for (int j = i + 1; j < n; j++) {
        s -= l[col + j] * x[j];
      }
      x[i] = s / l[col + i];
    }
    return x;
  }

  /** {@code A⁻¹} (symmetric), from the factor. */
  public DenseMatrix inverse() {
    return DenseMatrix.wrap(n, n, backend.potri(n, l));
  }

  /** {@code log det A = 2 Σ log L_ii}. */
  public double logDeterminant() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.log(l[i + i * n]);
    }
    return 2 * s;
  }
}
