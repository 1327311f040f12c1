package praxis.decomposition;

import praxis.api.Check;
import praxis.data.Frame;

/** Validated dense numeric input as a column-major array. */
record DenseInput(double[] data, int n, int p) {
  static DenseInput of(Frame x, String who) {
    Check.nonEmpty(x, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    x.requireFinite(who);
    if (x.rowCount() < 2) {
      throw new IllegalArgumentException(who + ": needs at least 2 rows to estimate variances, got "
          + x.rowCount());
    }
    return new DenseInput(x.toColumnMajor(), x.rowCount(), x.columnCount());
  }

  double[] columnMeans() {
    double[] m = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += data[j * n + i];
      }
      m[j] = s / n;
    }
    return m;
  }
}
