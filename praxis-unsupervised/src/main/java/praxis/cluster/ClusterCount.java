package praxis.cluster;

import praxis.api.Check;
import praxis.cluster.internal.KMeansKernels;
import praxis.data.Frame;
import praxis.metrics.ClusteringMetrics;

/**
 * Helpers to choose the number of clusters k for {@link KMeans}: the <b>elbow</b> (inertia over a range of
 * k, with the knee picked automatically as the point farthest from the straight line joining the first and
 * last points of the normalized curve, the "Kneedle" idea of Satopää et al. 2011) and a <b>silhouette
 * analysis</b> (mean silhouette coefficient per k; the best k maximizes it). Both return the whole curve so
 * it can be plotted.
 *
 * <pre>{@code
 * ClusterCount.Curve elbow = ClusterCount.elbow(x, 1, 10, KMeans.Params.DEFAULTS);
 * int k = elbow.bestK();
 * ClusterCount.Curve sil = ClusterCount.silhouette(x, 2, 10, KMeans.Params.DEFAULTS);
 * }</pre>
 */
public final class ClusterCount {
  private ClusterCount() {}

  /**
   * A score per k.
   *
   * @param ks the k values
   * @param scores inertia (elbow) or mean silhouette per k
   * @param bestK the chosen k (knee, or largest silhouette)
   */
  public record Curve(int[] ks, double[] scores, int bestK) {}

  /**
   * Inertia of {@link KMeans} for every k in {@code [kMin, kMax]} (other settings from {@code params}) and the
   * knee of the curve.
   *
   * @throws IllegalArgumentException if {@code 1 <= kMin < kMax <= rows} does not hold
   */
  public static Curve elbow(Frame x, int kMin, int kMax, KMeans.Params params) {
    Check.atLeast(kMin, 1, "kMin");
    if (kMax <= kMin) {
      throw new IllegalArgumentException("elbow: kMax (" + kMax + ") must exceed kMin (" + kMin
          + "); a knee needs at least 2 points");
    }
    ClusterInputs in = ClusterInputs.of(x, null, kMax, "ClusterCount.elbow");
    int m = kMax - kMin + 1;
    int[] ks = new int[m];
    double[] inertia = new double[m];
    for (int t = 0; t < m; t++) {
      ks[t] = kMin + t;
      inertia[t] = KMeans.run(in, params.withNClusters(ks[t])).inertia();
    }
    return new Curve(ks, inertia, ks[knee(inertia)]);
  }

  /**
   * Index of the knee of a decreasing curve: after scaling x and y to [0, 1], the point with the largest
   * distance below the chord from the first to the last point (0 when the curve is flat).
   */
  public static int knee(double[] y) {
    int m = y.length;
    if (m < 3) {
      return 0;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (hi == lo) {
      return 0;
    }
    double y0 = (y[0] - lo) / (hi - lo);
    double y1 = (y[m - 1] - lo) / (hi - lo);
    int best = 0;
    double bestD = 0;
    for (int t = 0; t < m; t++) {
      double xt = t / (double) (m - 1);
      double chord = y0 + (y1 - y0) * xt;
      double d = chord - (y[t] - lo) / (hi - lo);
      if (d > bestD) {
        bestD = d;
        best = t;
      }
    }
    return best;
  }

  /**
   * Mean silhouette coefficient of the {@link KMeans} clustering for every k in {@code [kMin, kMax]}
   * ({@code kMin >= 2}); the best k has the largest value. Cost O(n² p) per k.
   */
  public static Curve silhouette(Frame x, int kMin, int kMax, KMeans.Params params) {
    Check.atLeast(kMin, 2, "kMin");
    if (kMax < kMin) {
      throw new IllegalArgumentException("silhouette: kMax (" + kMax + ") must be >= kMin (" + kMin + ")");
    }
    ClusterInputs in = ClusterInputs.of(x, null, kMax, "ClusterCount.silhouette");
    double[][] rows = new double[in.n][in.p];
    for (int i = 0; i < in.n; i++) {
      System.arraycopy(in.x, i * in.p, rows[i], 0, in.p);
    }
    int m = kMax - kMin + 1;
    int[] ks = new int[m];
    double[] s = new double[m];
    int best = 0;
    for (int t = 0; t < m; t++) {
      ks[t] = kMin + t;
      KMeansKernels.Result r = KMeans.run(in, params.withNClusters(ks[t]));
      s[t] = ClusteringMetrics.silhouette(rows, r.labels());
      if (s[t] > s[best]) {
        best = t;
      }
    }
    return new Curve(ks, s, ks[best]);
  }
}
