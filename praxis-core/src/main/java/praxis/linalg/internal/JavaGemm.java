package praxis.linalg.internal;

import java.util.Arrays;

/**
 * Cache-blocked GEMM in plain Java. op(A) is packed in {@code MC × KC} blocks (column-major, so the inner loop
 * runs over contiguous rows) and op(B) in {@code KC × NC} panels; the micro-kernel updates four columns of a
 * local accumulator with a four-deep unrolled k loop, a shape the HotSpot C2 compiler auto-vectorizes
 * (AVX2/AVX-512) while keeping 16 broadcast B values in registers: about 9 GFLOPS on one core at 256–2048².
 * When the JVM runs with {@code --add-modules jdk.incubator.vector}, a Vector API kernel (register-tiled
 * {@code L × 8} FMA micro-kernel, compiled from {@code src/main/java-vector}) is used instead.
 *
 * <pre>{@code
 * JavaGemm.gemm(false, false, m, n, k, 1.0, a, m, b, k, 0.0, c, m);
 * }</pre>
 */
public final class JavaGemm {
  private static final int KC = 256;
  private static final int MC = 192;
  private static final int NC = 1024;
  /** Below this many multiply-adds the packing overhead is not worth it. */
  private static final long SMALL = 32L * 32 * 32;

  /** The system property that disables the Vector API kernel ({@code -Dpraxis.linalg.vector=false}). */
  public static final String VECTOR_PROPERTY = "praxis.linalg.vector";

  /** {@code C += alpha * op(A) * op(B)}: the blocked part of GEMM, pluggable so a SIMD kernel can replace it. */
  interface Kernel {
    void multiplyAdd(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda,
        double[] b, int ldb, double[] c, int ldc);

    String describe();
  }

  private static final Kernel VECTOR = loadVectorKernel();

  private JavaGemm() {}

