package praxis.trees.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import praxis.io.State;

/**
 * A fitted binary tree in flat arrays (node 0 is the root; nodes are numbered in depth-first preorder, left
 * child first, when grown depth-first). Internal nodes test one feature: numeric {@code x <= threshold}, or a
 * categorical level set (bit set of the levels going left); missing values (NaN or code -1) go to the side
 * recorded in {@code missingLeft}. Leaves hold {@code nOut} values: class fractions or one regression value.
 * Immutable once built.
 *
 * <pre>{@code
 * int leaf = tree.leaf(features, row);
 * double v = tree.value(leaf, 0);
 * }</pre>
 */
public final class Tree {
  final int nodeCount;
  final int nOut;
  final int[] left;
  final int[] right;
  final int[] feature;
  final double[] threshold;
  final byte[] missingLeft;
  final long[][] catLeft;
  final double[] value;
  final double[] impurity;
  final double[] weight;
  final int[] samples;

  Tree(int nodeCount, int nOut, int[] left, int[] right, int[] feature, double[] threshold, byte[] missingLeft,
      long[][] catLeft, double[] value, double[] impurity, double[] weight, int[] samples) {
    this.nodeCount = nodeCount;
    this.nOut = nOut;
    this.left = left;
    this.right = right;
    this.feature = feature;
    this.threshold = threshold;
    this.missingLeft = missingLeft;
    this.catLeft = catLeft;
    this.value = value;
    this.impurity = impurity;
    this.weight = weight;
    this.samples = samples;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return nodeCount;
  }

  /** Number of leaves. */
  public int leafCount() {
    int c = 0;
    for (int i = 0; i < nodeCount; i++) {
      if (left[i] < 0) {
        c++;
      }
    }
    return c;
  }

  /** Depth (a single leaf has depth 0). */
  public int depth() {
    int[] d = new int[nodeCount];
    int max = 0;
    for (int i = 0; i < nodeCount; i++) {
      if (left[i] >= 0) {
        d[left[i]] = d[i] + 1;
        d[right[i]] = d[i] + 1;
        max = Math.max(max, d[i] + 1);
      }
    }
    return max;
  }

  /** Outputs per leaf. */
  public int nOut() {
    return nOut;
  }

  /** Left child of a node, -1 for a leaf. */
  public int left(int node) {
    return left[node];
  }

  /** Right child of a node, -1 for a leaf. */
  public int right(int node) {
    return right[node];
  }

  /** Feature tested at a node (-1 for a leaf). */
  public int feature(int node) {
    return feature[node];
  }

  /** Numeric threshold at a node (NaN for categorical splits and leaves). */
  public double threshold(int node) {
    return threshold[node];
  }

  /** Whether missing values go left at a node. */
  public boolean missingLeft(int node) {
    return missingLeft[node] != 0;
  }

  /** Node impurity. */
  public double impurity(int node) {
    return impurity[node];
  }

  /** Weighted number of training samples in a node. */
  public double weight(int node) {
    return weight[node];
  }

  /** Number of (distinct) training rows in a node. */
  public int samples(int node) {
    return samples[node];
  }

  /** Output {@code k} of a node. */
  public double value(int node, int k) {
    return value[node * nOut + k];
  }

  /** Whether categorical level {@code code} goes left at a categorical split node. */
  public boolean levelGoesLeft(int node, int code) {
    long[] m = catLeft[node];
    return (m[code >>> 6] & (1L << (code & 63))) != 0;
  }

  /** Whether the node splits on a categorical level set. */
  public boolean isCategoricalSplit(int node) {
    return catLeft[node] != null;
  }

  /** The leaf reached by a row. */
  public int leaf(Features f, int row) {
    int node = 0;
    while (left[node] >= 0) {
      node = goesLeft(node, f, row) ? left[node] : right[node];
    }
    return node;
  }

  /** Whether a row goes to the left child of an internal node. */
  public boolean goesLeft(int node, Features f, int row) {
    int j = feature[node];
    long[] m = catLeft[node];
    if (m != null) {
      int c = f.cat[j][row];
      if (c < 0 || (c >>> 6) >= m.length) {
        return missingLeft[node] != 0;
      }
      return (m[c >>> 6] & (1L << (c & 63))) != 0;
    }
    double v = f.num[j][row];
    if (v != v) {
      return missingLeft[node] != 0;
    }
    return v <= threshold[node];
  }

