package praxis.svm;

import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Kernel evaluation over a set of points stored either dense row-major ({@code x[i * p + j]}) or as a CSR
 * sparse matrix (dot products then touch only the stored entries, as LIBSVM's sparse nodes), with
 * precomputed squared norms for the RBF kernel ({@code ||u - v||^2 = ||u||^2 + ||v||^2 - 2 u.v}, as LIBSVM).
 */
final class KernelEval {
  final Kernel kernel;
  final double gamma;
  final int degree;
  final double coef0;
  /** Dense row-major points, or null when {@link #csr} holds them. */
  final double[] x;
  /** Sparse points, or null when {@link #x} holds them. */
  final CsrMatrix csr;
  final int n;
  final int p;
  private final double[] sq;

  KernelEval(Kernel kernel, double gamma, int degree, double coef0, double[] rowMajor, int n, int p) {
    this.kernel = kernel;
    this.gamma = gamma;
    this.degree = degree;
    this.coef0 = coef0;
    this.x = rowMajor;
    this.csr = null;
    this.n = n;
    this.p = p;
    this.sq = new double[n];
    for (int i = 0; i < n; i++) {
      sq[i] = dot(x, i * p, x, i * p, p);
    }
  }

  KernelEval(Kernel kernel, double gamma, int degree, double coef0, CsrMatrix points) {
    this.kernel = kernel;
    this.gamma = gamma;
    this.degree = degree;
    this.coef0 = coef0;
    this.x = null;
    this.csr = points;
    this.n = points.rows();
    this.p = points.cols();
    this.sq = points.rowSquaredNorms();
  }

  /**
   * Validates training input (rows, numeric finite columns, target size) and stores the points: a frame with
   * sparse columns as CSR (never densified; {@code O(nnz)}), any other frame dense; {@code gamma} is resolved
   * from the rule on the training cells.
   */
  static KernelEval forTraining(Frame frame, Target y, String who, Kernel kernel, Gamma rule, double gammaValue,
      int degree, double coef0) {
    int n = frame.rowCount();
    int p = frame.columnCount();
    if (frame.hasSparseColumns()) {
      Inputs.requireRows(frame, y, who);
      if (p == 0) {
        throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
      }
      frame.requireNumeric(who);
      frame.requireFinite(who);
      CsrMatrix m = frame.toCsr();
      return new KernelEval(kernel, rule.resolve(gammaValue, m), degree, coef0, m);
    }
    double[] xc = Inputs.fitMatrix(frame, y, who);
    return new KernelEval(kernel, rule.resolve(gammaValue, xc, n, p), degree, coef0, rowMajor(xc, n, p), n, p);
  }

  static double[] rowMajor(double[] colMajor, int n, int p) {
    double[] out = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        out[i * p + j] = colMajor[j * n + i];
      }
    }
    return out;
  }

  private static double dot(double[] a, int ao, double[] b, int bo, int p) {
    double s = 0;
    for (int k = 0; k < p; k++) {
      s += a[ao + k] * b[bo + k];
    }
    return s;
  }

  private double apply(double dot, double sqU, double sqV) {
    switch (kernel) {
      case LINEAR:
        return dot;
      case RBF:
        return Math.exp(-gamma * (sqU + sqV - 2 * dot));
      case POLY:
        return powi(gamma * dot + coef0, degree);
      default:
        return Math.tanh(gamma * dot + coef0);
    }
  }

  private static double powi(double base, int times) {
    double t = base;
    double r = 1.0;
    for (int k = times; k > 0; k /= 2) {
      if (k % 2 == 1) {
        r *= t;
      }
      t *= t;
    }
    return r;
  }

  /** K(x_i, x_j) between two stored points. */
  double k(int i, int j) {
    double d = csr != null ? csr.rowDot(i, j) : dot(x, i * p, x, j * p, p);
    return apply(d, sq[i], sq[j]);
  }

  /** K(u, x_j) for a dense query row {@code u} (offset {@code uo} in {@code u}) with squared norm {@code sqU}. */
  double k(double[] u, int uo, double sqU, int j) {
    double d;
    if (csr != null) {
      int[] ptr = csr.indptr();
      int[] idx = csr.indices();
      double[] val = csr.values();
      d = 0;
      for (int t = ptr[j]; t < ptr[j + 1]; t++) {
        d += val[t] * u[uo + idx[t]];
      }
    } else {
      d = dot(u, uo, x, j * p, p);
    }
    return apply(d, sqU, sq[j]);
  }

  /** K(q_r, x_j) for row {@code r} of a sparse query matrix, with squared norm {@code sqR}. */
  double k(CsrMatrix q, int r, double sqR, int j) {
    int[] qp = q.indptr();
    int[] qi = q.indices();
    double[] qv = q.values();
    double d = 0;
    if (csr != null) {
      int[] ptr = csr.indptr();
      int[] idx = csr.indices();
      double[] val = csr.values();
      int a = qp[r];
      int ae = qp[r + 1];
      int b = ptr[j];
      int be = ptr[j + 1];
      while (a < ae && b < be) {
        if (qi[a] == idx[b]) {
          d += qv[a++] * val[b++];
        } else if (qi[a] < idx[b]) {
          a++;
        } else {
          b++;
        }
      }
    } else {
      int off = j * p;
      for (int t = qp[r]; t < qp[r + 1]; t++) {
        d += qv[t] * x[off + qi[t]];
      }
    }
    return apply(d, sqR, sq[j]);
  }

  static double squaredNorm(double[] u, int uo, int p) {
    return dot(u, uo, u, uo, p);
  }

  /** Receives the kernel values of one query row against every stored point. */
  interface RowSink {
    void accept(int row, double[] kernelValues);
  }

  /**
   * For each row of {@code frame} (checked against the fitted schema, finite cells required), the kernel
   * values against all stored points; a frame with sparse columns is read as CSR without densifying it.
   */
  void forEachRow(Schema fitted, Frame frame, String who, RowSink sink) {
    double[] kv = new double[n];
    int rows = frame.rowCount();
    if (frame.hasSparseColumns()) {
      fitted.requireCompatible(frame.schema(), who + " input");
      frame.requireFinite(who);
      CsrMatrix q = frame.toCsr();
      double[] qs = q.rowSquaredNorms();
      for (int r = 0; r < rows; r++) {
        for (int s = 0; s < n; s++) {
          kv[s] = k(q, r, qs[r], s);
        }
        sink.accept(r, kv);
      }
      return;
    }
    double[] xc = Inputs.predictMatrix(fitted, frame, who);
    int dim = fitted.size();
    double[] u = new double[dim];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < dim; j++) {
        u[j] = xc[j * rows + r];
      }
      double su = squaredNorm(u, 0, dim);
      for (int s = 0; s < n; s++) {
        kv[s] = k(u, 0, su, s);
      }
      sink.accept(r, kv);
    }
  }
}
