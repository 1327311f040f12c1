package praxis.svm;

/**
 * How the kernel coefficient {@code gamma} is chosen: scikit-learn's {@code "scale"}, {@code "auto"} or a
 * given value ({@code gammaValue} in the estimator's parameters).
 *
 * <pre>{@code
 * var p = SVC.Params.DEFAULTS.withGamma(Gamma.VALUE, 0.1);
 * }</pre>
 */
public enum Gamma {
  /** {@code 1 / (p Var(X))}, the variance over all cells of the training matrix (1 if that is 0). */
  SCALE,
  /** {@code 1 / p}. */
  AUTO,
  /** The given {@code gammaValue} (&gt; 0). */
  VALUE;

  /** The gamma for a sparse training matrix: the variance counts the cells not stored as zeros. */
  double resolve(double value, praxis.linalg.CsrMatrix m) {
    int n = m.rows();
    int p = m.cols();
    switch (this) {
      case AUTO:
        return 1.0 / p;
      case VALUE:
        return value;
      default:
        double cells = (double) n * p;
        double[] vals = m.values();
        int nnz = m.nnz();
        double sum = 0;
        for (int k = 0; k < nnz; k++) {
          sum += vals[k];
        }
        double mean = sum / cells;
        double ss = 0;
        for (int k = 0; k < nnz; k++) {
          double d = vals[k] - mean;
          ss += d * d;
        }
        ss += (cells - nnz) * mean * mean;
        double var = ss / cells;
        return var == 0 ? 1.0 : 1.0 / (p * var);
    }
  }

  /** The gamma for a training matrix (column-major {@code n x p}). */
  double resolve(double value, double[] xc, int n, int p) {
    switch (this) {
      case AUTO:
        return 1.0 / p;
      case VALUE:
        return value;
      default:
        double mean = 0;
        for (double v : xc) {
          mean += v;
        }
        mean /= xc.length;
        double ss = 0;
        for (double v : xc) {
          double d = v - mean;
          ss += d * d;
        }
        double var = ss / xc.length;
        return var == 0 ? 1.0 : 1.0 / (p * var);
    }
  }
}