  /**
   * The Vector API kernel when the JVM runs with {@code --add-modules jdk.incubator.vector} (and the property
   * {@value #VECTOR_PROPERTY} is not {@code false}), else null.
   */
  private static Kernel loadVectorKernel() {
    if ("false".equalsIgnoreCase(System.getProperty(VECTOR_PROPERTY, "true").trim())
        || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return null;
    }
    try {
      return (Kernel) Class.forName("praxis.linalg.internal.VectorGemm").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  /** True when GEMM uses the Vector API kernel. */
  public static boolean vectorized() {
    return VECTOR != null;
  }

  /** Which blocked kernel is in use. */
  public static String describe() {
    return VECTOR != null ? VECTOR.describe() : "scalar, auto-vectorized by C2";
  }

  /**
   * {@code C = alpha * op(A) * op(B) + beta * C} (BLAS dgemm semantics; beta = 0 ignores C's contents), with
   * the Vector API kernel when available.
   */
  public static void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda,
      double[] b, int ldb, double beta, double[] c, int ldc) {
    gemm(VECTOR, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  }

  /** As {@link #gemm} but always with the scalar kernel (for tests and benchmarks). */
  public static void scalarGemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a,
      int lda, double[] b, int ldb, double beta, double[] c, int ldc) {
    gemm(null, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  }

  /**
   * As {@link #gemm} but always with the Vector API kernel (for tests and benchmarks).
   *
   * @throws IllegalStateException when the JVM was not started with {@code --add-modules jdk.incubator.vector}
   */
  public static void vectorGemm(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a,
      int lda, double[] b, int ldb, double beta, double[] c, int ldc) {
    if (VECTOR == null) {
      throw new IllegalStateException("the Vector API GEMM kernel is not available: start the JVM with"
          + " --add-modules jdk.incubator.vector (and do not set -D" + VECTOR_PROPERTY + "=false)");
    }
    gemm(VECTOR, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  }

  private static void gemm(Kernel kernel, boolean transA, boolean transB, int m, int n, int k, double alpha,
      double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc) {
    if (m == 0 || n == 0) {
      return;
    }
    scale(m, n, beta, c, ldc);
    if (k == 0 || alpha == 0.0) {
      return;
    }
    if ((long) m * n * k <= SMALL) {
      small(transA, transB, m, n, k, alpha, a, lda, b, ldb, c, ldc);
      return;
    }
    if (kernel != null) {
      kernel.multiplyAdd(transA, transB, m, n, k, alpha, a, lda, b, ldb, c, ldc);
      return;
    }
    double[] ap = new double[Math.min(MC, m) * Math.min(KC, k)];
    double[] bp = new double[Math.min(KC, k) * Math.min(NC, n)];
    double[] acc = new double[4 * Math.min(MC, m)];
    for (int jc = 0; jc < n; jc += NC) {
      int nc = Math.min(NC, n - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        packB(transB, b, ldb, pc, jc, kc, nc, bp);
        for (int ic = 0; ic < m; ic += MC) {
          int mc = Math.min(MC, m - ic);
          packA(transA, a, lda, ic, pc, mc, kc, ap);
          kernel(mc, nc, kc, alpha, ap, bp, acc, c, ic + jc * ldc, ldc);
        }
      }
    }
  }

  private static void scale(int m, int n, double beta, double[] c, int ldc) {
    if (beta == 1.0) {
      return;
    }
    for (int j = 0; j < n; j++) {
      int off = j * ldc;
      if (beta == 0.0) {
        Arrays.fill(c, off, off + m, 0.0);
      } else {
        for (int i = 0; i < m; i++) {
          c[off + i] *= beta;
        }
      }
    }
  }

  private static void small(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda,
      double[] b, int ldb, double[] c, int ldc) {
    for (int j = 0; j < n; j++) {
      int co = j * ldc;
      for (int p = 0; p < k; p++) {
        double bpj = alpha * (transB ? b[j + p * ldb] : b[p + j * ldb]);
        if (bpj == 0.0) {
          continue;
        }
        if (transA) {
          for (int i = 0; i < m; i++) {
            c[co + i] += a[p + i * lda] * bpj;
          }
        } else {
          int ao = p * lda;
          for (int i = 0; i < m; i++) {
            c[co + i] += a[ao + i] * bpj;
          }
        }
      }
    }
  }

  /** ap[p * mc + i] = op(A)[ic + i, pc + p]. */
  private static void packA(boolean transA, double[] a, int lda, int ic, int pc, int mc, int kc, double[] ap) {
    if (!transA) {
      for (int p = 0; p < kc; p++) {
        System.arraycopy(a, ic + (pc + p) * lda, ap, p * mc, mc);
      }
    } else {
      for (int i = 0; i < mc; i++) {
        int src = pc + (ic + i) * lda;
        for (int p = 0; p < kc; p++) {
          ap[p * mc + i] = a[src + p];
        }
      }
    }
  }

  /** bp[j * kc + p] = op(B)[pc + p, jc + j]. */
  private static void packB(boolean transB, double[] b, int ldb, int pc, int jc, int kc, int nc, double[] bp) {
    if (!transB) {
      for (int j = 0; j < nc; j++) {
        System.arraycopy(b, pc + (jc + j) * ldb, bp, j * kc, kc);
      }
    } else {
      for (int p = 0; p < kc; p++) {
        int src = jc + (pc + p) * ldb;
        for (int j = 0; j < nc; j++) {
          bp[j * kc + p] = b[src + j];
        }
      }
    }
  }

  private static void kernel(int mc, int nc, int kc, double alpha, double[] ap, double[] bp, double[] acc,
      double[] c, int cOff, int ldc) {
    int k4 = kc & ~3;
    int m2 = 2 * mc;
    int m3 = 3 * mc;
    int j = 0;
    for (; j + 3 < nc; j += 4) {
      Arrays.fill(acc, 0, 4 * mc, 0.0);
      int bo0 = j * kc;
      int bo1 = bo0 + kc;
      int bo2 = bo1 + kc;
      int bo3 = bo2 + kc;
      int p = 0;
      for (; p < k4; p += 4) {
        double b00 = bp[bo0 + p], b10 = bp[bo0 + p + 1], b20 = bp[bo0 + p + 2], b30 = bp[bo0 + p + 3];
        double b01 = bp[bo1 + p], b11 = bp[bo1 + p + 1], b21 = bp[bo1 + p + 2], b31 = bp[bo1 + p + 3];
        double b02 = bp[bo2 + p], b12 = bp[bo2 + p + 1], b22 = bp[bo2 + p + 2], b32 = bp[bo2 + p + 3];
        double b03 = bp[bo3 + p], b13 = bp[bo3 + p + 1], b23 = bp[bo3 + p + 2], b33 = bp[bo3 + p + 3];
        int a0 = p * mc;
        int a1 = a0 + mc;
        int a2 = a1 + mc;
        int a3 = a2 + mc;
        for (int i = 0; i < mc; i++) {
          double x0 = ap[a0 + i], x1 = ap[a1 + i], x2 = ap[a2 + i], x3 = ap[a3 + i];
          acc[i] += x0 * b00 + x1 * b10 + x2 * b20 + x3 * b30;
          acc[mc + i] += x0 * b01 + x1 * b11 + x2 * b21 + x3 * b31;
          acc[m2 + i] += x0 * b02 + x1 * b12 + x2 * b22 + x3 * b32;
          acc[m3 + i] += x0 * b03 + x1 * b13 + x2 * b23 + x3 * b33;
        }
      }
      for (; p < kc; p++) {
        double b0 = bp[bo0 + p], b1 = bp[bo1 + p], b2 = bp[bo2 + p], b3 = bp[bo3 + p];
        int a0 = p * mc;
        for (int i = 0; i < mc; i++) {
          double x = ap[a0 + i];
          acc[i] += x * b0;
          acc[mc + i] += x * b1;
          acc[m2 + i] += x * b2;
          acc[m3 + i] += x * b3;
        }
      }
      for (int q = 0; q < 4; q++) {
        int co = cOff + (j + q) * ldc;
        int ao = q * mc;
        for (int i = 0; i < mc; i++) {
          c[co + i] += alpha * acc[ao + i];
        }
      }
    }
    for (; j < nc; j++) {
      Arrays.fill(acc, 0, mc, 0.0);
      int bo = j * kc;
      for (int p = 0; p < kc; p++) {
        double b0 = bp[bo + p];
        int a0 = p * mc;
        for (int i = 0; i < mc; i++) {
          acc[i] += ap[a0 + i] * b0;
        }
      }
      int co = cOff + j * ldc;
      for (int i = 0; i < mc; i++) {
        c[co + i] += alpha * acc[i];
      }
    }
  }

  /** {@code y = alpha * op(A) * x + beta * y}, A stored {@code m × n}. */
  public static void gemv(boolean transA, int m, int n, double alpha, double[] a, double[] x, double beta,
      double[] y) {
    int ylen = transA ? n : m;
    if (beta != 1.0) {
      for (int i = 0; i < ylen; i++) {
        y[i] = beta == 0.0 ? 0.0 : beta * y[i];
      }
    }
    if (alpha == 0.0) {
      return;
    }
    if (!transA) {
      for (int j = 0; j < n; j++) {
        double s = alpha * x[j];
        if (s != 0.0) {
          Kernels.axpy(m, s, a, j * m, y, 0);
        }
      }
    } else {
      for (int j = 0; j < n; j++) {
        y[j] += alpha * Kernels.dot(m, a, j * m, x, 0);
      }
    }
  }
}
