package praxis.neighbors;

import praxis.linalg.CsrMatrix;

/**
 * Brute-force neighbour search over sparse (CSR) training rows, used by the k-NN estimators for sparse input
 * (trees make no sense in thousands of mostly-zero dimensions). The distance of a query to a training row is
 * computed by merging their stored entries, so a pair costs O(nnz of both rows) and a query O(nnz(X) + n
 * nnz(q)); the training matrix is never densified.
 *
 * <p>The sums run over the union of stored columns in column order, so they equal the dense formulas of
 * {@link NeighborIndex} bit for bit (a column where both are zero adds exactly 0): distances, neighbours and
 * tie-breaking (by training index) are identical to dense brute force for every {@link Metric}, including
 * COSINE ({@code 1 - a.b / (|a| |b|)}, clipped to [0, 2], 1 for a zero vector).
 *
 * <pre>{@code
 * SparseNeighborIndex idx = new SparseNeighborIndex(trainCsr, Metric.EUCLIDEAN, 2.0);
 * int[] nn = new int[q * 3];
 * double[] d = new double[q * 3];
 * idx.kNearest(queryCsr, 3, 1, nn, d);
 * }</pre>
 */
final class SparseNeighborIndex {
  private final CsrMatrix x;
  private final Metric metric;
  private final double power;
  private final double[] norms; // COSINE: row norms

