package praxis.trees.internal;

import java.util.Arrays;

/**
 * Absolute-error split statistics: weighted medians and absolute deviations of growing left sets, in
 * O(log D) per query ({@code D} distinct target values) through Fenwick trees over target ranks holding the
 * node's rows, the left set and the missing-value rows (right = node - left). Inserted rows are undone
 * per feature, so the trees never need a full reset.
 *
 * <pre>{@code
 * Mae m = new Mae(y);
 * m.beginFeature(idx, start, end, w); m.addLeft(row, w[row]); double proxy = m.proxy(wl, wr); m.endFeature();
 * }</pre>
 */
final class Mae {
  private final double[] y;
  private final double[] sorted;
  private final int[] rank;
  private final int d;
  private final int top;
  private final double[] nodeW;
  private final double[] nodeWy;
  private final double[] leftW;
  private final double[] leftWy;
  private final double[] missW;
  private final double[] missWy;
  private final int[] leftRows;
  private final double[] leftWts;
  private final int[] missRows;
  private final double[] missWts;
  private int nLeft;
  private int nMiss;
  private int[] nodeIdx;
  private int nodeStart;
  private int nodeEnd;
  private double[] nodeWts;
  private double totW;
  private double totWy;
  private double lW;
  private double lWy;
  private double mW;
  private double mWy;
  private boolean missingLeft;

