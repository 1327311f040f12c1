package praxis.neighbors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A nearest-neighbour index over a fixed set of training points: k-nearest and radius queries by brute force,
 * a k-d tree or a ball tree ({@link Algorithm}). Built once, then immutable and safe to query from many threads.
 *
 * <p>Every algorithm returns exactly the same answer: neighbours sorted by distance, ties broken by the smaller
 * training index, with distances computed by the same arithmetic (so equal bit for bit). Trees only skip
 * nodes whose lower distance bound exceeds the current k-th distance (or the radius); the k-d tree bound is
 * computed with the same operations as the distance and is therefore never larger than any computed point
 * distance, the ball-tree bound uses a relative slack of 1e-10 against rounding. Radius queries include points
 * at distance exactly {@code r} (as scikit-learn). Batch queries run over an explicit thread count with an
 * executor owned by the call; results do not depend on it.
 *
 * <p>Trees are stored as primitive arrays: the index permutation, per-node point ranges and children, and
 * per-node bounds (k-d tree: bounding box; ball tree: centroid and covering radius). Nodes are split at the
 * median of the dimension with the largest spread until at most {@code leafSize} points remain (or all points
 * of a node coincide); the median is found by a quickselect on the gathered split coordinates. Build cost
 * O(n d log n), memory O(n d).
 *
 * <pre>{@code
 * double[] x = {0, 0,  1, 0,  5, 5};                  // three 2-d points, row-major
 * NeighborIndex idx = NeighborIndex.build(x, 3, 2, false, Metric.EUCLIDEAN, 2.0, Algorithm.KD_TREE, 30);
 * NeighborIndex.Neighbors nn = idx.kNearest(new double[] {0.2, 0}, 2);   // indices [0, 1]
 * NeighborIndex.Neighbors near = idx.radius(new double[] {0, 0}, 1.0);  // indices [0, 1], distances [0, 1]
 * }</pre>
 */
public final class NeighborIndex {

  /**
   * The neighbours of one query: training indices and distances, nearest first (ties by index).
   *
   * <pre>{@code
   * NeighborIndex.Neighbors nn = index.kNearest(point, 3);
   * int nearest = nn.indices()[0];
   * }</pre>
   *
   * @param indices training row indices
   * @param distances matching distances, non-decreasing
   */
  public record Neighbors(int[] indices, double[] distances) {
    /** Number of neighbours. */
    public int size() {
      return indices.length;
    }
  }

  private static final double BALL_SLACK = 1e-10;

  private final int n;
  private final int d;
  private final Metric metric;
  private final double power;
  private final Algorithm algorithm;
  private final int leafSize;
  private final double[] pts; // row-major, rows in tree order (training order for brute)
  private final int[] perm; // position -> training index
  private final double[] norms; // COSINE: row norms by position
  // tree nodes
  private int nodeCount;
  private int[] nodeStart = new int[0];
  private int[] nodeEnd = new int[0];
  private int[] nodeLeft = new int[0]; // -1 for a leaf
  private int[] nodeRight = new int[0];
  private double[] boundA = new double[0]; // KD: lower corner; BALL: centroid (nodeCount x d)
  private double[] boundB = new double[0]; // KD: upper corner (nodeCount x d); BALL: radius (nodeCount)

