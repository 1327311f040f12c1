/**
 * Backends behind {@link praxis.linalg.LinAlg} (not API): the backend contract, the pure-Java kernels
 * (blocked GEMM, Householder QR, Cholesky, tridiagonal QL eigen, one-sided Jacobi SVD) and the native
 * BLAS/LAPACK binding through dev.ludovic.netlib. All types are non-null by default.
 */
package praxis.linalg.internal;
