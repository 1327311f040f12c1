package praxis.trees.internal;

/**
 * Exact TreeSHAP (Lundberg, Erion and Lee 2018, "Consistent individualized feature attribution for tree
 * ensembles", Algorithm 2): Shapley values of one row for a tree's output, where a feature outside a
 * coalition is marginalized by following both children in proportion to their training weight ("cover").
 * Cost O(L D^2) per row and tree (L leaves, D depth). The attributions plus {@link #expectedValue} equal the
 * tree's output for the row exactly (up to rounding). Missing values and categorical splits follow the row's
 * own direction.
 *
 * <pre>{@code
 * double[] phi = new double[p];
 * TreeShap.add(tree, features, row, 0, phi, 1.0);
 * }</pre>
 */
public final class TreeShap {
  private TreeShap() {}

  /** Cover-weighted mean of output {@code k} over the leaves: the attribution baseline. */
  public static double expectedValue(Tree t, int k) {
    double s = 0;
    for (int i = 0; i < t.nodeCount; i++) {
      if (t.left[i] < 0) {
        s += t.weight[i] * t.value(i, k);
      }
    }
    return s / t.weight[0];
  }

  /** Adds {@code scale} times the Shapley values of output {@code k} for {@code row} to {@code phi}. */
  public static void add(Tree t, Features f, int row, int k, double[] phi, double scale) {
    int depth = t.depth() + 2;
    int size = depth * depth + 2 * depth;
    int[] d = new int[size];
    double[] z = new double[size];
    double[] o = new double[size];
    double[] w = new double[size];
    recurse(t, f, row, k, phi, scale, 0, 0, 0, d, z, o, w, 1, 1, -1);
  }

  private static void recurse(Tree t, Features f, int row, int k, double[] phi, double scale, int node, int offset,
      int len, int[] d, double[] z, double[] o, double[] w, double pz, double po, int pi) {
    // copy the parent's path to a fresh segment (so siblings see the unchanged path), then extend it
    int off = offset + len;
    System.arraycopy(d, offset, d, off, len);
    System.arraycopy(z, offset, z, off, len);
    System.arraycopy(o, offset, o, off, len);
    System.arraycopy(w, offset, w, off, len);
    int l = extend(d, z, o, w, off, len, pz, po, pi);
    if (t.left[node] < 0) {
      double v = t.value(node, k);
      for (int i = 1; i < l; i++) {
        double s = unwoundSum(z, o, w, off, l, i);
        phi[d[off + i]] += scale * s * (o[off + i] - z[off + i]) * v;
      }
      return;
    }
    int j = t.feature[node];
    boolean left = t.goesLeft(node, f, row);
    int hot = left ? t.left[node] : t.right[node];
    int cold = left ? t.right[node] : t.left[node];
    double iz = 1;
    double io = 1;
    int kk = -1;
    for (int q = 1; q < l; q++) {
      if (d[off + q] == j) {
        kk = q;
        break;
      }
    }
    if (kk >= 0) {
      iz = z[off + kk];
      io = o[off + kk];
      l = unwind(d, z, o, w, off, l, kk);
    }
    double rj = t.weight[node];
    recurse(t, f, row, k, phi, scale, hot, off, l, d, z, o, w, iz * t.weight[hot] / rj, io, j);
    recurse(t, f, row, k, phi, scale, cold, off, l, d, z, o, w, iz * t.weight[cold] / rj, 0, j);
  }

  private static int extend(int[] d, double[] z, double[] o, double[] w, int off, int l, double pz, double po,
      int pi) {
    d[off + l] = pi;
    z[off + l] = pz;
    o[off + l] = po;
    w[off + l] = l == 0 ? 1 : 0;
    for (int i = l - 1; i >= 0; i--) {
      w[off + i + 1] += po * w[off + i] * (i + 1) / (l + 1);
      w[off + i] = pz * w[off + i] * (l - i) / (l + 1);
    }
    return l + 1;
  }

  private static int unwind(int[] d, double[] z, double[] o, double[] w, int off, int len, int i) {
    int l = len - 1;
    double n = w[off + l];
    double oi = o[off + i];
    double zi = z[off + i];
    for (int j = l - 1; j >= 0; j--) {
      if (oi != 0) {
        double tmp = w[off + j];
        w[off + j] = n * (l + 1) / ((j + 1) * oi);
        n = tmp - w[off + j] * zi * (l - j) / (l + 1);
      } else {
        w[off + j] = w[off + j] * (l + 1) / (zi * (l - j));
      }
    }
    for (int j = i; j < l; j++) {
      d[off + j] = d[off + j + 1];
      z[off + j] = z[off + j + 1];
      o[off + j] = o[off + j + 1];
    }
    return l;
  }

  private static double unwoundSum(double[] z, double[] o, double[] w, int off, int len, int i) {
    int l = len - 1;
    double oi = o[off + i];
    double zi = z[off + i];
    double n = w[off + l];
    double total = 0;
    if (oi != 0) {
      for (int j = l - 1; j >= 0; j--) {
        double tmp = n * (l + 1) / ((j + 1) * oi);
        total += tmp;
        n = w[off + j] - tmp * zi * (l - j) / (l + 1);
      }
    } else {
      for (int j = l - 1; j >= 0; j--) {
        total += w[off + j] * (l + 1) / (zi * (l - j));
      }
    }
    return total;
  }
}
