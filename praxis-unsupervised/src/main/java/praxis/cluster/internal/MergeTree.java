package praxis.cluster.internal;

import java.util.Arrays;
import praxis.cluster.AgglomerativeClustering.Linkage;

/**
 * Hierarchical clustering merge trees computed as SciPy's {@code linkage} does (which scikit-learn's
 * {@code AgglomerativeClustering} calls): the nearest-neighbour chain algorithm (Murtagh 1983) with
 * Lance–Williams updates for Ward, complete and average linkage, Prim's minimum spanning tree for single
 * linkage, then a stable sort by merge distance and union-find relabelling so merge {@code i} creates node
 * {@code n + i} (children ordered as the library that scikit-learn calls orders them). Memory O(n²/2) for the condensed distance matrix,
 * time O(n²).
 *
 * <pre>{@code
 * double[] z = MergeTree.tree(rows, n, p, Linkage.WARD);   // (n-1) x 3: child a, child b, distance
 * }</pre>
 */
public final class MergeTree {
  private MergeTree() {}

  /** Index of pair {@code (i, j)}, {@code i != j}, in a condensed distance array of {@code n} points. */
  static long condensed(int n, int i, int j) {
    if (i > j) {
      int t = i;
      i = j;
      j = t;
    }
    return (long) n * i - ((long) i * (i + 1)) / 2 + (j - i - 1);
  }