  /**
   * Adds each feature's weighted impurity decrease, {@code w_node i_node - w_left i_left - w_right i_right},
   * to {@code out} (unnormalized; callers divide by the root weight and normalize).
   */
  public void addImpurityDecrease(double[] out) {
    for (int i = 0; i < nodeCount; i++) {
      if (left[i] >= 0) {
        int l = left[i];
        int r = right[i];
        out[feature[i]] += weight[i] * impurity[i] - weight[l] * impurity[l] - weight[r] * impurity[r];
      }
    }
  }

  /** Normalized impurity importances (sum 1 unless the tree is a single leaf). */
  public double[] importances(int p) {
    double[] imp = new double[p];
    addImpurityDecrease(imp);
    normalize(imp);
    return imp;
  }

  /** Divides by the sum when positive. */
  public static void normalize(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    if (s > 0) {
      for (int j = 0; j < v.length; j++) {
        v[j] /= s;
      }
    }
  }

  private int[] parents() {
    int[] parent = new int[nodeCount];
    parent[0] = -1;
    for (int i = 0; i < nodeCount; i++) {
      if (left[i] >= 0) {
        parent[left[i]] = i;
        parent[right[i]] = i;
      }
    }
    return parent;
  }

  /**
   * Minimal cost-complexity pruning (Breiman et al. 1984, ch. 3), in scikit-learn's order: repeatedly
   * collapse the internal node with the smallest effective alpha {@code (R(t) - R(T_t)) / (|T_t| - 1)}
   * (first in node order on ties), where {@code R(t) = w_t / w_root * impurity_t}. Stops before collapsing
   * a node whose alpha exceeds {@code ccpAlpha} (use +inf for the whole path).
   *
   * @return {@code [alphas, impurities, keep]} where keep[i] = 1 for nodes remaining in the pruned tree
   */
  double[][] prune(double ccpAlpha) {
    int n = nodeCount;
    int[] parent = parents();
    double total = weight[0];
    double[] rNode = new double[n];
    double[] rBranch = new double[n];
    int[] nLeaves = new int[n];
    boolean[] inSubtree = new boolean[n];
    boolean[] candidate = new boolean[n];
    for (int i = 0; i < n; i++) {
      rNode[i] = weight[i] * impurity[i] / total;
      inSubtree[i] = true;
      candidate[i] = left[i] >= 0;
    }
    for (int i = 0; i < n; i++) {
      if (left[i] < 0) {
        int a = i;
        while (a >= 0) {
          rBranch[a] += rNode[i];
          nLeaves[a]++;
          a = parent[a];
        }
      }
    }
    double[] alphas = new double[n + 1];
    double[] imps = new double[n + 1];
    int count = 0;
    alphas[count] = 0;
    imps[count++] = rBranch[0];
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    while (candidate[0]) {
      double best = Double.MAX_VALUE;
      int bestNode = -1;
      for (int i = 0; i < n; i++) {
        if (!candidate[i]) {
          continue;
        }
        double a = (rNode[i] - rBranch[i]) / (nLeaves[i] - 1);
        if (a < best) {
          best = a;
          bestNode = i;
        }
      }
      if (ccpAlpha < best) {
        break;
      }
      stack.push(bestNode);
      while (!stack.isEmpty()) {
        int i = stack.pop();
        if (!inSubtree[i]) {
          continue;
        }
        candidate[i] = false;
        inSubtree[i] = false;
        if (left[i] >= 0) {
          stack.push(left[i]);
          stack.push(right[i]);
        }
      }
      inSubtree[bestNode] = true;
      int pruned = nLeaves[bestNode] - 1;
      nLeaves[bestNode] = 1;
      double diff = rNode[bestNode] - rBranch[bestNode];
      rBranch[bestNode] = rNode[bestNode];
      int a = parent[bestNode];
      while (a >= 0) {
        nLeaves[a] -= pruned;
        rBranch[a] += diff;
        a = parent[a];
      }
      alphas[count] = best;
      imps[count++] = rBranch[0];
    }
    double[] keep = new double[n];
    for (int i = 0; i < n; i++) {
      keep[i] = inSubtree[i] ? 1 : 0;
    }
    // leaves of the pruned tree: kept nodes whose children are not kept
    return new double[][] {Arrays.copyOf(alphas, count), Arrays.copyOf(imps, count), keep};
  }

