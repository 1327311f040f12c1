package praxis.boost.internal;

import java.util.Arrays;
import java.util.List;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted boosted ensemble as flat arrays (all trees concatenated, children as absolute node indices, leaves
 * with {@code feature == -1}): {@code int feature[]}, {@code double threshold[]}, {@code int left[], right[]},
 * {@code boolean missingLeft[]}, {@code double value[]}, plus a category bitset (4 longs, one bit per level)
 * for categorical splits. Tree {@code t} adds to raw output {@code t % outputs}. A numeric split sends
 * {@code x <= threshold} left, NaN to the learned side; a categorical split sends the levels in its set left,
 * missing or unseen levels to the learned side. Ensembles without categorical splits (the trees as grown have
 * each right child right after its left sibling) predict through branch-free compact routing arrays, a block of
 * rows stepping through each tree level by level; the sums are formed in tree order either way.
 *
 * <pre>{@code
 * double[] raw = new double[ensemble.outputs()];
 * ensemble.predictRaw(row, raw);
 * }</pre>
 */
public final class Ensemble {
  private final int outputs;
  private final double[] base;
  private final int[] roots;
  private final int[] feature;
  private final double[] threshold;
  private final int[] left;
  private final int[] right;
  private final boolean[] missingLeft;
  private final double[] value;
  private final double[] cover;
  private final int[] cat;
  private final long[] catBits;
  /**
   * Branch-free routing, used when no split is categorical and every right child directly follows its left
   * sibling (as grown): per node the feature with bit 30 set when missing values go left ({@code route}), the
   * threshold ({@code routeThreshold}) and the left child ({@code routeNext}); a leaf routes to itself (feature 0,
   * threshold +infinity, missing left), so every row takes exactly {@code depth[t]} steps in tree {@code t}.
   * Null when the general path is needed.
   */
  private final int[] route;
  private final double[] routeThreshold;
  private final int[] routeNext;
  private final int[] depth;

  private Ensemble(int outputs, double[] base, int[] roots, int[] feature, double[] threshold, int[] left,
      int[] right, boolean[] missingLeft, double[] value, double[] cover, int[] cat, long[] catBits) {
    this.outputs = outputs;
    this.base = base;
    this.roots = roots;
    this.feature = feature;
    this.threshold = threshold;
    this.left = left;
    this.right = right;
    this.missingLeft = missingLeft;
    this.value = value;
    this.cover = cover;
    this.cat = cat;
    this.catBits = catBits;
    // trees stored one after the other, children after their parent (as built and as checked by read)
    boolean compact = roots.length == 0 || roots[0] == 0;
    for (int t = 1; t < roots.length && compact; t++) {
      compact = roots[t] > roots[t - 1];
    }
    for (int k = 0; k < feature.length && compact; k++) {
      compact = feature[k] < 0 || (feature[k] < 1 << 30 && cat[k] < 0 && left[k] > k && right[k] == left[k] + 1);
    }
    if (compact) {
      int m = feature.length;
      route = new int[m];
      routeThreshold = new double[m];
      routeNext = new int[m];
      int[] nodeDepth = new int[m];
      depth = new int[roots.length];
      for (int t = 0; t < roots.length; t++) {
        int to = t + 1 < roots.length ? roots[t + 1] : m;
        for (int k = roots[t]; k < to; k++) {
          if (feature[k] < 0) {
            route[k] = 1 << 30;
            routeThreshold[k] = Double.POSITIVE_INFINITY;
            routeNext[k] = k;
            depth[t] = Math.max(depth[t], nodeDepth[k]);
          } else {
            route[k] = feature[k] | (missingLeft[k] ? 1 << 30 : 0);
            routeThreshold[k] = threshold[k];
            routeNext[k] = left[k];
            nodeDepth[left[k]] = nodeDepth[k] + 1;
            nodeDepth[right[k]] = nodeDepth[k] + 1;
          }
        }
      }
    } else {
      route = null;
      routeThreshold = null;
      routeNext = null;
      depth = null;
    }
  }

  /**
   * One branch-free step: left child when {@code x <= threshold}, else the one after it, NaN to the learned
   * side.
   */
  private static int step(int info, double x, double thr, int next) {
    int goRight = x <= thr ? 0 : 1;
    int missLeft = x != x ? info >>> 30 : 0;
    return next + (goRight & (missLeft ^ 1));
  }

  private int leafCompact(int t, double[] row) {
    int[] rt = route;
    double[] thr = routeThreshold;
    int[] nx = routeNext;
    int node = roots[t];
    for (int d = depth[t]; d > 0; d--) {
      int info = rt[node];
      node = step(info, row[info & 0x3FFFFFFF], thr[node], nx[node]);
    }
    return node;
  }

