package praxis.boost.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAccumulator;
import praxis.boost.Loss;

/**
 * Grows one regression tree on gradients and hessians from binned data: per node a histogram of (gradient sum,
 * hessian sum and, when minSamplesLeaf or categorical splits need it, row count) per bin, built for the smaller
 * child only (the larger child's is the parent's minus it), the best split per feature found by one scan over the bins (numeric: both missing-value directions;
 * categorical: categories sorted by {@code G / (H + 10)} and scanned as prefixes, as LightGBM; without missing
 * values in the node, missing values at prediction go to the child with the larger hessian sum), leaves chosen
 * best-first up to {@code maxLeafNodes}. Split quality is the decrease of the second-order objective
 * {@code G w + (H + lambda) w^2 / 2 + alpha |w|} at the optimal (clipped) leaf values. Histograms of the
 * features are built in parallel on the given executor; each feature's histogram is summed by one task in
 * row order, so the tree does not depend on the number of threads. Histogram arrays are pooled across nodes
 * and trees. Without a leaf limit (depth-wise trees) a whole level is handled per step: the level's nodes are
 * partitioned in parallel (stable, branch-free), the histograms of all its smaller children built and
 * subtracted in one parallel pass over the features and all children's splits searched in one parallel pass,
 * which gives the same tree as splitting the nodes one by one in creation order.
 *
 * <p>Histogram building uses ordered gradients (as LightGBM): before a node's histogram is built, its rows'
 * gradients and hessians are gathered once into contiguous buffers in the node's row order, so the per-feature
 * passes read them sequentially and only the bin codes through the row index; four features are summed per
 * pass over the rows. When the tree grows on all rows, the root's rows are 0..n-1 in order and its histogram
 * reads the codes sequentially as well, without the row index. A level's histograms are built features outer,
 * nodes inner, in blocks of four features: every node's rows ascend, so the level's nodes together sweep those
 * four columns about once while they are in the cache, instead of each node fetching every column again (this
 * matters once the columns outgrow the cache; each bin's sum keeps its row order, so results are unchanged).
 * (Gradient pairs rounded to float, as XGBoost and scikit-learn store them, and two or eight features per pass
 * were measured and gave no clear gain.)
 *
 * <p>Quantized gradients ({@link GrowConfig#quantizedGradients()}, used when the histograms need no row counts),
 * after LightGBM's quantized training (Shi et al. 2022): per tree, gradients and hessians are scaled so that the
 * largest absolute value of each maps to {@code Q = (2^31 - 1) / rows} and rounded stochastically (up with
 * probability equal to the fraction, so unbiased; the draw is a hash of the tree number and the row, so it does
 * not depend on threads), and packed as {@code (qg << 32) + qh} in one {@code long}: no sum over the tree's
 * rows leaves 32 bits per half, so the packed values add exactly as 64-bit integers and a bin's update is one
 * integer add instead of two floating-point ones. Four features are summed per pass into four 256-slot arrays,
 * then decoded into the node's (gradient, hessian) histogram, so subtraction and split search are unchanged.
 * Integer sums do not depend on the order of the rows. After growth every leaf's sums and value are recomputed
 * from the exact gradients. On 800,000 x 50 rows this made fits about 20% faster, with the same held-out AUC to
 * three decimals.
 *
 * <pre>{@code
 * TreeGrower g = new TreeGrower(matrix, config, executor, nThreads);
 * GrownTree t = g.grow(grad, hess, rows, nRows, features, rng);
 * }</pre>
 */
public final class TreeGrower {
  private static final double CAT_SMOOTH = 10;
  private static final int PARALLEL_MIN_WORK = 1 << 18;
  /** Split search in parallel only over this many bins in all (fewer: the hand-off costs more than the scan). */
  private static final int PARALLEL_MIN_BINS = 1 << 15;
  /** A single node's rows are partitioned in parallel chunks from this many rows on. */
  private static final int PARALLEL_PARTITION_ROWS = 1 << 16;

  private final BinnedMatrix data;
  private final BinMapper bm;
  private final GrowConfig cfg;
  private final ExecutorService pool;
  private final int nThreads;
  private final int n;
  private final int[] rows;
  private final int[] scratch;
  private final double[] ordG;
  private final double[] ordH;
  /** Whether gradient pairs are quantized to packed integers for histogram building (see the class comment). */
  private final boolean quantized;
  /** Per row of the current tree: {@code (qg << 32) + qh}, the stochastically rounded gradient and hessian. */
  private final long[] qRow;
  /** {@code qRow} gathered in a node's row order. */
  private final long[] ordQ;
  /** Per histogram task: four features' packed integer sums per bin, decoded into the node's histogram. */
  private final long[][][] qScratch;
  private double gStep;
  private double hStep;
  private long treeCount;
  private final ArrayDeque<double[]> histPool = new ArrayDeque<>();
  private static final int NO_SPLIT = -2;
  /** Features whose histograms a level builds for all its nodes before the next features. */
  private static final int FEATURE_BLOCK = 4;
  private final int[][] catOrders;
  private final double[][] catKeys;
  // best split per (node slot, feature) of the nodes being searched, at slot * p + feature (written by one
  // task per entry); best-first growth uses slot 0, depth-wise growth one slot per node of the level
  private int slots;
  private double[] fGain;
  private int[] fBin;
  private boolean[] fMissLeft;
  private long[][] fCat;
  private double[] fGL;
  private double[] fHL;
  private final int p;
  // nodes of the current and the next level (depth-wise growth), and the children whose histograms are built
  private int[] levelNodes = new int[16];
  private int[] nextNodes = new int[16];
  private int[] buildNodes = new int[16];
  private int[] subtractNodes = new int[16];
  private int[] subtractFrom = new int[16];
  private int[][] nodeFeats = new int[16][];
  private final boolean[] allowed;
  /** Whether histograms hold row counts (needed for minSamplesLeaf &gt; 1 and categorical splits). */
  private final boolean withCounts;
  /** Doubles per histogram bin: (gradient, hessian, count) with counts, else (gradient, hessian). */
  private final int stride;
  /** Gain importance and split counts accumulated over all grown trees. */
  final double[] gainImportance;
  final int[] splitCounts;

  // node storage (growable)
  private int cap;
  private int size;
  private int[] start;
  private int[] end;
  private int[] depth;
  private double[] sumG;
  private double[] sumH;
  private int[] count;
  private double[] w;
  private double[] lower;
  private double[] upper;
  private double[][] hist;
  private double[] bestGain;
  private int[] bestFeature;
  private int[] bestBin;
  private boolean[] bestMissingLeft;
  private long[][] bestCat;
  private double[] bestGL;
  private double[] bestHL;
  private int[] left;
  private int[] right;

  private int[] treeFeatures;
  private int nTreeFeatures;
  private final List<int[]> levelFeatures = new ArrayList<>();
  private SplittableRandom rng;
  private double[] g;
  private double[] h;
  /** Whether the tree grows on all rows (then the root's rows are 0..n-1 in order). */
  private boolean allRows;

