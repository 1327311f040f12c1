package praxis.linalg.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM micro-kernel on the incubating Vector API ({@code jdk.incubator.vector}): op(A) is packed into panels
 * of one vector of rows ({@code L} = 4 on AVX2, 8 on AVX-512), op(B) into panels of 8 columns, and each
 * {@code L × 8} tile of C accumulates in eight vector registers with fused multiply-adds. This class is
 * compiled separately (with {@code --add-modules jdk.incubator.vector}) and loaded reflectively by
 * {@link JavaGemm} only when the JVM was started with {@code --add-modules jdk.incubator.vector}.
 *
 * <pre>{@code
 * // java --add-modules jdk.incubator.vector ...   → JavaGemm.vectorized() == true
 * }</pre>
 */
final class VectorGemm implements JavaGemm.Kernel {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int MR = S.length();
  private static final int NR = 8;
  private static final int KC = 256;
  private static final int MC = Math.max(1, 128 / MR) * MR;
  private static final int NC = 1024;

  VectorGemm() {}

  @Override
  public String describe() {
    return "Vector API, " + MR + " doubles per vector";
  }

  @Override
  public void multiplyAdd(boolean transA, boolean transB, int m, int n, int k, double alpha, double[] a, int lda,
      double[] b, int ldb, double[] c, int ldc) {
    int kcMax = Math.min(KC, k);
    double[] ap = new double[roundUp(Math.min(MC, m), MR) * kcMax];
    double[] bp = new double[roundUp(Math.min(NC, n), NR) * kcMax];
    double[] tile = new double[MR * NR];
    for (int jc = 0; jc < n; jc += NC) {
      int nc = Math.min(NC, n - jc);
      for (int pc = 0; pc < k; pc += KC) {
        int kc = Math.min(KC, k - pc);
        packB(transB, b, ldb, pc, jc, kc, nc, bp);
        for (int ic = 0; ic < m; ic += MC) {
          int mc = Math.min(MC, m - ic);
          packA(transA, a, lda, ic, pc, mc, kc, ap);
          for (int j0 = 0; j0 < nc; j0 += NR) {
            int w = Math.min(NR, nc - j0);
            for (int i0 = 0; i0 < mc; i0 += MR) {
              int h = Math.min(MR, mc - i0);
              micro(kc, ap, i0 * kc, bp, j0 * kc, alpha, c, ic + i0 + (jc + j0) * ldc, ldc, h, w, tile);
            }
          }
        }
      }
    }
  }

  private static int roundUp(int x, int q) {
    return (x + q - 1) / q * q;
  }

  /** ap[i0 * kc + p * MR + r] = op(A)[ic + i0 + r, pc + p], zero-padded to whole panels. */
  private static void packA(boolean transA, double[] a, int lda, int ic, int pc, int mc, int kc, double[] ap) {
    for (int i0 = 0; i0 < mc; i0 += MR) {
      int base = i0 * kc;
      int h = Math.min(MR, mc - i0);
      for (int p = 0; p < kc; p++) {
        int dst = base + p * MR;
        if (!transA) {
          System.arraycopy(a, ic + i0 + (pc + p) * lda, ap, dst, h);
        } else {
          for (int r = 0; r < h; r++) {
            ap[dst + r] = a[pc + p + (ic + i0 + r) * lda];
          }
        }
        for (int r = h; r < MR; r++) {
          ap[dst + r] = 0.0;
        }
      }
    }
  }

  /** bp[j0 * kc + p * NR + q] = op(B)[pc + p, jc + j0 + q], zero-padded to whole panels. */
  private static void packB(boolean transB, double[] b, int ldb, int pc, int jc, int kc, int nc, double[] bp) {
    for (int j0 = 0; j0 < nc; j0 += NR) {
      int base = j0 * kc;
      int w = Math.min(NR, nc - j0);
      for (int q = 0; q < NR; q++) {
        if (q >= w) {
          for (int p = 0; p < kc; p++) {
            bp[base + p * NR + q] = 0.0;
          }
        } else if (!transB) {
          int src = pc + (jc + j0 + q) * ldb;
          for (int p = 0; p < kc; p++) {
            bp[base + p * NR + q] = b[src + p];
          }
        } else {
          int src = jc + j0 + q + pc * ldb;
          for (int p = 0; p < kc; p++) {
            bp[base + p * NR + q] = b[src + p * ldb];
          }
        }
      }
    }
  }

  private static void micro(int kc, double[] ap, int ao, double[] bp, int bo, double alpha, double[] c, int co,
      int ldc, int h, int w, double[] tile) {
    DoubleVector c0 = DoubleVector.zero(S);
    DoubleVector c1 = c0;
    DoubleVector c2 = c0;
    DoubleVector c3 = c0;
    DoubleVector c4 = c0;
    DoubleVector c5 = c0;
    DoubleVector c6 = c0;
    DoubleVector c7 = c0;
    for (int p = 0; p < kc; p++) {
      DoubleVector x = DoubleVector.fromArray(S, ap, ao + p * MR);
      int bi = bo + p * NR;
      c0 = x.fma(DoubleVector.broadcast(S, bp[bi]), c0);
      c1 = x.fma(DoubleVector.broadcast(S, bp[bi + 1]), c1);
      c2 = x.fma(DoubleVector.broadcast(S, bp[bi + 2]), c2);
      c3 = x.fma(DoubleVector.broadcast(S, bp[bi + 3]), c3);
      c4 = x.fma(DoubleVector.broadcast(S, bp[bi + 4]), c4);
      c5 = x.fma(DoubleVector.broadcast(S, bp[bi + 5]), c5);
      c6 = x.fma(DoubleVector.broadcast(S, bp[bi + 6]), c6);
      c7 = x.fma(DoubleVector.broadcast(S, bp[bi + 7]), c7);
    }
    if (h == MR && w == NR) {
      DoubleVector av = DoubleVector.broadcast(S, alpha);
      c0.fma(av, DoubleVector.fromArray(S, c, co)).intoArray(c, co);
      c1.fma(av, DoubleVector.fromArray(S, c, co + ldc)).intoArray(c, co + ldc);
      c2.fma(av, DoubleVector.fromArray(S, c, co + 2 * ldc)).intoArray(c, co + 2 * ldc);
      c3.fma(av, DoubleVector.fromArray(S, c, co + 3 * ldc)).intoArray(c, co + 3 * ldc);
      c4.fma(av, DoubleVector.fromArray(S, c, co + 4 * ldc)).intoArray(c, co + 4 * ldc);
      c5.fma(av, DoubleVector.fromArray(S, c, co + 5 * ldc)).intoArray(c, co + 5 * ldc);
      c6.fma(av, DoubleVector.fromArray(S, c, co + 6 * ldc)).intoArray(c, co + 6 * ldc);
      c7.fma(av, DoubleVector.fromArray(S, c, co + 7 * ldc)).intoArray(c, co + 7 * ldc);
      return;
    }
    c0.intoArray(tile, 0);
    c1.intoArray(tile, MR);
    c2.intoArray(tile, 2 * MR);
    c3.intoArray(tile, 3 * MR);
    c4.intoArray(tile, 4 * MR);
    c5.intoArray(tile, 5 * MR);
    c6.intoArray(tile, 6 * MR);
    c7.intoArray(tile, 7 * MR);
    for (int q = 0; q < w; q++) {
      int cq = co + q * ldc;
      for (int r = 0; r < h; r++) {
        c[cq + r] += alpha * tile[q * MR + r];
      }
    }
  }
}
