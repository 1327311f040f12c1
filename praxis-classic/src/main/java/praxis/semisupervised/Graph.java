package praxis.semisupervised;

import java.util.Arrays;

/** Dense affinity graphs and the propagation / spreading iterations (scikit-learn 1.2.1 semantics). */
final class Graph {
  private Graph() {}

  /** Result of the iterations: normalized label distributions {@code [row][class]} and iterations run. */
  record Result(double[][] distributions, int nIter) {}

  static double squaredDistance(double[] xc, int n, int p, int i, double[] q, int qOff, int qn) {
    double s = 0;
    for (int j = 0; j < p; j++) {
      double d = xc[j * n + i] - q[j * qn + qOff];
      s += d * d;
    }
    return s;
  }

  /** Row-major n x n affinity of the training rows ({@code xc} column-major n x p). */
  static double[] affinity(double[] xc, int n, int p, Kernel kernel, double gamma, int k) {
    double[] d2 = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = squaredDistance(xc, n, p, i, xc, j, n);
        d2[i * n + j] = s;
        d2[j * n + i] = s;
      }
    }
    double[] w = new double[n * n];
    if (kernel == Kernel.RBF) {
      for (int t = 0; t < w.length; t++) {
        w[t] = Math.exp(-gamma * d2[t]);
      }
      return w;
    }
    double[] row = new double[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(d2, i * n, row, 0, n);
      for (int j : nearest(row, k, i)) {
        w[i * n + j] = 1;
      }
    }
    return w;
  }

  /** Indices of the k smallest distances, ties by index ({@code self} = a row at distance 0 that wins ties, or -1). */
  static int[] nearest(double[] dist, int k, int self) {
    int n = dist.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(dist[a], dist[b]);
      if (c != 0) {
        return c;
      }
      if (a == self || b == self) {
        return a == self ? -1 : 1;
      }
      return Integer.compare(a, b);
    });
    int[] out = new int[Math.min(k, n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  static double[][] oneHot(int[] codes, int k) {
    double[][] y = new double[codes.length][k];
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) {
        y[i][codes[i]] = 1;
      }
    }
    return y;
  }

  /** LabelPropagation: T = W with rows divided by the column sums; labeled rows clamped after each step. */
  static Result propagate(double[] w, int n, int[] codes, int k, int maxIter, double tol, boolean rbf) {
    if (rbf) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          col[j] += w[i * n + j];
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          w[i * n + j] /= col[i];
        }
      }
    }
    double[][] yStatic = oneHot(codes, k);
    double[][] ld = oneHot(codes, k);
    double[][] prev = new double[n][k];
    int it = 0;
    boolean converged = false;
    for (; it < maxIter; it++) {
      if (l1(ld, prev) < tol) {
        converged = true;
        break;
      }
      prev = ld;
      ld = multiply(w, n, prev, k);
      for (int i = 0; i < n; i++) {
        if (codes[i] >= 0) {
          System.arraycopy(yStatic[i], 0, ld[i], 0, k);
        } else {
          normalize(ld[i]);
        }
      }
    }
    for (double[] r : ld) {
      normalize(r);
    }
    return new Result(ld, converged ? it : maxIter);
  }

  /** LabelSpreading: S = D^-1/2 W D^-1/2 (diagonal dropped), F = alpha S F + (1 - alpha) Y. */
  static Result spread(double[] w, int n, int[] codes, int k, double alpha, int maxIter, double tol) {
    double[] deg = new double[n];
    for (int i = 0; i < n; i++) {
      w[i * n + i] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        deg[j] += w[i * n + j];
      }
    }
    for (int j = 0; j < n; j++) {
      deg[j] = 1 / Math.sqrt(deg[j] == 0 ? 1 : deg[j]);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i * n + j] *= deg[i] * deg[j];
      }
    }
    double[][] yStatic = oneHot(codes, k);
    for (double[] r : yStatic) {
      for (int c = 0; c < k; c++) {
        r[c] *= 1 - alpha;
      }
    }
    double[][] ld = oneHot(codes, k);
    double[][] prev = new double[n][k];
    int it = 0;
    boolean converged = false;
    for (; it < maxIter; it++) {
      if (l1(ld, prev) < tol) {
        converged = true;
        break;
      }
      prev = ld;
      ld = multiply(w, n, prev, k);
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < k; c++) {
          ld[i][c] = alpha * ld[i][c] + yStatic[i][c];
        }
      }
    }
    for (double[] r : ld) {
      normalize(r);
    }
    return new Result(ld, converged ? it : maxIter);
  }

  private static double l1(double[][] a, double[][] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int c = 0; c < a[i].length; c++) {
        s += Math.abs(a[i][c] - b[i][c]);
      }
    }
    return s;
  }

  private static double[][] multiply(double[] w, int n, double[][] f, int k) {
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      double[] o = out[i];
      int off = i * n;
      for (int j = 0; j < n; j++) {
        double v = w[off + j];
        if (v != 0) {
          double[] fj = f[j];
          for (int c = 0; c < k; c++) {
            o[c] += v * fj[c];
          }
        }
      }
    }
    return out;
  }

  static void normalize(double[] r) {
    double s = 0;
    for (double v : r) {
      s += v;
    }
    if (s != 0) {
      for (int c = 0; c < r.length; c++) {
        r[c] /= s;
      }
    }
  }
}
