package praxis.boost.internal;

import java.util.Arrays;

/**
 * Explanations of an {@link Ensemble}: exact path-dependent TreeSHAP values (Lundberg, Erion &amp; Lee 2018,
 * "Consistent individualized feature attribution for tree ensembles", Algorithm 2), using the training rows
 * reaching each node as cover, and partial dependence by the tree-recursion method (Friedman 2001; scikit-learn's
 * {@code method='recursion'}): at a split on the chosen feature follow the grid value, elsewhere average the
 * children weighted by cover. Values are in raw-score units. Cost: O(trees x leaves x depth^2) per row for
 * SHAP, O(nodes) per grid point for partial dependence.
 *
 * <pre>{@code
 * double[][] phi = TreeExplainer.shap(ensemble, row);     // [output][feature], last = expected value
 * double[] pd = TreeExplainer.partialDependence(ensemble, 0, 2, grid);
 * }</pre>
 */
public final class TreeExplainer {
  private TreeExplainer() {}

  /**
   * SHAP values of one row (features in training order): {@code out[k][j]} for output {@code k} and feature
   * {@code j < p}; {@code out[k][p]} is the expected raw score. Each row of {@code out} sums to the raw score.
   */
  public static double[][] shap(Ensemble e, double[] row) {
    int p = row.length;
    int k = e.outputs();
    double[][] phi = new double[k][p + 1];
    double[] base = e.base();
    for (int c = 0; c < k; c++) {
      phi[c][p] = base[c];
    }
    int maxDepth = 0;
    for (int t = 0; t < e.trees(); t++) {
      maxDepth = Math.max(maxDepth, depth(e, e.root(t)));
    }
    int cap = (maxDepth + 4) * (maxDepth + 5) / 2 + 4;
    Path path = new Path(cap);
    for (int t = 0; t < e.trees(); t++) {
      int out = t % k;
      phi[out][p] += expected(e, e.root(t));
      recurse(e, row, phi[out], e.root(t), path, 0, 0, 1, 1, -1);
    }
    return phi;
  }

  private static int depth(Ensemble e, int node) {
    if (e.feature(node) < 0) {
      return 0;
    }
    return 1 + Math.max(depth(e, e.left(node)), depth(e, e.right(node)));
  }

  private static double expected(Ensemble e, int node) {
    if (e.feature(node) < 0) {
      return e.value(node);
    }
    int l = e.left(node);
    int r = e.right(node);
    return (e.cover(l) * expected(e, l) + e.cover(r) * expected(e, r)) / e.cover(node);
  }

  /** Flat storage of the nested paths: segment at {@code offset} holds {@code uniqueDepth + 1} elements. */
  private static final class Path {
    final int[] feature;
    final double[] zero;
    final double[] one;
    final double[] weight;

    Path(int cap) {
      feature = new int[cap];
      zero = new double[cap];
      one = new double[cap];
      weight = new double[cap];
    }
  }

  private static void recurse(Ensemble e, double[] row, double[] phi, int node, Path m, int parentOff, int ud,
      double pz, double po, int pi) {
    int off = parentOff + ud + 1;
    copy(m, parentOff, off, ud + 1);
    extend(m, off, ud, pz, po, pi);
    int f = e.feature(node);
    if (f < 0) {
      double v = e.value(node);
      for (int i = 1; i <= ud; i++) {
        double w = unwoundSum(m, off, ud, i);
        phi[m.feature[off + i]] += w * (m.one[off + i] - m.zero[off + i]) * v;
      }
      return;
    }
    int l = e.left(node);
    int r = e.right(node);
    boolean left = e.goesLeftFor(node, row[f]);
    int hot = left ? l : r;
    int cold = left ? r : l;
    double cover = e.cover(node);
    double hotZero = e.cover(hot) / cover;
    double coldZero = e.cover(cold) / cover;
    double inZero = 1;
    double inOne = 1;
    int k = 0;
    for (; k <= ud; k++) {
      if (m.feature[off + k] == f) {
        break;
      }
    }
    if (k <= ud) {
      inZero = m.zero[off + k];
      inOne = m.one[off + k];
      unwind(m, off, ud, k);
      ud--;
    }
    recurse(e, row, phi, hot, m, off, ud + 1, hotZero * inZero, inOne, f);
    recurse(e, row, phi, cold, m, off, ud + 1, coldZero * inZero, 0, f);
  }

