package praxis.decomposition;

import java.util.SplittableRandom;
import praxis.linalg.CsrMatrix;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SVD;

/**
 * Shared SVD machinery: scikit-learn's sign convention ({@code svd_flip}) and the randomized range finder
 * of Halko, Martinsson and Tropp (2011) over a dense (optionally column-centered) or CSR matrix.
 */
final class SvdSupport {
  private SvdSupport() {}

  /** A thin SVD result: {@code u} is {@code m x k} column-major, {@code vt} is {@code k x n} column-major. */
  record Thin(double[] u, double[] s, double[] vt, int m, int n, int k) {}

  static Thin exact(DenseMatrix a) {
    SVD svd = LinAlg.svd(a);
    int k = svd.s().length;
    return new Thin(svd.u().data(), svd.s(), svd.vt().data(), a.rows(), a.cols(), k);
  }

  /**
   * scikit-learn's {@code svd_flip}: with {@code uBased}, makes the entry of largest magnitude of each column
   * of U positive (first on ties), otherwise of each row of Vᵀ; flips the matching row of Vᵀ / column of U.
   */
  static void flip(Thin t, boolean uBased) {
    for (int c = 0; c < t.k(); c++) {
      double sign;
      if (uBased) {
        int best = 0;
        for (int i = 1; i < t.m(); i++) {
          if (Math.abs(t.u()[c * t.m() + i]) > Math.abs(t.u()[c * t.m() + best])) {
            best = i;
          }
        }
        sign = Math.signum(t.u()[c * t.m() + best]);
      } else {
        int best = 0;
        for (int j = 1; j < t.n(); j++) {
          if (Math.abs(t.vt()[j * t.k() + c]) > Math.abs(t.vt()[best * t.k() + c])) {
            best = j;
          }
        }
        sign = Math.signum(t.vt()[best * t.k() + c]);
      }
      if (sign < 0) {
        for (int i = 0; i < t.m(); i++) {
          t.u()[c * t.m() + i] = -t.u()[c * t.m() + i];
        }
        for (int j = 0; j < t.n(); j++) {
          t.vt()[j * t.k() + c] = -t.vt()[j * t.k() + c];
        }
      }
    }
  }

  /** A matrix seen only through products with dense blocks. */
  interface Operator {
    int rows();

    int cols();

    /** {@code A B} for {@code B} of {@code cols() x l}. */
    DenseMatrix times(DenseMatrix b);

    /** {@code Aᵀ B} for {@code B} of {@code rows() x l}. */
    DenseMatrix transposeTimes(DenseMatrix b);
  }

