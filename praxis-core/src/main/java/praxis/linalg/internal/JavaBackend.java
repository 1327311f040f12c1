package praxis.linalg.internal;

import java.util.Arrays;

/**
 * The pure-Java backend, written for this project: blocked GEMM ({@link JavaGemm}), unblocked Householder QR
 * (Golub &amp; Van Loan, Matrix Computations, 4th ed., §5.2), left-looking Cholesky (§4.2), symmetric eigen by
 * Householder tridiagonalization and implicit-shift QL (§8.3), and thin SVD by one-sided Jacobi
 * (Hestenes 1958) started from the eigenvectors of AᵀA, which leaves only 2–4 sweeps. Results follow
 * the LAPACK conventions of {@link Backend}. Costs: QR {@code 2mn² − 2n³/3}, Cholesky {@code n³/3}, eigen
 * about {@code 9n³}, SVD about {@code 4mn² + 9n³ + sweeps · mn²}.
 *
 * <pre>{@code
 * Backend java = JavaBackend.INSTANCE;
 * java.potrf(n, a);
 * }</pre>
 */
public final class JavaBackend implements Backend {
  /** The single instance (stateless). */
  public static final JavaBackend INSTANCE = new JavaBackend();

  private static final double EPS = Math.ulp(1.0) / 2;   // 2^-53, LAPACK dlamch('E')
  private static final int MAX_QL_ITER = 60;
  private static final int MAX_SWEEPS = 80;

  private JavaBackend() {}

  @Override
  public String name() {
    return "java";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "pure Java (blocked GEMM: " + JavaGemm.describe() + "; Householder QR, Cholesky, tridiagonal QL"
        + " eigen, one-sided Jacobi SVD)";
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda,
      double[] b, int ldb, double beta, double[] c, int ldc) {
    JavaGemm.gemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  }

  @Override
  public void gemv(boolean transA, int m, int n, double alpha, double[] a, double[] x, double beta, double[] y) {
    JavaGemm.gemv(transA, m, n, alpha, a, x, beta, y);
  }

  // All decompositions work on the matrix as an array of column arrays, so that every inner loop touches two
  // distinct arrays at the same index and C2 can vectorize it.

  // ---------------------------------------------------------------- QR

  @Override
  public void geqrf(int m, int n, double[] a, double[] tau) {
    double[][] cols = Kernels.columns(m, n, a);
    int k = Math.min(m, n);
    for (int j = 0; j < k; j++) {
      double[] v = cols[j];
      double alpha = v[j];
      double xnorm = Kernels.norm2(m - j - 1, v, j + 1);
      if (xnorm == 0.0) {
        tau[j] = 0.0;
        continue;
      }
      double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
      double t = (beta - alpha) / beta;
      tau[j] = t;
      Kernels.scal(m - j - 1, 1.0 / (alpha - beta), v, j + 1);
      v[j] = beta;
      for (int c = j + 1; c < n; c++) {
        double[] cc = cols[c];
        double s = t * (cc[j] + Kernels.dot(v, cc, j + 1, m));
        cc[j] -= s;
        Kernels.axpy(-s, v, cc, j + 1, m);
      }
    }
    Kernels.join(cols, m, a);
  }

  @Override
  public double[] orgqr(int m, int n, int k, double[] a, double[] tau) {
    double[][] q = Kernels.columns(m, k, a);
    for (int j = k - 1; j >= 0; j--) {
      double[] v = q[j];
      double t = tau[j];
      for (int c = j + 1; c < k; c++) {
        double[] cc = q[c];
        double s = t * (cc[j] + Kernels.dot(v, cc, j + 1, m));
        cc[j] -= s;
        Kernels.axpy(-s, v, cc, j + 1, m);
      }
      Arrays.fill(v, 0, j, 0.0);
      v[j] = 1.0 - t;
      Kernels.scal(m - j - 1, -t, v, j + 1);
    }
    double[] out = new double[m * k];
    Kernels.join(q, m, out);
    return out;
  }

  // ---------------------------------------------------------------- Cholesky

  @Override
  public int potrf(int n, double[] a) {
    double[][] cols = Kernels.columns(n, n, a);
    int info = 0;
    for (int j = 0; j < n && info == 0; j++) {
      double[] cj = cols[j];
      for (int k = 0; k < j; k++) {
        double ljk = cols[k][j];
        if (ljk != 0.0) {
          Kernels.axpy(-ljk, cols[k], cj, j, n);
        }
      }
      double d = cj[j];
      if (!(d > 0.0) || !Double.isFinite(d)) {
        info = j + 1;
        break;
      }
      d = Math.sqrt(d);
      cj[j] = d;
      Kernels.scal(n - j - 1, 1.0 / d, cj, j + 1);
    }
    for (int j = 1; j < n; j++) {
      Arrays.fill(cols[j], 0, j, 0.0);
    }
    Kernels.join(cols, n, a);
    return info;
  }

