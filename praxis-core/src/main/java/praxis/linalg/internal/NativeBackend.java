package praxis.linalg.internal;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import org.netlib.util.intW;

/**
 * Native BLAS/LAPACK (e.g. OpenBLAS) reached through dev.ludovic.netlib's JNI binding, which {@code dlopen}s
 * {@code libblas.so.3} and {@code liblapack.so.3} (override with the system properties
 * {@code dev.ludovic.netlib.blas.nativeLib} / {@code dev.ludovic.netlib.lapack.nativeLib}). Uses
 * {@code dgemm, dgemv, dgeqrf, dorgqr, dormqr, dpotrf, dpotri, dsyevd, dgesdd} (falling back to {@code dgesvd} if
 * {@code dgesdd} does not converge) and {@code dgelsd}.
 *
 * <pre>{@code
 * Backend b = NativeBackend.load();   // throws IllegalStateException when no native library is present
 * }</pre>
 */
public final class NativeBackend implements Backend {
  private final BLAS blas;
  private final LAPACK lapack;

  private NativeBackend(BLAS blas, LAPACK lapack) {
    this.blas = blas;
    this.lapack = lapack;
  }

  /**
   * Loads the native libraries.
   *
   * @throws IllegalStateException when either library cannot be loaded
   */
  public static NativeBackend load() {
    try {
      return new NativeBackend(NativeBLAS.getInstance(), NativeLAPACK.getInstance());
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("native BLAS/LAPACK could not be loaded (" + e
          + "); install a system BLAS/LAPACK providing libblas.so.3 and liblapack.so.3, e.g. "
          + "'apt-get install libopenblas0-pthread', or use -Dpraxis.linalg.backend=java", e);
    }
  }

  @Override
  public String name() {
    return "native";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "native BLAS/LAPACK via dev.ludovic.netlib (" + blas.getClass().getSimpleName() + ", "
        + lapack.getClass().getSimpleName() + "; library " + System.getProperty("dev.ludovic.netlib.blas.nativeLib",
            "libblas.so.3") + ", OPENBLAS_NUM_THREADS=" + System.getenv("OPENBLAS_NUM_THREADS") + ")";
  }

  private static String t(boolean trans) {
    return trans ? "T" : "N";
  }

  private static void check(String routine, intW info) {
    if (info.val < 0) {
      throw new IllegalStateException(routine + ": argument " + (-info.val) + " had an illegal value (a bug in"
          + " praxis.linalg; please report it)");
    }
  }