  /** A grower over {@code data}; {@code pool} may be null when {@code nThreads == 1}. */
  public TreeGrower(BinnedMatrix data, GrowConfig cfg, ExecutorService pool, int nThreads) {
    this.data = data;
    this.bm = data.mapper;
    this.cfg = cfg;
    this.pool = pool;
    this.nThreads = pool == null ? 1 : nThreads;
    this.n = data.n;
    this.rows = new int[n];
    this.scratch = new int[n];
    this.allowed = new boolean[bm.p];
    this.gainImportance = new double[bm.p];
    this.splitCounts = new int[bm.p];
    this.catOrders = new int[this.nThreads][257];
    this.catKeys = new double[this.nThreads][257];
    this.p = bm.p;
    ensureSlots(1);
    boolean anyCategorical = false;
    for (boolean c : bm.categorical) {
      anyCategorical |= c;
    }
    this.withCounts = cfg.minSamplesLeaf() > 1 || anyCategorical;
    this.stride = withCounts ? 3 : 2;
    this.quantized = !withCounts && cfg.quantizedGradients();
    this.ordG = quantized ? null : new double[n];
    this.ordH = quantized ? null : new double[n];
    this.qRow = quantized ? new long[n] : null;
    this.ordQ = quantized ? new long[n] : null;
    this.qScratch = quantized ? new long[this.nThreads][4][256] : null;
    allocate(64);
  }

  private void allocate(int c) {
    cap = c;
    start = grow(start, c);
    end = grow(end, c);
    depth = grow(depth, c);
    sumG = grow(sumG, c);
    sumH = grow(sumH, c);
    count = grow(count, c);
    w = grow(w, c);
    lower = grow(lower, c);
    upper = grow(upper, c);
    hist = hist == null ? new double[c][] : Arrays.copyOf(hist, c);
    bestGain = grow(bestGain, c);
    bestFeature = grow(bestFeature, c);
    bestBin = grow(bestBin, c);
    bestMissingLeft = bestMissingLeft == null ? new boolean[c] : Arrays.copyOf(bestMissingLeft, c);
    bestCat = bestCat == null ? new long[c][] : Arrays.copyOf(bestCat, c);
    bestGL = grow(bestGL, c);
    bestHL = grow(bestHL, c);
    left = grow(left, c);
    right = grow(right, c);
  }

  private void ensureSlots(int m) {
    if (m <= slots) {
      return;
    }
    int c = Math.max(m, 2 * slots);
    fGain = grow(fGain, c * p);
    fBin = grow(fBin, c * p);
    fMissLeft = fMissLeft == null ? new boolean[c * p] : Arrays.copyOf(fMissLeft, c * p);
    fCat = fCat == null ? new long[c * p][] : Arrays.copyOf(fCat, c * p);
    fGL = grow(fGL, c * p);
    fHL = grow(fHL, c * p);
    slots = c;
  }

  private static int[] grow(int[] a, int c) {
    return a == null ? new int[c] : Arrays.copyOf(a, c);
  }

  private static double[] grow(double[] a, int c) {
    return a == null ? new double[c] : Arrays.copyOf(a, c);
  }

  /** Gain importance per feature, summed over every tree grown so far. */
  public double[] gainImportance() {
    return gainImportance.clone();
  }

  /** Number of splits per feature over every tree grown so far. */
  public int[] splitCounts() {
    return splitCounts.clone();
  }

