package praxis.trees.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Grows one CART tree (Breiman et al. 1984) on a subset of weighted rows. Split search is indexed: each
 * node owns a contiguous range of a row-index array; per candidate feature the node's values are gathered
 * into a preallocated primitive buffer and sorted once (numeric) or aggregated per level (categorical), then
 * scanned left to right with additive sufficient statistics (class weights, or {@code w, wy, wy^2}). No
 * allocation happens inside the scans. Missing values are scanned both ways (they join the left or the right
 * child, whichever is better; a "missing vs. present" split is also tried), like scikit-learn 1.3+.
 * Categorical features are split on level subsets: levels sorted by the node mean response (regression),
 * the class-1 fraction (binary; both optimal by Fisher's / Breiman's theorem) or, for more than two classes,
 * the fraction of the node's majority class (a heuristic), then scanned as an ordered feature. Levels absent
 * from the node follow the missing-value direction. Gini fast paths (trees bit-identical to the generic scan):
 * rows and dense ranks packed into one long per entry and radix-sorted; with two classes, integral weights
 * (bootstrap counts) and no missing values the entries carry weight and class, and a division-free test with
 * an error margin discards candidates that cannot beat the best split; with few distinct values per node
 * (relative to its size) and integral weights the class weights are binned per value instead of sorted. With {@code randomSplits} (extra trees, Geurts et al.
 * 2006) one uniform random threshold (or random level subset) is drawn per feature instead of scanning.
 * With {@code maxBins > 0} (histogram mode, random forests) numeric features are searched on their shared
 * quantile bins ({@link Features#bins}): one pass per feature accumulates per-bin statistics, then at most
 * {@code maxBins} candidate thresholds are scanned; with two classes and integral weights the node's candidate
 * features are accumulated together in one pass over a row-major copy of the bins, and nodes are partitioned
 * by bin.
 *
 * <p>Growth is depth-first (nodes numbered in preorder, left first, as scikit-learn) or, with
 * {@code maxLeafNodes > 0}, best-first by weighted impurity decrease. Stopping rules follow scikit-learn:
 * {@code maxDepth}, {@code minSamplesSplit}, {@code minSamplesLeaf}, {@code minWeightLeaf}, pure nodes,
 * {@code minImpurityDecrease}. Not thread-safe: use one grower per thread.
 *
 * <pre>{@code
 * Grower g = new Grower(config, features, yCodes, null);
 * Tree t = g.grow(rows, weights, new SplittableRandom(seed));
 * }</pre>
 */
public final class Grower {
  /** Split criterion. */
  public enum Kind {
    /** Gini impurity. */
    GINI,
    /** Shannon entropy (bits). */
    ENTROPY,
    /** Variance (squared error). */
    MSE,
    /** Half Poisson deviance. */
    POISSON,
    /** Mean absolute deviation from the weighted median. */
    MAE
  }

  /**
   * Growth settings.
   *
   * @param kind criterion
   * @param nClasses classes (classification) or 0
   * @param maxDepth maximum depth (Integer.MAX_VALUE for none)
   * @param minSamplesSplit minimum rows to split a node
   * @param minSamplesLeaf minimum rows per leaf
   * @param minWeightFractionLeaf minimum fraction of the total weight per leaf
   * @param maxLeafNodes maximum leaves (best-first growth), 0 for unlimited depth-first growth
   * @param minImpurityDecrease minimum weighted impurity decrease to split
   * @param maxFeatures features drawn per node
   * @param randomSplits draw one random threshold per feature (extra trees)
   * @param maxBins 0 for exact split search, else histogram split search on at most this many quantile bins
   *     per numeric feature (2 to 255; {@link Features#bins}); not with {@code randomSplits} or MAE
   */
  public record Config(Kind kind, int nClasses, int maxDepth, int minSamplesSplit, int minSamplesLeaf,
      double minWeightFractionLeaf, int maxLeafNodes, double minImpurityDecrease, int maxFeatures,
      boolean randomSplits, int maxBins) {
    /** Validates. */
    public Config {
      if (maxBins != 0 && (maxBins < 2 || maxBins > 255)) {
        throw new IllegalArgumentException("maxBins must be 0 (exact splits) or in [2, 255] but was " + maxBins);
      }
      if (maxBins != 0 && (randomSplits || kind == Kind.MAE)) {
        throw new IllegalArgumentException("maxBins=" + maxBins + " needs best splits with an additive criterion;"
            + " use maxBins=0 with random splits or the absolute-error criterion");
      }
    }

    /** Exact split search ({@code maxBins = 0}). */
    public Config(Kind kind, int nClasses, int maxDepth, int minSamplesSplit, int minSamplesLeaf,
        double minWeightFractionLeaf, int maxLeafNodes, double minImpurityDecrease, int maxFeatures,
        boolean randomSplits) {
      this(kind, nClasses, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
          minImpurityDecrease, maxFeatures, randomSplits, 0);
    }
  }

  private static final double EPS = Math.ulp(1.0);
  private static final double FEATURE_THRESHOLD = 1e-7;

  private final Config cfg;
  private final Features f;
  private final int[] yc;
  private final double[] y;
  private final int s;
  private final boolean cls;
  private final int k;

  // buffers
  private final int[] idx;
  private final double[] vals;
  private final int[] sidx;
  private final int[] keys;
  private final int[] keys2;
  private final int[] sidx2;
  private final long[] pk;
  private final long[] pk2;
  private final int[] hist = new int[4 * 256];
  /** Per numeric feature: some row has a missing value (Gini path only). */
  private final boolean[] hasMissing;
  /**
   * Two-class Gini with integral weights: {@code (weight << 1) | class} of the row at each position of
   * {@link #idx}, permuted along with it (valid when {@link #compact}).
   */
  private final int[] wy;
  private boolean compact;
  /** All weights of the tree are integers with an exact total (Gini path only). */
  private boolean integral;
  private double[] hbins = new double[0];
  private int[] hcnt = new int[0];
  private final int[] bucket = new int[257];
  private final int[][] ranks;
  private final double[][] distinct;
  /** Histogram mode: the shared bins, else null. */
  private final Features.Bins fb;
  /** Histogram mode, two-class Gini: the bins row-major ({@link Features.Bins#rowMajor()}), else null. */
  private final byte[] rowMajor;
  private final int[] batchFeatures;
  private final int[] batchSlots;
  /** Histogram mode: per bin and statistic, weight sums (all zero between scans). */
  private double[] hst = new double[0];
  /** Histogram mode: per bin, row counts (all zero between scans). */
  private final int[] hrows;
  private final int[] features;
  private final double[] tot;
  private final double[] ls;
  private final double[] ms;
  private final double[] lbuf;
  private final double[] rbuf;
  private final double[] levStats;
  private final int[] levCnt;
  private final int[] levOrder;
  private final double[] levKey;
  private final int[] bestLevels;
  private final Mae mae;

  // current node's best split
  private double bestProxy;
  private int bestFeature;
  private double bestThreshold;
  private boolean bestMissingLeft;
  private boolean bestCat;
  private int bestLevelCount;
  private boolean bestMissingSeen;

  // tree under construction
  private int nodes;
  private int[] tLeft;
  private int[] tRight;
  private int[] tFeature;
  private double[] tThreshold;
  private byte[] tMissingLeft;
  private long[][] tCat;
  private double[] tValue;
  private double[] tImpurity;
  private double[] tWeight;
  private int[] tSamples;
  private double[] w;
  private double rootWeight;
  private double minWeightLeaf;

  /**
   * @param cfg settings
   * @param f features
   * @param yc class codes (classification) or null
   * @param y values (regression) or null
   */
  public Grower(Config cfg, Features f, int[] yc, double[] y) {
    this.cfg = cfg;
    this.f = f;
    this.yc = yc;
    this.y = y;
    this.cls = cfg.kind() == Kind.GINI || cfg.kind() == Kind.ENTROPY;
    this.k = cls ? cfg.nClasses() : 1;
    this.s = cls ? cfg.nClasses() : 3;
    int n = f.n;
    idx = new int[n];
    vals = new double[n];
    sidx = new int[n];
    if (cfg.maxBins() > 0) {
      fb = f.bins(cfg.maxBins(), 1);
      boolean binary = cfg.kind() == Kind.GINI && cfg.nClasses() == 2;
      rowMajor = binary ? fb.rowMajor() : null;
      int slots = rowMajor != null ? Math.max(1, Math.min(cfg.maxFeatures(), f.p)) : 1;
      batchFeatures = new int[slots];
      batchSlots = new int[slots];
      hrows = new int[256 * slots];
      hst = new double[256 * s * slots];
      keys = null;
      keys2 = null;
      sidx2 = null;
      pk = null;
      pk2 = null;
      hasMissing = fb.hasMissing;
      wy = cfg.kind() == Kind.GINI && cfg.nClasses() == 2 ? new int[n] : null;
      ranks = null;
      distinct = null;
    } else if (cfg.randomSplits()) {
      fb = null;
      rowMajor = null;
      batchFeatures = null;
      batchSlots = null;
      hrows = null;
      keys = null;
      keys2 = null;
      sidx2 = null;
      pk = null;
      pk2 = null;
      hasMissing = null;
      wy = null;
      ranks = null;
      distinct = null;
    } else {
      fb = null;
      rowMajor = null;
      batchFeatures = null;
      batchSlots = null;
      hrows = null;
      keys = new int[n];
      keys2 = new int[n];
      sidx2 = new int[n];
      ranks = f.ranks();
      distinct = f.distinct();
      boolean gini = cfg.kind() == Kind.GINI;
      pk = gini ? new long[n] : null;
      pk2 = gini ? new long[n] : null;
      hasMissing = new boolean[f.p];
      for (int j = 0; j < f.p; j++) {
        int[] rk = ranks[j];
        if (rk != null) {
          for (int v : rk) {
            if (v < 0) {
              hasMissing[j] = true;
              break;
            }
          }
        }
      }
      wy = gini && cfg.nClasses() == 2 ? new int[n] : null;
    }
    features = new int[f.p];
    tot = new double[s];
    ls = new double[s];
    ms = new double[s];
    lbuf = new double[s];
    rbuf = new double[s];
    int maxLevels = 1;
    for (int j = 0; j < f.p; j++) {
      maxLevels = Math.max(maxLevels, f.nLevels[j]);
    }
    levStats = new double[maxLevels * s];
    levCnt = new int[maxLevels];
    levOrder = new int[maxLevels];
    levKey = new double[maxLevels];
    bestLevels = new int[maxLevels];
    mae = cfg.kind() == Kind.MAE ? new Mae(y) : null;
  }

  private record Task(int start, int end, int depth, int parent, boolean isLeft, double[] stats, double impurity) {}

  private record Pending(int node, int start, int end, int depth, double improvement, int feature, double threshold,
      boolean missingLeft, long[] mask, double[] lst, double[] rst) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      int c = Double.compare(o.improvement, improvement);
      return c != 0 ? c : Integer.compare(node, o.node);
    }
  }

  /**
   * Grows a tree on the rows with positive weight.
   *
   * @param rows distinct rows to use
   * @param weights per row of the full data (only entries of {@code rows} are read)
   * @param rng source of feature draws and random thresholds
   */
  public Tree grow(int[] rows, double[] weights, SplittableRandom rng) {
    this.w = weights;
    int n = rows.length;
    System.arraycopy(rows, 0, idx, 0, n);
    compact = false;
    integral = false;
    if (pk != null || fb != null && cls) {
      integral = true;
      double total = 0;
      for (int i = 0; i < n && integral; i++) {
        double v = weights[rows[i]];
        total += v;
        integral = v == Math.rint(v) && v >= 0 && v < (1 << 29);
      }
      integral = integral && total < 0x1p52;
    }
    if (wy != null && integral) {
      // integral weights (bootstrap counts, unit weights) fit in the packed sort entries: exact sums either way
      compact = true;
      for (int i = 0; i < n && compact; i++) {
        int r = rows[i];
        double v = weights[r];
        if (v == Math.rint(v) && v >= 0 && v < (1 << 29)) {
          wy[i] = ((int) v << 1) | yc[r];
        } else {
          compact = false;
        }
      }
    }
    int cap = 64;
    tLeft = new int[cap];
    tRight = new int[cap];
    tFeature = new int[cap];
    tThreshold = new double[cap];
    tMissingLeft = new byte[cap];
    tCat = new long[cap][];
    tValue = new double[cap * k];
    tImpurity = new double[cap];
    tWeight = new double[cap];
    tSamples = new int[cap];
    nodes = 0;
    double[] rootStats = new double[s];
    for (int i = 0; i < n; i++) {
      addRow(rootStats, 0, idx[i], w[idx[i]]);
    }
    rootWeight = weightOf(rootStats, 0);
    minWeightLeaf = cfg.minWeightFractionLeaf() * rootWeight;
    double rootImp = impurity(rootStats, 0, 0, n);
    Task root = new Task(0, n, 0, -1, false, rootStats, rootImp);
    if (cfg.maxLeafNodes() > 0) {
      growBestFirst(root, rng);
    } else {
      growDepthFirst(root, rng);
    }
    return new Tree(nodes, k, Arrays.copyOf(tLeft, nodes), Arrays.copyOf(tRight, nodes),
        Arrays.copyOf(tFeature, nodes), Arrays.copyOf(tThreshold, nodes), Arrays.copyOf(tMissingLeft, nodes),
        Arrays.copyOf(tCat, nodes), Arrays.copyOf(tValue, nodes * k), Arrays.copyOf(tImpurity, nodes),
        Arrays.copyOf(tWeight, nodes), Arrays.copyOf(tSamples, nodes));
  }

  private void growDepthFirst(Task root, SplittableRandom rng) {
    ArrayDeque<Task> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Task t = stack.pop();
      int node = addNode(t);
      Pending p = evaluate(node, t, rng);
      if (p != null) {
        Task[] ch = apply(p, t);
        stack.push(ch[1]);
        stack.push(ch[0]);
      }
    }
  }

  private void growBestFirst(Task root, SplittableRandom rng) {
    PriorityQueue<Pending> frontier = new PriorityQueue<>();
    java.util.Map<Integer, Task> tasks = new java.util.HashMap<>();
    int node = addNode(root);
    Pending p = evaluate(node, root, rng);
    if (p != null) {
      frontier.add(p);
      tasks.put(node, root);
    }
    int splitsLeft = cfg.maxLeafNodes() - 1;
    while (!frontier.isEmpty() && splitsLeft > 0) {
      Pending best = frontier.poll();
      Task t = tasks.remove(best.node());
      Task[] ch = apply(best, t);
      splitsLeft--;
      for (Task c : ch) {
        int id = addNode(c);
        Pending pc = evaluate(id, c, rng);
        if (pc != null) {
          frontier.add(pc);
          tasks.put(id, c);
        }
      }
    }
  }

  private int addNode(Task t) {
    if (nodes == tLeft.length) {
      int cap = nodes * 2;
      tLeft = Arrays.copyOf(tLeft, cap);
      tRight = Arrays.copyOf(tRight, cap);
      tFeature = Arrays.copyOf(tFeature, cap);
      tThreshold = Arrays.copyOf(tThreshold, cap);
      tMissingLeft = Arrays.copyOf(tMissingLeft, cap);
      tCat = Arrays.copyOf(tCat, cap);
      tValue = Arrays.copyOf(tValue, cap * k);
      tImpurity = Arrays.copyOf(tImpurity, cap);
      tWeight = Arrays.copyOf(tWeight, cap);
      tSamples = Arrays.copyOf(tSamples, cap);
    }
    int id = nodes++;
    tLeft[id] = -1;
    tRight[id] = -1;
    tFeature[id] = -1;
    tThreshold[id] = Double.NaN;
    tImpurity[id] = t.impurity();
    double wt = weightOf(t.stats(), 0);
    tWeight[id] = wt;
    tSamples[id] = t.end() - t.start();
    if (cls) {
      for (int c = 0; c < k; c++) {
        tValue[id * k + c] = t.stats()[c] / wt;
      }
    } else if (cfg.kind() == Kind.MAE) {
      tValue[id] = mae.median(idx, t.start(), t.end(), w, vals, sidx);
    } else {
      tValue[id] = t.stats()[1] / wt;
    }
    if (t.parent() >= 0) {
      if (t.isLeft()) {
        tLeft[t.parent()] = id;
      } else {
        tRight[t.parent()] = id;
      }
    }
    return id;
  }

  /** Finds the node's split, or null when it stays a leaf. */
  private Pending evaluate(int node, Task t, SplittableRandom rng) {
    int cnt = t.end() - t.start();
    double wt = weightOf(t.stats(), 0);
    if (t.depth() >= cfg.maxDepth() || cnt < cfg.minSamplesSplit() || cnt < 2 * cfg.minSamplesLeaf()
        || wt < 2 * minWeightLeaf || t.impurity() <= EPS) {
      return null;
    }
    System.arraycopy(t.stats(), 0, tot, 0, s);
    bestProxy = Double.NEGATIVE_INFINITY;
    bestFeature = -1;
    int p = f.p;
    for (int j = 0; j < p; j++) {
      features[j] = j;
    }
    int visited = 0;
    if (compact && rowMajor != null) {
      // histogram mode, two classes: draw as many features as are still needed (the same draws as one at a
      // time, since scans draw nothing), accumulate the numeric ones in one pass, then scan in draw order
      int i = 0;
      while (i < p && visited < cfg.maxFeatures()) {
        int nb = Math.min(cfg.maxFeatures() - visited, p - i);
        int nf = 0;
        for (int q = 0; q < nb; q++) {
          int r = i + q + rng.nextInt(p - i - q);
          int j = features[r];
          features[r] = features[i + q];
          features[i + q] = j;
          if (!f.isCategorical(j)) {
            batchFeatures[nf] = j;
            batchSlots[nf++] = q;
          }
        }
        accumulateCompactBatch(batchFeatures, batchSlots, nf, t);
        for (int q = 0; q < nb; q++) {
          int j = features[i + q];
          boolean nonConstant = f.isCategorical(j) ? scanCategorical(j, t, rng) : scanHistogramSlot(j, t, q);
          if (nonConstant) {
            visited++;
          }
        }
        i += nb;
      }
    }
    for (int i = 0; i < p && visited < cfg.maxFeatures() && !(compact && rowMajor != null); i++) {
      int r = i + rng.nextInt(p - i);
      int j = features[r];
      features[r] = features[i];
      features[i] = j;
      if (mae != null) {
        mae.beginFeature(idx, t.start(), t.end(), w);
      }
      boolean nonConstant = f.isCategorical(j) ? scanCategorical(j, t, rng) : scanNumeric(j, t, rng);
      if (mae != null) {
        mae.endFeature();
      }
      if (nonConstant) {
        visited++;
      }
    }
    if (bestFeature < 0) {
      return null;
    }
    long[] mask = null;
    if (bestCat) {
      int levels = f.nLevels[bestFeature];
      mask = new long[(levels + 63) >>> 6];
      for (int q = 0; q < bestLevelCount; q++) {
        int c = bestLevels[q];
        mask[c >>> 6] |= 1L << (c & 63);
      }
    }
    // impurity improvement of the best split (scikit-learn's definition)
    double[] lst = new double[s];
    double[] rst = new double[s];
    int nl = 0;
    if (compact && fb != null && mask == null) {
      // histogram mode: the row's bin decides (the same way as its value, see splitBin)
      byte[] code = fb.codes[bestFeature];
      int bin = splitBin(bestFeature, bestThreshold);
      int missing = bestMissingLeft ? Features.Bins.MISSING : -1;
      for (int i = t.start(); i < t.end(); i++) {
        int e = wy[i];
        int c = code[idx[i]] & 0xFF;
        if (c <= bin || c == missing) {
          lst[e & 1] += e >>> 1;
          nl++;
        } else {
          rst[e & 1] += e >>> 1;
        }
      }
    } else if (compact) {
      // two classes, integral weights: the packed entries in node order give the same (exact) sums
      for (int i = t.start(); i < t.end(); i++) {
        int e = wy[i];
        if (goesLeft(bestFeature, bestThreshold, bestMissingLeft, mask, idx[i])) {
          lst[e & 1] += e >>> 1;
          nl++;
        } else {
          rst[e & 1] += e >>> 1;
        }
      }
    } else {
      for (int i = t.start(); i < t.end(); i++) {
        int r = idx[i];
        if (goesLeft(bestFeature, bestThreshold, bestMissingLeft, mask, r)) {
          addRow(lst, 0, r, w[r]);
          nl++;
        } else {
          addRow(rst, 0, r, w[r]);
        }
      }
    }
    if (nl == 0 || nl == cnt) {
      return null;
    }
    double wl = weightOf(lst, 0);
    double wr = weightOf(rst, 0);
    double il;
    double ir;
    if (cfg.kind() == Kind.MAE) {
      partition(t.start(), t.end(), bestFeature, bestThreshold, bestMissingLeft, mask);
      il = impurity(lst, 0, t.start(), t.start() + nl);
      ir = impurity(rst, 0, t.start() + nl, t.end());
    } else {
      il = impurity(lst, 0, 0, 0);
      ir = impurity(rst, 0, 0, 0);
    }
    double improvement = wt / rootWeight * (t.impurity() - wr / wt * ir - wl / wt * il);
    if (improvement + EPS < cfg.minImpurityDecrease()) {
      return null;
    }
    if (!bestMissingSeen) {
      // no missing value reached this node: missing (and unseen levels) follow the larger child
      bestMissingLeft = wl >= wr;
    }
    if (bestCat && bestMissingLeft) {
      // levels absent from the node follow the missing direction (no row of the node is affected)
      int levels = f.nLevels[bestFeature];
      Arrays.fill(levCnt, 0, levels, 0);
      int[] codes = f.cat[bestFeature];
      for (int i = t.start(); i < t.end(); i++) {
        int c = codes[idx[i]];
        if (c >= 0) {
          levCnt[c]++;
        }
      }
      for (int c = 0; c < levels; c++) {
        if (levCnt[c] == 0) {
          mask[c >>> 6] |= 1L << (c & 63);
        }
      }
    }
    tFeature[node] = bestFeature;
    tThreshold[node] = bestCat ? Double.NaN : bestThreshold;
    tMissingLeft[node] = (byte) (bestMissingLeft ? 1 : 0);
    tCat[node] = mask;
    // with integral weights the child sums are exact, so apply() can reuse them (same values in any order)
    return new Pending(node, t.start(), t.end(), t.depth(), improvement, bestFeature, bestThreshold,
        bestMissingLeft, mask, integral ? lst : null, integral ? rst : null);
  }

  private Task[] apply(Pending p, Task t) {
    int mid = partition(t.start(), t.end(), p.feature(), p.threshold(), p.missingLeft(), p.mask());
    double[] lst = p.lst();
    double[] rst = p.rst();
    if (lst == null) {
      lst = new double[s];
      rst = new double[s];
      for (int i = t.start(); i < mid; i++) {
        addRow(lst, 0, idx[i], w[idx[i]]);
      }
      for (int i = mid; i < t.end(); i++) {
        addRow(rst, 0, idx[i], w[idx[i]]);
      }
    }
    double il = impurity(lst, 0, t.start(), mid);
    double ir = impurity(rst, 0, mid, t.end());
    return new Task[] {new Task(t.start(), mid, t.depth() + 1, p.node(), true, lst, il),
        new Task(mid, t.end(), t.depth() + 1, p.node(), false, rst, ir)};
  }

  private boolean goesLeft(int j, double thr, boolean missingLeft, long[] mask, int r) {
    if (mask != null) {
      int c = f.cat[j][r];
      if (c < 0) {
        return missingLeft;
      }
      return (mask[c >>> 6] & (1L << (c & 63))) != 0;
    }
    double v = f.num[j][r];
    if (v != v) {
      return missingLeft;
    }
    return v <= thr;
  }

  /**
   * Histogram mode: the largest bin of feature {@code j} whose values are all {@code <= thr} (-1 if none). For
   * a threshold chosen by {@link #scanHistogram} between the present bins {@code prev < b} of a node, it lies in
   * {@code [prev, b)}, so for the node's rows "bin <= splitBin" is "value <= thr".
   */
  private int splitBin(int j, double thr) {
    double[] h = fb.hi[j];
    int a = 0;
    int b = h.length;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (h[mid] <= thr) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a - 1;
  }

  private int partition(int start, int end, int j, double thr, boolean missingLeft, long[] mask) {
    int a = start;
    int b = end - 1;
    if (fb != null && mask == null) {
      byte[] code = fb.codes[j];
      int bin = splitBin(j, thr);
      int missing = missingLeft ? Features.Bins.MISSING : -1;
      while (a <= b) {
        int c = code[idx[a]] & 0xFF;
        if (c <= bin || c == missing) {
          a++;
        } else {
          int tmp = idx[a];
          idx[a] = idx[b];
          idx[b] = tmp;
          if (compact) {
            tmp = wy[a];
            wy[a] = wy[b];
            wy[b] = tmp;
          }
          b--;
        }
      }
      return a;
    }
    while (a <= b) {
      if (goesLeft(j, thr, missingLeft, mask, idx[a])) {
        a++;
      } else {
        int tmp = idx[a];
        idx[a] = idx[b];
        idx[b] = tmp;
        if (compact) {
          tmp = wy[a];
          wy[a] = wy[b];
          wy[b] = tmp;
        }
        b--;
      }
    }
    return a;
  }

  // ---- statistics ----

  private void addRow(double[] st, int off, int r, double wr) {
    if (cls) {
      st[off + yc[r]] += wr;
    } else {
      double v = y[r];
      st[off] += wr;
      st[off + 1] += wr * v;
      if (cfg.kind() == Kind.POISSON) {
        st[off + 2] += v > 0 ? wr * v * Math.log(v) : 0;
      } else {
        st[off + 2] += wr * v * v;
      }
    }
  }

  private double weightOf(double[] st, int off) {
    if (cls) {
      double t = 0;
      for (int c = 0; c < k; c++) {
        t += st[off + c];
      }
      return t;
    }
    return st[off];
  }

  /** Impurity from additive statistics ({@code from, to} index the node's rows for MAE only). */
  private double impurity(double[] st, int off, int from, int to) {
    switch (cfg.kind()) {
      case GINI: {
        double wt = 0;
        double sq = 0;
        for (int c = 0; c < k; c++) {
          double v = st[off + c];
          wt += v;
          sq += v * v;
        }
        return 1.0 - sq / (wt * wt);
      }
      case ENTROPY: {
        double wt = weightOf(st, off);
        double e = 0;
        for (int c = 0; c < k; c++) {
          double v = st[off + c];
          if (v > 0) {
            double q = v / wt;
            e -= q * Math.log(q);
          }
        }
        return e / Math.log(2);
      }
      case MSE: {
        double wt = st[off];
        double m = st[off + 1] / wt;
        return st[off + 2] / wt - m * m;
      }
      case POISSON: {
        double wt = st[off];
        double m = st[off + 1] / wt;
        if (m <= EPS) {
          return st[off + 1] <= EPS ? 0 : Double.POSITIVE_INFINITY;
        }
        return (st[off + 2] - st[off + 1] * Math.log(m)) / wt;
      }
      default:
        return mae.impurity(idx, from, to, w) ;
    }
  }

  /** Proxy for the split quality, {@code -(w_l i_l + w_r i_r)}; -inf when invalid. */
  private double proxy(double[] lst, double[] rst) {
    double wl = weightOf(lst, 0);
    double wr = weightOf(rst, 0);
    if (cfg.kind() == Kind.POISSON) {
      if (lst[1] <= EPS || rst[1] <= EPS) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    return -(wl * impurity(lst, 0, 0, 0) + wr * impurity(rst, 0, 0, 0));
  }

  /**
   * Tests a candidate with {@code nl} non-missing rows left (statistics in {@link #ls}); missing rows
   * (statistics {@link #ms}, {@code mCnt} rows) join the left side when {@code missLeft}.
   */
  private boolean consider(int cnt, int nl, int mCnt, boolean missLeft) {
    int cl = nl + (missLeft ? mCnt : 0);
    int cr = cnt - cl;
    if (cl < cfg.minSamplesLeaf() || cr < cfg.minSamplesLeaf()) {
      return false;
    }
    double pr;
    if (cfg.kind() == Kind.GINI) {
      // same arithmetic as impurity(GINI) on the left / right statistics, without materializing them
      double wl = 0;
      double wr = 0;
      double sql = 0;
      double sqr = 0;
      for (int q = 0; q < k; q++) {
        double l = missLeft ? ls[q] + ms[q] : ls[q];
        double r = tot[q] - l;
        wl += l;
        wr += r;
        sql += l * l;
        sqr += r * r;
      }
      if (wl < minWeightLeaf || wr < minWeightLeaf || wl <= 0 || wr <= 0) {
        return false;
      }
      pr = -(wl * (1.0 - sql / (wl * wl)) + wr * (1.0 - sqr / (wr * wr)));
    } else {
      for (int q = 0; q < s; q++) {
        double v = missLeft ? ls[q] + ms[q] : ls[q];
        lbuf[q] = v;
        rbuf[q] = tot[q] - v;
      }
      double wl = weightOf(lbuf, 0);
      double wr = weightOf(rbuf, 0);
      if (wl < minWeightLeaf || wr < minWeightLeaf || wl <= 0 || wr <= 0) {
        return false;
      }
      pr = mae != null ? mae.proxy(lbuf[0], rbuf[0]) : proxy(lbuf, rbuf);
    }
    if (pr > bestProxy) {
      bestProxy = pr;
      return true;
    }
    return false;
  }

  /** Sorts {@code keys[0, m)} ascending with payload {@link #sidx}: insertion sort or LSD radix (8-bit digits). */
  private void sortKeys(int m, int maxKey) {
    if (m < 64) {
      for (int i = 1; i < m; i++) {
        int k = keys[i];
        int r = sidx[i];
        int q = i - 1;
        while (q >= 0 && keys[q] > k) {
          keys[q + 1] = keys[q];
          sidx[q + 1] = sidx[q];
          q--;
        }
        keys[q + 1] = k;
        sidx[q + 1] = r;
      }
      return;
    }
    int[] ka = keys;
    int[] ia = sidx;
    int[] kb = keys2;
    int[] ib = sidx2;
    for (int shift = 0; (maxKey >>> shift) > 0; shift += 8) {
      java.util.Arrays.fill(bucket, 0);
      for (int i = 0; i < m; i++) {
        bucket[((ka[i] >>> shift) & 255) + 1]++;
      }
      for (int b = 0; b < 256; b++) {
        bucket[b + 1] += bucket[b];
      }
      for (int i = 0; i < m; i++) {
        int pos = bucket[(ka[i] >>> shift) & 255]++;
        kb[pos] = ka[i];
        ib[pos] = ia[i];
      }
      int[] t = ka;
      ka = kb;
      kb = t;
      t = ia;
      ia = ib;
      ib = t;
    }
    if (ka != keys) {
      System.arraycopy(ka, 0, keys, 0, m);
      System.arraycopy(ia, 0, sidx, 0, m);
    }
  }

  private boolean scanNumeric(int j, Task t, SplittableRandom rng) {
    if (fb != null) {
      return scanHistogram(j, t);
    }
    if (!cfg.randomSplits()) {
      return scanNumericSorted(j, t);
    }
    double[] col = f.num[j];
    int m = 0;
    int mCnt = 0;
    Arrays.fill(ms, 0);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      double v = col[r];
      if (v != v) {
        addRow(ms, 0, r, w[r]);
        if (mae != null) {
          mae.addMissing(r, w[r]);
        }
        mCnt++;
      } else {
        vals[m] = v;
        sidx[m++] = r;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    int cnt = t.end() - t.start();
    boolean constant = m == 0 || hi <= lo + FEATURE_THRESHOLD;
    if (constant && (mCnt == 0 || m == 0)) {
      return false;
    }
    if (!constant) {
      double thr = lo + rng.nextDouble() * (hi - lo);
      if (thr >= hi) {
        thr = lo;
      }
      Arrays.fill(ls, 0);
      int nl = 0;
      for (int q = 0; q < m; q++) {
        if (vals[q] <= thr) {
          int r = sidx[q];
          addRow(ls, 0, r, w[r]);
          if (mae != null) {
            mae.addLeft(r, w[r]);
          }
          nl++;
        }
      }
      for (int dir = 0; dir < (mCnt > 0 ? 2 : 1); dir++) {
        boolean ml = dir == 1;
        if (mae != null) {
          mae.setMissingLeft(ml);
        }
        if (consider(cnt, nl, mCnt, ml)) {
          record(j, thr, ml, mCnt > 0);
        }
      }
    }
    if (mCnt > 0) {
      // all present values left, missing right
      Arrays.fill(ls, 0);
      if (mae != null) {
        mae.clearLeft();
      }
      for (int q = 0; q < m; q++) {
        int r = sidx[q];
        addRow(ls, 0, r, w[r]);
        if (mae != null) {
          mae.addLeft(r, w[r]);
        }
      }
      if (mae != null) {
        mae.setMissingLeft(false);
      }
      if (consider(cnt, m, mCnt, false)) {
        record(j, Double.POSITIVE_INFINITY, false, true);
      }
    }
    return true;
  }

  private boolean scanNumericSorted(int j, Task t) {
    if (pk != null) {
      return scanGiniSorted(j, t);
    }
    int[] rank = ranks[j];
    double[] u = distinct[j];
    int m = 0;
    int mCnt = 0;
    Arrays.fill(ms, 0);
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      int k = rank[r];
      if (k < 0) {
        addRow(ms, 0, r, w[r]);
        if (mae != null) {
          mae.addMissing(r, w[r]);
        }
        mCnt++;
      } else {
        keys[m] = k;
        sidx[m++] = r;
        if (k < lo) {
          lo = k;
        }
        if (k > hi) {
          hi = k;
        }
      }
    }
    int cnt = t.end() - t.start();
    boolean constant = m == 0 || u[hi] <= u[lo] + FEATURE_THRESHOLD;
    if (constant && (mCnt == 0 || m == 0)) {
      return false;
    }
    if (!constant) {
      sortKeys(m, hi);
      Arrays.fill(ls, 0);
      for (int q = 0; q < m - 1; q++) {
        int r = sidx[q];
        addRow(ls, 0, r, w[r]);
        if (mae != null) {
          mae.addLeft(r, w[r]);
        }
        double a = u[keys[q]];
        double b = u[keys[q + 1]];
        if (b <= a + FEATURE_THRESHOLD) {
          continue;
        }
        for (int dir = 0; dir < (mCnt > 0 ? 2 : 1); dir++) {
          boolean ml = dir == 1;
          if (mae != null) {
            mae.setMissingLeft(ml);
          }
          if (consider(cnt, q + 1, mCnt, ml)) {
            double thr = a / 2.0 + b / 2.0;
            if (thr == b || Double.isInfinite(thr)) {
              thr = a;
            }
            record(j, thr, ml, mCnt > 0);
          }
        }
      }
    }
    if (mCnt > 0) {
      Arrays.fill(ls, 0);
      if (mae != null) {
        mae.clearLeft();
      }
      for (int q = 0; q < m; q++) {
        int r = sidx[q];
        addRow(ls, 0, r, w[r]);
        if (mae != null) {
          mae.addLeft(r, w[r]);
        }
      }
      if (mae != null) {
        mae.setMissingLeft(false);
      }
      if (consider(cnt, m, mCnt, false)) {
        record(j, Double.POSITIVE_INFINITY, false, true);
      }
    }
    return true;
  }

  /**
   * Sorts the packed entries {@code pk[0, m)} ({@code rank << 32 | row}) by rank, stably (same order as
   * {@link #sortKeys}): insertion sort for small nodes, else LSD radix on 8-bit digits of the rank with all
   * digit histograms counted in one pass. Returns the array holding the result ({@link #pk} or {@link #pk2}).
   */
  private long[] sortPacked(int m, int maxKey) {
    long[] a = pk;
    if (m < 64) {
      for (int i = 1; i < m; i++) {
        long e = a[i];
        long key = e >>> 32;
        int q = i - 1;
        while (q >= 0 && (a[q] >>> 32) > key) {
          a[q + 1] = a[q];
          q--;
        }
        a[q + 1] = e;
      }
      return a;
    }
    int digits = 1;
    while (digits < 4 && (maxKey >>> (8 * digits)) > 0) {
      digits++;
    }
    int[] h = hist;
    Arrays.fill(h, 0, digits * 256, 0);
    for (int i = 0; i < m; i++) {
      int key = (int) (a[i] >>> 32);
      h[key & 255]++;
      if (digits > 1) {
        h[256 + ((key >>> 8) & 255)]++;
        if (digits > 2) {
          h[512 + ((key >>> 16) & 255)]++;
          if (digits > 3) {
            h[768 + ((key >>> 24) & 255)]++;
          }
        }
      }
    }
    long[] b = pk2;
    for (int d = 0; d < digits; d++) {
      int off = d * 256;
      int sum = 0;
      for (int q = 0; q < 256; q++) {
        int c = h[off + q];
        h[off + q] = sum;
        sum += c;
      }
      int shift = 32 + 8 * d;
      for (int i = 0; i < m; i++) {
        long e = a[i];
        b[h[off + (int) ((e >>> shift) & 255)]++] = e;
      }
      long[] tmp = a;
      a = b;
      b = tmp;
    }
    return a;
  }

  /**
   * {@link #scanNumericSorted} for the Gini criterion without MAE bookkeeping: rows packed with their ranks
   * into one long array and a scalar scan for two classes. The arithmetic (accumulation order, proxy formula)
   * is exactly that of {@link #consider}, so trees are bit-identical to the generic path.
   */
  private boolean scanGiniSorted(int j, Task t) {
    if (compact && !hasMissing[j]) {
      return scanBinaryCompact(j, t);
    }
    if (integral && distinct[j].length * (k + 2L) <= 4L * (t.end() - t.start())) {
      return scanGiniBinned(j, t);
    }
    int[] rank = ranks[j];
    double[] u = distinct[j];
    long[] a0 = pk;
    int m = 0;
    int mCnt = 0;
    Arrays.fill(ms, 0);
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      int kk = rank[r];
      if (kk < 0) {
        ms[yc[r]] += w[r];
        mCnt++;
      } else {
        a0[m++] = ((long) kk << 32) | r;
        if (kk < lo) {
          lo = kk;
        }
        if (kk > hi) {
          hi = kk;
        }
      }
    }
    int cnt = t.end() - t.start();
    boolean constant = m == 0 || u[hi] <= u[lo] + FEATURE_THRESHOLD;
    if (constant && (mCnt == 0 || m == 0)) {
      return false;
    }
    long[] sorted = a0;
    if (!constant) {
      sorted = sortPacked(m, hi);
      if (k == 2 && mCnt == 0) {
        scanBinary(j, sorted, m, cnt, u);
      } else {
        Arrays.fill(ls, 0);
        for (int q = 0; q < m - 1; q++) {
          int r = (int) sorted[q];
          ls[yc[r]] += w[r];
          double a = u[(int) (sorted[q] >>> 32)];
          double b = u[(int) (sorted[q + 1] >>> 32)];
          if (b <= a + FEATURE_THRESHOLD) {
            continue;
          }
          for (int dir = 0; dir < (mCnt > 0 ? 2 : 1); dir++) {
            boolean ml = dir == 1;
            if (consider(cnt, q + 1, mCnt, ml)) {
              double thr = a / 2.0 + b / 2.0;
              if (thr == b || Double.isInfinite(thr)) {
                thr = a;
              }
              record(j, thr, ml, mCnt > 0);
            }
          }
        }
      }
    }
    if (mCnt > 0) {
      Arrays.fill(ls, 0);
      for (int q = 0; q < m; q++) {
        int r = (int) sorted[q];
        ls[yc[r]] += w[r];
      }
      if (consider(cnt, m, mCnt, false)) {
        record(j, Double.POSITIVE_INFINITY, false, true);
      }
    }
    return true;
  }

  /**
   * Gini scan for a feature with few distinct values relative to the node size, with integral weights: class
   * weights are accumulated per distinct value (no sort), then the bins are scanned in value order. The
   * candidate thresholds, row counts and (exact, integer) weight sums at each candidate are those of the
   * sorted scan, and {@link #consider} does the same arithmetic, so the split is identical.
   */
  private boolean scanGiniBinned(int j, Task t) {
    int[] rank = ranks[j];
    double[] u = distinct[j];
    int nb = u.length;
    if (hbins.length < nb * k) {
      hbins = new double[nb * k];
    }
    if (hcnt.length < nb) {
      hcnt = new int[nb];
    }
    double[] hb = hbins;
    int[] hc = hcnt;
    Arrays.fill(hb, 0, nb * k, 0);
    Arrays.fill(hc, 0, nb, 0);
    Arrays.fill(ms, 0);
    int mCnt = 0;
    int m = 0;
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      int kk = rank[r];
      if (kk < 0) {
        ms[yc[r]] += w[r];
        mCnt++;
      } else {
        hb[kk * k + yc[r]] += w[r];
        hc[kk]++;
        m++;
        if (kk < lo) {
          lo = kk;
        }
        if (kk > hi) {
          hi = kk;
        }
      }
    }
    int cnt = t.end() - t.start();
    boolean constant = m == 0 || u[hi] <= u[lo] + FEATURE_THRESHOLD;
    if (constant && (mCnt == 0 || m == 0)) {
      return false;
    }
    Arrays.fill(ls, 0);
    int nl = 0;
    if (!constant) {
      int prev = lo;
      for (int c = 0; c < k; c++) {
        ls[c] += hb[lo * k + c];
      }
      nl += hc[lo];
      for (int b = lo + 1; b <= hi; b++) {
        if (hc[b] == 0) {
          continue;
        }
        double va = u[prev];
        double vb = u[b];
        if (!(vb <= va + FEATURE_THRESHOLD)) {
          for (int dir = 0; dir < (mCnt > 0 ? 2 : 1); dir++) {
            boolean ml = dir == 1;
            if (consider(cnt, nl, mCnt, ml)) {
              double thr = va / 2.0 + vb / 2.0;
              if (thr == vb || Double.isInfinite(thr)) {
                thr = va;
              }
              record(j, thr, ml, mCnt > 0);
            }
          }
        }
        for (int c = 0; c < k; c++) {
          ls[c] += hb[b * k + c];
        }
        nl += hc[b];
        prev = b;
      }
    } else {
      // present values within FEATURE_THRESHOLD of each other: all go left in the missing-vs-present split
      for (int b = lo; b <= hi; b++) {
        for (int c = 0; c < k; c++) {
          ls[c] += hb[b * k + c];
        }
      }
    }
    if (mCnt > 0) {
      if (consider(cnt, m, mCnt, false)) {
        record(j, Double.POSITIVE_INFINITY, false, true);
      }
    }
    return true;
  }

  /**
   * Two classes, integral weights, no missing value in the feature: each sort entry carries
   * {@code rank << 32 | weight << 1 | class}, so the scan reads only the sorted entries and the feature's
   * distinct values (ascending). Weight sums are integers below 2^53, hence exact and identical to the generic
   * path's sums in any order; the proxy arithmetic is that of {@link #consider}.
   */
  private boolean scanBinaryCompact(int j, Task t) {
    int[] rank = ranks[j];
    double[] u = distinct[j];
    long[] a0 = pk;
    int[] cw = wy;
    int m = 0;
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      int kk = rank[r];
      a0[m++] = ((long) kk << 32) | cw[i];
      lo = Math.min(lo, kk);
      hi = Math.max(hi, kk);
    }
    if (m == 0 || u[hi] <= u[lo] + FEATURE_THRESHOLD) {
      return false;
    }
    long[] sorted = sortPacked(m, hi);
    final double t0 = tot[0];
    final double t1 = tot[1];
    final int minLeaf = cfg.minSamplesLeaf();
    final double mwl = minWeightLeaf;
    final int cnt = m;
    final double wSum = t0 + t1;
    final double margin = 1e-12 * wSum * wSum + 1e-9 * wSum;
    double best = bestProxy;
    long l0 = 0;
    long l1 = 0;
    long e = sorted[0];
    double a = u[(int) (e >>> 32)];
    for (int q = 0; q < m - 1; q++) {
      int pw = (int) e;
      int c = pw & 1;
      int wv = pw >>> 1;
      l1 += c * wv;
      l0 += (1 - c) * wv;
      e = sorted[q + 1];
      double prev = a;
      double b = u[(int) (e >>> 32)];
      a = b;
      if (b <= prev + FEATURE_THRESHOLD) {
        continue;
      }
      int cl = q + 1;
      if (cl < minLeaf || cnt - cl < minLeaf) {
        continue;
      }
      double dl0 = l0;
      double dl1 = l1;
      double r0 = t0 - dl0;
      double r1 = t1 - dl1;
      double wl = dl0 + dl1;
      double wr = r0 + r1;
      if (wl < mwl || wr < mwl || wl <= 0 || wr <= 0) {
        continue;
      }
      double sql = dl0 * dl0 + dl1 * dl1;
      double sqr = r0 * r0 + r1 * r1;
      // Division-free filter: in exact arithmetic pr > best iff sql wr + sqr wl > (W + best) wl wr. The
      // margin (1e-12 W^2 + 1e-9 W) exceeds the rounding error of both this test (< 1e-14 W^2 in proxy units)
      // and the exact proxy below (< 1e-14 W), so a candidate skipped here could not beat the best one.
      double wlr = wl * wr;
      if (sql * wr + sqr * wl <= (wSum + best - margin) * wlr) {
        continue;
      }
      double pr = -(wl * (1.0 - sql / (wl * wl)) + wr * (1.0 - sqr / (wr * wr)));
      if (pr > best) {
        best = pr;
        double thr = prev / 2.0 + b / 2.0;
        if (thr == b || Double.isInfinite(thr)) {
          thr = prev;
        }
        record(j, thr, false, false);
      }
    }
    bestProxy = best;
    return true;
  }

  /** Two-class Gini scan with no missing values; same arithmetic as {@link #consider} with scalars. */
  private void scanBinary(int j, long[] sorted, int m, int cnt, double[] u) {
    final double t0 = tot[0];
    final double t1 = tot[1];
    final int minLeaf = cfg.minSamplesLeaf();
    final double mwl = minWeightLeaf;
    final int[] ycl = yc;
    final double[] wl0 = w;
    double best = bestProxy;
    double l0 = 0;
    double l1 = 0;
    long e = sorted[0];
    double a = u[(int) (e >>> 32)];
    for (int q = 0; q < m - 1; q++) {
      int r = (int) e;
      double wv = wl0[r];
      // branch-free and exact for a class code c in {0, 1}: wv * c is wv or 0, wv - wv * c is 0 or wv
      double w1 = wv * ycl[r];
      l1 += w1;
      l0 += wv - w1;
      e = sorted[q + 1];
      double prev = a;
      double b = u[(int) (e >>> 32)];
      a = b;
      if (b <= prev + FEATURE_THRESHOLD) {
        continue;
      }
      int cl = q + 1;
      if (cl < minLeaf || cnt - cl < minLeaf) {
        continue;
      }
      double r0 = t0 - l0;
      double r1 = t1 - l1;
      double wl = l0 + l1;
      double wr = r0 + r1;
      if (wl < mwl || wr < mwl || wl <= 0 || wr <= 0) {
        continue;
      }
      double sql = l0 * l0 + l1 * l1;
      double sqr = r0 * r0 + r1 * r1;
      double pr = -(wl * (1.0 - sql / (wl * wl)) + wr * (1.0 - sqr / (wr * wr)));
      if (pr > best) {
        best = pr;
        double thr = prev / 2.0 + b / 2.0;
        if (thr == b || Double.isInfinite(thr)) {
          thr = prev;
        }
        record(j, thr, false, false);
      }
    }
    bestProxy = best;
  }

  /**
   * Histogram split search on the feature's quantile bins: per-bin statistics (and row counts) are accumulated
   * in one pass over the node's rows, then the bins present in the node are scanned in order like the distinct
   * values of {@link #scanGiniBinned}, with {@link #consider}. The threshold between two adjacent present bins is
   * the midpoint between the largest training value of the lower bin and the smallest of the upper one, so the
   * rows of the node are split exactly as the bins are. With two classes and integral weights the pass reads the
   * packed {@code weight, class} entries kept in node order ({@link #wy}).
   */
  private boolean scanHistogram(int j, Task t) {
    if (compact) {
      accumulateCompact(j, t);
      return scanHistogramSlot(j, t, 0);
    }
    byte[] code = fb.codes[j];
    double[] h = hst;
    int[] hc = hrows;
    int ss = s;
    int mCnt = 0;
    Arrays.fill(ms, 0);
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      int b = code[r] & 0xFF;
      if (b == Features.Bins.MISSING) {
        addRow(ms, 0, r, w[r]);
        mCnt++;
      } else {
        addRow(h, b * ss, r, w[r]);
        hc[b]++;
      }
    }
    return scanHistogramSlot(j, t, 0, mCnt);
  }

  /** Two classes, integral weights: one feature's histogram into slot 0 (missing rows in bin MISSING). */
  private void accumulateCompact(int j, Task t) {
    byte[] code = fb.codes[j];
    double[] h = hst;
    int[] hc = hrows;
    int[] cw = wy;
    for (int i = t.start(); i < t.end(); i++) {
      int b = code[idx[i]] & 0xFF;
      int e = cw[i];
      h[(b << 1) | (e & 1)] += e >>> 1;
      hc[b]++;
    }
  }

  /**
   * Two classes, integral weights: the histograms of the numeric features {@code feats[0, nf)} into slots
   * {@code slots[0, nf)}, in one pass over the node's rows reading each row's bins from the row-major copy
   * {@link Features.Bins#rowMajor()} (one cache line per row instead of one per feature).
   */
  private void accumulateCompactBatch(int[] feats, int[] slots, int nf, Task t) {
    byte[] rm = rowMajor;
    int p = f.p;
    double[] h = hst;
    int[] hc = hrows;
    int[] cw = wy;
    for (int i = t.start(); i < t.end(); i++) {
      int base = idx[i] * p;
      int e = cw[i];
      double wv = e >>> 1;
      int c = e & 1;
      for (int q = 0; q < nf; q++) {
        int b = rm[base + feats[q]] & 0xFF;
        int slot = slots[q];
        h[(slot << 9) | (b << 1) | c] += wv;
        hc[(slot << 8) | b]++;
      }
    }
  }

  /** Two classes, integral weights: scans the accumulated histogram of slot {@code slot} (missing in bin 255). */
  private boolean scanHistogramSlot(int j, Task t, int slot) {
    int ho = slot << 9;
    int co = slot << 8;
    int mCnt = hrows[co + Features.Bins.MISSING];
    ms[0] = hst[ho + (Features.Bins.MISSING << 1)];
    ms[1] = hst[ho + (Features.Bins.MISSING << 1) + 1];
    hst[ho + (Features.Bins.MISSING << 1)] = 0;
    hst[ho + (Features.Bins.MISSING << 1) + 1] = 0;
    hrows[co + Features.Bins.MISSING] = 0;
    return scanHistogramSlot(j, t, slot, mCnt);
  }

  /**
   * Scans the histogram of slot {@code slot} (bins {@code [0, count)}; missing rows already in {@link #ms},
   * {@code mCnt} of them) and clears it.
   */
  private boolean scanHistogramSlot(int j, Task t, int slot, int mCnt) {
    double[] blo = fb.lo[j];
    double[] bhi = fb.hi[j];
    int ss = s;
    int ho = slot * 256 * ss;
    int co = slot * 256;
    double[] h = hst;
    int[] hc = hrows;
    int nbins = fb.count[j];
    int lo = 255;
    int hi = -1;
    for (int b = 0; b < nbins; b++) {
      if (hc[co + b] != 0) {
        lo = b;
        break;
      }
    }
    for (int b = nbins - 1; b >= 0; b--) {
      if (hc[co + b] != 0) {
        hi = b;
        break;
      }
    }
    int cnt = t.end() - t.start();
    int m = cnt - mCnt;
    boolean constant = m == 0 || blo[hi] <= bhi[lo] + FEATURE_THRESHOLD;
    if (constant && (mCnt == 0 || m == 0)) {
      clearHistogram(slot, lo, hi);
      return false;
    }
    if (compact && mCnt == 0) {
      scanHistogramBinary(j, lo, hi, cnt, blo, bhi, ho, co);
      clearHistogram(slot, lo, hi);
      return true;
    }
    Arrays.fill(ls, 0);
    int nl = 0;
    if (!constant) {
      int prev = lo;
      for (int c = 0; c < ss; c++) {
        ls[c] += h[ho + lo * ss + c];
      }
      nl += hc[co + lo];
      for (int b = lo + 1; b <= hi; b++) {
        if (hc[co + b] == 0) {
          continue;
        }
        double va = bhi[prev];
        double vb = blo[b];
        if (!(vb <= va + FEATURE_THRESHOLD)) {
          for (int dir = 0; dir < (mCnt > 0 ? 2 : 1); dir++) {
            boolean ml = dir == 1;
            if (consider(cnt, nl, mCnt, ml)) {
              double thr = va / 2.0 + vb / 2.0;
              if (thr == vb || Double.isInfinite(thr)) {
                thr = va;
              }
              record(j, thr, ml, mCnt > 0);
            }
          }
        }
        for (int c = 0; c < ss; c++) {
          ls[c] += h[ho + b * ss + c];
        }
        nl += hc[co + b];
        prev = b;
      }
    } else {
      for (int b = lo; b <= hi; b++) {
        for (int c = 0; c < ss; c++) {
          ls[c] += h[ho + b * ss + c];
        }
      }
    }
    clearHistogram(slot, lo, hi);
    if (mCnt > 0 && consider(cnt, m, mCnt, false)) {
      record(j, Double.POSITIVE_INFINITY, false, true);
    }
    return true;
  }

  /**
   * {@link #scanHistogram} for two classes, integral weights and no missing value in the node: a scalar scan
   * over the present bins with the division-free filter of {@link #scanBinaryCompact} (weight sums are exact
   * integers, the proxy arithmetic is that of {@link #consider}).
   */
  private void scanHistogramBinary(int j, int lo, int hi, int cnt, double[] blo, double[] bhi, int ho, int co) {
    final double[] h = hst;
    final int[] hc = hrows;
    final double t0 = tot[0];
    final double t1 = tot[1];
    final int minLeaf = cfg.minSamplesLeaf();
    final double mwl = minWeightLeaf;
    final double wSum = t0 + t1;
    final double margin = 1e-12 * wSum * wSum + 1e-9 * wSum;
    double best = bestProxy;
    double l0 = h[ho + (lo << 1)];
    double l1 = h[ho + (lo << 1) + 1];
    int cl = hc[co + lo];
    int prev = lo;
    for (int b = lo + 1; b <= hi; b++) {
      int nbRows = hc[co + b];
      if (nbRows == 0) {
        continue;
      }
      double va = bhi[prev];
      double vb = blo[b];
      if (!(vb <= va + FEATURE_THRESHOLD) && cl >= minLeaf && cnt - cl >= minLeaf) {
        double r0 = t0 - l0;
        double r1 = t1 - l1;
        double wl = l0 + l1;
        double wr = r0 + r1;
        if (wl >= mwl && wr >= mwl && wl > 0 && wr > 0) {
          double sql = l0 * l0 + l1 * l1;
          double sqr = r0 * r0 + r1 * r1;
          if (sql * wr + sqr * wl > (wSum + best - margin) * (wl * wr)) {
            double pr = -(wl * (1.0 - sql / (wl * wl)) + wr * (1.0 - sqr / (wr * wr)));
            if (pr > best) {
              best = pr;
              double thr = va / 2.0 + vb / 2.0;
              if (thr == vb || Double.isInfinite(thr)) {
                thr = va;
              }
              record(j, thr, false, false);
            }
          }
        }
      }
      l0 += h[ho + (b << 1)];
      l1 += h[ho + (b << 1) + 1];
      cl += nbRows;
      prev = b;
    }
    bestProxy = best;
  }

  private void clearHistogram(int slot, int lo, int hi) {
    if (hi >= lo) {
      int ho = slot * 256 * s;
      Arrays.fill(hst, ho + lo * s, ho + (hi + 1) * s, 0);
      Arrays.fill(hrows, slot * 256 + lo, slot * 256 + hi + 1, 0);
    }
  }

  private void record(int j, double thr, boolean missingLeft, boolean missingSeen) {
    bestFeature = j;
    bestThreshold = thr;
    bestMissingLeft = missingLeft;
    bestMissingSeen = missingSeen;
    bestCat = false;
  }

  private boolean scanCategorical(int j, Task t, SplittableRandom rng) {
    int[] codes = f.cat[j];
    int levels = f.nLevels[j];
    Arrays.fill(levStats, 0, levels * s, 0);
    Arrays.fill(levCnt, 0, levels, 0);
    Arrays.fill(ms, 0);
    int mCnt = 0;
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      int c = codes[r];
      if (c < 0) {
        addRow(ms, 0, r, w[r]);
        if (mae != null) {
          mae.addMissing(r, w[r]);
        }
        mCnt++;
      } else {
        addRow(levStats, c * s, r, w[r]);
        levCnt[c]++;
      }
    }
    int present = 0;
    for (int c = 0; c < levels; c++) {
      if (levCnt[c] > 0) {
        levOrder[present++] = c;
      }
    }
    if (present == 0 || present == 1 && mCnt == 0) {
      return false;
    }
    int cnt = t.end() - t.start();
    int majority = 0;
    if (cls) {
      for (int c = 1; c < k; c++) {
        if (tot[c] > tot[majority]) {
          majority = c;
        }
      }
    }
    int keyClass = k == 2 ? 1 : majority;
    for (int q = 0; q < present; q++) {
      int c = levOrder[q];
      double lw = weightOf(levStats, c * s);
      levKey[q] = lw > 0 ? (cls ? levStats[c * s + keyClass] / lw : levStats[c * s + 1] / lw) : 0;
    }
    if (cfg.randomSplits() && present > 1) {
      // a random non-trivial subset of the present levels goes left
      int leftCount = 0;
      for (int q = 0; q < present; q++) {
        levKey[q] = rng.nextBoolean() ? 0 : 1;
        leftCount += levKey[q] == 0 ? 1 : 0;
      }
      if (leftCount == 0 || leftCount == present) {
        int flip = rng.nextInt(present);
        levKey[flip] = 1 - levKey[flip];
      }
    }
    // sort present levels by key (insertion sort; ties by level code)
    for (int a = 1; a < present; a++) {
      double kk = levKey[a];
      int cc = levOrder[a];
      int b = a - 1;
      while (b >= 0 && (levKey[b] > kk || levKey[b] == kk && levOrder[b] > cc)) {
        levKey[b + 1] = levKey[b];
        levOrder[b + 1] = levOrder[b];
        b--;
      }
      levKey[b + 1] = kk;
      levOrder[b + 1] = cc;
    }
    Arrays.fill(ls, 0);
    int nl = 0;
    for (int q = 0; q < present - 1; q++) {
      int c = levOrder[q];
      for (int z = 0; z < s; z++) {
        ls[z] += levStats[c * s + z];
      }
      nl += levCnt[c];
      if (mae != null) {
        addLevelLeft(codes, c, t);
      }
      if (cfg.randomSplits() && levKey[q + 1] == levKey[q]) {
        continue;
      }
      for (int dir = 0; dir < (mCnt > 0 ? 2 : 1); dir++) {
        boolean ml = dir == 1;
        if (mae != null) {
          mae.setMissingLeft(ml);
        }
        if (consider(cnt, nl, mCnt, ml)) {
          recordCat(j, q + 1, ml, mCnt > 0);
        }
      }
    }
    if (mCnt > 0) {
      int c = levOrder[present - 1];
      for (int z = 0; z < s; z++) {
        ls[z] += levStats[c * s + z];
      }
      nl += levCnt[c];
      if (mae != null) {
        addLevelLeft(codes, c, t);
        mae.setMissingLeft(false);
      }
      if (consider(cnt, nl, mCnt, false)) {
        recordCat(j, present, false, true);
      }
    }
    return true;
  }

  private void addLevelLeft(int[] codes, int c, Task t) {
    for (int i = t.start(); i < t.end(); i++) {
      int r = idx[i];
      if (codes[r] == c) {
        mae.addLeft(r, w[r]);
      }
    }
  }

  private void recordCat(int j, int count, boolean missingLeft, boolean missingSeen) {
    bestFeature = j;
    bestCat = true;
    bestMissingLeft = missingLeft;
    bestMissingSeen = missingSeen;
    bestLevelCount = count;
    System.arraycopy(levOrder, 0, bestLevels, 0, count);
  }
}
