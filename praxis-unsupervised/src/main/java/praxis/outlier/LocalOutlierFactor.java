package praxis.outlier;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;

/**
 * Local outlier factor (U11; Breunig et al. 2000), as scikit-learn 1.2's {@code LocalOutlierFactor}: the
 * local reachability density of a row is the inverse mean reachability distance
 * {@code max(d(x, o), k-distance(o))} to its k nearest neighbours; its outlier factor is the mean ratio of
 * the neighbours' densities to its own (≈ 1 inside a cluster, ≫ 1 for outliers). Scores are negated as
 * scikit-learn's ({@code negativeOutlierFactor}, higher = more normal); the threshold is −1.5 or, with
 * {@code contamination} in (0, 0.5], the matching percentile of the training scores. The training rows are
 * scored without themselves ({@link LocalOutlierFactorModel#trainingLabels()} = scikit-learn's
 * {@code fit_predict}); new rows ({@code predict}, {@code scoreSamples}) are scored against the training
 * rows (scikit-learn's {@code novelty=True}). Neighbours come from the shared {@link NeighborIndex}.
 *
 * <pre>{@code
 * LocalOutlierFactorModel lof = new LocalOutlierFactor().fit(x, Target.none(x.rowCount()));
 * int[] flags = lof.trainingLabels();        // -1 = outlier
 * double[] nof = lof.negativeOutlierFactor();
 * int[] newFlags = lof.predict(newRows);
 * }</pre>
 */
public final class LocalOutlierFactor implements Estimator<LocalOutlierFactor.Params, LocalOutlierFactorModel> {
  /**
   * Hyperparameters.
   *
   * @param nNeighbors neighbours k (&gt;= 1; capped at rows − 1)
   * @param contamination expected outlier fraction in (0, 0.5], or 0 for the fixed threshold −1.5 ("auto")
   * @param metric distance
   * @param algorithm neighbour search
   * @param nThreads threads for the neighbour queries
   */
  public record Params(int nNeighbors, double contamination, Metric metric, Algorithm algorithm, int nThreads)
      implements praxis.api.Params {
    /** 20 neighbours, automatic threshold, Euclidean, automatic search, 1 thread (scikit-learn). */
    public static final Params DEFAULTS = new Params(20, 0.0, Metric.EUCLIDEAN, Algorithm.AUTO, 1);

    /** Validates. */
    public Params {
      Check.atLeast(nNeighbors, 1, "nNeighbors");
      if (!(contamination >= 0 && contamination <= 0.5)) {
        throw new IllegalArgumentException("contamination must be in (0, 0.5] (or 0 for automatic), got "
            + contamination);
      }
      Check.notNull(metric, "metric");
      Check.notNull(algorithm, "algorithm");
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another k. */
    public Params withNNeighbors(int k) {
      return new Params(k, contamination, metric, algorithm, nThreads);
    }

    /** With an expected outlier fraction. */
    public Params withContamination(double c) {
      return new Params(nNeighbors, c, metric, algorithm, nThreads);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LocalOutlierFactor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LocalOutlierFactor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LocalOutlierFactor withParams(Params p) {
    return new LocalOutlierFactor(p);
  }

  @Override
  public String name() {
    return "local_outlier_factor";
  }

  /**
   * Computes the training densities and scores ({@code y} ignored).
   *
   * @throws IllegalArgumentException on bad input or fewer than 2 rows
   */
  @Override
  public LocalOutlierFactorModel fit(Frame x, Target y) {
    Inputs in = Inputs.of(x, "LocalOutlierFactor");
    int n = in.n();
    if (n < 2) {
      throw new IllegalArgumentException("LocalOutlierFactor: needs at least 2 rows, got " + n);
    }
    int k = Math.min(params.nNeighbors(), n - 1);
    NeighborIndex index = NeighborIndex.build(in.rows(), n, in.p(), false, params.metric(), 2.0, params.algorithm(),
        30);
    // k + 1 neighbours of each training row, then drop the row itself (or, with duplicates, the first hit).
    int[] idx1 = new int[n * (k + 1)];
    double[] dist1 = new double[n * (k + 1)];
    index.kNearest(in.rows(), n, k + 1, params.nThreads(), idx1, dist1);
    int[] idx = new int[n * k];
    double[] dist = new double[n * k];
    for (int i = 0; i < n; i++) {
      int drop = 0;
      for (int r = 0; r <= k; r++) {
        if (idx1[i * (k + 1) + r] == i) {
          drop = r;
          break;
        }
      }
      int o = 0;
      for (int r = 0; r <= k; r++) {
        if (r != drop) {
          idx[i * k + o] = idx1[i * (k + 1) + r];
          dist[i * k + o] = dist1[i * (k + 1) + r];
          o++;
        }
      }
    }
    double[] kDistance = new double[n];
    for (int i = 0; i < n; i++) {
      kDistance[i] = dist[i * k + k - 1];
    }
    double[] lrd = LocalOutlierFactorModel.lrd(idx, dist, n, k, kDistance);
    double[] nof = LocalOutlierFactorModel.negativeFactor(idx, n, k, lrd, lrd);
    double offset;
    if (params.contamination() == 0) {
      offset = -1.5;
    } else {
      offset = percentile(nof, 100 * params.contamination());
    }
    return new LocalOutlierFactorModel(x.schema(), in.rows(), in.p(), k, kDistance, lrd, nof, offset, params,
        Provenance.of(name(), params, x, y, 0L));
  }

  /** NumPy's default (linear interpolation) percentile. */
  static double percentile(double[] v, double q) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    double pos = q / 100 * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }
}