  /** The cost-complexity pruning path: {@code [alphas, total leaf impurities]}. */
  public double[][] pruningPath() {
    double[][] r = prune(Double.POSITIVE_INFINITY);
    return new double[][] {r[0], r[1]};
  }

  /** This tree pruned at {@code ccpAlpha} (itself when nothing is pruned), renumbered in preorder. */
  public Tree pruned(double ccpAlpha) {
    if (!(ccpAlpha > 0) || left[0] < 0) {
      return this;
    }
    double[] keep = prune(ccpAlpha)[2];
    int[] newId = new int[nodeCount];
    Arrays.fill(newId, -1);
    int[] order = new int[nodeCount];
    int m = 0;
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(0);
    while (!stack.isEmpty()) {
      int i = stack.pop();
      newId[i] = m;
      order[m++] = i;
      if (left[i] >= 0 && keep[left[i]] > 0) {
        stack.push(right[i]);
        stack.push(left[i]);
      }
    }
    int[] l = new int[m];
    int[] r = new int[m];
    int[] f = new int[m];
    double[] t = new double[m];
    byte[] ml = new byte[m];
    long[][] cl = new long[m][];
    double[] v = new double[m * nOut];
    double[] imp = new double[m];
    double[] w = new double[m];
    int[] s = new int[m];
    for (int k = 0; k < m; k++) {
      int i = order[k];
      boolean internal = left[i] >= 0 && keep[left[i]] > 0;
      l[k] = internal ? newId[left[i]] : -1;
      r[k] = internal ? newId[right[i]] : -1;
      f[k] = internal ? feature[i] : -1;
      t[k] = internal ? threshold[i] : Double.NaN;
      ml[k] = internal ? missingLeft[i] : 0;
      cl[k] = internal ? catLeft[i] : null;
      System.arraycopy(value, i * nOut, v, k * nOut, nOut);
      imp[k] = impurity[i];
      w[k] = weight[i];
      s[k] = samples[i];
    }
    return new Tree(m, nOut, l, r, f, t, ml, cl, v, imp, w, s);
  }

  /** Persistent state. */
  public State toState() {
    int[] catOffset = new int[nodeCount];
    int words = 0;
    for (int i = 0; i < nodeCount; i++) {
      catOffset[i] = catLeft[i] == null ? -1 : words;
      words += catLeft[i] == null ? 0 : catLeft[i].length + 1;
    }
    long[] cat = new long[words];
    for (int i = 0; i < nodeCount; i++) {
      if (catLeft[i] != null) {
        cat[catOffset[i]] = catLeft[i].length;
        System.arraycopy(catLeft[i], 0, cat, catOffset[i] + 1, catLeft[i].length);
      }
    }
    int[] ml = new int[nodeCount];
    for (int i = 0; i < nodeCount; i++) {
      ml[i] = missingLeft[i];
    }
    return State.builder("tree").put("nOut", nOut).put("left", left).put("right", right).put("feature", feature)
        .put("threshold", threshold).put("missingLeft", ml).put("catOffset", catOffset).put("catWords", cat)
        .put("value", value).put("impurity", impurity).put("weight", weight).put("samples", samples).build();
  }

