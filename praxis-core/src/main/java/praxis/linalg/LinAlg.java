package praxis.linalg;

import java.util.Objects;
import praxis.linalg.internal.Backend;
import praxis.linalg.internal.Backends;

/**
 * Static entry points for dense linear algebra on column-major {@link DenseMatrix} values. Work is done by
 * the active backend: native BLAS/LAPACK (e.g. OpenBLAS via dev.ludovic.netlib) when a system library
 * {@code libblas.so.3}/{@code liblapack.so.3} loads, otherwise a pure-Java implementation. Force one with
 * {@code -Dpraxis.linalg.backend=java|native}; the choice is logged once at debug level and returned by
 * {@link #backend()}. For native OpenBLAS set the environment variable {@code OPENBLAS_NUM_THREADS=1} (one BLAS
 * thread per calling thread), since multi-threaded OpenBLAS on shared cores is many times slower. The
 * pure-Java GEMM runs about 4× faster (≈35 instead of ≈9 GFLOPS on AVX-512) when the JVM is started with
 * {@code --add-modules jdk.incubator.vector}; without that flag it falls back to a scalar kernel.
 *
 * <p>All methods are thread-safe and never modify their inputs except the output argument of
 * {@link #gemm} and {@link #gemv}. Decompositions reject non-finite entries.
 *
 * <pre>{@code
 * DenseMatrix c = LinAlg.multiply(a, b);
 * double[] x = LinAlg.leastSquares(a, y);        // minimum-norm, works when rank-deficient
 * SVD svd = LinAlg.svd(a);
 * }</pre>
 */
public final class LinAlg {
  private static final double EPS52 = Math.ulp(1.0);

  private LinAlg() {}

  /** Name of the active backend: {@code "native"} or {@code "java"}. */
  public static String backend() {
    return Backends.active().name();
  }

  private static Backend b() {
    return Backends.active();
  }

