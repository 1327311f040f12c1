package praxis.boost.internal;

/**
 * One tree as grown: nodes in creation order (root 0); leaves have {@code feature == -1}. Splits are kept both
 * as bins (for routing binned training/validation rows) and as raw-value thresholds / category sets (for
 * prediction).
 *
 * <pre>{@code
 * GrownTree t = grower.grow(grad, hess, rows, nRows, features, rng);
 * double v = t.predictBinned(matrix, row);
 * }</pre>
 */
public final class GrownTree {
  final int size;
  final int[] feature;
  final int[] bin;
  final double[] threshold;
  final boolean[] missingLeft;
  final long[][] catBits;
  final int[] left;
  final int[] right;
  final double[] value;
  final double[] cover;
  final double[] gain;

  GrownTree(int size, int[] feature, int[] bin, double[] threshold, boolean[] missingLeft, long[][] catBits,
      int[] left, int[] right, double[] value, double[] cover, double[] gain) {
    this.size = size;
    this.feature = feature;
    this.bin = bin;
    this.threshold = threshold;
    this.missingLeft = missingLeft;
    this.catBits = catBits;
    this.left = left;
    this.right = right;
    this.value = value;
    this.cover = cover;
    this.gain = gain;
  }

  /** Number of nodes. */
  public int size() {
    return size;
  }

  /** Value of the leaf that binned row {@code i} of {@code m} reaches. */
  public double predictBinned(BinnedMatrix m, int i) {
    int node = 0;
    byte[] codes = m.codes;
    int n = m.n;
    while (feature[node] >= 0) {
      int f = feature[node];
      int code = codes[f * n + i] & 0xFF;
      boolean goLeft;
      if (code == m.mapper.nBins[f]) {
        goLeft = missingLeft[node];
      } else if (catBits[node] != null) {
        goLeft = (catBits[node][code >>> 6] & (1L << (code & 63))) != 0;
      } else {
        goLeft = code <= bin[node];
      }
      node = goLeft ? left[node] : right[node];
    }
    return value[node];
  }
}
