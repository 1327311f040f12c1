package praxis.manifold;

/**
 * Barnes–Hut space-partitioning tree over points in 2 or 3 dimensions (a quadtree or an octree): every internal
 * cell splits at its centre into {@code 2^d} children, a leaf holds one point (or several identical points).
 * Each cell stores its barycenter, point count and squared maximum width, which is all {@link #negativeForce}
 * needs. Rebuilt once per gradient evaluation; read-only (so thread-safe) afterwards.
 */
final class SpaceTree {
  private static final int MAX_DEPTH = 64;
  private final int d;
  private final int nChildren;
  private final double[] pos; // row-major n x d
  private final int[] idx;
  // cells
  private int count;
  private int[] firstChild = new int[64]; // -1 for a leaf; children are contiguous
  private int[] size = new int[64];
  private double[] bary = new double[64 * 3];
  private double[] width2 = new double[64];

  SpaceTree(double[] pos, int n, int d) {
    this.d = d;
    this.nChildren = 1 << d;
    this.pos = pos;
    this.idx = new int[n];
    double[] lo = new double[d];
    double[] hi = new double[d];
    java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      idx[i] = i;
      for (int a = 0; a < d; a++) {
        lo[a] = Math.min(lo[a], pos[i * d + a]);
        hi[a] = Math.max(hi[a], pos[i * d + a]);
      }
    }
    for (int a = 0; a < d; a++) {
      double pad = Math.max(1e-3 * (hi[a] - lo[a]), 1e-12);
      lo[a] -= pad;
      hi[a] += pad;
    }
    int root = alloc(1);
    build(root, 0, n, lo, hi, 0);
  }

  private int alloc(int k) {
    int first = count;
    count += k;
    if (count > size.length) {
      int cap = Math.max(count, size.length * 2);
      firstChild = java.util.Arrays.copyOf(firstChild, cap);
      size = java.util.Arrays.copyOf(size, cap);
      bary = java.util.Arrays.copyOf(bary, cap * 3);
      width2 = java.util.Arrays.copyOf(width2, cap);
    }
    return first;
  }

  private void build(int cell, int from, int to, double[] lo, double[] hi, int depth) {
    int m = to - from;
    size[cell] = m;
    double w2 = 0;
    for (int a = 0; a < d; a++) {
      double s = 0;
      for (int t = from; t < to; t++) {
        s += pos[idx[t] * d + a];
      }
      bary[cell * 3 + a] = s / m;
      w2 = Math.max(w2, (hi[a] - lo[a]) * (hi[a] - lo[a]));
    }
    width2[cell] = w2;
    firstChild[cell] = -1;
    if (m <= 1 || depth >= MAX_DEPTH || allSame(from, to)) {
      return;
    }
    double[] mid = new double[d];
    for (int a = 0; a < d; a++) {
      mid[a] = 0.5 * (lo[a] + hi[a]);
    }
    // counting sort of the points by child code (stable)
    int[] counts = new int[nChildren + 1];
    int[] codes = new int[m];
    for (int t = from; t < to; t++) {
      int code = 0;
      for (int a = 0; a < d; a++) {
        if (pos[idx[t] * d + a] >= mid[a]) {
          code |= 1 << a;
        }
      }
      codes[t - from] = code;
      counts[code + 1]++;
    }
    for (int c = 0; c < nChildren; c++) {
      counts[c + 1] += counts[c];
    }
    int[] sorted = new int[m];
    int[] fill = counts.clone();
    for (int t = from; t < to; t++) {
      sorted[fill[codes[t - from]]++] = idx[t];
    }
    System.arraycopy(sorted, 0, idx, from, m);
    int first = alloc(nChildren);
    firstChild[cell] = first;
    double[] clo = new double[d];
    double[] chi = new double[d];
    for (int c = 0; c < nChildren; c++) {
      for (int a = 0; a < d; a++) {
        boolean upper = ((c >> a) & 1) == 1;
        clo[a] = upper ? mid[a] : lo[a];
        chi[a] = upper ? hi[a] : mid[a];
      }
      int cf = from + counts[c];
      int ct = from + counts[c + 1];
      if (ct > cf) {
        build(first + c, cf, ct, clo.clone(), chi.clone(), depth + 1);
      } else {
        size[first + c] = 0;
        firstChild[first + c] = -1;
      }
    }
  }

  private boolean allSame(int from, int to) {
    int r = idx[from];
    for (int t = from + 1; t < to; t++) {
      for (int a = 0; a < d; a++) {
        if (pos[idx[t] * d + a] != pos[r * d + a]) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Repulsive force on point {@code i} with the Barnes–Hut approximation (as scikit-learn's
   * {@code compute_gradient_negative}, Student-t with 1 degree of freedom): adds
   * {@code sum_cells size * q^2 * (y_i - barycenter)} to {@code out[0..d)} (unnormalized) and returns
   * {@code sum_cells size * q} (this point's share of the normalization Z), skipping the point itself.
   */
  double negativeForce(int i, double theta2, double dof, double[] out) {
    java.util.Arrays.fill(out, 0, d, 0.0);
    double z = visit(0, i, theta2, dof, out);
    return z;
  }

  private double visit(int cell, int i, double theta2, double dof, double[] out) {
    int m = size[cell];
    if (m == 0) {
      return 0;
    }
    double dist2 = 0;
    for (int a = 0; a < d; a++) {
      double delta = pos[i * d + a] - bary[cell * 3 + a];
      dist2 += delta * delta;
    }
    boolean leaf = firstChild[cell] < 0;
    boolean duplicate = dist2 <= 1e-6 * 1e-6;
    if (leaf && duplicate) {
      return 0;
    }
    if (leaf || width2[cell] / dist2 < theta2) {
      double q = dof / (dof + dist2);
      if (dof != 1) {
        q = Math.pow(q, (dof + 1) / 2);
      }
      double mult = m * q * q;
      for (int a = 0; a < d; a++) {
        out[a] += mult * (pos[i * d + a] - bary[cell * 3 + a]);
      }
      return m * q;
    }
    double z = 0;
    int first = firstChild[cell];
    for (int c = 0; c < nChildren; c++) {
      z += visit(first + c, i, theta2, dof, out);
    }
    return z;
  }
}