  private NeighborIndex(double[] rowMajor, int n, int d, Metric metric, double power, Algorithm algorithm,
      int leafSize) {
    this.n = n;
    this.d = d;
    this.metric = metric;
    this.power = power;
    this.algorithm = algorithm;
    this.leafSize = leafSize;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (algorithm != Algorithm.BRUTE) {
      buildTree(rowMajor, order); // rowMajor (our own copy) ends in tree order
      this.pts = rowMajor;
    } else {
      this.pts = rowMajor;
    }
    this.perm = order;
    this.norms = new double[metric == Metric.COSINE ? n : 0];
    if (metric == Metric.COSINE) {
      for (int r = 0; r < n; r++) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          double v = pts[r * d + j];
          s += v * v;
        }
        norms[r] = Math.sqrt(s);
      }
    }
  }

  /**
   * Builds an index.
   *
   * @param x the n x d training matrix (copied)
   * @param n number of points (&gt;= 1)
   * @param d dimension (&gt;= 1)
   * @param columnMajor whether {@code x} is column-major ({@code x[j * n + i]}) rather than row-major
   * @param metric distance
   * @param p Minkowski exponent (finite, &gt;= 1; ignored by the other metrics)
   * @param algorithm search algorithm ({@link Algorithm#AUTO} resolves by the rule documented there)
   * @param leafSize maximum points per tree leaf (&gt;= 1)
   * @throws IllegalArgumentException on bad sizes, non-finite values, or a tree requested for COSINE
   */
  public static NeighborIndex build(double[] x, int n, int d, boolean columnMajor, Metric metric, double p,
      Algorithm algorithm, int leafSize) {
    if (x == null || metric == null || algorithm == null) {
      throw new IllegalArgumentException("NeighborIndex: x, metric and algorithm must not be null");
    }
    if (n < 1 || d < 1 || (long) n * d != x.length) {
      throw new IllegalArgumentException("NeighborIndex: need n >= 1 points of dimension d >= 1 with x.length = n * d;"
          + " got n = " + n + ", d = " + d + ", x.length = " + x.length);
    }
    if (!(p >= 1) || !Double.isFinite(p)) {
      throw new IllegalArgumentException("NeighborIndex: p must be a finite number >= 1 (Minkowski exponent), got "
          + p);
    }
    if (leafSize < 1) {
      throw new IllegalArgumentException("NeighborIndex: leafSize must be >= 1, got " + leafSize);
    }
    if (metric == Metric.COSINE && (algorithm == Algorithm.KD_TREE || algorithm == Algorithm.BALL_TREE)) {
      throw new IllegalArgumentException("NeighborIndex: algorithm " + algorithm + " does not support the COSINE"
          + " metric (not a true metric); use Algorithm.BRUTE or AUTO");
    }
    double[] rm = columnMajor ? NeighborSearch.rowMajor(x, n, d) : x.clone();
    for (int i = 0; i < rm.length; i++) {
      if (!Double.isFinite(rm[i])) {
        throw new IllegalArgumentException("NeighborIndex: point " + (i / d) + ", coordinate " + (i % d)
            + " is " + rm[i] + "; all values must be finite");
      }
    }
    return new NeighborIndex(rm, n, d, metric, p, resolve(algorithm, n, d, metric, leafSize), leafSize);
  }

  /** The algorithm {@link Algorithm#AUTO} picks for this shape and metric (other values are returned as is). */
  public static Algorithm resolve(Algorithm algorithm, int n, int d, Metric metric, int leafSize) {
    if (algorithm != Algorithm.AUTO) {
      return algorithm;
    }
    if (metric == Metric.COSINE || d > 15 || n < Math.max(16, 2 * leafSize)) {
      return Algorithm.BRUTE;
    }
    return Algorithm.KD_TREE;
  }

  /** The algorithm in use (never AUTO). */
  public Algorithm algorithm() {
    return algorithm;
  }

  /** Number of indexed points. */
  public int size() {
    return n;
  }

  /** Dimension of the points. */
  public int dimension() {
    return d;
  }

  /** The metric. */
  public Metric metric() {
    return metric;
  }

  /** Number of tree nodes (0 for brute force). */
  public int nodeCount() {
    return nodeCount;
  }

  // ---------------------------------------------------------------- building

  /**
   * Builds the tree over the rows of {@code x} and rearranges them in place into tree order (row {@code pos} of
   * {@code x} becomes training row {@code order[pos]}), so that every node's rows are contiguous while the
   * nodes below it are built.
   */
  private void buildTree(double[] x, int[] order) {
    int cap = 2 * Math.max(1, 2 * n / Math.max(1, leafSize)) + 3;
    nodeStart = new int[cap];
    nodeEnd = new int[cap];
    nodeLeft = new int[cap];
    nodeRight = new int[cap];
    boundA = new double[cap * d];
    boundB = new double[cap * d];
    int[] slot = new int[n];
    build(x, order, 0, n, new double[n], slot, new double[n * d]);
    nodeStart = Arrays.copyOf(nodeStart, nodeCount);
    nodeEnd = Arrays.copyOf(nodeEnd, nodeCount);
    nodeLeft = Arrays.copyOf(nodeLeft, nodeCount);
    nodeRight = Arrays.copyOf(nodeRight, nodeCount);
    if (algorithm == Algorithm.KD_TREE) {
      // the boxes were filled while splitting (the spread that picks the split dimension is the box)
      boundA = Arrays.copyOf(boundA, nodeCount * d);
      boundB = Arrays.copyOf(boundB, nodeCount * d);
      return;
    }
    boundA = new double[nodeCount * d];
    boundB = new double[nodeCount];
    for (int node = 0; node < nodeCount; node++) {
      int s = nodeStart[node];
      int e = nodeEnd[node];
      int o = node * d;
      // per coordinate, the rows are summed in order, as a column-wise loop would
      for (int i = s; i < e; i++) {
        int xo = i * d;
        for (int j = 0; j < d; j++) {
          boundA[o + j] += x[xo + j];
        }
      }
      for (int j = 0; j < d; j++) {
        boundA[o + j] = boundA[o + j] / (e - s);
      }
      double r = 0;
      for (int i = s; i < e; i++) {
        r = Math.max(r, dist(boundA, o, x, i * d));
      }
      boundB[node] = r;
    }
  }

  /**
   * Builds the subtree over positions [start, end) (rows of {@code x} in the current order): computes the node's
   * bounding box, splits at the median of the widest dimension by (value, training index) with a quickselect on
   * the gathered keys, moves the rows of x into the new order (through {@code buf}) and recurses.
   */
  private int build(double[] x, int[] order, int start, int end, double[] keys, int[] slot, double[] buf) {
    int node = nodeCount++;
    if (node == nodeStart.length) {
      int cap = nodeStart.length * 2;
      nodeStart = Arrays.copyOf(nodeStart, cap);
      nodeEnd = Arrays.copyOf(nodeEnd, cap);
      nodeLeft = Arrays.copyOf(nodeLeft, cap);
      nodeRight = Arrays.copyOf(nodeRight, cap);
      boundA = Arrays.copyOf(boundA, cap * d);
      boundB = Arrays.copyOf(boundB, cap * d);
    }
    nodeStart[node] = start;
    nodeEnd[node] = end;
    nodeLeft[node] = -1;
    nodeRight[node] = -1;
    int o = node * d;
    double[] lo = boundA;
    double[] hi = boundB;
    System.arraycopy(x, start * d, lo, o, d);
    System.arraycopy(x, start * d, hi, o, d);
    for (int i = start + 1; i < end; i++) {
      int xo = i * d;
      for (int j = 0; j < d; j++) {
        double v = x[xo + j];
        if (v < lo[o + j]) {
          lo[o + j] = v;
        }
        if (v > hi[o + j]) {
          hi[o + j] = v;
        }
      }
    }
    if (end - start <= leafSize) {
      return node;
    }
    int dim = -1;
    double best = 0;
    for (int j = 0; j < d; j++) {
      double spread = hi[o + j] - lo[o + j];
      if (spread > best) {
        best = spread;
        dim = j;
      }
    }
    if (dim < 0) {
      return node; // all points coincide
    }
    for (int i = start; i < end; i++) {
      keys[i] = x[i * d + dim];
      slot[i] = i;
    }
    int mid = (start + end) >>> 1;
    select(keys, order, slot, start, end - 1, mid);
    for (int i = start; i < end; i++) {
      System.arraycopy(x, slot[i] * d, buf, i * d, d);
    }
    System.arraycopy(buf, start * d, x, start * d, (end - start) * d);
    int l = build(x, order, start, mid, keys, slot, buf);
    int r = build(x, order, mid, end, keys, slot, buf);
    nodeLeft[node] = l;
    nodeRight[node] = r;
    return node;
  }

  /**
   * Rearranges keys/order/slot[lo..hi] (in step) so that position kth holds the element of that rank by (key,
   * index), smaller ones before it and larger ones after.
   */
  private static void select(double[] keys, int[] order, int[] slot, int lo, int hi, int kth) {
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // median of three to the hi slot as pivot
      if (less(keys, order, mid, lo)) {
        swap(keys, order, slot, mid, lo);
      }
      if (less(keys, order, hi, lo)) {
        swap(keys, order, slot, hi, lo);
      }
      if (less(keys, order, mid, hi)) {
        swap(keys, order, slot, mid, hi);
      }
      double pk = keys[hi];
      int pi = order[hi];
      int store = lo;
      for (int i = lo; i < hi; i++) {
        double k = keys[i];
        if (k < pk || (k == pk && order[i] < pi)) {
          swap(keys, order, slot, i, store++);
        }
      }
      swap(keys, order, slot, store, hi);
      if (store == kth) {
        return;
      } else if (store < kth) {
        lo = store + 1;
      } else {
        hi = store - 1;
      }
    }
  }

  private static boolean less(double[] keys, int[] order, int a, int b) {
    return keys[a] < keys[b] || (keys[a] == keys[b] && order[a] < order[b]);
  }

  private static void swap(double[] keys, int[] order, int[] slot, int i, int j) {
    double k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    int t = order[i];
    order[i] = order[j];
    order[j] = t;
    t = slot[i];
    slot[i] = slot[j];
    slot[j] = t;
  }

  // ---------------------------------------------------------------- distances

  /** Distance between a[ao..ao+d) and b[bo..bo+d) for the non-cosine metrics (query first, as brute force). */
  private double dist(double[] a, int ao, double[] b, int bo) {
    switch (metric) {
      case EUCLIDEAN: {
        double s = 0;
        for (int j = 0; j < d; j++) {
          double t = a[ao + j] - b[bo + j];
          s += t * t;
        }
        return Math.sqrt(s);
      }
      case MANHATTAN: {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += Math.abs(a[ao + j] - b[bo + j]);
        }
        return s;
      }
      case CHEBYSHEV: {
        double m = 0;
        for (int j = 0; j < d; j++) {
          m = Math.max(m, Math.abs(a[ao + j] - b[bo + j]));
        }
        return m;
      }
      case MINKOWSKI: {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += Math.pow(Math.abs(a[ao + j] - b[bo + j]), power);
        }
        return Math.pow(s, 1.0 / power);
      }
      default:
        throw new IllegalStateException("metric " + metric + " has no tree distance");
    }
  }

  private double pointDist(double[] q, int qo, double qNorm, int pos) {
    if (metric != Metric.COSINE) {
      return dist(q, qo, pts, pos * d);
    }
    double tn = norms[pos];
    if (qNorm == 0 || tn == 0) {
      return 1.0;
    }
    double dot = 0;
    int to = pos * d;
    for (int j = 0; j < d; j++) {
      dot += q[qo + j] * pts[to + j];
    }
    double v = 1.0 - dot / (qNorm * tn);
    return v < 0 ? 0.0 : (v > 2 ? 2.0 : v); // clipped to [0, 2] like scikit-learn
  }

  private double queryNorm(double[] q, int qo) {
    if (metric != Metric.COSINE) {
      return 0;
    }
    double s = 0;
    for (int j = 0; j < d; j++) {
      s += q[qo + j] * q[qo + j];
    }
    return Math.sqrt(s);
  }

  /** KD box lower bound: the distance formula with each difference replaced by the gap to the box. */
  private double boxBound(double[] q, int qo, int node) {
    int o = node * d;
    double s = 0;
    for (int j = 0; j < d; j++) {
      double v = q[qo + j];
      double lo = boundA[o + j];
      double hi = boundB[o + j];
      double g = v < lo ? lo - v : (v > hi ? v - hi : 0.0);
      switch (metric) {
        case EUCLIDEAN:
          s += g * g;
          break;
        case MANHATTAN:
          s += g;
          break;
        case CHEBYSHEV:
          s = Math.max(s, g);
          break;
        default:
          s += Math.pow(g, power);
      }
    }
    switch (metric) {
      case EUCLIDEAN:
        return Math.sqrt(s);
      case MINKOWSKI:
        return Math.pow(s, 1.0 / power);
      default:
        return s;
    }
  }

  /** A bound that is compared with {@code <= limit} to decide whether to visit a node. */
  private boolean mayContain(double[] q, int qo, int node, double limit, double[] boundOut, int slot) {
    double b;
    if (algorithm == Algorithm.KD_TREE) {
      b = boxBound(q, qo, node);
      boundOut[slot] = b;
      return b <= limit;
    }
    double dc = dist(q, qo, boundA, node * d);
    double r = boundB[node];
    b = dc - r - BALL_SLACK * (dc + r);
    boundOut[slot] = b;
    return b <= limit;
  }

  // ---------------------------------------------------------------- k nearest

  /** Per-thread search state for a k-nearest query. */
  private static final class Knn {
    final double[] bestD;
    final int[] bestI;
    int size;
    final double[] bounds = new double[2];

    Knn(int k) {
      bestD = new double[k];
      bestI = new int[k];
    }

    double worst() {
      return size < bestD.length ? Double.POSITIVE_INFINITY : bestD[size - 1];
    }

    void offer(double dd, int idx) {
      int k = bestD.length;
      int pos;
      if (size < k) {
        pos = size++;
      } else if (dd < bestD[k - 1] || (dd == bestD[k - 1] && idx < bestI[k - 1])) {
        pos = k - 1;
      } else {
        return;
      }
      while (pos > 0 && (bestD[pos - 1] > dd || (bestD[pos - 1] == dd && bestI[pos - 1] > idx))) {
        bestD[pos] = bestD[pos - 1];
        bestI[pos] = bestI[pos - 1];
        pos--;
      }
      bestD[pos] = dd;
      bestI[pos] = idx;
    }
  }

  /**
   * The {@code k} nearest points to one query point.
   *
   * @throws IllegalArgumentException if {@code point.length != dimension()} or k is not in [1, size()]
   */
  public Neighbors kNearest(double[] point, int k) {
    checkQueries(point, 1);
    checkK(k);
    int[] idx = new int[k];
    double[] dist = new double[k];
    knnRange(point, 0, 1, k, idx, dist);
    return new Neighbors(idx, dist);
  }

  /**
   * The {@code k} nearest points of each of {@code q} query rows ({@code queries} row-major q x d): indices and
   * distances written to {@code [row * k + rank]}, nearest first, parallel over rows.
   *
   * @throws IllegalArgumentException on a wrong query length, k outside [1, size()], short output arrays or
   *     nThreads &lt; 1
   */
  public void kNearest(double[] queries, int q, int k, int nThreads, int[] idxOut, double[] distOut) {
    checkQueries(queries, q);
    checkK(k);
    checkThreads(nThreads);
    if (idxOut.length < (long) q * k || distOut.length < (long) q * k) {
      throw new IllegalArgumentException("NeighborIndex: output arrays need q * k = " + ((long) q * k)
          + " slots, got " + idxOut.length + " and " + distOut.length);
    }
    parallel(q, nThreads, (from, to) -> knnRange(queries, from, to, k, idxOut, distOut));
  }

  private void knnRange(double[] queries, int from, int to, int k, int[] idxOut, double[] distOut) {
    Knn s = new Knn(k);
    for (int qi = from; qi < to; qi++) {
      int qo = qi * d;
      s.size = 0;
      if (algorithm == Algorithm.BRUTE) {
        double qn = queryNorm(queries, qo);
        for (int pos = 0; pos < n; pos++) {
          s.offer(pointDist(queries, qo, qn, pos), pos);
        }
      } else {
        knnNode(queries, qo, 0, s);
      }
      System.arraycopy(s.bestD, 0, distOut, qi * k, k);
      System.arraycopy(s.bestI, 0, idxOut, qi * k, k);
    }
  }

  private void knnNode(double[] q, int qo, int node, Knn s) {
    int left = nodeLeft[node];
    if (left < 0) {
      for (int pos = nodeStart[node], e = nodeEnd[node]; pos < e; pos++) {
        s.offer(dist(q, qo, pts, pos * d), perm[pos]);
      }
      return;
    }
    int right = nodeRight[node];
    double[] b = s.bounds;
    mayContain(q, qo, left, Double.POSITIVE_INFINITY, b, 0);
    mayContain(q, qo, right, Double.POSITIVE_INFINITY, b, 1);
    double bl = b[0];
    double br = b[1];
    int first = bl <= br ? left : right;
    int second = first == left ? right : left;
    double bFirst = Math.min(bl, br);
    double bSecond = Math.max(bl, br);
    if (bFirst <= s.worst()) {
      knnNode(q, qo, first, s);
    }
    if (bSecond <= s.worst()) {
      knnNode(q, qo, second, s);
    }
  }

  // ---------------------------------------------------------------- radius

  /** Growable hit list of one radius query. */
  private static final class Hits {
    int[] idx = new int[16];
    double[] dist = new double[16];
    int size;
    final double[] bounds = new double[2];

    void add(int i, double dd) {
      if (size == idx.length) {
        idx = Arrays.copyOf(idx, size * 2);
        dist = Arrays.copyOf(dist, size * 2);
      }
      idx[size] = i;
      dist[size] = dd;
      size++;
    }
  }

  /**
   * All points within distance {@code r} (inclusive) of one query point, nearest first (ties by index).
   *
   * @throws IllegalArgumentException if {@code point.length != dimension()} or r is not a positive number
   */
  public Neighbors radius(double[] point, double r) {
    checkQueries(point, 1);
    checkRadius(r);
    return radiusOne(point, 0, r, new Hits());
  }

  /**
   * Radius queries for {@code q} query rows ({@code queries} row-major q x d), parallel over rows.
   *
   * @throws IllegalArgumentException on a wrong query length, a non-positive radius or nThreads &lt; 1
   */
  public Neighbors[] radius(double[] queries, int q, double r, int nThreads) {
    checkQueries(queries, q);
    checkRadius(r);
    checkThreads(nThreads);
    Neighbors[] out = new Neighbors[q];
    parallel(q, nThreads, (from, to) -> {
      Hits h = new Hits();
      for (int qi = from; qi < to; qi++) {
        out[qi] = radiusOne(queries, qi * d, r, h);
      }
    });
    return out;
  }

  /**
   * Indices of all points within distance {@code r} (inclusive) of each of {@code q} query rows, in an
   * unspecified but deterministic order (the index's traversal order) and without distances: the cheap form of
   * {@link #radius(double[], int, double, int)} for callers that only need the sets (density clustering).
   *
   * @throws IllegalArgumentException on a wrong query length, a non-positive radius or nThreads &lt; 1
   */
  public int[][] radiusIndices(double[] queries, int q, double r, int nThreads) {
    checkQueries(queries, q);
    checkRadius(r);
    checkThreads(nThreads);
    int[][] out = new int[q][];
    parallel(q, nThreads, (from, to) -> {
      Hits h = new Hits();
      for (int qi = from; qi < to; qi++) {
        int qo = qi * d;
        h.size = 0;
        if (algorithm == Algorithm.BRUTE) {
          double qn = queryNorm(queries, qo);
          for (int pos = 0; pos < n; pos++) {
            double dd = pointDist(queries, qo, qn, pos);
            if (dd <= r) {
              h.add(pos, dd);
            }
          }
        } else if (mayContain(queries, qo, 0, r, h.bounds, 0)) {
          radiusNode(queries, qo, 0, r, h);
        }
        out[qi] = java.util.Arrays.copyOf(h.idx, h.size);
      }
    });
    return out;
  }

  /**
   * Indices of all indexed points within distance {@code r} (inclusive) of each indexed point, the point itself
   * included: {@code out[i]} for training row {@code i}, in an unspecified but deterministic order. The same
   * sets as {@link #radiusIndices(double[], int, double, int)} with the training rows as queries, and the same
   * distance arithmetic; the results do not depend on {@code nThreads}.
   *
   * <p>For the Euclidean k-d tree the queries are answered leaf by leaf (a dual-tree join): the leaves whose
   * bounding boxes lie within {@code r} of a leaf's box are found once for all of its points, and each point
   * then checks only those leaves (first against their boxes, then point by point), which removes most of the
   * per-query tree descent of density clustering (DBSCAN). Other algorithms and metrics run the ordinary
   * batch query.
   *
   * <pre>{@code
   * NeighborIndex idx = NeighborIndex.build(x, n, d, false, Metric.EUCLIDEAN, 2.0, Algorithm.KD_TREE, 30);
   * int[][] hoods = idx.selfRadiusIndices(0.3, 1);   // hoods[i] contains i
   * }</pre>
   *
   * @throws IllegalArgumentException on a non-positive radius or nThreads &lt; 1
   */
  public int[][] selfRadiusIndices(double r, int nThreads) {
    checkRadius(r);
    checkThreads(nThreads);
    double rr = r * r;
    if (algorithm != Algorithm.KD_TREE || metric != Metric.EUCLIDEAN || !(rr > 1e-290) || rr > 1e290) {
      // (a squared radius near underflow or overflow would blur the squared-distance bounds)
      double[] rows = pts;
      if (algorithm != Algorithm.BRUTE) {
        rows = new double[n * d];
        for (int pos = 0; pos < n; pos++) {
          System.arraycopy(pts, pos * d, rows, perm[pos] * d, d);
        }
      }
      return radiusIndices(rows, n, r, nThreads);
    }
    int leafCount = 0;
    for (int node = 0; node < nodeCount; node++) {
      leafCount += nodeLeft[node] < 0 ? 1 : 0;
    }
    int[] leaves = new int[leafCount];
    for (int node = 0, t = 0; node < nodeCount; node++) {
      if (nodeLeft[node] < 0) {
        leaves[t++] = node;
      }
    }
    double r2hi = r * r * (1 + 1e-9);
    double r2lo = r * r * (1 - 1e-9);
    int[][] out = new int[n][];
    parallel(leafCount, nThreads, (from, to) -> {
      Hits h = new Hits();
      int[] cand = new int[16];
      int[] stack = new int[64];
      for (int t = from; t < to; t++) {
        int leaf = leaves[t];
        // leaves whose boxes are within r of this leaf's box (box-to-box gaps bound every point pair from below)
        int nc = 0;
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
          int node = stack[--sp];
          if (!boxesWithin(leaf, node, r2hi)) {
            continue;
          }
          int left = nodeLeft[node];
          if (left < 0) {
            if (nc == cand.length) {
              cand = Arrays.copyOf(cand, nc * 2);
            }
            cand[nc++] = node;
          } else {
            if (sp + 2 > stack.length) {
              stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[sp++] = nodeRight[node];
            stack[sp++] = left;
          }
        }
        for (int pos = nodeStart[leaf], e = nodeEnd[leaf]; pos < e; pos++) {
          int qo = pos * d;
          h.size = 0;
          for (int c = 0; c < nc; c++) {
            int node = cand[c];
            if (node != leaf && !boxWithin(pts, qo, node, r, r2hi)) {
              continue;
            }
            scanLeafEuclideanFast(pts, qo, node, r, r2lo, r2hi, h);
          }
          out[perm[pos]] = Arrays.copyOf(h.idx, h.size);
        }
      }
    });
    return out;
  }

  /** Whether the squared Euclidean gap between the boxes of nodes a and b is at most r2hi. */
  private boolean boxesWithin(int a, int b, double r2hi) {
    int oa = a * d;
    int ob = b * d;
    double s = 0;
    for (int j = 0; j < d; j++) {
      double g1 = boundA[ob + j] - boundB[oa + j];
      double g2 = boundA[oa + j] - boundB[ob + j];
      double g = g1 > 0 ? g1 : (g2 > 0 ? g2 : 0.0);
      s += g * g;
      if (s > r2hi) {
        return false;
      }
    }
    return true;
  }

  /** Adds the points of a leaf within Euclidean distance r of the query (the arithmetic of dist()). */
  private void scanLeafEuclidean(double[] q, int qo, int node, double r, double r2hi, Hits h) {
    for (int pos = nodeStart[node], e = nodeEnd[node]; pos < e; pos++) {
      int off = pos * d;
      double s = 0;
      int j = 0;
      for (; j < d; j++) {
        double t = q[qo + j] - pts[off + j];
        s += t * t;
        if (s > r2hi) {
          break;
        }
      }
      if (j == d) {
        double dd = Math.sqrt(s);
        if (dd <= r) {
          h.add(perm[pos], dd);
        }
      }
    }
  }

  /**
   * {@link #scanLeafEuclidean} for a whole leaf of the self-join, deciding most points from a fast squared
   * distance (four interleaved partial sums, no early exit): a sum of d non-negative terms is computed with a
   * relative error below d·2⁻⁵³ in any order, so a fast sum below {@code r2lo = r²(1 − 1e-9)} or above
   * {@code r2hi = r²(1 + 1e-9)} has the same answer as the sequential sum of {@link #dist}; only points in
   * between are recomputed exactly. The answers are therefore identical to the sequential ones.
   */
  private void scanLeafEuclideanFast(double[] q, int qo, int node, double r, double r2lo, double r2hi, Hits h) {
    int d4 = d & ~3;
    for (int pos = nodeStart[node], e = nodeEnd[node]; pos < e; pos++) {
      int off = pos * d;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int j = 0;
      for (; j < d4; j += 4) {
        double t0 = q[qo + j] - pts[off + j];
        double t1 = q[qo + j + 1] - pts[off + j + 1];
        double t2 = q[qo + j + 2] - pts[off + j + 2];
        double t3 = q[qo + j + 3] - pts[off + j + 3];
        s0 += t0 * t0;
        s1 += t1 * t1;
        s2 += t2 * t2;
        s3 += t3 * t3;
      }
      for (; j < d; j++) {
        double t = q[qo + j] - pts[off + j];
        s0 += t * t;
      }
      double fast = (s0 + s1) + (s2 + s3);
      if (fast > r2hi) {
        continue;
      }
      if (fast < r2lo) {
        h.add(perm[pos], 0.0);
        continue;
      }
      double dd = dist(q, qo, pts, off);
      if (dd <= r) {
        h.add(perm[pos], dd);
      }
    }
  }

  private Neighbors radiusOne(double[] q, int qo, double r, Hits h) {
    h.size = 0;
    if (algorithm == Algorithm.BRUTE) {
      double qn = queryNorm(q, qo);
      for (int pos = 0; pos < n; pos++) {
        double dd = pointDist(q, qo, qn, pos);
        if (dd <= r) {
          h.add(pos, dd);
        }
      }
    } else if (mayContain(q, qo, 0, r, h.bounds, 0)) {
      radiusNode(q, qo, 0, r, h);
    }
    int m = h.size;
    int[] order = new int[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    int[] tmp = new int[m];
    mergeSort(order, tmp, 0, m, h.dist, h.idx);
    int[] idx = new int[m];
    double[] dist = new double[m];
    for (int i = 0; i < m; i++) {
      idx[i] = h.idx[order[i]];
      dist[i] = h.dist[order[i]];
    }
    return new Neighbors(idx, dist);
  }

  private void radiusNode(double[] q, int qo, int node, double r, Hits h) {
    if (algorithm == Algorithm.KD_TREE && metric == Metric.EUCLIDEAN) {
      // Any squared sum above r2hi has a square root above r, so partial sums past it can stop early; sums
      // that finish are the same sums dist() and boxBound() form, so the answers are identical.
      radiusNodeEuclidean(q, qo, node, r, r * r * (1 + 1e-9), h);
      return;
    }
    int left = nodeLeft[node];
    if (left < 0) {
      for (int pos = nodeStart[node], e = nodeEnd[node]; pos < e; pos++) {
        double dd = dist(q, qo, pts, pos * d);
        if (dd <= r) {
          h.add(perm[pos], dd);
        }
      }
      return;
    }
    if (mayContain(q, qo, left, r, h.bounds, 0)) {
      radiusNode(q, qo, left, r, h);
    }
    int right = nodeRight[node];
    if (mayContain(q, qo, right, r, h.bounds, 0)) {
      radiusNode(q, qo, right, r, h);
    }
  }

  /** {@link #radiusNode} for the k-d tree with the Euclidean metric, with early exit on partial sums. */
  private void radiusNodeEuclidean(double[] q, int qo, int node, double r, double r2hi, Hits h) {
    int left = nodeLeft[node];
    if (left < 0) {
      scanLeafEuclidean(q, qo, node, r, r2hi, h);
      return;
    }
    if (boxWithin(q, qo, left, r, r2hi)) {
      radiusNodeEuclidean(q, qo, left, r, r2hi, h);
    }
    int right = nodeRight[node];
    if (boxWithin(q, qo, right, r, r2hi)) {
      radiusNodeEuclidean(q, qo, right, r, r2hi, h);
    }
  }

  /** Whether the Euclidean distance from the query to the node's box is at most r (as boxBound, early exit). */
  private boolean boxWithin(double[] q, int qo, int node, double r, double r2hi) {
    int o = node * d;
    double s = 0;
    for (int j = 0; j < d; j++) {
      double v = q[qo + j];
      double lo = boundA[o + j];
      double hi = boundB[o + j];
      double g = v < lo ? lo - v : (v > hi ? v - hi : 0.0);
      s += g * g;
      if (s > r2hi) {
        return false;
      }
    }
    return Math.sqrt(s) <= r;
  }

  private static boolean before(int a, int b, double[] dist, int[] idx) {
    return dist[a] < dist[b] || (dist[a] == dist[b] && idx[a] < idx[b]);
  }

  private static void mergeSort(int[] a, int[] tmp, int lo, int hi, double[] dist, int[] idx) {
    if (hi - lo < 2) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, dist, idx);
    mergeSort(a, tmp, mid, hi, dist, idx);
    int i = lo;
    int j = mid;
    int o = lo;
    while (i < mid && j < hi) {
      tmp[o++] = before(a[j], a[i], dist, idx) ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[o++] = a[i++];
    }
    while (j < hi) {
      tmp[o++] = a[j++];
    }
    System.arraycopy(tmp, lo, a, lo, hi - lo);
  }

  // ---------------------------------------------------------------- checks and threads

  private void checkQueries(double[] queries, int q) {
    if (queries == null || q < 0 || queries.length != (long) q * d) {
      throw new IllegalArgumentException("NeighborIndex: queries must hold q * d = " + q + " * " + d
          + " values (row-major), got " + (queries == null ? "null" : queries.length));
    }
    for (int i = 0; i < queries.length; i++) {
      if (!Double.isFinite(queries[i])) {
        throw new IllegalArgumentException("NeighborIndex: query " + (i / d) + ", coordinate " + (i % d) + " is "
            + queries[i] + "; all values must be finite");
      }
    }
  }

  private void checkK(int k) {
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("NeighborIndex: k = " + k + (k < 1 ? " is below 1" : " exceeds the " + n
          + " training rows") + "; use 1 <= k <= " + n);
    }
  }

  private static void checkRadius(double r) {
    if (!(r > 0) || Double.isNaN(r)) {
      throw new IllegalArgumentException("NeighborIndex: radius must be a positive number, got " + r);
    }
  }

  private static void checkThreads(int nThreads) {
    if (nThreads < 1) {
      throw new IllegalArgumentException("NeighborIndex: nThreads must be >= 1, got " + nThreads);
    }
  }

  /** A range of query rows. */
  interface RangeTask {
    void run(int from, int to);
  }

  static void parallel(int q, int nThreads, RangeTask task) {
    int threads = Math.max(1, Math.min(nThreads, q));
    if (threads == 1) {
      task.run(0, q);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "praxis-neighbors");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      int chunk = (q + threads - 1) / threads;
      for (int t = 0; t < threads; t++) {
        int from = t * chunk;
        int to = Math.min(q, from + chunk);
        if (from >= to) {
          break;
        }
        futures.add(pool.submit(() -> task.run(from, to)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("neighbour search interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("neighbour search failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
  }
}
