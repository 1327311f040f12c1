package praxis.cluster;

import praxis.api.Check;
import praxis.data.Frame;

/** Validated clustering input: a row-major copy of the numeric frame and per-row weights. */
final class ClusterInputs {
  final double[] x;
  final double[] w;
  final int n;
  final int p;

  private ClusterInputs(double[] x, double[] w, int n, int p) {
    this.x = x;
    this.w = w;
    this.n = n;
    this.p = p;
  }

  static ClusterInputs of(Frame frame, double[] sampleWeight, int k, String who) {
    Check.nonEmpty(frame, who);
    if (frame.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    frame.requireNumeric(who);
    frame.requireFinite(who);
    int n = frame.rowCount();
    int p = frame.columnCount();
    if (n < k) {
      throw new IllegalArgumentException(who + ": nClusters = " + k + " but the input has only " + n
          + " rows; use nClusters <= " + n);
    }
    double[] w = new double[n];
    if (sampleWeight == null) {
      java.util.Arrays.fill(w, 1.0);
    } else {
      if (sampleWeight.length != n) {
        throw new IllegalArgumentException(who + ": sampleWeight has " + sampleWeight.length + " values but x has "
            + n + " rows; give one weight per row");
      }
      double s = 0;
      for (int i = 0; i < n; i++) {
        double v = sampleWeight[i];
        if (!(v >= 0) || !Double.isFinite(v)) {
          throw new IllegalArgumentException(who + ": sampleWeight[" + i + "] = " + v
              + " must be finite and >= 0");
        }
        w[i] = v;
        s += v;
      }
      if (!(s > 0)) {
        throw new IllegalArgumentException(who + ": sampleWeight sums to 0; give at least one positive weight");
      }
    }
    double[] cm = frame.toColumnMajor();
    double[] x = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        x[i * p + j] = cm[j * n + i];
      }
    }
    return new ClusterInputs(x, w, n, p);
  }

  /** Mean over features of the (unweighted, population) variance, the scale of scikit-learn's tolerance. */
  double meanVariance() {
    double total = 0;
    for (int j = 0; j < p; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += x[i * p + j];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = x[i * p + j] - mean;
        ss += d * d;
      }
      total += ss / n;
    }
    return total / p;
  }
}