  /** Concatenates grown trees ({@code trees.get(t)} adds to output {@code t % outputs}). */
  public static Ensemble of(int outputs, double[] base, List<GrownTree> trees) {
    int total = 0;
    int cats = 0;
    for (GrownTree t : trees) {
      total += t.size;
      for (int i = 0; i < t.size; i++) {
        if (t.catBits[i] != null) {
          cats++;
        }
      }
    }
    int[] roots = new int[trees.size()];
    int[] feature = new int[total];
    double[] threshold = new double[total];
    int[] left = new int[total];
    int[] right = new int[total];
    boolean[] ml = new boolean[total];
    double[] value = new double[total];
    double[] cover = new double[total];
    int[] cat = new int[total];
    long[] bits = new long[4 * cats];
    int off = 0;
    int c = 0;
    for (int ti = 0; ti < trees.size(); ti++) {
      GrownTree t = trees.get(ti);
      roots[ti] = off;
      for (int i = 0; i < t.size; i++) {
        int k = off + i;
        feature[k] = t.feature[i];
        threshold[k] = t.threshold[i];
        left[k] = t.left[i] < 0 ? -1 : off + t.left[i];
        right[k] = t.right[i] < 0 ? -1 : off + t.right[i];
        ml[k] = t.missingLeft[i];
        value[k] = t.value[i];
        cover[k] = t.cover[i];
        if (t.catBits[i] != null) {
          cat[k] = c;
          System.arraycopy(t.catBits[i], 0, bits, 4 * c, 4);
          c++;
        } else {
          cat[k] = -1;
        }
      }
      off += t.size;
    }
    return new Ensemble(outputs, base.clone(), roots, feature, threshold, left, right, ml, value, cover, cat, bits);
  }

  /** Raw outputs per row (1 for regression and binary classification, the class count for multiclass). */
  public int outputs() {
    return outputs;
  }

  /** Number of trees. */
  public int trees() {
    return roots.length;
  }

  /** Number of nodes over all trees. */
  public int nodes() {
    return feature.length;
  }

  /** The constant raw scores the trees add to. */
  public double[] base() {
    return base.clone();
  }

  /** Ensemble restricted to its first {@code nTrees} trees. */
  public Ensemble truncate(int nTrees) {
    if (nTrees >= roots.length) {
      return this;
    }
    int nodes = nTrees == 0 ? 0 : roots[nTrees];
    int cats = 0;
    for (int k = 0; k < nodes; k++) {
      if (cat[k] >= 0) {
        cats++;
      }
    }
    return new Ensemble(outputs, base, Arrays.copyOf(roots, nTrees), Arrays.copyOf(feature, nodes),
        Arrays.copyOf(threshold, nodes), Arrays.copyOf(left, nodes), Arrays.copyOf(right, nodes),
        Arrays.copyOf(missingLeft, nodes), Arrays.copyOf(value, nodes), Arrays.copyOf(cover, nodes),
        Arrays.copyOf(cat, nodes), Arrays.copyOf(catBits, 4 * cats));
  }

  /** Index of the leaf tree {@code t} sends {@code row} to. */
  public int leaf(int t, double[] row) {
    int node = roots[t];
    while (feature[node] >= 0) {
      node = goesLeft(node, row[feature[node]]) ? left[node] : right[node];
    }
    return node;
  }

  private boolean goesLeft(int node, double x) {
    if (Double.isNaN(x)) {
      return missingLeft[node];
    }
    int c = cat[node];
    if (c < 0) {
      return x <= threshold[node];
    }
    int code = (int) x;
    if (code < 0 || code >= 256) {
      return missingLeft[node];
    }
    return (catBits[4 * c + (code >>> 6)] & (1L << (code & 63))) != 0;
  }

  /** Adds the raw scores of one row (features in training order) into {@code out} (length {@link #outputs}). */
  public void predictRaw(double[] row, double[] out) {
    System.arraycopy(base, 0, out, 0, outputs);
    if (route != null) {
      int k = 0;
      for (int t = 0; t < roots.length; t++) {
        out[k] += value[leafCompact(t, row)];
        if (++k == outputs) {
          k = 0;
        }
      }
      return;
    }
    int k = 0;
    for (int t = 0; t < roots.length; t++) {
      int node = roots[t];
      while (feature[node] >= 0) {
        node = goesLeft(node, row[feature[node]]) ? left[node] : right[node];
      }
      out[k] += value[node];
      if (++k == outputs) {
        k = 0;
      }
    }
  }