  @Override
  public double[] potri(int n, double[] l) {
    double[][] lc = Kernels.columns(n, n, l);
    double[][] x = new double[n][n];
    for (int j = 0; j < n; j++) {       // column j of L⁻¹: forward substitution L x = e_j
      double[] xj = x[j];
      xj[j] = 1.0;
      for (int k = j; k < n; k++) {
        double xk = xj[k] / lc[k][k];
        xj[k] = xk;
        if (xk != 0.0) {
          Kernels.axpy(-xk, lc[k], xj, k + 1, n);
        }
      }
    }
    double[] linv = new double[n * n];
    Kernels.join(x, n, linv);
    double[] inv = new double[n * n];
    JavaGemm.gemm(true, false, n, n, n, 1.0, linv, n, linv, n, 0.0, inv, n);
    for (int j = 0; j < n; j++) {
      for (int i = j + 1; i < n; i++) {
        inv[j + i * n] = inv[i + j * n];
      }
    }
    return inv;
  }

  // ---------------------------------------------------------------- symmetric eigen

  @Override
  public void syev(int n, double[] a, double[] w) {
    if (n == 0) {
      return;
    }
    double[][] cols = Kernels.columns(n, n, a);
    double[] e = new double[n];
    double[] tau = new double[n];
    tridiagonalize(n, cols, w, e, tau);
    double[][] z = formQ(n, cols, tau);
    ql(n, w, e, z);
    sortAscending(n, w, z);
    Kernels.join(z, n, a);
  }

  /**
   * Reduces the symmetric matrix (lower triangle of the columns) to tridiagonal T = Qᵀ A Q: diagonal d,
   * e[i] = T[i+1, i]; reflector k is kept below the subdiagonal of column k.
   */
  private static void tridiagonalize(int n, double[][] cols, double[] d, double[] e, double[] tau) {
    double[] v = new double[n];
    double[] p = new double[n];
    double[] wv = new double[n];
    for (int k = 0; k < n - 2; k++) {
      double[] ck = cols[k];
      double alpha = ck[k + 1];
      double xnorm = Kernels.norm2(n - k - 2, ck, k + 2);
      if (xnorm == 0.0) {
        tau[k] = 0.0;
        e[k] = alpha;
        continue;
      }
      double beta = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
      double t = (beta - alpha) / beta;
      Kernels.scal(n - k - 2, 1.0 / (alpha - beta), ck, k + 2);
      ck[k + 1] = beta;
      e[k] = beta;
      tau[k] = t;
      v[k + 1] = 1.0;
      System.arraycopy(ck, k + 2, v, k + 2, n - k - 2);
      // p = t · B v, B = trailing block (rows/cols k+1..n-1), lower triangle only
      Arrays.fill(p, k + 1, n, 0.0);
      for (int c = k + 1; c < n; c++) {
        double[] cc = cols[c];
        double vc = v[c];
        Kernels.axpy(vc, cc, p, c + 1, n);
        p[c] += cc[c] * vc + Kernels.dot(cc, v, c + 1, n);
      }
      Kernels.scal(n - k - 1, t, p, k + 1);
      double kk = 0.5 * t * Kernels.dot(p, v, k + 1, n);
      for (int i = k + 1; i < n; i++) {
        wv[i] = p[i] - kk * v[i];
      }
      // B -= v wvᵀ + wv vᵀ (lower triangle)
      for (int c = k + 1; c < n; c++) {
        double[] cc = cols[c];
        Kernels.axpy(-wv[c], v, cc, c, n);
        Kernels.axpy(-v[c], wv, cc, c, n);
      }
    }
    for (int i = 0; i < n; i++) {
      d[i] = cols[i][i];
    }
    if (n >= 2) {
      e[n - 2] = cols[n - 2][n - 1];
    }
    e[n - 1] = 0.0;
  }

