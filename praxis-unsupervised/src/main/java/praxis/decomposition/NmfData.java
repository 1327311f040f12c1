package praxis.decomposition;

import praxis.api.Check;
import praxis.data.Frame;
import praxis.linalg.CsrMatrix;

/** Non-negative input for NMF as CSR (and its transpose), from a dense or sparse frame. */
final class NmfData {
  final CsrMatrix x;
  final CsrMatrix xt;
  final int n;
  final int p;
  final boolean sparse;

  private NmfData(CsrMatrix x, boolean sparse) {
    this.x = x;
    this.xt = x.transpose();
    this.n = x.rows();
    this.p = x.cols();
    this.sparse = sparse;
  }

  static NmfData of(Frame frame, String who) {
    Check.nonEmpty(frame, who);
    if (frame.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    frame.requireNumeric(who);
    frame.requireFinite(who);
    CsrMatrix m = frame.toCsr();
    double[] v = m.values();
    int[] ptr = m.indptr();
    for (int i = 0; i < m.rows(); i++) {
      for (int t = ptr[i]; t < ptr[i + 1]; t++) {
        if (v[t] < 0) {
          throw new IllegalArgumentException(who + " needs non-negative data but column '"
              + frame.schema().names().get(m.indices()[t]) + "' row " + i + " is " + v[t]
              + "; shift or rescale it (e.g. MinMaxScaler) first");
        }
      }
    }
    return new NmfData(m, frame.hasSparseColumns());
  }

  /** Row {@code i} alone. */
  NmfData row(int i) {
    return new NmfData(x.selectRows(new int[] {i}), sparse);
  }

  double mean() {
    double s = 0;
    for (double v : x.values()) {
      s += v;
    }
    return s / ((double) n * p);
  }

  double[] denseColumnMajor() {
    return x.toDense().data();
  }
}