  @Override
  public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda,
      double[] b, int ldb, double beta, double[] c, int ldc) {
    if (m == 0 || n == 0 || k == 0) {
      JavaGemm.gemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
      return;
    }
    blas.dgemm(t(transA), t(transB), m, n, k, alpha, a, Math.max(1, lda), b, Math.max(1, ldb), beta, c,
        Math.max(1, ldc));
  }

  @Override
  public void gemv(boolean transA, int m, int n, double alpha, double[] a, double[] x, double beta, double[] y) {
    if ((transA ? n : m) == 0) {
      return;
    }
    if ((transA ? m : n) == 0) {
      JavaGemm.gemv(transA, m, n, alpha, a, x, beta, y);
      return;
    }
    blas.dgemv(t(transA), m, n, alpha, a, Math.max(1, m), x, 1, beta, y, 1);
  }

  private static int workSize(double[] query) {
    return Math.max(1, (int) query[0]);
  }

  @Override
  public void geqrf(int m, int n, double[] a, double[] tau) {
    if (m == 0 || n == 0) {
      return;
    }
    intW info = new intW(0);
    double[] q = new double[1];
    lapack.dgeqrf(m, n, a, m, tau, q, -1, info);
    double[] work = new double[workSize(q)];
    lapack.dgeqrf(m, n, a, m, tau, work, work.length, info);
    check("dgeqrf", info);
  }

  @Override
  public double[] orgqr(int m, int n, int k, double[] a, double[] tau) {
    double[] q = new double[m * k];
    if (m == 0 || k == 0) {
      return q;
    }
    System.arraycopy(a, 0, q, 0, m * k);
    intW info = new intW(0);
    double[] w = new double[1];
    lapack.dorgqr(m, k, k, q, m, tau, w, -1, info);
    double[] work = new double[workSize(w)];
    lapack.dorgqr(m, k, k, q, m, tau, work, work.length, info);
    check("dorgqr", info);
    return q;
  }

  @Override
  public int potrf(int n, double[] a) {
    if (n == 0) {
      return 0;
    }
    intW info = new intW(0);
    lapack.dpotrf("L", n, a, n, info);
    check("dpotrf", info);
    for (int j = 1; j < n; j++) {
      java.util.Arrays.fill(a, j * n, j * n + j, 0.0);
    }
    return info.val;
  }

  @Override
  public double[] potri(int n, double[] l) {
    double[] inv = l.clone();
    if (n == 0) {
      return inv;
    }
    intW info = new intW(0);
    lapack.dpotri("L", n, inv, n, info);
    check("dpotri", info);
    if (info.val > 0) {
      throw new IllegalStateException("dpotri: the Cholesky factor has a zero diagonal element at "
          + info.val + "; the matrix is singular");
    }
    for (int j = 0; j < n; j++) {
      for (int i = j + 1; i < n; i++) {
        inv[j + i * n] = inv[i + j * n];
      }
    }
    return inv;
  }

  @Override
  public void syev(int n, double[] a, double[] w) {
    if (n == 0) {
      return;
    }
    intW info = new intW(0);
    double[] wq = new double[1];
    int[] iq = new int[1];
    lapack.dsyevd("V", "L", n, a, n, w, wq, -1, iq, -1, info);
    double[] work = new double[workSize(wq)];
    int[] iwork = new int[Math.max(1, iq[0])];
    lapack.dsyevd("V", "L", n, a, n, w, work, work.length, iwork, iwork.length, info);
    check("dsyevd", info);
    if (info.val > 0) {
      throw new ArithmeticException("dsyevd: the eigen-decomposition did not converge (" + info.val
          + " off-diagonal elements did not reach zero)");
    }
  }

  @Override
  public void gesvd(int m, int n, double[] a, double[] s, double[] u, double[] vt) {
    int k = Math.min(m, n);
    if (k == 0) {
      return;
    }
    if (m <= n) {
      gesdd(m, n, a, s, u, vt);
      return;
    }
    // tall: A = Q R, R = Ur S Vᵀ, U = Q [Ur; 0] (netlib's argument checks reject dgesdd's thin U when m > n)
    double[] tau = new double[n];
    geqrf(m, n, a, tau);
    double[] r = new double[n * n];
    for (int j = 0; j < n; j++) {
      System.arraycopy(a, j * m, r, j * n, j + 1);
    }
    double[] ur = new double[n * n];
    gesdd(n, n, r, s, ur, vt);
    java.util.Arrays.fill(u, 0, m * n, 0.0);
    for (int j = 0; j < n; j++) {
      System.arraycopy(ur, j * n, u, j * m, n);
    }
    intW info = new intW(0);
    double[] wq = new double[1];
    lapack.dormqr("L", "N", m, n, n, a, m, tau, u, m, wq, -1, info);
    double[] work = new double[workSize(wq)];
    lapack.dormqr("L", "N", m, n, n, a, m, tau, u, m, work, work.length, info);
    check("dormqr", info);
  }

  /** dgesdd for {@code m <= n}, falling back to dgesvd when divide and conquer does not converge. */
  private void gesdd(int m, int n, double[] a, double[] s, double[] u, double[] vt) {
    int k = m;
    double[] backup = a.clone();
    intW info = new intW(0);
    double[] wq = new double[1];
    int[] iwork = new int[8 * k];
    lapack.dgesdd("S", m, n, a, m, s, u, m, vt, k, wq, -1, iwork, info);
    double[] work = new double[workSize(wq)];
    lapack.dgesdd("S", m, n, a, m, s, u, m, vt, k, work, work.length, iwork, info);
    check("dgesdd", info);
    if (info.val == 0) {
      return;
    }
    info.val = 0;
    lapack.dgesvd("S", "S", m, n, backup, m, s, u, m, vt, k, wq, -1, info);
    work = new double[workSize(wq)];
    lapack.dgesvd("S", "S", m, n, backup, m, s, u, m, vt, k, work, work.length, info);
    check("dgesvd", info);
    if (info.val > 0) {
      throw new ArithmeticException("dgesvd: the SVD did not converge (" + info.val
          + " superdiagonals did not reach zero)");
    }
  }

  @Override
  public double[] gelsd(int m, int n, double[] a, double[] b, double rcond) {
    int k = Math.min(m, n);
    if (k == 0) {
      return new double[n];
    }
    int ldb = Math.max(m, n);
    double[] bb = new double[ldb];
    System.arraycopy(b, 0, bb, 0, m);
    double[] s = new double[k];
    intW rank = new intW(0);
    intW info = new intW(0);
    double[] wq = new double[1];
    int[] iq = new int[1];
    lapack.dgelsd(m, n, 1, a, m, bb, ldb, s, rcond, rank, wq, -1, iq, info);
    double[] work = new double[workSize(wq)];
    int[] iwork = new int[Math.max(1, iq[0])];
    lapack.dgelsd(m, n, 1, a, m, bb, ldb, s, rcond, rank, work, work.length, iwork, info);
    check("dgelsd", info);
    if (info.val > 0) {
      throw new ArithmeticException("dgelsd: the SVD did not converge (" + info.val + ")");
    }
    double[] x = new double[n];
    System.arraycopy(bb, 0, x, 0, n);
    return x;
  }
}