  SparseNeighborIndex(CsrMatrix x, Metric metric, double power) {
    if (x.rows() < 1 || x.cols() < 1) {
      throw new IllegalArgumentException("SparseNeighborIndex: need at least 1 point of dimension >= 1, got "
          + x.rows() + " x " + x.cols());
    }
    if (!(power >= 1) || !Double.isFinite(power)) {
      throw new IllegalArgumentException("SparseNeighborIndex: p must be a finite number >= 1 (Minkowski exponent),"
          + " got " + power);
    }
    double[] v = x.values();
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        throw new IllegalArgumentException("SparseNeighborIndex: stored entry " + k + " is " + v[k]
            + "; all values must be finite");
      }
    }
    this.x = x;
    this.metric = metric;
    this.power = power;
    this.norms = metric == Metric.COSINE ? rowNorms(x) : new double[0];
  }

  /** The training rows. */
  CsrMatrix matrix() {
    return x;
  }

  private static double[] rowNorms(CsrMatrix m) {
    double[] out = new double[m.rows()];
    int[] ptr = m.indptr();
    double[] val = m.values();
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        s += val[k] * val[k];
      }
      out[i] = Math.sqrt(s);
    }
    return out;
  }

  /**
   * The {@code k} nearest training rows of each query row: indices and distances at {@code [row * k + rank]},
   * nearest first (ties by index), parallel over query rows.
   */
  void kNearest(CsrMatrix q, int k, int nThreads, int[] idxOut, double[] distOut) {
    checkQueries(q);
    int n = x.rows();
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("SparseNeighborIndex: k = " + k + " must be in [1, " + n + "]");
    }
    double[] qNorms = metric == Metric.COSINE ? rowNorms(q) : null;
    NeighborIndex.parallel(q.rows(), nThreads, (from, to) -> {
      double[] bestD = new double[k];
      int[] bestI = new int[k];
      for (int qi = from; qi < to; qi++) {
        int size = 0;
        double qn = qNorms == null ? 0 : qNorms[qi];
        for (int t = 0; t < n; t++) {
          double dd = distance(q, qi, qn, t);
          int pos;
          if (size < k) {
            pos = size++;
          } else if (dd < bestD[k - 1]) {     // t increases, so an equal distance never displaces
            pos = k - 1;
          } else {
            continue;
          }
          while (pos > 0 && bestD[pos - 1] > dd) {
            bestD[pos] = bestD[pos - 1];
            bestI[pos] = bestI[pos - 1];
            pos--;
          }
          bestD[pos] = dd;
          bestI[pos] = t;
        }
        System.arraycopy(bestD, 0, distOut, qi * k, k);
        System.arraycopy(bestI, 0, idxOut, qi * k, k);
      }
    });
  }

  /**
   * The training rows within distance {@code r} (inclusive) of each query row, nearest first (ties by index),
   * parallel over query rows.
   */
  NeighborIndex.Neighbors[] radius(CsrMatrix q, double r, int nThreads) {
    checkQueries(q);
    if (!(r > 0) || Double.isNaN(r)) {
      throw new IllegalArgumentException("SparseNeighborIndex: radius must be a positive number, got " + r);
    }
    int n = x.rows();
    double[] qNorms = metric == Metric.COSINE ? rowNorms(q) : null;
    NeighborIndex.Neighbors[] out = new NeighborIndex.Neighbors[q.rows()];
    NeighborIndex.parallel(q.rows(), nThreads, (from, to) -> {
      int[] hitIdx = new int[16];
      double[] hitDist = new double[16];
      for (int qi = from; qi < to; qi++) {
        int m = 0;
        double qn = qNorms == null ? 0 : qNorms[qi];
        for (int t = 0; t < n; t++) {
          double dd = distance(q, qi, qn, t);
          if (dd <= r) {
            if (m == hitIdx.length) {
              hitIdx = java.util.Arrays.copyOf(hitIdx, 2 * m);
              hitDist = java.util.Arrays.copyOf(hitDist, 2 * m);
            }
            hitIdx[m] = t;
            hitDist[m++] = dd;
          }
        }
        // hits arrive by increasing index: a stable sort by distance gives (distance, index) order
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
          order[i] = i;
        }
        double[] dRef = hitDist;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(dRef[a], dRef[b]));
        int[] idx = new int[m];
        double[] dist = new double[m];
        for (int i = 0; i < m; i++) {
          idx[i] = hitIdx[order[i]];
          dist[i] = hitDist[order[i]];
        }
        out[qi] = new NeighborIndex.Neighbors(idx, dist);
      }
    });
    return out;
  }

  private void checkQueries(CsrMatrix q) {
    if (q.cols() != x.cols()) {
      throw new IllegalArgumentException("SparseNeighborIndex: queries have " + q.cols() + " columns but the index "
          + x.cols());
    }
    double[] v = q.values();
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        throw new IllegalArgumentException("SparseNeighborIndex: query entry " + k + " is " + v[k]
            + "; all values must be finite");
      }
    }
  }

  /** Distance of query row {@code qi} of {@code q} (norm {@code qn} for COSINE) to training row {@code t}. */
  double distance(CsrMatrix q, int qi, double qn, int t) {
    int[] qp = q.indptr();
    int[] qIdx = q.indices();
    double[] qVal = q.values();
    int[] tp = x.indptr();
    int[] tIdx = x.indices();
    double[] tVal = x.values();
    int a = qp[qi];
    int ae = qp[qi + 1];
    int b = tp[t];
    int be = tp[t + 1];
    if (metric == Metric.COSINE) {
      double tn = norms[t];
      if (qn == 0 || tn == 0) {
        return 1.0;
      }
      double dot = 0;
      while (a < ae && b < be) {
        int ja = qIdx[a];
        int jb = tIdx[b];
        if (ja == jb) {
          dot += qVal[a++] * tVal[b++];
        } else if (ja < jb) {
          a++;
        } else {
          b++;
        }
      }
      double v = 1.0 - dot / (qn * tn);
      return v < 0 ? 0.0 : (v > 2 ? 2.0 : v);
    }
    double s = 0;
    while (a < ae || b < be) {
      int ja = a < ae ? qIdx[a] : Integer.MAX_VALUE;
      int jb = b < be ? tIdx[b] : Integer.MAX_VALUE;
      double diff;
      if (ja == jb) {
        diff = qVal[a++] - tVal[b++];
      } else if (ja < jb) {
        diff = qVal[a++];          // a - 0, as the dense formula
      } else {
        diff = 0.0 - tVal[b++];
      }
      switch (metric) {
        case EUCLIDEAN -> s += diff * diff;
        case MANHATTAN -> s += Math.abs(diff);
        case CHEBYSHEV -> s = Math.max(s, Math.abs(diff));
        default -> s += Math.pow(Math.abs(diff), power);
      }
    }
    return switch (metric) {
      case EUCLIDEAN -> Math.sqrt(s);
      case MINKOWSKI -> Math.pow(s, 1.0 / power);
      default -> s;
    };
  }
}