  Mae(double[] y) {
    this.y = y;
    double[] s = y.clone();
    Arrays.sort(s);
    int u = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[u - 1]) {
        s[u++] = s[i];
      }
    }
    sorted = Arrays.copyOf(s, u);
    d = u;
    rank = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      rank[i] = Arrays.binarySearch(sorted, y[i]) + 1;
    }
    int t = 1;
    while (t * 2 <= d) {
      t *= 2;
    }
    top = t;
    nodeW = new double[d + 1];
    nodeWy = new double[d + 1];
    leftW = new double[d + 1];
    leftWy = new double[d + 1];
    missW = new double[d + 1];
    missWy = new double[d + 1];
    leftRows = new int[y.length];
    leftWts = new double[y.length];
    missRows = new int[y.length];
    missWts = new double[y.length];
  }

  private static void add(double[] a, double[] b, int i, double w, double wy) {
    for (; i < a.length; i += i & -i) {
      a[i] += w;
      b[i] += wy;
    }
  }

  void beginFeature(int[] idx, int start, int end, double[] w) {
    nodeIdx = idx;
    nodeStart = start;
    nodeEnd = end;
    nodeWts = w;
    totW = 0;
    totWy = 0;
    for (int i = start; i < end; i++) {
      int r = idx[i];
      add(nodeW, nodeWy, rank[r], w[r], w[r] * y[r]);
      totW += w[r];
      totWy += w[r] * y[r];
    }
    nLeft = 0;
    nMiss = 0;
    lW = lWy = mW = mWy = 0;
  }

  void addMissing(int r, double w) {
    add(missW, missWy, rank[r], w, w * y[r]);
    missRows[nMiss] = r;
    missWts[nMiss++] = w;
    mW += w;
    mWy += w * y[r];
  }

  void addLeft(int r, double w) {
    add(leftW, leftWy, rank[r], w, w * y[r]);
    leftRows[nLeft] = r;
    leftWts[nLeft++] = w;
    lW += w;
    lWy += w * y[r];
  }

  void setMissingLeft(boolean ml) {
    missingLeft = ml;
  }

  void clearLeft() {
    for (int q = 0; q < nLeft; q++) {
      int r = leftRows[q];
      add(leftW, leftWy, rank[r], -leftWts[q], -leftWts[q] * y[r]);
    }
    nLeft = 0;
    lW = 0;
    lWy = 0;
  }

  void endFeature() {
    clearLeft();
    for (int q = 0; q < nMiss; q++) {
      int r = missRows[q];
      add(missW, missWy, rank[r], -missWts[q], -missWts[q] * y[r]);
    }
    nMiss = 0;
    for (int i = nodeStart; i < nodeEnd; i++) {
      int r = nodeIdx[i];
      add(nodeW, nodeWy, rank[r], -nodeWts[r], -nodeWts[r] * y[r]);
    }
  }

  /** Sum of w |y - median| over the set with Fenwick weights {@code a node + b left + c missing}. */
  private double absDev(double a, double b, double c, double tw, double twy) {
    if (tw <= 0) {
      return 0;
    }
    double half = tw / 2;
    int pos = 0;
    double cw = 0;
    double cwy = 0;
    for (int step = top; step > 0; step >>= 1) {
      int nx = pos + step;
      if (nx <= d) {
        double vw = a * nodeW[nx] + b * leftW[nx] + c * missW[nx];
        if (cw + vw < half) {
          pos = nx;
          cw += vw;
          cwy += a * nodeWy[nx] + b * leftWy[nx] + c * missWy[nx];
        }
      }
    }
    // rank pos + 1 holds the median; include it in the lower part
    int r = Math.min(pos + 1, d);
    double med = sorted[r - 1];
    // weight and weighted sum at exactly rank r: prefix(r) - prefix(pos)
    double pw = 0;
    double pwy = 0;
    for (int i = r; i > pos; i -= i & -i) {
      pw += a * nodeW[i] + b * leftW[i] + c * missW[i];
      pwy += a * nodeWy[i] + b * leftWy[i] + c * missWy[i];
    }
    for (int i = pos; i > 0; i -= i & -i) {
      pw -= a * nodeW[i] + b * leftW[i] + c * missW[i];
      pwy -= a * nodeWy[i] + b * leftWy[i] + c * missWy[i];
    }
    double lowW = cw + pw;
    double lowWy = cwy + pwy;
    return med * lowW - lowWy + (twy - lowWy) - med * (tw - lowW);
  }

  /** {@code -(sum_left w|y - med_l| + sum_right w|y - med_r|)}. */
  double proxy(double wl, double wr) {
    double c = missingLeft ? 1 : 0;
    double lw = lW + c * mW;
    double lwy = lWy + c * mWy;
    double left = absDev(0, 1, c, lw, lwy);
    double right = absDev(1, -1, -c, totW - lw, totWy - lwy);
    return -(left + right);
  }

  /** Weighted mean absolute deviation from the weighted median of the rows {@code idx[from, to)}. */
  double impurity(int[] idx, int from, int to, double[] w) {
    int m = to - from;
    double[] v = new double[m];
    int[] p = new int[m];
    for (int i = 0; i < m; i++) {
      v[i] = y[idx[from + i]];
      p[i] = idx[from + i];
    }
    double med = median(v, p, w, m);
    double s = 0;
    double tw = 0;
    for (int i = 0; i < m; i++) {
      s += w[p[i]] * Math.abs(v[i] - med);
      tw += w[p[i]];
    }
    return s / tw;
  }

  /** scikit-learn's weighted median of the rows {@code idx[from, to)} (buffers are scratch space). */
  double median(int[] idx, int from, int to, double[] w, double[] vbuf, int[] pbuf) {
    int m = to - from;
    double[] v = new double[m];
    int[] p = new int[m];
    for (int i = 0; i < m; i++) {
      v[i] = y[idx[from + i]];
      p[i] = idx[from + i];
    }
    return median(v, p, w, m);
  }

  private static double median(double[] v, int[] p, double[] w, int m) {
    Sort.sort(v, p, 0, m);
    double tw = 0;
    for (int i = 0; i < m; i++) {
      tw += w[p[i]];
    }
    double half = tw / 2;
    double c = 0;
    for (int i = 0; i < m; i++) {
      c += w[p[i]];
      if (c >= half) {
        if (c == half && i + 1 < m) {
          return (v[i] + v[i + 1]) / 2;
        }
        return v[i];
      }
    }
    return v[m - 1];
  }
}
