package praxis.linalg;

import praxis.linalg.internal.Backend;

/**
 * Eigen-decomposition {@code A = V Λ Vᵀ} of a real symmetric matrix: eigenvalues in descending order,
 * orthonormal eigenvectors as the columns of V. Pure Java: Householder tridiagonalization and implicit-shift
 * QL (Golub &amp; Van Loan §8.3); native: LAPACK {@code dsyevd}. About {@code 9n³} flops with vectors.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SymmetricEigen eig = LinAlg.eigenSymmetric(cov);
 * double largest = eig.values()[0];
 * double[] pc1 = eig.vectors().column(0);
 * }</pre>
 */
public final class SymmetricEigen {
  private final int n;
  private final double[] values;
  private final double[] vectors;

  private SymmetricEigen(int n, double[] values, double[] vectors) {
    this.n = n;
    this.values = values;
    this.vectors = vectors;
  }

  static SymmetricEigen compute(Backend backend, DenseMatrix a) {
    LinAlg.checkSquare(a, "eigenSymmetric");
    LinAlg.checkFinite(a, "eigenSymmetric: a");
    LinAlg.checkSymmetric(a, "eigenSymmetric");
    int n = a.rows();
    double[] work = a.data().clone();
    double[] w = new double[n];
    backend.syev(n, work, w);
    double[] values = new double[n];
    double[] vectors = new double[n * n];
    for (int j = 0; j < n; j++) {       // ascending → descending
      int src = n - 1 - j;
      values[j] = w[src];
      System.arraycopy(work, src * n, vectors, j * n, n);
    }
    return new SymmetricEigen(n, values, vectors);
  }

  /** Eigenvalues, descending (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The {@code n × n} matrix whose column j is the unit eigenvector of {@code values()[j]} (a copy). */
  public DenseMatrix vectors() {
    return DenseMatrix.wrap(n, n, vectors.clone());
  }
}