  /** A dense column-major {@code m x n} matrix minus column means {@code mean} (null = no centering). */
  static Operator dense(DenseMatrix a, double[] mean) {
    return new Operator() {
      @Override
      public int rows() {
        return a.rows();
      }

      @Override
      public int cols() {
        return a.cols();
      }

      @Override
      public DenseMatrix times(DenseMatrix b) {
        DenseMatrix out = LinAlg.multiply(a, b);
        if (mean != null) {
          // (A - 1 mean^T) B = A B - 1 (mean^T B)
          int l = b.cols();
          int m = a.rows();
          for (int c = 0; c < l; c++) {
            double s = 0;
            for (int j = 0; j < mean.length; j++) {
              s += mean[j] * b.get(j, c);
            }
            double[] d = out.data();
            for (int i = 0; i < m; i++) {
              d[c * m + i] -= s;
            }
          }
        }
        return out;
      }

      @Override
      public DenseMatrix transposeTimes(DenseMatrix b) {
        DenseMatrix out = LinAlg.gemm(true, false, 1.0, a, b, 0.0, new DenseMatrix(a.cols(), b.cols()));
        if (mean != null) {
          // (A - 1 mean^T)^T B = A^T B - mean (1^T B)
          int l = b.cols();
          int m = a.rows();
          int n = a.cols();
          double[] d = out.data();
          for (int c = 0; c < l; c++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
              s += b.get(i, c);
            }
            for (int j = 0; j < n; j++) {
              d[c * n + j] -= mean[j] * s;
            }
          }
        }
        return out;
      }
    };
  }

  /** A CSR matrix (never densified). */
  static Operator sparse(CsrMatrix a) {
    return new Operator() {
      @Override
      public int rows() {
        return a.rows();
      }

      @Override
      public int cols() {
        return a.cols();
      }

      @Override
      public DenseMatrix times(DenseMatrix b) {
        int m = a.rows();
        int l = b.cols();
        DenseMatrix out = new DenseMatrix(m, l);
        double[] d = out.data();
        double[] bd = b.data();
        int n = a.cols();
        int[] ptr = a.indptr();
        int[] idx = a.indices();
        double[] val = a.values();
        for (int i = 0; i < m; i++) {
          for (int k = ptr[i]; k < ptr[i + 1]; k++) {
            double v = val[k];
            int j = idx[k];
            for (int c = 0; c < l; c++) {
              d[c * m + i] += v * bd[c * n + j];
            }
          }
        }
        return out;
      }

      @Override
      public DenseMatrix transposeTimes(DenseMatrix b) {
        int m = a.rows();
        int n = a.cols();
        int l = b.cols();
        DenseMatrix out = new DenseMatrix(n, l);
        double[] d = out.data();
        double[] bd = b.data();
        int[] ptr = a.indptr();
        int[] idx = a.indices();
        double[] val = a.values();
        for (int i = 0; i < m; i++) {
          for (int k = ptr[i]; k < ptr[i + 1]; k++) {
            double v = val[k];
            int j = idx[k];
            for (int c = 0; c < l; c++) {
              d[c * n + j] += v * bd[c * m + i];
            }
          }
        }
        return out;
      }
    };
  }

  /**
   * Randomized truncated SVD: a Gaussian test matrix with {@code k + oversamples} columns, {@code powerIter}
   * subspace iterations re-orthonormalized by QR each half-step, then an exact SVD of the small projected
   * matrix. Returns the top {@code k} triplets (not yet sign-flipped).
   */
  static Thin randomized(Operator a, int k, int oversamples, int powerIter, long seed) {
    int m = a.rows();
    int n = a.cols();
    int l = Math.min(Math.min(m, n), k + oversamples);
    SplittableRandom rnd = new SplittableRandom(seed);
    DenseMatrix omega = new DenseMatrix(n, l);
    double[] o = omega.data();
    for (int t = 0; t < o.length; t++) {
      o[t] = gaussian(rnd);
    }
    DenseMatrix q = orthonormal(a.times(omega));
    for (int it = 0; it < powerIter; it++) {
      DenseMatrix z = orthonormal(a.transposeTimes(q));
      q = orthonormal(a.times(z));
    }
    // B = Q^T A  (l x n) = (A^T Q)^T
    DenseMatrix bt = a.transposeTimes(q);
    DenseMatrix b = bt.transpose();
    SVD svd = LinAlg.svd(b);
    DenseMatrix uHat = svd.u();
    DenseMatrix u = LinAlg.multiply(q, uHat);
    int kk = Math.min(k, svd.s().length);
    double[] uk = new double[m * kk];
    System.arraycopy(u.data(), 0, uk, 0, m * kk);
    double[] s = java.util.Arrays.copyOf(svd.s(), kk);
    double[] vtFull = svd.vt().data();
    int rowsV = svd.s().length;
    double[] vt = new double[kk * n];
    for (int j = 0; j < n; j++) {
      for (int c = 0; c < kk; c++) {
        vt[j * kk + c] = vtFull[j * rowsV + c];
      }
    }
    return new Thin(uk, s, vt, m, n, kk);
  }

  private static DenseMatrix orthonormal(DenseMatrix y) {
    return LinAlg.qr(y).q();
  }

  private static double gaussian(SplittableRandom rnd) {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }
}
