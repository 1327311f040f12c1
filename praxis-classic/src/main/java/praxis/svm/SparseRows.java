package praxis.svm;

/**
 * Rows of a feature matrix as compressed sparse rows: row {@code i} has the entries
 * {@code (index[k], value[k])} for {@code k in [start[i], start[i+1])}. The linear SVM solvers work only on
 * this form, so dense and sparse input go through the same inner loops (dense input lists every column).
 */
final class SparseRows {
  final int rows;
  final int cols;
  final int[] start;
  final int[] index;
  final double[] value;

  SparseRows(int rows, int cols, int[] start, int[] index, double[] value) {
    this.rows = rows;
    this.cols = cols;
    this.start = start;
    this.index = index;
    this.value = value;
  }

  /** From a dense column-major {@code n x p} array; zero cells are left out. */
  static SparseRows fromColumnMajor(double[] xc, int n, int p) {
    int[] start = new int[n + 1];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        if (xc[j * n + i] != 0) {
          start[i + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] index = new int[start[n]];
    double[] value = new double[start[n]];
    int[] fill = start.clone();
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        double v = xc[j * n + i];
        if (v != 0) {
          index[fill[i]] = j;
          value[fill[i]++] = v;
        }
      }
    }
    return new SparseRows(n, p, start, index, value);
  }

  /** {@code w . x_i} over the stored entries of row {@code i}. */
  double dot(int i, double[] w) {
    double s = 0;
    for (int k = start[i]; k < start[i + 1]; k++) {
      s += w[index[k]] * value[k];
    }
    return s;
  }

  /** {@code w += a x_i}. */
  void axpy(int i, double a, double[] w) {
    for (int k = start[i]; k < start[i + 1]; k++) {
      w[index[k]] += a * value[k];
    }
  }

  /** {@code ||x_i||^2}. */
  double squaredNorm(int i) {
    double s = 0;
    for (int k = start[i]; k < start[i + 1]; k++) {
      s += value[k] * value[k];
    }
    return s;
  }
}
