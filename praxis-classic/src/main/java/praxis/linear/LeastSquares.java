package praxis.linear;

/**
 * Minimum-norm linear least squares by Householder QR with column pivoting followed, when the matrix is
 * rank deficient, by a complete orthogonal decomposition (Golub &amp; Van Loan, <i>Matrix Computations</i>,
 * 4th ed., 5.4.1 and 5.5.2; LAPACK's {@code xGELSY} strategy). Package-private: used by
 * {@link LinearRegression} until praxis.linalg offers the same solve.
 */
final class LeastSquares {
  private LeastSquares() {}

  /** Solution and numerical rank. */
  record Solution(double[] x, int rank) {}

  /**
   * Minimizes {@code ||A x - b||} over x with minimum {@code ||x||} among minimizers.
   *
   * @param a column-major n x p (not modified)
   * @param b length n (not modified)
   */
  static Solution solve(double[] a, int n, int p, double[] b) {
    double[] r = a.clone();
    double[] qtb = b.clone();
    int[] perm = new int[p];
    for (int j = 0; j < p; j++) {
      perm[j] = j;
    }
    int steps = Math.min(n, p);
    double[] diag = new double[steps];
    for (int k = 0; k < steps; k++) {
      // pivot: the remaining column with the largest norm below row k
      int best = k;
      double bestNorm = -1;
      for (int j = k; j < p; j++) {
        double s = 0;
        int off = j * n;
        for (int i = k; i < n; i++) {
          s += r[off + i] * r[off + i];
        }
        if (s > bestNorm) {
          bestNorm = s;
          best = j;
        }
      }
      if (best != k) {
        int o1 = k * n;
        int o2 = best * n;
        for (int i = 0; i < n; i++) {
          double t = r[o1 + i];
          r[o1 + i] = r[o2 + i];
          r[o2 + i] = t;
        }
        int t = perm[k];
        perm[k] = perm[best];
        perm[best] = t;
      }
      // Householder reflector zeroing r[k+1..n-1, k]
      int ok = k * n;
      double norm = Math.sqrt(bestNorm);
      if (norm == 0) {
        diag[k] = 0;
        continue;
      }
      double alpha = r[ok + k] > 0 ? -norm : norm;
      double v0 = r[ok + k] - alpha;
      // v = [1, r[k+1..]/v0], tau = -v0/alpha  (H = I - tau v v^T)
      for (int i = k + 1; i < n; i++) {
        r[ok + i] /= v0;
      }
      double tau = -v0 / alpha;
      r[ok + k] = alpha;
      diag[k] = alpha;
      for (int j = k + 1; j < p; j++) {
        int oj = j * n;
        double s = r[oj + k];
        for (int i = k + 1; i < n; i++) {
          s += r[ok + i] * r[oj + i];
        }
        s *= tau;
        r[oj + k] -= s;
        for (int i = k + 1; i < n; i++) {
          r[oj + i] -= s * r[ok + i];
        }
      }
      double s = qtb[k];
      for (int i = k + 1; i < n; i++) {
        s += r[ok + i] * qtb[i];
      }
      s *= tau;
      qtb[k] -= s;
      for (int i = k + 1; i < n; i++) {
        qtb[i] -= s * r[ok + i];
      }
    }
    double tol = Math.max(n, p) * Math.ulp(1.0) * (steps > 0 ? Math.abs(diag[0]) : 0);
    int rank = 0;
    while (rank < steps && Math.abs(diag[rank]) > tol) {
      rank++;
    }
    double[] w = new double[p];
    if (rank == p) {
      backSubstitute(r, n, rank, qtb, w);
    } else if (rank > 0) {
      // R1 = R[0:rank, 0:p] = [T 0] Z via reflectors from the right (each row i zeroes columns rank..p-1)
      int extra = p - rank;
      double[][] vs = new double[rank][extra];
      double[] taus = new double[rank];
      for (int i = rank - 1; i >= 0; i--) {
        double ss = r[i * n + i] * r[i * n + i];
        for (int j = rank; j < p; j++) {
          ss += r[j * n + i] * r[j * n + i];
        }
        double nrm = Math.sqrt(ss);
        double x0 = r[i * n + i];
        double al = x0 > 0 ? -nrm : nrm;
        double v0 = x0 - al;
        double[] v = vs[i];
        double tau = 0;
        if (v0 != 0) {
          for (int j = 0; j < extra; j++) {
            v[j] = r[(rank + j) * n + i] / v0;
          }
          tau = -v0 / al;
        }
        taus[i] = tau;
        // apply to rows 0..i of columns {i, rank..p-1}: row * (I - tau u u^T), u = [1, v]
        for (int row = 0; row <= i; row++) {
          double d = r[i * n + row];
          for (int j = 0; j < extra; j++) {
            d += r[(rank + j) * n + row] * v[j];
          }
          d *= tau;
          r[i * n + row] -= d;
          for (int j = 0; j < extra; j++) {
            r[(rank + j) * n + row] -= d * v[j];
          }
        }
      }
      double[] u = new double[rank];
      backSubstitute(r, n, rank, qtb, u);
      // w = Z^T [u; 0] = H_{rank-1} ... H_0 [u; 0]; reflector i acts on coordinates {i, rank..p-1}
      System.arraycopy(u, 0, w, 0, rank);
      for (int i = 0; i < rank; i++) {
        double[] v = vs[i];
        double d = w[i];
        for (int j = 0; j < extra; j++) {
          d += v[j] * w[rank + j];
        }
        d *= taus[i];
        w[i] -= d;
        for (int j = 0; j < extra; j++) {
          w[rank + j] -= d * v[j];
        }
      }
    }
    double[] x = new double[p];
    for (int j = 0; j < p; j++) {
      x[perm[j]] = w[j];
    }
    return new Solution(x, rank);
  }

  /** Solves the leading rank x rank upper triangle of r (column-major, leading dimension n). */
  private static void backSubstitute(double[] r, int n, int rank, double[] rhs, double[] out) {
    for (int i = rank - 1; i >= 0; i--) {
      double s = rhs[i];
      for (int j = i + 1; j < rank; j++) {
        s -= r[j * n + i] * out[j];
      }
      out[i] = s / r[i * n + i];
    }
  }
}
