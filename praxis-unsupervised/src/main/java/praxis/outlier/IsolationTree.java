package praxis.outlier;

import java.util.SplittableRandom;

/**
 * One isolation tree in flat arrays: node {@code i} splits on {@code feature[i]} at {@code threshold[i]}
 * (rows with {@code x <= threshold} go left) or, when {@code feature[i] < 0}, is a leaf whose
 * {@code pathLength[i]} is its depth plus {@code c(size)}.
 */
final class IsolationTree {
  final int[] feature;
  final double[] threshold;
  final int[] left;
  final int[] right;
  final double[] pathLength;

  IsolationTree(int[] feature, double[] threshold, int[] left, int[] right, double[] pathLength) {
    this.feature = feature;
    this.threshold = threshold;
    this.left = left;
    this.right = right;
    this.pathLength = pathLength;
  }

  /** Expected path length of an unsuccessful search in a binary search tree of {@code n} keys. */
  static double c(int n) {
    if (n <= 1) {
      return 0;
    }
    if (n == 2) {
      return 1;
    }
    return 2 * (Math.log(n - 1.0) + 0.5772156649015329) - 2.0 * (n - 1) / n;
  }

  static IsolationTree grow(double[] x, int n, int p, int psi, int maxDepth, SplittableRandom rnd) {
    // Sample psi distinct rows (partial Fisher-Yates).
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < psi; i++) {
      int j = i + rnd.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] rows = java.util.Arrays.copyOf(all, psi);
    int cap = 2 * psi;
    Builder b = new Builder(cap);
    b.build(x, p, rows, 0, psi, 0, maxDepth, rnd, new int[p]);
    return b.finish();
  }

  private static final class Builder {
    int[] feature;
    double[] threshold;
    int[] left;
    int[] right;
    double[] path;
    int size;

    Builder(int cap) {
      feature = new int[cap];
      threshold = new double[cap];
      left = new int[cap];
      right = new int[cap];
      path = new double[cap];
    }

    int add() {
      if (size == feature.length) {
        int c = size * 2;
        feature = java.util.Arrays.copyOf(feature, c);
        threshold = java.util.Arrays.copyOf(threshold, c);
        left = java.util.Arrays.copyOf(left, c);
        right = java.util.Arrays.copyOf(right, c);
        path = java.util.Arrays.copyOf(path, c);
      }
      return size++;
    }

    int build(double[] x, int p, int[] rows, int from, int to, int depth, int maxDepth, SplittableRandom rnd,
        int[] order) {
      int node = add();
      int count = to - from;
      feature[node] = -1;
      if (count <= 1 || depth >= maxDepth) {
        path[node] = depth + c(count);
        return node;
      }
      // Random non-constant feature: shuffle the feature order lazily until one varies.
      for (int j = 0; j < p; j++) {
        order[j] = j;
      }
      int f = -1;
      double lo = 0;
      double hi = 0;
      for (int remaining = p; remaining > 0; remaining--) {
        int pick = rnd.nextInt(remaining);
        int cand = order[pick];
        order[pick] = order[remaining - 1];
        order[remaining - 1] = cand;
        double mn = Double.POSITIVE_INFINITY;
        double mx = Double.NEGATIVE_INFINITY;
        for (int t = from; t < to; t++) {
          double v = x[rows[t] * p + cand];
          mn = Math.min(mn, v);
          mx = Math.max(mx, v);
        }
        if (mx > mn) {
          f = cand;
          lo = mn;
          hi = mx;
          break;
        }
      }
      if (f < 0) {
        path[node] = depth + c(count);
        return node;
      }
      double thr = lo + rnd.nextDouble() * (hi - lo);
      if (thr >= hi) {
        thr = lo;
      }
      int mid = from;
      for (int t = from; t < to; t++) {
        if (x[rows[t] * p + f] <= thr) {
          int tmp = rows[t];
          rows[t] = rows[mid];
          rows[mid++] = tmp;
        }
      }
      feature[node] = f;
      threshold[node] = thr;
      int l = build(x, p, rows, from, mid, depth + 1, maxDepth, rnd, order);
      int r = build(x, p, rows, mid, to, depth + 1, maxDepth, rnd, order);
      left[node] = l;
      right[node] = r;
      return node;
    }

    IsolationTree finish() {
      return new IsolationTree(java.util.Arrays.copyOf(feature, size), java.util.Arrays.copyOf(threshold, size),
          java.util.Arrays.copyOf(left, size), java.util.Arrays.copyOf(right, size),
          java.util.Arrays.copyOf(path, size));
    }
  }

  /** Path length of row {@code i} of a row-major array. */
  double pathLength(double[] x, int i, int p) {
    int node = 0;
    while (feature[node] >= 0) {
      node = x[i * p + feature[node]] <= threshold[node] ? left[node] : right[node];
    }
    return pathLength[node];
  }
}
