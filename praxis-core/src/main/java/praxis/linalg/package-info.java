/**
 * Dense linear algebra on column-major {@code double[]} matrices: {@link praxis.linalg.DenseMatrix}, the
 * {@link praxis.linalg.LinAlg} facade (GEMM/GEMV, QR, Cholesky, symmetric eigen, SVD, minimum-norm least
 * squares), backed by native BLAS/LAPACK when available and by a pure-Java implementation otherwise. All
 * types are non-null by default.
 */
package praxis.linalg;
