package praxis.preprocess;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Bins each numeric column into intervals, as scikit-learn's {@code KBinsDiscretizer}. Edges per column:
 * {@link Strategy#UNIFORM} equal widths between min and max; {@link Strategy#QUANTILE} the linear percentiles at
 * {@code 0, 100/k, ..., 100}; {@link Strategy#KMEANS} midpoints between sorted 1-d k-means centres (Lloyd's
 * algorithm started from the uniform bin centres, scikit-learn's tolerance {@code 1e-4 * variance}). For
 * quantile and k-means, bins narrower than 1e-8 are removed, so a column may get fewer bins
 * ({@link KBinsDiscretizerModel#nBins()}); a constant column gets one bin. A value goes to bin {@code b} when
 * {@code edge[b] <= x < edge[b+1]} (values beyond the outer edges go to the first/last bin). Output: one numeric
 * column per input with the bin index ({@link Encode#ORDINAL}) or one 0/1 column {@code name=b} per bin
 * ({@link Encode#ONE_HOT}). Missing values are refused (impute first). Cost: one sort per column (k-means:
 * O(n k) per iteration).
 *
 * <pre>{@code
 * KBinsDiscretizerModel m = new KBinsDiscretizer(new KBinsDiscretizer.Params(5,
 *     KBinsDiscretizer.Strategy.QUANTILE, KBinsDiscretizer.Encode.ORDINAL)).fit(x, Target.none(x.rowCount()));
 * Frame bins = m.transform(x);
 * double[][] edges = m.binEdges();
 * }</pre>
 */
public final class KBinsDiscretizer implements Estimator<KBinsDiscretizer.Params, KBinsDiscretizerModel> {
  /** How edges are placed. */
  public enum Strategy {
    /** Equal widths. */
    UNIFORM,
    /** Equal counts (percentiles). */
    QUANTILE,
    /** One-dimensional k-means. */
    KMEANS
  }

  /** Output encoding. */
  public enum Encode {
    /** One column of bin indices per input column. */
    ORDINAL,
    /** One 0/1 column per bin. */
    ONE_HOT
  }

  /**
   * Hyperparameters.
   *
   * @param nBins number of bins per column (at least 2)
   * @param strategy edge placement
   * @param encode output encoding
   */
  public record Params(int nBins, Strategy strategy, Encode encode) implements praxis.api.Params {
    /** Five quantile bins, one-hot output (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(5, Strategy.QUANTILE, Encode.ONE_HOT);

    /** Validates. */
    public Params {
      Check.atLeast(nBins, 2, "nBins");
      Check.notNull(strategy, "strategy");
      Check.notNull(encode, "encode");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public KBinsDiscretizer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public KBinsDiscretizer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public KBinsDiscretizer withParams(Params p) {
    return new KBinsDiscretizer(p);
  }

  @Override
  public String name() {
    return "kbins_discretizer";
  }

  @Override
  public KBinsDiscretizerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "KBinsDiscretizer");
    Support.requireNumeric(x, "KBinsDiscretizer");
    int p = x.columnCount();
    double[][] edges = new double[p][];
    int k = params.nBins();
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "KBinsDiscretizer");
      KBinsDiscretizerModel.requireObserved(c.name(), v, "KBinsDiscretizer");
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      double min = sorted[0];
      double max = sorted[sorted.length - 1];
      if (min == max) {
        edges[j] = new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        continue;
      }
      double[] e;
      switch (params.strategy()) {
        case UNIFORM -> e = linspace(min, max, k + 1);
        case QUANTILE -> {
          e = new double[k + 1];
          double[] qs = linspace(0, 100, k + 1);
          for (int b = 0; b <= k; b++) {
            e[b] = RobustScaler.percentile(sorted, qs[b]);
          }
        }
        default -> e = kmeansEdges(v, min, max, k);
      }
      if (params.strategy() != Strategy.UNIFORM) {
        double[] kept = new double[e.length];
        int m = 0;
        for (int b = 0; b < e.length; b++) {
          if (b == 0 || e[b] - e[b - 1] > 1e-8) {
            kept[m++] = e[b];
          }
        }
        e = Arrays.copyOf(kept, m);
      }
      edges[j] = e;
    }
    return new KBinsDiscretizerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.encode(), edges);
  }

  /** numpy's {@code linspace(a, b, n)} (last point exactly b). */
  static double[] linspace(double a, double b, int n) {
    double[] out = new double[n];
    double step = (b - a) / (n - 1);
    for (int i = 0; i < n; i++) {
      out[i] = i * step + a;
    }
    out[n - 1] = b;
    return out;
  }

  /** Edges from 1-d Lloyd k-means initialised at the uniform bin centres (scikit-learn's procedure). */
  static double[] kmeansEdges(double[] v, double min, double max, int k) {
    int n = v.length;
    double[] ue = linspace(min, max, k + 1);
    double mean = 0;
    for (double d : v) {
      mean += d;
    }
    mean /= n;
    double var = 0;
    for (double d : v) {
      var += (d - mean) * (d - mean);
    }
    var /= n;
    double tol = var * 1e-4;
    double[] centers = new double[k];
    for (int b = 0; b < k; b++) {
      centers[b] = (ue[b + 1] + ue[b]) * 0.5;
    }
    int[] labels = new int[n];
    int[] old = new int[n];
    Arrays.fill(old, -1);
    double[] sums = new double[k];
    double[] counts = new double[k];
    for (int it = 0; it < 300; it++) {
      Arrays.fill(sums, 0);
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bd = Double.POSITIVE_INFINITY;
        for (int b = 0; b < k; b++) {
          double d = (v[i] - centers[b]) * (v[i] - centers[b]);
          if (d < bd) {
            bd = d;
            best = b;
          }
        }
        labels[i] = best;
        sums[best] += v[i];
        counts[best] += 1;
      }
      relocateEmpty(v, centers, labels, sums, counts);
      double shift = 0;
      for (int b = 0; b < k; b++) {
        double c = counts[b] > 0 ? sums[b] / counts[b] : centers[b];
        shift += (c - centers[b]) * (c - centers[b]);
        centers[b] = c;
      }
      if (Arrays.equals(labels, old)) {
        break;
      }
      if (shift <= tol) {
        break;
      }
      System.arraycopy(labels, 0, old, 0, n);
    }
    Arrays.sort(centers);
    double[] e = new double[k + 1];
    e[0] = min;
    e[k] = max;
    for (int b = 1; b < k; b++) {
      e[b] = (centers[b - 1] + centers[b]) * 0.5;
    }
    return e;
  }

  /** Moves the points farthest from their centres into empty clusters (scikit-learn's relocation rule). */
  private static void relocateEmpty(double[] v, double[] centers, int[] labels, double[] sums, double[] counts) {
    int k = centers.length;
    int nEmpty = 0;
    for (int b = 0; b < k; b++) {
      if (counts[b] == 0) {
        nEmpty++;
      }
    }
    if (nEmpty == 0) {
      return;
    }
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    double[] dist = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double d = v[i] - centers[labels[i]];
      dist[i] = d * d;
    }
    Arrays.sort(idx, (a, b) -> dist[a] != dist[b] ? Double.compare(dist[b], dist[a]) : Integer.compare(a, b));
    int t = 0;
    for (int b = 0; b < k; b++) {
      if (counts[b] == 0 && t < idx.length) {
        int far = idx[t++];
        int from = labels[far];
        sums[from] -= v[far];
        counts[from] -= 1;
        sums[b] = v[far];
        counts[b] = 1;
      }
    }
  }
}