  private static void copy(Path m, int from, int to, int len) {
    System.arraycopy(m.feature, from, m.feature, to, len);
    System.arraycopy(m.zero, from, m.zero, to, len);
    System.arraycopy(m.one, from, m.one, to, len);
    System.arraycopy(m.weight, from, m.weight, to, len);
  }

  private static void extend(Path m, int off, int ud, double pz, double po, int pi) {
    m.feature[off + ud] = pi;
    m.zero[off + ud] = pz;
    m.one[off + ud] = po;
    m.weight[off + ud] = ud == 0 ? 1 : 0;
    for (int i = ud - 1; i >= 0; i--) {
      m.weight[off + i + 1] += po * m.weight[off + i] * (i + 1) / (ud + 1);
      m.weight[off + i] = pz * m.weight[off + i] * (ud - i) / (ud + 1);
    }
  }

  private static void unwind(Path m, int off, int ud, int i) {
    double o = m.one[off + i];
    double z = m.zero[off + i];
    double n = m.weight[off + ud];
    for (int j = ud - 1; j >= 0; j--) {
      if (o != 0) {
        double t = m.weight[off + j];
        m.weight[off + j] = n * (ud + 1) / ((j + 1) * o);
        n = t - m.weight[off + j] * z * (ud - j) / (ud + 1);
      } else {
        m.weight[off + j] = m.weight[off + j] * (ud + 1) / (z * (ud - j));
      }
    }
    for (int j = i; j < ud; j++) {
      m.feature[off + j] = m.feature[off + j + 1];
      m.zero[off + j] = m.zero[off + j + 1];
      m.one[off + j] = m.one[off + j + 1];
    }
  }

  private static double unwoundSum(Path m, int off, int ud, int i) {
    double o = m.one[off + i];
    double z = m.zero[off + i];
    double n = m.weight[off + ud];
    double total = 0;
    for (int j = ud - 1; j >= 0; j--) {
      if (o != 0) {
        double t = n * (ud + 1) / ((j + 1) * o);
        total += t;
        n = m.weight[off + j] - t * z * (ud - j) / (ud + 1);
      } else {
        total += m.weight[off + j] / z / ((double) (ud - j) / (ud + 1));
      }
    }
    return total;
  }

  /**
   * Partial dependence of output {@code output} on feature {@code feature}: for each grid value, the raw score
   * averaged over the training distribution of the other features (tree recursion with covers).
   */
  public static double[] partialDependence(Ensemble e, int output, int nFeatures, int feature, double[] grid) {
    double[] out = new double[grid.length];
    double[] row = new double[nFeatures];
    Arrays.fill(row, Double.NaN);
    for (int g = 0; g < grid.length; g++) {
      row[feature] = grid[g];
      double s = e.base()[output];
      for (int t = output; t < e.trees(); t += e.outputs()) {
        s += averaged(e, e.root(t), feature, grid[g]);
      }
      out[g] = s;
    }
    return out;
  }

  private static double averaged(Ensemble e, int node, int feature, double x) {
    int f = e.feature(node);
    if (f < 0) {
      return e.value(node);
    }
    if (f == feature) {
      return averaged(e, e.goesLeftFor(node, x) ? e.left(node) : e.right(node), feature, x);
    }
    int l = e.left(node);
    int r = e.right(node);
    return (e.cover(l) * averaged(e, l, feature, x) + e.cover(r) * averaged(e, r, feature, x)) / e.cover(node);
  }
}
