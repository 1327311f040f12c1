package praxis.manifold;

import praxis.data.Frame;

/**
 * Trustworthiness of an embedding (Venna &amp; Kaski 2001), as scikit-learn 1.2's
 * {@code sklearn.manifold.trustworthiness} with the Euclidean metric:
 * {@code T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in N_k^emb(i)} max(0, r(i, j) - k)}, where
 * {@code r(i, j)} is the rank of {@code j} among {@code i}'s neighbours in the original space (1 = nearest)
 * and {@code N_k^emb(i)} the {@code k} nearest neighbours of {@code i} in the embedding. 1 means every
 * embedding neighbourhood is made of true neighbours. Distance ties are broken by row index. O(n² (p + k))
 * time, O(n) extra memory.
 *
 * <pre>{@code
 * double t = Trustworthiness.of(x, tsneModel.transform(x), 5);
 * }</pre>
 */
public final class Trustworthiness {
  private Trustworthiness() {}

  /**
   * Trustworthiness of {@code embedded} (rows aligned with {@code x}) for {@code k} neighbours.
   *
   * @throws IllegalArgumentException on non-numeric or non-finite input, different row counts, or
   *     {@code k} not in [1, n/2)
   */
  public static double of(Frame x, Frame embedded, int k) {
    x.requireNumeric("Trustworthiness x");
    embedded.requireNumeric("Trustworthiness embedded");
    x.requireFinite("Trustworthiness x");
    embedded.requireFinite("Trustworthiness embedded");
    return of(x.toRowArrays(), embedded.toRowArrays(), k);
  }

  /** Trustworthiness of row arrays {@code x[i]} and {@code embedded[i]} (same row count). */
  public static double of(double[][] x, double[][] embedded, int k) {
    int n = x.length;
    if (embedded.length != n) {
      throw new IllegalArgumentException("Trustworthiness: x has " + n + " rows but the embedding has "
          + embedded.length + "; they must be aligned row by row");
    }
    if (k < 1 || k >= n / 2.0) {
      throw new IllegalArgumentException("Trustworthiness: k = " + k + " must be in [1, n / 2) with n = " + n
          + " rows; use a smaller k");
    }
    double[] dx = new double[n];
    double[] de = new double[n];
    int[] nn = new int[k];
    long total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dx[j] = dist2(x[i], x[j]);
        de[j] = dist2(embedded[i], embedded[j]);
      }
      // k nearest in the embedding, excluding i (insertion into a sorted list; ties by index)
      int m = 0;
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        if (m == k && !(de[j] < de[nn[k - 1]])) {
          continue;
        }
        int pos = m < k ? m++ : k - 1;
        while (pos > 0 && de[j] < de[nn[pos - 1]]) {
          nn[pos] = nn[pos - 1];
          pos--;
        }
        nn[pos] = j;
      }
      for (int t = 0; t < k; t++) {
        int j = nn[t];
        double dj = dx[j];
        int rank = 1;
        for (int l = 0; l < n; l++) {
          if (l != i && l != j && (dx[l] < dj || (dx[l] == dj && l < j))) {
            rank++;
          }
        }
        if (rank > k) {
          total += rank - k;
        }
      }
    }
    return 1.0 - total * (2.0 / (n * (double) k * (2.0 * n - 3.0 * k - 1.0)));
  }

  private static double dist2(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Trustworthiness: rows have different lengths " + a.length + " and "
          + b.length);
    }
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double t = a[j] - b[j];
      s += t * t;
    }
    return s;
  }
}