  /** Q = H_0 ⋯ H_{n-3} from the reflectors stored below the subdiagonal, as columns. */
  private static double[][] formQ(int n, double[][] cols, double[] tau) {
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      q[i][i] = 1.0;
    }
    for (int k = n - 3; k >= 0; k--) {
      double t = tau[k];
      if (t == 0.0) {
        continue;
      }
      double[] v = cols[k];            // v[k+1] = 1 implicitly, v[k+2..] stored
      for (int c = k + 1; c < n; c++) {
        double[] qc = q[c];
        double s = t * (qc[k + 1] + Kernels.dot(v, qc, k + 2, n));
        qc[k + 1] -= s;
        Kernels.axpy(-s, v, qc, k + 2, n);
      }
    }
    return q;
  }

  /** Implicit-shift QL on the tridiagonal (d, e), accumulating rotations into the columns z. */
  private static void ql(int n, double[] d, double[] e, double[][] z) {
    for (int l = 0; l < n; l++) {
      int iter = 0;
      int m;
      do {
        for (m = l; m < n - 1; m++) {
          double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
          if (Math.abs(e[m]) <= EPS * dd) {
            break;
          }
        }
        if (m != l) {
          if (++iter > MAX_QL_ITER) {
            throw new ArithmeticException("symmetric eigen: the QL iteration did not converge for eigenvalue "
                + l + " after " + MAX_QL_ITER + " iterations; the matrix may contain extreme values");
          }
          double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
          double r = Math.hypot(g, 1.0);
          g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
          double s = 1.0;
          double c = 1.0;
          double p = 0.0;
          boolean underflow = false;
          for (int i = m - 1; i >= l; i--) {
            double f = s * e[i];
            double b = c * e[i];
            r = Math.hypot(f, g);
            e[i + 1] = r;
            if (r == 0.0) {
              d[i + 1] -= p;
              e[m] = 0.0;
              underflow = true;
              break;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2.0 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            Kernels.rot(z[i], z[i + 1], 0, n, c, s);
          }
          if (underflow) {
            continue;
          }
          d[l] -= p;
          e[l] = g;
          e[m] = 0.0;
        }
      } while (m != l);
    }
  }

  private static void sortAscending(int n, double[] w, double[][] z) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(w[x], w[y]));
    double[] w2 = new double[n];
    double[][] z2 = new double[n][];
    for (int i = 0; i < n; i++) {
      w2[i] = w[order[i]];
      z2[i] = z[order[i]];
    }
    System.arraycopy(w2, 0, w, 0, n);
    System.arraycopy(z2, 0, z, 0, n);
  }

  // ---------------------------------------------------------------- SVD

  @Override
  public void gesvd(int m, int n, double[] a, double[] s, double[] u, double[] vt) {
    if (m >= n) {
      svdTall(m, n, a, s, u, vt);
      return;
    }
    // A = (Aᵀ)ᵀ = (U' S V'ᵀ)ᵀ = V' S U'ᵀ
    double[] at = transpose(m, n, a);
    double[] ut = new double[n * m];
    double[] vtt = new double[m * m];
    svdTall(n, m, at, s, ut, vtt);
    System.arraycopy(transpose(m, m, vtt), 0, u, 0, m * m);   // U = V'
    System.arraycopy(transpose(n, m, ut), 0, vt, 0, m * n);   // Vᵀ = U'ᵀ
  }

  private static double[] transpose(int r, int c, double[] x) {
    double[] t = new double[r * c];
    for (int j = 0; j < c; j++) {
      for (int i = 0; i < r; i++) {
        t[j + i * c] = x[i + j * r];
      }
    }
    return t;
  }

  /**
   * SVD of a tall matrix: the eigenvectors V₀ of AᵀA make the columns of W = A V₀ nearly orthogonal, then
   * one-sided Jacobi finishes the job in a few sweeps (it orthogonalizes W exactly and keeps V orthogonal),
   * so the result has Jacobi's orthogonality and absolute accuracy {@code O(eps · ‖A‖)} for the singular values.
   */
  private void svdTall(int m, int n, double[] a, double[] s, double[] u, double[] vt) {
    if (n == 0) {
      return;
    }
    double maxAbs = 0;
    for (int i = 0; i < m * n; i++) {
      maxAbs = Math.max(maxAbs, Math.abs(a[i]));
    }
    double[] scaled = a;
    if (maxAbs > 0 && (maxAbs > 1e100 || maxAbs < 1e-100)) {
      scaled = a.clone();
      Kernels.scal(m * n, 1.0 / maxAbs, scaled, 0);
    }
    double[] g = new double[n * n];
    JavaGemm.gemm(true, false, n, n, m, 1.0, scaled, m, scaled, m, 0.0, g, n);
    double[] lambda = new double[n];
    syev(n, g, lambda);
    double[] v0 = new double[n * n];
    for (int j = 0; j < n; j++) {
      System.arraycopy(g, (n - 1 - j) * n, v0, j * n, n);
    }
    double[] w0 = new double[m * n];
    JavaGemm.gemm(false, false, m, n, n, 1.0, a, m, v0, n, 0.0, w0, m);
    double[][] w = Kernels.columns(m, n, w0);
    double[][] v = Kernels.columns(n, n, v0);
    jacobi(m, n, w, v);
    finish(m, n, w, v, s, u, vt);
  }

  /** One-sided cyclic Jacobi: orthogonalizes the columns w (r rows), applying the same rotations to v. */
  private static void jacobi(int r, int n, double[][] w, double[][] v) {
    double tol = EPS * Math.sqrt(r) * 2;
    double[] d = new double[n];
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double dmax = 0;
      for (int j = 0; j < n; j++) {
        d[j] = Kernels.dot(w[j], w[j], 0, r);
        dmax = Math.max(dmax, d[j]);
      }
      // columns below this squared norm are numerically zero: finish() replaces them by a completion
      double zero = Math.max(Double.MIN_NORMAL, dmax * Math.pow(EPS * Math.max(r, n), 2));
      boolean rotated = false;
      for (int p = 0; p < n - 1; p++) {
        double[] wp = w[p];
        for (int q = p + 1; q < n; q++) {
          double alpha = d[p];
          double beta = d[q];
          if (alpha < zero || beta < zero) {
            continue;
          }
          double[] wq = w[q];
          double gamma = Kernels.dot(wp, wq, 0, r);
          if (Math.abs(gamma) <= tol * Math.sqrt(alpha) * Math.sqrt(beta)) {
            continue;
          }
          rotated = true;
          double zeta = (beta - alpha) / (2.0 * gamma);
          double t = (zeta >= 0 ? 1.0 : -1.0) / (Math.abs(zeta) + Math.sqrt(1.0 + zeta * zeta));
          double c = 1.0 / Math.sqrt(1.0 + t * t);
          double sn = c * t;
          Kernels.rot(wp, wq, 0, r, c, sn);
          Kernels.rot(v[p], v[q], 0, n, c, sn);
          d[p] = alpha - t * gamma;
          d[q] = beta + t * gamma;
        }
      }
      if (!rotated) {
        return;
      }
    }
  }

  /** Singular values (sorted descending), left vectors (with orthonormal completion for null columns), Vᵀ. */
  private static void finish(int r, int n, double[][] w, double[][] v, double[] s, double[] u, double[] vt) {
    double[] sig = new double[n];
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      sig[j] = Kernels.norm2(r, w[j], 0);
      order[j] = j;
    }
    Arrays.sort(order, (x, y) -> Double.compare(sig[y], sig[x]));
    double smax = sig[order[0]];
    double tiny = smax * EPS * Math.max(r, n) * 4;
    int good = 0;
    for (int jj = 0; jj < n; jj++) {
      int j = order[jj];
      s[jj] = sig[j];
      if (sig[j] > tiny && sig[j] > 0) {
        good++;
        double inv = 1.0 / sig[j];
        double[] wj = w[j];
        for (int i = 0; i < r; i++) {
          u[i + jj * r] = wj[i] * inv;
        }
      }
      double[] vj = v[j];
      for (int i = 0; i < n; i++) {
        vt[jj + i * n] = vj[i];
      }
    }
    complete(r, good, n, u);
  }

  /** Fills columns from..to-1 of u (r rows) with unit vectors orthogonal to all previous columns. */
  static void complete(int r, int from, int to, double[] u) {
    int candidate = 0;
    double[] x = new double[r];
    for (int jj = from; jj < to; jj++) {
      while (true) {
        Arrays.fill(x, 0.0);
        x[candidate % r] = 1.0;
        candidate++;
        for (int pass = 0; pass < 2; pass++) {
          for (int c = 0; c < jj; c++) {
            double proj = Kernels.dot(r, u, c * r, x, 0);
            Kernels.axpy(r, -proj, u, c * r, x, 0);
          }
        }
        double nrm = Kernels.norm2(r, x, 0);
        if (nrm > 0.5) {
          for (int i = 0; i < r; i++) {
            u[i + jj * r] = x[i] / nrm;
          }
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- least squares

  @Override
  public double[] gelsd(int m, int n, double[] a, double[] b, double rcond) {
    int k = Math.min(m, n);
    double[] s = new double[k];
    double[] u = new double[m * k];
    double[] vt = new double[k * n];
    gesvd(m, n, a, s, u, vt);
    return minNormSolve(m, n, s, u, vt, b, rcond);
  }

  /** x = V Σ⁺ Uᵀ b, ignoring singular values {@code <= rcond * s[0]}. */
  static double[] minNormSolve(int m, int n, double[] s, double[] u, double[] vt, double[] b, double rcond) {
    int k = s.length;
    double[] x = new double[n];
    double cut = k == 0 ? 0 : rcond * s[0];
    for (int j = 0; j < k; j++) {
      if (!(s[j] > cut) || s[j] == 0.0) {
        continue;
      }
      double c = Kernels.dot(m, u, j * m, b, 0) / s[j];
      for (int i = 0; i < n; i++) {
        x[i] += c * vt[j + i * k];
      }
    }
    return x;
  }
}
