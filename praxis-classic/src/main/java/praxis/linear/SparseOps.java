package praxis.linear;

import praxis.linalg.CsrMatrix;

/**
 * Offset-aware CSR kernels for the sparse paths of the linear models (stacked parameter vectors keep one block
 * per class, residuals one block per class): each call touches only the stored entries.
 */
final class SparseOps {
  private SparseOps() {}

  /** {@code z[zo + i] = b + sum_k x[i][k] * w[wo + k]} for every row i. */
  static void scores(CsrMatrix x, double[] w, int wo, double b, double[] z, int zo) {
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] val = x.values();
    for (int i = 0, n = x.rows(); i < n; i++) {
      double s = 0;
      for (int k = ptr[i], e = ptr[i + 1]; k < e; k++) {
        s += val[k] * w[wo + idx[k]];
      }
      z[zo + i] = b + s;
    }
  }

  /** {@code g[go + j] = sum_i x[i][j] * r[ro + i]} for every column j (overwrites the block). */
  static void transposeTimes(CsrMatrix x, double[] r, int ro, double[] g, int go) {
    java.util.Arrays.fill(g, go, go + x.cols(), 0.0);
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] val = x.values();
    for (int i = 0, n = x.rows(); i < n; i++) {
      double ri = r[ro + i];
      if (ri != 0) {
        for (int k = ptr[i], e = ptr[i + 1]; k < e; k++) {
          g[go + idx[k]] += val[k] * ri;
        }
      }
    }
  }
}
