package praxis.outlier;

import praxis.api.Check;
import praxis.data.Frame;

/** Validated numeric input as a row-major copy. */
record Inputs(double[] rows, int n, int p) {
  static Inputs of(Frame x, String who) {
    Check.nonEmpty(x, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    x.requireFinite(who);
    int n = x.rowCount();
    int p = x.columnCount();
    double[] cm = x.toColumnMajor();
    double[] r = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        r[i * p + j] = cm[j * n + i];
      }
    }
    return new Inputs(r, n, p);
  }
}