  /**
   * Reads {@link #toState()}; checks array lengths, child indices and feature indices ({@code p} features).
   *
   * @throws praxis.io.ModelFormatException when inconsistent
   */
  public static Tree fromState(State s, int p) {
    int nOut = s.getInt("nOut");
    int[] l = s.getInts("left");
    int[] r = s.getInts("right");
    int[] f = s.getInts("feature");
    double[] t = s.getDoubles("threshold");
    int[] mli = s.getInts("missingLeft");
    int[] off = s.getInts("catOffset");
    long[] words = s.getLongs("catWords");
    double[] v = s.getDoubles("value");
    double[] imp = s.getDoubles("impurity");
    double[] w = s.getDoubles("weight");
    int[] smp = s.getInts("samples");
    int m = l.length;
    require(m > 0 && nOut > 0 && r.length == m && f.length == m && t.length == m && mli.length == m
        && off.length == m && v.length == m * nOut && imp.length == m && w.length == m && smp.length == m,
        "tree arrays of inconsistent lengths");
    byte[] ml = new byte[m];
    long[][] cl = new long[m][];
    for (int i = 0; i < m; i++) {
      ml[i] = (byte) mli[i];
      require((l[i] < 0) == (r[i] < 0) && l[i] < m && r[i] < m && (l[i] < 0 || l[i] > i && r[i] > i),
          "tree node " + i + " has children " + l[i] + ", " + r[i]);
      require(l[i] < 0 || f[i] >= 0 && f[i] < p, "tree node " + i + " tests feature " + f[i] + " of " + p);
      if (off[i] >= 0) {
        require(off[i] < words.length && off[i] + 1 + words[off[i]] <= words.length,
            "tree node " + i + " category set out of range");
        int len = (int) words[off[i]];
        cl[i] = Arrays.copyOfRange(words, off[i] + 1, off[i] + 1 + len);
      }
    }
    return new Tree(m, nOut, l, r, f, t, ml, cl, v, imp, w, smp);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new praxis.io.ModelFormatException("inconsistent tree state: " + what);
    }
  }

  /**
   * The tree as indented if/else rules.
   *
   * @param names feature names
   * @param levels per feature, its categorical levels (null for numeric)
   * @param outputs names of the leaf outputs (class labels), or null for a regression value
   */
  public String toText(List<String> names, List<List<String>> levels, List<String> outputs) {
    StringBuilder b = new StringBuilder();
    text(0, 0, names, levels, outputs, b);
    return b.toString();
  }

  private void text(int node, int depth, List<String> names, List<List<String>> levels, List<String> outputs,
      StringBuilder b) {
    String indent = "|   ".repeat(depth);
    if (left[node] < 0) {
      b.append(indent).append("|--- ").append(leafText(node, outputs)).append('\n');
      return;
    }
    String[] cond = conditions(node, names, levels);
    b.append(indent).append("|--- ").append(cond[0]).append('\n');
    text(left[node], depth + 1, names, levels, outputs, b);
    b.append(indent).append("|--- ").append(cond[1]).append('\n');
    text(right[node], depth + 1, names, levels, outputs, b);
  }

  private String leafText(int node, List<String> outputs) {
    if (outputs == null) {
      return String.format(Locale.ROOT, "value: %.6g (n=%d)", value[node * nOut], samples[node]);
    }
    int best = 0;
    for (int k = 1; k < nOut; k++) {
      if (value[node * nOut + k] > value[node * nOut + best]) {
        best = k;
      }
    }
    return String.format(Locale.ROOT, "class: %s (p=%.3f, n=%d)", outputs.get(best), value[node * nOut + best],
        samples[node]);
  }

  private String[] conditions(int node, List<String> names, List<List<String>> levels) {
    String name = names.get(feature[node]);
    String miss = missingLeft[node] != 0 ? " or missing" : "";
    String missR = missingLeft[node] != 0 ? "" : " or missing";
    if (catLeft[node] != null) {
      List<String> lv = levels.get(feature[node]);
      StringBuilder in = new StringBuilder();
      for (int c = 0; c < lv.size(); c++) {
        if (levelGoesLeft(node, c)) {
          in.append(in.length() == 0 ? "" : ", ").append(lv.get(c));
        }
      }
      return new String[] {name + " in {" + in + "}" + miss, name + " not in {" + in + "}" + missR};
    }
    String t = String.format(Locale.ROOT, "%.6g", threshold[node]);
    return new String[] {name + " <= " + t + miss, name + " > " + t + missR};
  }

  /** The tree in Graphviz DOT ({@code dot -Tpng}); same arguments as {@link #toText}. */
  public String toDot(List<String> names, List<List<String>> levels, List<String> outputs) {
    StringBuilder b = new StringBuilder("digraph Tree {\nnode [shape=box, fontname=\"helvetica\"];\n");
    for (int i = 0; i < nodeCount; i++) {
      String label;
      if (left[i] < 0) {
        label = leafText(i, outputs);
      } else {
        label = conditions(i, names, levels)[0] + String.format(Locale.ROOT, "\\nimpurity = %.4g\\nsamples = %d",
            impurity[i], samples[i]);
      }
      b.append(i).append(" [label=\"").append(label.replace("\"", "\\\"")).append("\"];\n");
      if (left[i] >= 0) {
        b.append(i).append(" -> ").append(left[i]).append(" [label=\"yes\"];\n");
        b.append(i).append(" -> ").append(right[i]).append(" [label=\"no\"];\n");
      }
    }
    return b.append("}\n").toString();
  }
}