  /**
   * Raw scores of {@code n} rows given as columns; result row-major ({@code out[i * outputs + k]}). Rows are
   * scored in blocks of 256, tree by tree, so each tree's nodes stay in cache while a block runs through it;
   * each row's sum is still formed in tree order (equal to {@link #predictRaw(double[], double[])}).
   */
  public double[] predictRaw(double[][] cols, int n) {
    double[] out = new double[n * outputs];
    for (int i = 0; i < n; i++) {
      System.arraycopy(base, 0, out, i * outputs, outputs);
    }
    final int block = 256;
    if (route != null) {
      predictCompact(cols, n, out, block);
      return out;
    }
    for (int from = 0; from < n; from += block) {
      int to = Math.min(n, from + block);
      int k = 0;
      for (int t = 0; t < roots.length; t++) {
        int root = roots[t];
        for (int i = from; i < to; i++) {
          int node = root;
          while (feature[node] >= 0) {
            node = goesLeft(node, cols[feature[node]][i]) ? left[node] : right[node];
          }
          out[i * outputs + k] += value[node];
        }
        if (++k == outputs) {
          k = 0;
        }
      }
    }
    return out;
  }

  /**
   * Blocks of rows, tree by tree, level by level: each row of the block takes one step per pass, so the rows'
   * (independent) steps overlap instead of each row waiting on its own chain of loads.
   */
  private void predictCompact(double[][] cols, int n, double[] out, int block) {
    int[] rt = route;
    double[] thr = routeThreshold;
    int[] nx = routeNext;
    int[] nd = new int[block];
    for (int from = 0; from < n; from += block) {
      int m = Math.min(n, from + block) - from;
      int k = 0;
      for (int t = 0; t < roots.length; t++) {
        Arrays.fill(nd, 0, m, roots[t]);
        for (int d = depth[t]; d > 0; d--) {
          for (int j = 0; j < m; j++) {
            int node = nd[j];
            int info = rt[node];
            nd[j] = step(info, cols[info & 0x3FFFFFFF][from + j], thr[node], nx[node]);
          }
        }
        for (int j = 0; j < m; j++) {
          out[(from + j) * outputs + k] += value[nd[j]];
        }
        if (++k == outputs) {
          k = 0;
        }
      }
    }
  }

  // --- arrays for explanations ---
  int root(int t) {
    return roots[t];
  }

  int feature(int node) {
    return feature[node];
  }

  int left(int node) {
    return left[node];
  }

  int right(int node) {
    return right[node];
  }

  double value(int node) {
    return value[node];
  }

  double cover(int node) {
    return cover[node];
  }

  boolean goesLeftFor(int node, double x) {
    return goesLeft(node, x);
  }

  /** Writes the arrays into {@code b}. */
  public void write(State.Builder b) {
    int[] ml = new int[missingLeft.length];
    for (int i = 0; i < ml.length; i++) {
      ml[i] = missingLeft[i] ? 1 : 0;
    }
    b.put("outputs", outputs).put("base", base).put("roots", roots).put("feature", feature)
        .put("threshold", threshold).put("left", left).put("right", right).put("missingLeft", ml)
        .put("value", value).put("cover", cover).put("cat", cat).put("catBits", catBits);
  }

  /** Reads the arrays written by {@link #write}, checking their consistency. */
  public static Ensemble read(State s, int nFeatures) {
    int outputs = s.getInt("outputs");
    double[] base = s.getDoubles("base");
    int[] roots = s.getInts("roots");
    int[] feature = s.getInts("feature");
    double[] threshold = s.getDoubles("threshold");
    int[] left = s.getInts("left");
    int[] right = s.getInts("right");
    int[] mlInts = s.getInts("missingLeft");
    double[] value = s.getDoubles("value");
    double[] cover = s.getDoubles("cover");
    int[] cat = s.getInts("cat");
    long[] catBits = s.getLongs("catBits");
    int m = feature.length;
    require(outputs >= 1 && base.length == outputs, s, "outputs/base");
    require(threshold.length == m && left.length == m && right.length == m && mlInts.length == m
        && value.length == m && cover.length == m && cat.length == m, s, "node arrays differ in length");
    for (int r : roots) {
      require(r >= 0 && r < m, s, "tree root out of range");
    }
    boolean[] ml = new boolean[m];
    for (int i = 0; i < m; i++) {
      ml[i] = mlInts[i] != 0;
      if (feature[i] >= 0) {
        require(feature[i] < nFeatures, s, "feature index out of range at node " + i);
        require(left[i] > i && left[i] < m && right[i] > i && right[i] < m, s, "child index at node " + i);
        require(cat[i] < 0 || 4 * cat[i] + 3 < catBits.length, s, "category set index at node " + i);
      }
    }
    return new Ensemble(outputs, base, roots, feature, threshold, left, right, ml, value, cover, cat, catBits);
  }

  private static void require(boolean ok, State s, String what) {
    if (!ok) {
      throw new ModelFormatException("inconsistent '" + s.type() + "' model state: " + what);
    }
  }
}