  /** Euclidean condensed distances of a row-major array. */
  static double[] pdist(double[] x, int n, int p) {
    long len = (long) n * (n - 1) / 2;
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("hierarchical clustering of " + n + " rows needs " + len
          + " pairwise distances, more than one array holds; sample or pre-cluster the rows (e.g. with MiniBatchKMeans)");
    }
    double[] d = new double[(int) len];
    int t = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int c = 0; c < p; c++) {
          double v = x[i * p + c] - x[j * p + c];
          s += v * v;
        }
        d[t++] = Math.sqrt(s);
      }
    }
    return d;
  }

  /**
   * The merge tree of the rows of {@code x} ({@code n x p}, row-major): a row-major {@code (n-1) x 3} array of
   * (child a, child b, merge distance), distances non-decreasing, children numbered as SciPy.
   */
  public static double[] tree(double[] x, int n, int p, Linkage method) {
    double[] d = pdist(x, n, p);
    double[] z = method == Linkage.SINGLE ? mst(d, n) : nnChain(d, n, method);
    sortAndLabel(z, n, method != Linkage.SINGLE);
    return z;
  }

  private static double[] nnChain(double[] d, int n, Linkage method) {
    double[] z = new double[(n - 1) * 3];
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] chain = new int[n];
    int len = 0;
    for (int k = 0; k < n - 1; k++) {
      if (len == 0) {
        len = 1;
        for (int i = 0; i < n; i++) {
          if (size[i] > 0) {
            chain[0] = i;
            break;
          }
        }
      }
      int x;
      int y = -1;
      double min;
      while (true) {
        x = chain[len - 1];
        if (len > 1) {
          y = chain[len - 2];
          min = d[(int) condensed(n, x, y)];
        } else {
          min = Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
          if (size[i] == 0 || x == i) {
            continue;
          }
          double dist = d[(int) condensed(n, x, i)];
          if (dist < min) {
            min = dist;
            y = i;
          }
        }
        if (len > 1 && y == chain[len - 2]) {
          break;
        }
        chain[len++] = y;
      }
      len -= 2;
      if (x > y) {
        int t = x;
        x = y;
        y = t;
      }
      int nx = size[x];
      int ny = size[y];
      z[k * 3] = x;
      z[k * 3 + 1] = y;
      z[k * 3 + 2] = min;
      size[x] = 0;
      size[y] = nx + ny;
      for (int i = 0; i < n; i++) {
        int ni = size[i];
        if (ni == 0 || i == y) {
          continue;
        }
        int ix = (int) condensed(n, i, x);
        int iy = (int) condensed(n, i, y);
        d[iy] = update(method, d[ix], d[iy], min, nx, ny, ni);
      }
    }
    return z;
  }

  private static double update(Linkage m, double dxi, double dyi, double dxy, int nx, int ny, int ni) {
    return switch (m) {
      case COMPLETE -> Math.max(dxi, dyi);
      case AVERAGE -> (nx * dxi + ny * dyi) / (nx + ny);
      case WARD -> {
        double t = 1.0 / (nx + ny + ni);
        yield Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
      }
      case SINGLE -> Math.min(dxi, dyi);
    };
  }

  private static double[] mst(double[] dists, int n) {
    double[] z = new double[(n - 1) * 3];
    boolean[] merged = new boolean[n];
    double[] d = new double[n];
    Arrays.fill(d, Double.POSITIVE_INFINITY);
    int x = 0;
    int y = 0;
    for (int k = 0; k < n - 1; k++) {
      double min = Double.POSITIVE_INFINITY;
      merged[x] = true;
      for (int i = 0; i < n; i++) {
        if (merged[i]) {
          continue;
        }
        double dist = dists[(int) condensed(n, x, i)];
        if (d[i] > dist) {
          d[i] = dist;
        }
        if (d[i] < min) {
          y = i;
          min = d[i];
        }
      }
      z[k * 3] = x;
      z[k * 3 + 1] = y;
      z[k * 3 + 2] = min;
      x = y;
    }
    return z;
  }

  /**
   * Stable sort by distance, then union-find relabelling: SciPy's {@code label} orders each pair of children
   * (smaller, larger); scikit-learn's own single-linkage path ({@code single_linkage_label}) keeps the spanning
   * tree's edge direction instead, which {@code ordered = false} reproduces.
   */
  private static void sortAndLabel(double[] z, int n, boolean ordered) {
    int m = n - 1;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(z[a * 3 + 2], z[b * 3 + 2]));
    double[] sorted = new double[z.length];
    for (int i = 0; i < m; i++) {
      System.arraycopy(z, order[i] * 3, sorted, i * 3, 3);
    }
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int next = n;
    for (int i = 0; i < m; i++) {
      int xr = find(parent, (int) sorted[i * 3]);
      int yr = find(parent, (int) sorted[i * 3 + 1]);
      z[i * 3] = ordered ? Math.min(xr, yr) : xr;
      z[i * 3 + 1] = ordered ? Math.max(xr, yr) : yr;
      z[i * 3 + 2] = sorted[i * 3 + 2];
      parent[xr] = next;
      parent[yr] = next;
      next++;
    }
  }

  private static int find(int[] parent, int x) {
    int root = x;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[x] != root) {
      int nx = parent[x];
      parent[x] = root;
      x = nx;
    }
    return root;
  }

  /**
   * Flat labels from cutting the tree into {@code k} clusters, numbered exactly as scikit-learn's
   * {@code _hc_cut} numbers them (the order of the nodes in its Python {@code heapq} list).
   */
  public static int[] cut(double[] z, int n, int k) {
    int[] left = new int[n - 1];
    int[] right = new int[n - 1];
    for (int i = 0; i < n - 1; i++) {
      left[i] = (int) z[i * 3];
      right[i] = (int) z[i * 3 + 1];
    }
    // heap of negated node ids (a min-heap of -id = a max-heap of ids)
    int[] heap = new int[k];
    int size = 1;
    heap[0] = -(Math.max(left[n - 2], right[n - 2]) + 1);
    for (int t = 0; t < k - 1; t++) {
      int node = -heap[0];
      int a = left[node - n];
      int b = right[node - n];
      heap[size++] = -a;
      siftDown(heap, 0, size - 1);
      int item = -b;
      if (size > 0 && heap[0] < item) {
        int top = heap[0];
        heap[0] = item;
        siftUp(heap, size, 0);
        item = top;
      }
    }
    int[] label = new int[n];
    int[] stack = new int[n];
    for (int i = 0; i < size; i++) {
      int sp = 0;
      stack[sp++] = -heap[i];
      while (sp > 0) {
        int node = stack[--sp];
        if (node < n) {
          label[node] = i;
        } else {
          stack[sp++] = left[node - n];
          stack[sp++] = right[node - n];
        }
      }
    }
    return label;
  }

  /** CPython heapq._siftdown. */
  private static void siftDown(int[] heap, int start, int pos) {
    int item = heap[pos];
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      int parent = heap[parentPos];
      if (item < parent) {
        heap[pos] = parent;
        pos = parentPos;
        continue;
      }
      break;
    }
    heap[pos] = item;
  }

  /** CPython heapq._siftup. */
  private static void siftUp(int[] heap, int end, int pos) {
    int start = pos;
    int item = heap[pos];
    int child = 2 * pos + 1;
    while (child < end) {
      int right = child + 1;
      if (right < end && !(heap[child] < heap[right])) {
        child = right;
      }
      heap[pos] = heap[child];
      pos = child;
      child = 2 * pos + 1;
    }
    heap[pos] = item;
    siftDown(heap, start, pos);
  }
}
