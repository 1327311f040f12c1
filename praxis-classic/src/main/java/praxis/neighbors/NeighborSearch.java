package praxis.neighbors;

/** Helpers shared by the neighbour estimators: layout conversion and neighbour weights. */
final class NeighborSearch {
  private NeighborSearch() {}

  /** Row-major copy of a column-major n x p array. */
  static double[] rowMajor(double[] colMajor, int n, int p) {
    double[] out = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        out[i * p + j] = colMajor[j * n + i];
      }
    }
    return out;
  }

  /**
   * Neighbour weights for one query row (length k): 1 for UNIFORM; 1/d for DISTANCE, or, when some
   * distances are 0, 1 for those and 0 for the others.
   */
  static void weights(Weights w, double[] dist, int off, int k, double[] out) {
    if (w == Weights.UNIFORM) {
      java.util.Arrays.fill(out, 0, k, 1.0);
      return;
    }
    boolean zero = false;
    for (int r = 0; r < k; r++) {
      if (dist[off + r] == 0) {
        zero = true;
        break;
      }
    }
    double total = 0;
    for (int r = 0; r < k; r++) {
      double d = dist[off + r];
      out[r] = zero ? (d == 0 ? 1.0 : 0.0) : 1.0 / d;
      total += out[r];
    }
    if (!(total > 0)) {
      // every distance overflowed to infinity: no neighbour is preferable, weigh them equally
      java.util.Arrays.fill(out, 0, k, 1.0);
    }
  }
}