  /**
   * Grows one tree.
   *
   * @param grad gradient per row of the binned matrix
   * @param hess hessian per row
   * @param sample rows to grow on, ascending ({@code null} = all rows)
   * @param nSample how many entries of {@code sample} are used
   * @param features features this tree may split on, ascending
   * @param random source of the per-level and per-node feature draws
   */
  public GrownTree grow(double[] grad, double[] hess, int[] sample, int nSample, int[] features,
      SplittableRandom random) {
    this.g = grad;
    this.h = hess;
    this.rng = random;
    this.treeFeatures = features;
    this.nTreeFeatures = features.length;
    levelFeatures.clear();
    allRows = sample == null;
    if (sample == null) {
      for (int i = 0; i < n; i++) {
        rows[i] = i;
      }
      nSample = n;
    } else {
      System.arraycopy(sample, 0, rows, 0, nSample);
    }
    size = 0;
    int root = newNode(0, nSample, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    double gs = 0;
    double hs = 0;
    if (quantized) {
      long q = quantize(nSample);
      int lo = (int) q;
      gs = ((q - lo) >> 32) * gStep;
      hs = lo * hStep;
    } else {
      for (int k = 0; k < nSample; k++) {
        int r = rows[k];
        gs += grad[r];
        hs += hess[r];
      }
    }
    sumG[root] = gs;
    sumH[root] = hs;
    count[root] = nSample;
    w[root] = leafWeight(gs, hs, root);
    hist[root] = takeHist();
    buildHistogram(root);
    findSplit(root);
    if (cfg.maxLeafNodes() > 0) {
      int leaves = 1;
      while (leaves < cfg.maxLeafNodes()) {
        int best = -1;
        for (int id = 0; id < size; id++) {
          if (left[id] == -1 && bestFeature[id] >= 0 && (best < 0 || bestGain[id] > bestGain[best])) {
            best = id;
          }
        }
        if (best < 0) {
          break;
        }
        split(best);
        leaves++;
      }
    } else {
      growLevels(root);
    }
    for (int id = 0; id < size; id++) {
      if (hist[id] != null) {
        releaseHist(id);
      }
    }
    if (quantized) {
      exactSums();
    }
    return toTree();
  }

  /** Adds each sampled row's leaf value (already shrunk) of the last grown tree to {@code raw[off + row]}. */
  /**
   * Re-fits the leaf values of the tree just grown for a loss with {@link Loss#refitsLeaves()}: each leaf gets
   * the learning rate times {@link Loss#leafValue} of the residuals {@code y - raw} of its training rows (the
   * rows the tree was grown on; {@code w} null = unit weights). Call before {@link #addLeafValues}.
   */
  public void refitLeaves(GrownTree t, Loss loss, double[] y, double[] w, double[] raw, int off) {
    double lr = cfg.learningRate();
    for (int id = 0; id < size; id++) {
      if (left[id] == -2) {
        int m = end[id] - start[id];
        double[] r = new double[m];
        double[] ww = new double[m];
        for (int k = 0; k < m; k++) {
          int row = rows[start[id] + k];
          r[k] = y[row] - raw[off + row];
          ww[k] = w == null ? 1.0 : w[row];
        }
        t.value[id] = m == 0 ? 0.0 : lr * loss.leafValue(r, ww);
      }
    }
  }

  public void addLeafValues(GrownTree t, double[] raw, int off) {
    int[] leaves = new int[size];
    int m = leaves(leaves);
    // leaves own disjoint rows: groups of leaves in parallel
    forNodeGroups(leaves, m, (a, b) -> {
      for (int i = a; i < b; i++) {
        int id = leaves[i];
        double v = t.value[id];
        for (int k = start[id]; k < end[id]; k++) {
          raw[off + rows[k]] += v;
        }
      }
    });
  }

  /** Writes the ids of the tree's leaves (no children) to {@code out} in id order; returns how many. */
  private int leaves(int[] out) {
    int m = 0;
    for (int id = 0; id < size; id++) {
      if (left[id] < 0) {
        out[m++] = id;
      }
    }
    return m;
  }

  private int newNode(int s, int e, int d, double lo, double hi) {
    if (size == cap) {
      allocate(cap * 2);
    }
    int id = size++;
    start[id] = s;
    end[id] = e;
    depth[id] = d;
    lower[id] = lo;
    upper[id] = hi;
    left[id] = -1;
    right[id] = -1;
    bestFeature[id] = -1;
    bestCat[id] = null;
    hist[id] = null;
    return id;
  }

  private double[] takeHist() {
    double[] a = histPool.poll();
    if (a == null) {
      return new double[stride * bm.totalSlots];
    }
    Arrays.fill(a, 0.0);
    return a;
  }

  private void releaseHist(int id) {
    histPool.push(hist[id]);
    hist[id] = null;
  }

  private double leafWeight(double gs, double hs, int id) {
    double gg = gs;
    double alpha = cfg.alpha();
    if (alpha > 0) {
      gg = gs > alpha ? gs - alpha : gs < -alpha ? gs + alpha : 0;
    }
    double den = hs + cfg.lambda();
    double v = den > 0 ? -gg / den : 0;
    double mds = cfg.maxDeltaStep();
    if (mds > 0) {
      v = Math.max(-mds, Math.min(mds, v));
    }
    return Math.max(lower[id], Math.min(upper[id], v));
  }

  private double clipWeight(double gs, double hs, double lo, double hi) {
    double gg = gs;
    double alpha = cfg.alpha();
    if (alpha > 0) {
      gg = gs > alpha ? gs - alpha : gs < -alpha ? gs + alpha : 0;
    }
    double den = hs + cfg.lambda();
    double v = den > 0 ? -gg / den : 0;
    double mds = cfg.maxDeltaStep();
    if (mds > 0) {
      v = Math.max(-mds, Math.min(mds, v));
    }
    return Math.max(lo, Math.min(hi, v));
  }

  private double objective(double gs, double hs, double v) {
    return gs * v + 0.5 * (hs + cfg.lambda()) * v * v + cfg.alpha() * Math.abs(v);
  }

  private void buildHistogram(int id) {
    int s = start[id];
    int e = end[id];
    if (!(quantized && allRows && s == 0 && e == n)) { // a quantized root reads qRow itself
      forRowChunks(new int[] {id}, 1, e - s, this::gatherOrdered);
    }
    double[] out = hist[id];
    long work = (long) (e - s) * nTreeFeatures;
    if (nThreads <= 1 || work < PARALLEL_MIN_WORK || nTreeFeatures < 2) {
      histogramFeatures(out, s, e, 0, nTreeFeatures, 0);
      return;
    }
    int chunks = Math.min(nThreads, nTreeFeatures);
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) nTreeFeatures * c / chunks);
      int to = (int) ((long) nTreeFeatures * (c + 1) / chunks);
      int task = c;
      tasks.add(() -> {
        histogramFeatures(out, s, e, from, to, task);
        return null;
      });
    }
    runAll(tasks);
  }

  /** Gathers the gradient pairs (or their quantized packs) of the rows {@code rows[s..e)} in that order. */
  private void gatherOrdered(int s, int e) {
    if (quantized) {
      for (int k = s; k < e; k++) {
        ordQ[k] = qRow[rows[k]];
      }
      return;
    }
    for (int k = s; k < e; k++) {
      int r = rows[k];
      ordG[k] = g[r];
      ordH[k] = h[r];
    }
  }

  /**
   * Quantizes the gradient pairs of the tree's rows {@code rows[0..m)} into {@code qRow} and returns their packed
   * sum: gradients are scaled so that the largest absolute value maps to {@code Q = (2^31 - 1) / m} (at most
   * 2^30), hessians likewise, and each is rounded up or down at random with the probability that keeps it
   * unbiased (stochastic rounding, as LightGBM's quantized training), the random draw a hash of the tree number
   * and the row, so the result does not depend on threads. Any sum over at most {@code m} rows then fits 32 bits
   * per half, and {@code (qg << 32) + qh} packs sum exactly as 64-bit integers.
   */
  private long quantize(int m) {
    DoubleAccumulator maxGAcc = new DoubleAccumulator(Math::max, 0);
    DoubleAccumulator maxHAcc = new DoubleAccumulator(Math::max, 0);
    // small trees in one piece: the hand-off to the pool costs more than the pass
    ExecutorService on = m >= PARALLEL_PARTITION_ROWS ? pool : null;
    Parallel.forChunks(on, nThreads, m, (from, to) -> {
      double mg = 0;
      double mh = 0;
      for (int k = from; k < to; k++) {
        int r = rows[k];
        mg = Math.max(mg, Math.abs(g[r]));
        mh = Math.max(mh, Math.abs(h[r]));
      }
      maxGAcc.accumulate(mg); // maxima: the same in any order
      maxHAcc.accumulate(mh);
    });
    double maxG = maxGAcc.get();
    double maxH = maxHAcc.get();
    long q = Math.min(1L << 30, Integer.MAX_VALUE / Math.max(1, m));
    double gScale = maxG > 0 ? q / maxG : 0;
    double hScale = maxH > 0 ? q / maxH : 0;
    gStep = maxG > 0 ? maxG / q : 0;
    hStep = maxH > 0 ? maxH / q : 0;
    long salt = mix(++treeCount * 0x9E3779B97F4A7C15L);
    AtomicLong total = new AtomicLong();
    Parallel.forChunks(on, nThreads, m, (from, to) -> {
      long sum = 0;
      for (int k = from; k < to; k++) {
        int r = rows[k];
        long z = mix(salt + r);
        double ug = (z >>> 40) * 0x1p-24;
        double uh = (z & 0xFFFFFF) * 0x1p-24;
        long qg = (long) Math.floor(g[r] * gScale + ug);
        long qh = (long) Math.floor(h[r] * hScale + uh);
        long v = (qg << 32) + qh;
        qRow[r] = v;
        sum += v;
      }
      total.addAndGet(sum); // integer sums: the same total in any order
    });
    return total.get();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * After growth on quantized gradients: every leaf's gradient and hessian sums (and so its value) recomputed
   * exactly from its rows, and the inner nodes' sums as those of their children.
   */
  private void exactSums() {
    int[] leaves = new int[size];
    int m = leaves(leaves);
    forNodeGroups(leaves, m, (a, b) -> {
      for (int i = a; i < b; i++) {
        int id = leaves[i];
        double gs = 0;
        double hs = 0;
        for (int k = start[id]; k < end[id]; k++) {
          int r = rows[k];
          gs += g[r];
          hs += h[r];
        }
        sumG[id] = gs;
        sumH[id] = hs;
      }
    });
    for (int id = size - 1; id >= 0; id--) {
      if (left[id] >= 0) {
        sumG[id] = sumG[left[id]] + sumG[right[id]];
        sumH[id] = sumH[left[id]] + sumH[right[id]];
      }
      w[id] = leafWeight(sumG[id], sumH[id], id);
    }
  }

  private void runAll(List<Callable<Void>> tasks) {
    Parallel.run(pool, tasks);
  }

  private void histogramFeatures(double[] out, int s, int e, int fromF, int toF, int task) {
    if (quantized) {
      histogramQuantized(out, qScratch[task], s, e, fromF, toF);
    } else if (allRows && s == 0 && e == n) {
      histogramAllRows(out, fromF, toF);
    } else if (withCounts) {
      histogramCounted(out, s, e, fromF, toF);
    } else {
      histogramUncounted(out, s, e, fromF, toF);
    }
  }

  /**
   * Quantized histograms: four features at a time, one 64-bit integer add per row and feature into that
   * feature's own 256-slot array of {@code qs} (the packed gradient and hessian; separate arrays index faster
   * than offsets into one), then each feature's bins decoded into {@code out} as (gradient, hessian) doubles.
   */
  private void histogramQuantized(double[] out, long[][] qs, int s, int e, int fromF, int toF) {
    byte[] codes = data.codes;
    boolean root = allRows && s == 0 && e == n;
    long[] src = root ? qRow : ordQ;
    long[] h0 = qs[0];
    long[] h1 = qs[1];
    long[] h2 = qs[2];
    long[] h3 = qs[3];
    for (int t = fromF; t < toF; t += 4) {
      int m = Math.min(4, toF - t);
      for (int j = 0; j < m; j++) {
        Arrays.fill(qs[j], 0, bm.nBins[treeFeatures[t + j]] + 1, 0L);
      }
      if (m == 4) {
        int b0 = treeFeatures[t] * n;
        int b1 = treeFeatures[t + 1] * n;
        int b2 = treeFeatures[t + 2] * n;
        int b3 = treeFeatures[t + 3] * n;
        if (root) {
          for (int k = 0; k < n; k++) {
            long q = src[k];
            h0[codes[b0 + k] & 0xFF] += q;
            h1[codes[b1 + k] & 0xFF] += q;
            h2[codes[b2 + k] & 0xFF] += q;
            h3[codes[b3 + k] & 0xFF] += q;
          }
        } else {
          for (int k = s; k < e; k++) {
            int r = rows[k];
            long q = src[k];
            h0[codes[b0 + r] & 0xFF] += q;
            h1[codes[b1 + r] & 0xFF] += q;
            h2[codes[b2 + r] & 0xFF] += q;
            h3[codes[b3 + r] & 0xFF] += q;
          }
        }
      } else {
        for (int j = 0; j < m; j++) {
          long[] hj = qs[j];
          int base = treeFeatures[t + j] * n;
          if (root) {
            for (int k = 0; k < n; k++) {
              hj[codes[base + k] & 0xFF] += src[k];
            }
          } else {
            for (int k = s; k < e; k++) {
              hj[codes[base + rows[k]] & 0xFF] += src[k];
            }
          }
        }
      }
      double gs = gStep;
      double hs = hStep;
      for (int j = 0; j < m; j++) {
        int f = treeFeatures[t + j];
        long[] hj = qs[j];
        int o = 2 * bm.offset[f];
        for (int b = 0, nb = bm.nBins[f] + 1; b < nb; b++) {
          long v = hj[b];
          int lo = (int) v;
          out[o + 2 * b] = ((v - lo) >> 32) * gs;
          out[o + 2 * b + 1] = lo * hs;
        }
      }
    }
  }

  private void histogramCounted(double[] out, int s, int e, int fromF, int toF) {
    byte[] codes = data.codes;
    int[] off = bm.offset;
    int t = fromF;
    // four features per pass over the rows: the row index and its gradient pair are loaded once for four
    for (; t + 4 <= toF; t += 4) {
      int f0 = treeFeatures[t];
      int f1 = treeFeatures[t + 1];
      int f2 = treeFeatures[t + 2];
      int f3 = treeFeatures[t + 3];
      int b0 = f0 * n;
      int b1 = f1 * n;
      int b2 = f2 * n;
      int b3 = f3 * n;
      int s0 = 3 * off[f0];
      int s1 = 3 * off[f1];
      int s2 = 3 * off[f2];
      int s3 = 3 * off[f3];
      for (int k = s; k < e; k++) {
        int r = rows[k];
        double gk = ordG[k];
        double hk = ordH[k];
        int x0 = s0 + 3 * (codes[b0 + r] & 0xFF);
        int x1 = s1 + 3 * (codes[b1 + r] & 0xFF);
        int x2 = s2 + 3 * (codes[b2 + r] & 0xFF);
        int x3 = s3 + 3 * (codes[b3 + r] & 0xFF);
        out[x0] += gk;
        out[x0 + 1] += hk;
        out[x0 + 2] += 1.0;
        out[x1] += gk;
        out[x1 + 1] += hk;
        out[x1 + 2] += 1.0;
        out[x2] += gk;
        out[x2 + 1] += hk;
        out[x2 + 2] += 1.0;
        out[x3] += gk;
        out[x3 + 1] += hk;
        out[x3 + 2] += 1.0;
      }
    }
    for (; t < toF; t++) {
      int f = treeFeatures[t];
      int base = f * n;
      int slot = 3 * off[f];
      for (int k = s; k < e; k++) {
        int b = slot + 3 * (codes[base + rows[k]] & 0xFF);
        out[b] += ordG[k];
        out[b + 1] += ordH[k];
        out[b + 2] += 1.0;
      }
    }
  }

  /**
   * The root's histogram when the tree grows on all rows in order: row k is row k, so the codes are read
   * sequentially, without the row index (as the gradients).
   */
  private void histogramAllRows(double[] out, int fromF, int toF) {
    byte[] codes = data.codes;
    int[] off = bm.offset;
    int st = stride;
    boolean counted = withCounts;
    int t = fromF;
    for (; t + 4 <= toF; t += 4) {
      int b0 = treeFeatures[t] * n;
      int b1 = treeFeatures[t + 1] * n;
      int b2 = treeFeatures[t + 2] * n;
      int b3 = treeFeatures[t + 3] * n;
      int s0 = st * off[treeFeatures[t]];
      int s1 = st * off[treeFeatures[t + 1]];
      int s2 = st * off[treeFeatures[t + 2]];
      int s3 = st * off[treeFeatures[t + 3]];
      if (counted) {
        for (int k = 0; k < n; k++) {
          double gk = ordG[k];
          double hk = ordH[k];
          int x0 = s0 + 3 * (codes[b0 + k] & 0xFF);
          int x1 = s1 + 3 * (codes[b1 + k] & 0xFF);
          int x2 = s2 + 3 * (codes[b2 + k] & 0xFF);
          int x3 = s3 + 3 * (codes[b3 + k] & 0xFF);
          out[x0] += gk;
          out[x0 + 1] += hk;
          out[x0 + 2] += 1.0;
          out[x1] += gk;
          out[x1 + 1] += hk;
          out[x1 + 2] += 1.0;
          out[x2] += gk;
          out[x2 + 1] += hk;
          out[x2 + 2] += 1.0;
          out[x3] += gk;
          out[x3 + 1] += hk;
          out[x3 + 2] += 1.0;
        }
      } else {
        for (int k = 0; k < n; k++) {
          double gk = ordG[k];
          double hk = ordH[k];
          int x0 = s0 + 2 * (codes[b0 + k] & 0xFF);
          int x1 = s1 + 2 * (codes[b1 + k] & 0xFF);
          int x2 = s2 + 2 * (codes[b2 + k] & 0xFF);
          int x3 = s3 + 2 * (codes[b3 + k] & 0xFF);
          out[x0] += gk;
          out[x0 + 1] += hk;
          out[x1] += gk;
          out[x1 + 1] += hk;
          out[x2] += gk;
          out[x2 + 1] += hk;
          out[x3] += gk;
          out[x3 + 1] += hk;
        }
      }
    }
    for (; t < toF; t++) {
      int f = treeFeatures[t];
      int base = f * n;
      int slot = st * off[f];
      for (int k = 0; k < n; k++) {
        int b = slot + st * (codes[base + k] & 0xFF);
        out[b] += ordG[k];
        out[b + 1] += ordH[k];
        if (counted) {
          out[b + 2] += 1.0;
        }
      }
    }
  }

  private void histogramUncounted(double[] out, int s, int e, int fromF, int toF) {
    byte[] codes = data.codes;
    int[] off = bm.offset;
    int t = fromF;
    // as histogramCounted, without the row counts (not needed when minSamplesLeaf = 1 and no column is
    // categorical): one read-modify-write less per row and feature, and (gradient, hessian) pairs only
    for (; t + 4 <= toF; t += 4) {
      int f0 = treeFeatures[t];
      int f1 = treeFeatures[t + 1];
      int f2 = treeFeatures[t + 2];
      int f3 = treeFeatures[t + 3];
      int b0 = f0 * n;
      int b1 = f1 * n;
      int b2 = f2 * n;
      int b3 = f3 * n;
      int s0 = 2 * off[f0];
      int s1 = 2 * off[f1];
      int s2 = 2 * off[f2];
      int s3 = 2 * off[f3];
      for (int k = s; k < e; k++) {
        int r = rows[k];
        double gk = ordG[k];
        double hk = ordH[k];
        int x0 = s0 + 2 * (codes[b0 + r] & 0xFF);
        int x1 = s1 + 2 * (codes[b1 + r] & 0xFF);
        int x2 = s2 + 2 * (codes[b2 + r] & 0xFF);
        int x3 = s3 + 2 * (codes[b3 + r] & 0xFF);
        out[x0] += gk;
        out[x0 + 1] += hk;
        out[x1] += gk;
        out[x1 + 1] += hk;
        out[x2] += gk;
        out[x2 + 1] += hk;
        out[x3] += gk;
        out[x3 + 1] += hk;
      }
    }
    for (; t < toF; t++) {
      int f = treeFeatures[t];
      int base = f * n;
      int slot = 2 * off[f];
      for (int k = s; k < e; k++) {
        int b = slot + 2 * (codes[base + rows[k]] & 0xFF);
        out[b] += ordG[k];
        out[b + 1] += ordH[k];
      }
    }
  }

  private int[] featuresFor(int id) {
    int d = depth[id];
    int[] set;
    if (cfg.colsampleByLevel() < 1) {
      while (levelFeatures.size() <= d) {
        levelFeatures.add(draw(treeFeatures, nTreeFeatures, cfg.colsampleByLevel()));
      }
      set = levelFeatures.get(d);
    } else {
      set = treeFeatures;
    }
    if (cfg.colsampleByNode() < 1) {
      set = draw(set, set.length, cfg.colsampleByNode());
    }
    return set;
  }

  private int[] draw(int[] from, int m, double fraction) {
    int k = Math.max(1, (int) (fraction * m));
    int[] copy = Arrays.copyOf(from, m);
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(m - i);
      int t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    int[] out = Arrays.copyOf(copy, k);
    Arrays.sort(out);
    return out;
  }

  private void findSplit(int id) {
    bestFeature[id] = -1;
    bestGain[id] = 0;
    if (!splittable(id)) {
      return;
    }
    int[] feats = featuresFor(id);
    double parentObj = objective(sumG[id], sumH[id], w[id]);
    double[] hs = hist[id];
    if (nThreads > 1 && feats.length >= 2 && binsOf(feats) >= PARALLEL_MIN_BINS) {
      int chunks = Math.min(nThreads, feats.length);
      List<Callable<Void>> tasks = new ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        int from = (int) ((long) feats.length * c / chunks);
        int to = (int) ((long) feats.length * (c + 1) / chunks);
        int[] order = catOrders[c];
        double[] keys = catKeys[c];
        tasks.add(() -> {
          scanFeatures(id, 0, feats, from, to, hs, parentObj, order, keys);
          return null;
        });
      }
      runAll(tasks);
    } else {
      scanFeatures(id, 0, feats, 0, feats.length, hs, parentObj, catOrders[0], catKeys[0]);
    }
    reduceSplit(id, 0, feats);
  }

  /** Reduces in feature order with a strict comparison: the same choice as one sequential scan. */
  private void reduceSplit(int id, int slot, int[] feats) {
    int o = slot * p;
    for (int f : feats) {
      int k = o + f;
      if (fBin[k] != NO_SPLIT && fGain[k] > bestGain[id]) {
        bestGain[id] = fGain[k];
        bestFeature[id] = f;
        bestBin[id] = fBin[k];
        bestMissingLeft[id] = fMissLeft[k];
        bestCat[id] = fCat[k];
        bestGL[id] = fGL[k];
        bestHL[id] = fHL[k];
      }
    }
  }

  private int binsOf(int[] feats) {
    int s = 0;
    for (int f : feats) {
      s += bm.nBins[f];
    }
    return s;
  }

  private void scanFeatures(int id, int slot, int[] feats, int from, int to, double[] hs, double parentObj,
      int[] order, double[] keys) {
    for (int t = from; t < to; t++) {
      int f = feats[t];
      if (bm.categorical[f]) {
        scanCategorical(id, slot * p + f, f, hs, parentObj, order, keys);
      } else {
        scanNumeric(id, slot * p + f, f, hs, parentObj);
      }
    }
  }

  private void scanNumeric(int id, int k, int f, double[] hs, double parentObj) {
    fBin[k] = NO_SPLIT;
    int st = stride;
    boolean counted = withCounts;
    int base = st * bm.offset[f];
    int nb = bm.nBins[f];
    int ms = base + st * nb;
    double gm = hs[ms];
    double hm = hs[ms + 1];
    double cm = counted ? hs[ms + 2] : 0;
    double gTot = sumG[id];
    double hTot = sumH[id];
    int cTot = count[id];
    int mono = cfg.monotone() == null ? 0 : cfg.monotone()[f];
    int minLeaf = withCounts ? cfg.minSamplesLeaf() : 0;
    double mcw = cfg.minChildWeight();
    boolean hasMissing = withCounts ? cm > 0 : hm > 0 || gm != 0;
    double lambda = cfg.lambda();
    double gamma = cfg.gamma();
    boolean simple = mono == 0 && unconstrained(id);
    // the best so far in locals (the arrays are written once at the end)
    double best = 0;
    int bestB = NO_SPLIT;
    boolean bestMl = false;
    double bestGl = 0;
    double bestHl = 0;
    for (int dir = 0; dir < (hasMissing ? 2 : 1); dir++) {
      boolean missLeft = dir == 1;
      double gl = missLeft ? gm : 0;
      double hl = missLeft ? hm : 0;
      double cl = missLeft ? cm : 0;
      int lastBin = hasMissing && !missLeft ? nb - 1 : nb - 2;
      if (simple && !counted) {
        // the common case: closed-form gain, no row counts
        for (int b = 0; b <= lastBin; b++) {
          int s = base + 2 * b;
          double gb = hs[s];
          double hb = hs[s + 1];
          if (hb == 0 && gb == 0 && b > 0) {
            continue; // empty bin: same partition as the previous threshold
          }
          gl += gb;
          hl += hb;
          if (hl < mcw) {
            continue;
          }
          double hr = hTot - hl;
          if (hr < mcw) {
            continue;
          }
          double gr = gTot - gl;
          double dl = hl + lambda;
          double dr = hr + lambda;
          double gain = parentObj + 0.5 * ((dl > 0 ? gl * gl / dl : 0) + (dr > 0 ? gr * gr / dr : 0));
          if (gain > gamma && gain > best) {
            best = gain;
            bestB = b;
            bestMl = hasMissing ? missLeft : hl >= hr;
            bestGl = gl;
            bestHl = hl;
          }
        }
        continue;
      }
      for (int b = 0; b <= lastBin; b++) {
        int s = base + st * b;
        double cb = counted ? hs[s + 2] : 0;
        if (hs[s + 1] == 0 && hs[s] == 0 && cb == 0 && b > 0) {
          continue; // empty bin: same partition as the previous threshold
        }
        gl += hs[s];
        hl += hs[s + 1];
        cl += cb;
        if (cl < minLeaf || hl < mcw) {
          continue;
        }
        double cr = cTot - cl;
        double hr = hTot - hl;
        if (cr < minLeaf) {
          break;
        }
        if (hr < mcw) {
          continue;
        }
        double gr = gTot - gl;
        double gain;
        if (simple) {
          double dl = hl + lambda;
          double dr = hr + lambda;
          gain = parentObj + 0.5 * ((dl > 0 ? gl * gl / dl : 0) + (dr > 0 ? gr * gr / dr : 0));
        } else {
          double wl = clipWeight(gl, hl, lower[id], upper[id]);
          double wr = clipWeight(gr, hr, lower[id], upper[id]);
          if ((mono > 0 && wl > wr) || (mono < 0 && wl < wr)) {
            continue;
          }
          gain = parentObj - objective(gl, hl, wl) - objective(gr, hr, wr);
        }
        if (gain > gamma && gain > best) {
          best = gain;
          bestB = b;
          bestMl = hasMissing ? missLeft : hl >= hr;
          bestGl = gl;
          bestHl = hl;
        }
      }
    }
    fGain[k] = best;
    if (bestB != NO_SPLIT) {
      fBin[k] = bestB;
      fMissLeft[k] = bestMl;
      fCat[k] = null;
      fGL[k] = bestGl;
      fHL[k] = bestHl;
    }
  }

  /** No L1, no max delta step, no monotonic bounds: the closed-form gain applies. */
  private boolean unconstrained(int id) {
    return cfg.alpha() == 0 && cfg.maxDeltaStep() == 0 && lower[id] == Double.NEGATIVE_INFINITY
        && upper[id] == Double.POSITIVE_INFINITY;
  }

  private void scanCategorical(int id, int k, int f, double[] hs, double parentObj, int[] catOrder,
      double[] catKey) {
    fGain[k] = 0;
    fBin[k] = NO_SPLIT;
    int base = 3 * bm.offset[f];
    int nb = bm.nBins[f];
    int m = 0;
    for (int b = 0; b <= nb; b++) {
      int s = base + 3 * b;
      if (hs[s + 2] > 0) {
        catOrder[m] = b;
        catKey[m] = hs[s] / (hs[s + 1] + CAT_SMOOTH);
        m++;
      }
    }
    if (m < 2) {
      return;
    }
    for (int i = 1; i < m; i++) {
      int o = catOrder[i];
      double key = catKey[i];
      int j = i - 1;
      while (j >= 0 && catKey[j] > key) {
        catOrder[j + 1] = catOrder[j];
        catKey[j + 1] = catKey[j];
        j--;
      }
      catOrder[j + 1] = o;
      catKey[j + 1] = key;
    }
    double gTot = sumG[id];
    double hTot = sumH[id];
    int cTot = count[id];
    double gl = 0;
    double hl = 0;
    double cl = 0;
    int bestT = -1;
    for (int t = 0; t < m - 1; t++) {
      int s = base + 3 * catOrder[t];
      gl += hs[s];
      hl += hs[s + 1];
      cl += hs[s + 2];
      if (cl < cfg.minSamplesLeaf() || hl < cfg.minChildWeight()) {
        continue;
      }
      double cr = cTot - cl;
      double hr = hTot - hl;
      if (cr < cfg.minSamplesLeaf()) {
        break;
      }
      if (hr < cfg.minChildWeight()) {
        continue;
      }
      double gr = gTot - gl;
      double wl = clipWeight(gl, hl, lower[id], upper[id]);
      double wr = clipWeight(gr, hr, lower[id], upper[id]);
      double gain = parentObj - objective(gl, hl, wl) - objective(gr, hr, wr);
      if (gain > cfg.gamma() && gain > fGain[k]) {
        fGain[k] = gain;
        bestT = t;
        fGL[k] = gl;
        fHL[k] = hl;
      }
    }
    if (bestT >= 0) {
      long[] bits = new long[4];
      boolean missLeft = false;
      for (int t = 0; t <= bestT; t++) {
        int b = catOrder[t];
        if (b == nb) {
          missLeft = true;
        } else {
          bits[b >>> 6] |= 1L << (b & 63);
        }
      }
      fBin[k] = -1;
      fMissLeft[k] = missLeft;
      fCat[k] = bits;
    }
  }

  /**
   * Moves the node's rows going left before those going right (each side in its previous order) and returns
   * where the right side starts; uses {@code scratch} only in the node's own range. A large node is cut into
   * parallel chunks when {@code fork} (the caller is not itself a pool task).
   */
  private int partition(int id, boolean fork) {
    int s = start[id];
    int e = end[id];
    if (fork && nThreads > 1 && e - s >= PARALLEL_PARTITION_ROWS) {
      return partitionParallel(id, s, e);
    }
    int nl = partitionRange(id, s, e);
    System.arraycopy(scratch, s, rows, nl, e - nl);
    return nl;
  }

  /**
   * One node's rows in {@code nThreads} chunks, each partitioned on its own (left rows to the chunk's start,
   * right rows to the scratch array from the chunk's start), then the chunks' left parts and right parts moved together
   * in chunk order: the same stable order as one pass.
   */
  private int partitionParallel(int id, int s, int e) {
    int chunks = nThreads;
    int[] from = new int[chunks + 1];
    int[] ends = new int[chunks];
    for (int c = 0; c <= chunks; c++) {
      from[c] = s + (int) ((long) (e - s) * c / chunks);
    }
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int cc = c;
      tasks.add(() -> {
        ends[cc] = partitionRange(id, from[cc], from[cc + 1]);
        return null;
      });
    }
    runAll(tasks);
    int pos = s;
    for (int c = 0; c < chunks; c++) {
      int m = ends[c] - from[c];
      System.arraycopy(rows, from[c], rows, pos, m);
      pos += m;
    }
    int nl = pos;
    for (int c = 0; c < chunks; c++) {
      int m = from[c + 1] - ends[c];
      System.arraycopy(scratch, from[c], rows, pos, m);
      pos += m;
    }
    return nl;
  }

  /**
   * Partitions the rows {@code rows[s..e)} of node {@code id} by its split: the left rows to {@code rows[s..nl)}
   * in order, the right rows to {@code scratch[s..s + e - nl)} in order; returns {@code nl}.
   */
  private int partitionRange(int id, int s, int e) {
    int f = bestFeature[id];
    int missing = bm.nBins[f];
    boolean missLeft = bestMissingLeft[id];
    long[] bits = bestCat[id];
    int b = bestBin[id];
    byte[] codes = data.codes;
    int[] rs = rows;
    int[] sc = scratch;
    int base = f * n;
    int nl = s;
    int nr = s;
    if (bits == null) {
      // branch-free: every row is written to both sides, the side it belongs to advances
      for (int k = s; k < e; k++) {
        int r = rs[k];
        int code = codes[base + r] & 0xFF;
        boolean goLeft = code <= b | (code == missing & missLeft);
        rs[nl] = r;
        sc[nr] = r;
        int l = goLeft ? 1 : 0;
        nl += l;
        nr += 1 - l;
      }
    } else {
      for (int k = s; k < e; k++) {
        int r = rs[k];
        int code = codes[base + r] & 0xFF;
        boolean goLeft = code == missing ? missLeft : (bits[code >>> 6] & (1L << (code & 63))) != 0;
        if (goLeft) {
          rs[nl++] = r;
        } else {
          sc[nr++] = r;
        }
      }
    }
    return nl;
  }

  /** Creates the two children of a partitioned node (right side from {@code nl}); returns the left child. */
  private int makeChildren(int id, int nl) {
    int f = bestFeature[id];
    int s = start[id];
    int e = end[id];
    gainImportance[f] += bestGain[id];
    splitCounts[f]++;
    double gl = bestGL[id];
    double hl = bestHL[id];
    double gr = sumG[id] - gl;
    double hr = sumH[id] - hl;
    double lo = lower[id];
    double hi = upper[id];
    double wl = clipWeight(gl, hl, lo, hi);
    double wr = clipWeight(gr, hr, lo, hi);
    double lLo = lo;
    double lHi = hi;
    double rLo = lo;
    double rHi = hi;
    int mono = cfg.monotone() == null ? 0 : cfg.monotone()[f];
    if (mono != 0) {
      double mid = (wl + wr) / 2;
      if (mono > 0) {
        lHi = Math.min(hi, mid);
        rLo = Math.max(lo, mid);
      } else {
        lLo = Math.max(lo, mid);
        rHi = Math.min(hi, mid);
      }
    }
    int d = depth[id] + 1;
    int l = newNode(s, nl, d, lLo, lHi);
    int r = newNode(nl, e, d, rLo, rHi);
    left[id] = l;
    right[id] = r;
    sumG[l] = gl;
    sumH[l] = hl;
    count[l] = nl - s;
    w[l] = leafWeight(gl, hl, l);
    sumG[r] = gr;
    sumH[r] = hr;
    count[r] = e - nl;
    w[r] = leafWeight(gr, hr, r);
    return l;
  }

  /**
   * Hands the split node's histogram on: the smaller child gets a fresh one (to build), the larger the parent's
   * (to subtract the smaller child's from) when it can be split; returns the smaller child, or -1 when neither
   * child can be split (no histogram needed).
   */
  private int assignHistograms(int id) {
    int l = left[id];
    int r = right[id];
    int small = count[l] <= count[r] ? l : r;
    int large = small == l ? r : l;
    double[] parent = hist[id];
    hist[id] = null;
    boolean smallSplittable = splittable(small);
    boolean largeSplittable = splittable(large);
    if (!smallSplittable && !largeSplittable) {
      histPool.push(parent);
      return -1;
    }
    hist[small] = takeHist();
    if (largeSplittable) {
      hist[large] = parent;
    } else {
      histPool.push(parent);
    }
    return small;
  }

  /** {@code hist[large] -= hist[small]} over the tree's features {@code [fromT, toT)}. */
  private void subtract(int small, int large, int fromT, int toT) {
    double[] sh = hist[small];
    double[] ph = hist[large];
    for (int t = fromT; t < toT; t++) {
      int ft = treeFeatures[t];
      int from = stride * bm.offset[ft];
      int to = stride * bm.offset[ft + 1];
      for (int k = from; k < to; k++) {
        ph[k] -= sh[k];
      }
    }
  }

  private void split(int id) {
    int l = makeChildren(id, partition(id, true));
    int r = right[id];
    int small = assignHistograms(id);
    if (small < 0) {
      return;
    }
    buildHistogram(small);
    int large = small == l ? r : l;
    if (hist[large] != null) {
      subtract(small, large, 0, nTreeFeatures);
    }
    searchChild(l);
    searchChild(r);
  }

  /**
   * Depth-wise growth (no leaf limit): splits every node of a level that has a split, in node order, then builds
   * the histograms of all the level's smaller children in one parallel pass over the features (each bin of each
   * node summed by one task in row order), subtracts for the larger children in the same pass, and searches the
   * children's splits in one parallel pass. Gives exactly the tree of best-first growth without a leaf limit
   * (which also splits the nodes in creation order), with fewer hand-offs to the executor.
   */
  private void growLevels(int root) {
    int m = 0;
    if (bestFeature[root] >= 0) {
      levelNodes[m++] = root;
    }
    while (m > 0) {
      // partition the level's nodes (disjoint row ranges) in parallel groups of about equal rows
      int lm = m;
      int[] nls = new int[lm];
      int[] lvl = levelNodes;
      if (lm < 2 * nThreads) {
        // few nodes (the first levels): one after the other, each node's rows in parallel chunks
        for (int i = 0; i < lm; i++) {
          nls[i] = partition(lvl[i], true);
        }
      } else {
        forNodeGroups(lvl, lm, (a, bEnd) -> {
          for (int i = a; i < bEnd; i++) {
            nls[i] = partition(lvl[i], false);
          }
        });
      }
      int nBuild = 0;
      int nSub = 0;
      int nChildren = 0;
      ensureLevel(2 * m);
      for (int i = 0; i < m; i++) {
        int id = levelNodes[i];
        int l = makeChildren(id, nls[i]);
        int small = assignHistograms(id);
        if (small < 0) {
          continue;
        }
        buildNodes[nBuild++] = small;
        int large = small == l ? right[id] : l;
        if (hist[large] != null) {
          subtractNodes[nSub] = large;
          subtractFrom[nSub++] = small;
        }
        nextNodes[nChildren++] = l;
        nextNodes[nChildren++] = right[id];
      }
      buildLevelHistograms(nBuild, nSub);
      // feature draws in node order (as best-first growth), then one parallel scan of every child
      int nSearch = 0;
      for (int i = 0; i < nChildren; i++) {
        int c = nextNodes[i];
        bestFeature[c] = -1;
        bestGain[c] = 0;
        if (hist[c] != null && splittable(c)) {
          nodeFeats[i] = featuresFor(c);
          nSearch++;
        } else {
          nodeFeats[i] = null;
        }
      }
      if (nSearch > 0) {
        searchLevel(nChildren);
      }
      int next = 0;
      for (int i = 0; i < nChildren; i++) {
        int c = nextNodes[i];
        if (nodeFeats[i] != null) {
          reduceSplit(c, i, nodeFeats[i]);
          nodeFeats[i] = null;
        }
        if (hist[c] != null && bestFeature[c] < 0) {
          releaseHist(c);
        }
        if (bestFeature[c] >= 0) {
          levelNodes[next++] = c;
        }
      }
      m = next;
    }
  }

  private void ensureLevel(int m) {
    if (levelNodes.length < m) {
      int c = Math.max(m, 2 * levelNodes.length);
      levelNodes = Arrays.copyOf(levelNodes, c);
      nextNodes = Arrays.copyOf(nextNodes, c);
      buildNodes = Arrays.copyOf(buildNodes, c);
      subtractNodes = Arrays.copyOf(subtractNodes, c);
      subtractFrom = Arrays.copyOf(subtractFrom, c);
      nodeFeats = Arrays.copyOf(nodeFeats, c);
    }
  }

  /**
   * Runs {@code body(s, e)} over row ranges that together cover the rows of the nodes {@code ids[0..m)}
   * ({@code total} rows), cut into about equal chunks across node boundaries (one task per chunk).
   */
  private void forRowChunks(int[] ids, int m, long total, Parallel.Range body) {
    if (nThreads <= 1 || total < PARALLEL_PARTITION_ROWS) {
      for (int i = 0; i < m; i++) {
        body.run(start[ids[i]], end[ids[i]]);
      }
      return;
    }
    int chunks = nThreads;
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      long from = total * c / chunks;
      long to = total * (c + 1) / chunks;
      tasks.add(() -> {
        long pos = 0; // rows of the nodes before node i
        for (int i = 0; i < m && pos < to; i++) {
          int s = start[ids[i]];
          int cnt = end[ids[i]] - s;
          long a = Math.max(from, pos);
          long b = Math.min(to, pos + cnt);
          if (a < b) {
            body.run(s + (int) (a - pos), s + (int) (b - pos));
          }
          pos += cnt;
        }
        return null;
      });
    }
    runAll(tasks);
  }

  /** Runs {@code body} over contiguous groups of the nodes {@code ids[0..m)} with about equal row counts. */
  private void forNodeGroups(int[] ids, int m, Parallel.Range body) {
    long total = 0;
    for (int i = 0; i < m; i++) {
      total += count[ids[i]];
    }
    if (nThreads <= 1 || m < 2 || total < PARALLEL_MIN_WORK) {
      body.run(0, m);
      return;
    }
    int chunks = Math.min(nThreads, m);
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    int a = 0;
    long acc = 0;
    for (int c = 0; c < chunks && a < m; c++) {
      long target = total * (c + 1) / chunks;
      int bEnd = a;
      while (bEnd < m && (acc < target || bEnd == a)) {
        acc += count[ids[bEnd]];
        bEnd++;
      }
      if (c == chunks - 1) {
        bEnd = m;
      }
      int from = a;
      int to = bEnd;
      tasks.add(() -> {
        body.run(from, to);
        return null;
      });
      a = bEnd;
    }
    runAll(tasks);
  }

  /** Builds the histograms of {@code buildNodes[0..nBuild)} and subtracts them for the larger children. */
  private void buildLevelHistograms(int nBuild, int nSub) {
    long rowsTotal = 0;
    for (int i = 0; i < nBuild; i++) {
      rowsTotal += count[buildNodes[i]];
    }
    forRowChunks(buildNodes, nBuild, rowsTotal, this::gatherOrdered);
    if (nThreads <= 1 || rowsTotal * nTreeFeatures < PARALLEL_MIN_WORK || nTreeFeatures < 2) {
      levelHistograms(nBuild, nSub, 0, nTreeFeatures, 0);
      return;
    }
    int chunks = Math.min(nThreads, nTreeFeatures);
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) nTreeFeatures * c / chunks);
      int to = (int) ((long) nTreeFeatures * (c + 1) / chunks);
      int task = c;
      tasks.add(() -> {
        levelHistograms(nBuild, nSub, from, to, task);
        return null;
      });
    }
    runAll(tasks);
  }

  private void levelHistograms(int nBuild, int nSub, int fromT, int toT, int task) {
    // features outer, nodes inner: the level's nodes read the same few columns one after the other, which then
    // stay in the cache (each node's rows ascend, so together they sweep the columns about once)
    for (int t = fromT; t < toT; t += FEATURE_BLOCK) {
      int tEnd = Math.min(toT, t + FEATURE_BLOCK);
      for (int i = 0; i < nBuild; i++) {
        int c = buildNodes[i];
        histogramFeatures(hist[c], start[c], end[c], t, tEnd, task);
      }
    }
    for (int i = 0; i < nSub; i++) {
      subtract(subtractFrom[i], subtractNodes[i], fromT, toT);
    }
  }

  /** Scans every (child, feature) of the level with a feature set in {@code nodeFeats}, in parallel chunks. */
  private void searchLevel(int nChildren) {
    ensureSlots(nChildren);
    long bins = 0;
    for (int i = 0; i < nChildren; i++) {
      if (nodeFeats[i] != null) {
        bins += binsOf(nodeFeats[i]);
      }
    }
    int chunks = nThreads > 1 && bins >= PARALLEL_MIN_BINS ? nThreads : 1;
    if (chunks == 1) {
      scanLevel(nChildren, 0, 1, catOrders[0], catKeys[0]);
      return;
    }
    List<Callable<Void>> tasks = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int cc = c;
      int[] order = catOrders[c];
      double[] keys = catKeys[c];
      tasks.add(() -> {
        scanLevel(nChildren, cc, chunks, order, keys);
        return null;
      });
    }
    runAll(tasks);
  }

  /** Chunk {@code c} of {@code chunks}: that share of each child's features. */
  private void scanLevel(int nChildren, int c, int chunks, int[] order, double[] keys) {
    for (int i = 0; i < nChildren; i++) {
      int[] feats = nodeFeats[i];
      if (feats == null) {
        continue;
      }
      int id = nextNodes[i];
      int from = (int) ((long) feats.length * c / chunks);
      int to = (int) ((long) feats.length * (c + 1) / chunks);
      if (from < to) {
        double parentObj = objective(sumG[id], sumH[id], w[id]);
        scanFeatures(id, i, feats, from, to, hist[id], parentObj, order, keys);
      }
    }
  }

  private void searchChild(int c) {
    if (hist[c] != null) {
      findSplit(c);
      if (bestFeature[c] < 0) {
        releaseHist(c);
      }
    }
  }

  /** Whether a node may be split at all (depth, rows and hessian limits), before looking at histograms. */
  private boolean splittable(int id) {
    return !(cfg.maxDepth() > 0 && depth[id] >= cfg.maxDepth()) && count[id] >= 2 * cfg.minSamplesLeaf()
        && sumH[id] >= 2 * cfg.minChildWeight();
  }

  private GrownTree toTree() {
    int m = size;
    int[] feature = new int[m];
    int[] bin = new int[m];
    double[] thr = new double[m];
    boolean[] ml = new boolean[m];
    long[][] cats = new long[m][];
    int[] lc = new int[m];
    int[] rc = new int[m];
    double[] value = new double[m];
    double[] cover = new double[m];
    double[] gains = new double[m];
    double lr = cfg.learningRate();
    for (int id = 0; id < m; id++) {
      cover[id] = count[id];
      value[id] = lr * w[id];
      if (left[id] >= 0) {
        int f = bestFeature[id];
        feature[id] = f;
        bin[id] = bestBin[id];
        thr[id] = bestCat[id] == null ? bm.threshold(f, bestBin[id]) : 0;
        ml[id] = bestMissingLeft[id];
        cats[id] = bestCat[id];
        lc[id] = left[id];
        rc[id] = right[id];
        gains[id] = bestGain[id];
      } else {
        feature[id] = -1;
        lc[id] = -1;
        rc[id] = -1;
        left[id] = -2;
      }
    }
    return new GrownTree(m, feature, bin, thr, ml, cats, lc, rc, value, cover, gains);
  }
}
