package praxis.linalg.internal;

/**
 * The kernels a linear-algebra backend provides, on raw column-major arrays (leading dimension = stored rows),
 * in LAPACK conventions so results of different backends are interchangeable. Implementations are stateless
 * and thread-safe; inputs marked "in place" are overwritten.
 *
 * <pre>{@code
 * Backend b = Backends.active();
 * b.gemm(false, false, m, n, k, 1.0, a, m, x, k, 0.0, c, m);
 * }</pre>
 */
public interface Backend {

  /** Short name: {@code "java"} or {@code "native"}. */
  String name();

  /** One line describing the implementation (library, vector support). */
  String description();

  /** {@code C = alpha * op(A) * op(B) + beta * C}; op(A) is {@code m × k}, op(B) {@code k × n}, C {@code m × n}. */
  void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda, double[] b,
      int ldb, double beta, double[] c, int ldc);

  /** {@code y = alpha * op(A) * x + beta * y} where A is stored {@code m × n} with leading dimension m. */
  void gemv(boolean transA, int m, int n, double alpha, double[] a, double[] x, double beta, double[] y);

  /**
   * Householder QR in place (LAPACK {@code dgeqrf} layout): R on and above the diagonal, reflector vectors
   * (implicit unit first entry) below it; {@code tau} has length {@code min(m, n)}.
   */
  void geqrf(int m, int n, double[] a, double[] tau);

  /**
   * The first {@code k} columns of Q from a {@link #geqrf} result ({@code a} is {@code m × n}, {@code n >= k}),
   * as a new {@code m × k} array.
   */
  double[] orgqr(int m, int n, int k, double[] a, double[] tau);

  /**
   * Lower Cholesky factor in place (the strict upper triangle is zeroed); returns 0 on success or the
   * 1-based order of the first leading minor that is not positive.
   */
  int potrf(int n, double[] a);

  /** The full symmetric inverse from a lower Cholesky factor, as a new {@code n × n} array. */
  double[] potri(int n, double[] l);

  /**
   * Symmetric eigen-decomposition: {@code a} (lower triangle read) is replaced by orthonormal eigenvectors
   * (columns), {@code w} receives the eigenvalues in ascending order.
   */
  void syev(int n, double[] a, double[] w);

  /**
   * Thin SVD of the {@code m × n} matrix {@code a} (destroyed): {@code s} (length {@code k = min(m, n)})
   * descending, {@code u} {@code m × k}, {@code vt} {@code k × n}.
   */
  void gesvd(int m, int n, double[] a, double[] s, double[] u, double[] vt);

  /**
   * Minimum-norm least-squares solution of {@code A x ≈ b} ({@code a} destroyed), treating singular values
   * {@code <= rcond * s_max} as zero.
   */
  double[] gelsd(int m, int n, double[] a, double[] b, double rcond);
}