  /**
   * {@code c = alpha · op(a) · op(b) + beta · c} in place, where op transposes when the flag is set (BLAS
   * {@code dgemm}; when beta is 0, c's previous contents are ignored, even NaN).
   *
   * @return c
   */
  public static DenseMatrix gemm(boolean transA, boolean transB, double alpha, DenseMatrix a, DenseMatrix b,
      double beta, DenseMatrix c) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(c, "c");
    int m = transA ? a.cols() : a.rows();
    int k = transA ? a.rows() : a.cols();
    int kb = transB ? b.cols() : b.rows();
    int n = transB ? b.rows() : b.cols();
    if (k != kb) {
      throw new IllegalArgumentException("gemm: op(a) is " + m + "×" + k + " but op(b) is " + kb + "×" + n
          + "; the inner dimensions must agree (check transA/transB)");
    }
    if (c.rows() != m || c.cols() != n) {
      throw new IllegalArgumentException("gemm: c is " + c.rows() + "×" + c.cols() + " but op(a)·op(b) is " + m
          + "×" + n + "; pass a c of that shape");
    }
    if (c.data() == a.data() || c.data() == b.data()) {
      throw new IllegalArgumentException("gemm: c must not share its array with a or b; pass a separate matrix");
    }
    b().gemm(transA, transB, m, n, k, alpha, a.data(), Math.max(1, a.rows()), b.data(), Math.max(1, b.rows()),
        beta, c.data(), Math.max(1, m));
    return c;
  }

  /** {@code a · b} as a new matrix. */
  public static DenseMatrix multiply(DenseMatrix a, DenseMatrix b) {
    return gemm(false, false, 1.0, a, b, 0.0, new DenseMatrix(a.rows(), b.cols()));
  }

  /**
   * {@code y = alpha · op(a) · x + beta · y} in place (BLAS {@code dgemv}).
   *
   * @return y
   */
  public static double[] gemv(boolean transA, double alpha, DenseMatrix a, double[] x, double beta, double[] y) {
    Objects.requireNonNull(a, "a");
    int xLen = transA ? a.rows() : a.cols();
    int yLen = transA ? a.cols() : a.rows();
    if (x.length != xLen) {
      throw new IllegalArgumentException("gemv: x has length " + x.length + " but op(a) has " + xLen
          + " columns; pass a vector of that length");
    }
    if (y.length != yLen) {
      throw new IllegalArgumentException("gemv: y has length " + y.length + " but op(a) has " + yLen
          + " rows; pass a vector of that length");
    }
    if (x == y) {
      throw new IllegalArgumentException("gemv: x and y must be different arrays");
    }
    b().gemv(transA, a.rows(), a.cols(), alpha, a.data(), x, beta, y);
    return y;
  }

  /** {@code a · x} as a new vector. */
  public static double[] multiply(DenseMatrix a, double[] x) {
    return gemv(false, 1.0, a, x, 0.0, new double[a.rows()]);
  }

  /** Householder QR of any {@code m × n} matrix. */
  public static QR qr(DenseMatrix a) {
    return QR.compute(b(), Objects.requireNonNull(a, "a"));
  }

  /**
   * The minimum-norm least-squares solution {@code argmin ‖x‖} over {@code argmin ‖a x − b‖}, via the SVD:
   * singular values {@code <= max(m, n) · 2⁻⁵² · s_max} are treated as zero (numpy.linalg.lstsq's default
   * rcond). Works for any shape and rank.
   */
  public static double[] leastSquares(DenseMatrix a, double[] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (b.length != a.rows()) {
      throw new IllegalArgumentException("leastSquares: b has length " + b.length + " but a has " + a.rows()
          + " rows; pass one entry per row of a");
    }
    checkFinite(a, "leastSquares: a");
    for (int i = 0; i < b.length; i++) {
      if (!Double.isFinite(b[i])) {
        throw new IllegalArgumentException("leastSquares: b[" + i + "] is " + b[i]
            + "; remove or impute non-finite values first");
      }
    }
    return leastSquares(b(), a, b);
  }

  static double[] leastSquares(Backend backend, DenseMatrix a, double[] b) {
    double rcond = Math.max(a.rows(), a.cols()) * EPS52;
    return backend.gelsd(a.rows(), a.cols(), a.data().clone(), b, rcond);
  }

  /** Cholesky {@code a = L Lᵀ} of a symmetric positive-definite matrix. */
  public static Cholesky cholesky(DenseMatrix spd) {
    return Cholesky.compute(b(), Objects.requireNonNull(spd, "spd"));
  }

  /** Eigen-decomposition of a symmetric matrix (values descending). */
  public static SymmetricEigen eigenSymmetric(DenseMatrix a) {
    return SymmetricEigen.compute(b(), Objects.requireNonNull(a, "a"));
  }

  /** Thin SVD (singular values descending). */
  public static SVD svd(DenseMatrix a) {
    return SVD.compute(b(), Objects.requireNonNull(a, "a"));
  }

  // ---------------------------------------------------------------- validation shared by the decompositions

  static void checkSquare(DenseMatrix a, String who) {
    if (a.rows() != a.cols()) {
      throw new IllegalArgumentException(who + ": the matrix must be square but is " + a.rows() + "×" + a.cols());
    }
  }

  static void checkFinite(DenseMatrix a, String who) {
    double[] d = a.data();
    for (int p = 0; p < d.length; p++) {
      if (!Double.isFinite(d[p])) {
        int rows = Math.max(1, a.rows());
        throw new IllegalArgumentException(who + " has a non-finite entry " + d[p] + " at (" + (p % rows) + ", "
            + (p / rows) + "); remove or impute NaN/infinite values first");
      }
    }
  }

  /** Symmetric to {@code 1e-8 · max|a_ij|}. */
  static void checkSymmetric(DenseMatrix a, String who) {
    int n = a.rows();
    double[] d = a.data();
    double max = 0;
    for (double v : d) {
      max = Math.max(max, Math.abs(v));
    }
    double tol = 1e-8 * max;
    for (int j = 0; j < n; j++) {
      for (int i = j + 1; i < n; i++) {
        double x = d[i + j * n];
        double y = d[j + i * n];
        if (Math.abs(x - y) > tol) {
          throw new IllegalArgumentException(who + ": the matrix must be symmetric but a(" + i + ", " + j + ") = "
              + x + " and a(" + j + ", " + i + ") = " + y + "; symmetrize it, e.g. (a + aᵀ) / 2");
        }
      }
    }
  }
}
