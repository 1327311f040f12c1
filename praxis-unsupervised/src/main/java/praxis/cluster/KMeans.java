package praxis.cluster;

import java.util.concurrent.ExecutorService;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.cluster.internal.KMeansKernels;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * k-means clustering (U1): minimizes the within-cluster sum of squared distances (inertia) by alternating
 * assignment and mean updates, restarted {@code nInit} times from k-means++ (or random-row) seeds, keeping the
 * run with the lowest inertia. Follows scikit-learn 1.2's {@code KMeans}: the seeds are drawn exactly as
 * scikit-learn draws them from {@code RandomState(seed)} (so the same integer seed gives the same
 * initial centers and, up to floating-point ties, the same clustering), the tolerance is relative to the
 * mean feature variance ({@code tol * mean(var(x))}), empty clusters are re-seeded with the farthest points,
 * and Lloyd stops on unchanged labels or a total squared center shift below the tolerance. The
 * {@code ELKAN} algorithm gives the same result with triangle-inequality pruning (faster for well-separated
 * clusters and moderate k). Sample weights are supported ({@link #fit(Frame, Target, double[])}).
 *
 * <p>Cost: O(n k p) per Lloyd iteration; memory O(n p) for a row-major copy (plus O(n k) bounds for
 * Elkan). Parallel over fixed row chunks with {@code nThreads}; identical results for any thread count.
 *
 * <pre>{@code
 * KMeansModel m = new KMeans(KMeans.Params.DEFAULTS.withNClusters(3)).fit(x, Target.none(x.rowCount()));
 * int[] cluster = m.predict(x);
 * double inertia = m.inertia();
 * Frame distances = m.transform(x);     // distance to each center
 * }</pre>
 */
public final class KMeans implements Estimator<KMeans.Params, KMeansModel> {
  /** Seeding strategy. */
  public enum Init {
    /** k-means++ (Arthur and Vassilvitskii 2007) with greedy local trials, as scikit-learn. */
    K_MEANS_PLUS_PLUS,
    /** {@code k} distinct rows chosen at random. */
    RANDOM
  }

  /** Iteration algorithm. */
  public enum Algorithm {
    /** Plain assignment/update iterations. */
    LLOYD,
    /** Elkan's exact triangle-inequality acceleration (same result as Lloyd). */
    ELKAN
  }

  /**
   * Hyperparameters.
   *
   * @param nClusters number of clusters k (&gt;= 1)
   * @param init seeding strategy
   * @param nInit number of seeded runs; the lowest inertia wins (&gt;= 1)
   * @param maxIter iterations per run (&gt;= 1)
   * @param tol relative tolerance on the total squared center shift (&gt;= 0)
   * @param algorithm Lloyd or Elkan
   * @param seed random seed (NumPy {@code RandomState} compatible)
   * @param nThreads worker threads (&gt;= 1)
   */
  public record Params(int nClusters, Init init, int nInit, int maxIter, double tol, Algorithm algorithm, long seed,
      int nThreads) implements praxis.api.Params {
    /** k = 8, k-means++, 10 runs, 300 iterations, tol 1e-4, Lloyd, seed 0, 1 thread (scikit-learn 1.2). */
    public static final Params DEFAULTS = new Params(8, Init.K_MEANS_PLUS_PLUS, 10, 300, 1e-4, Algorithm.LLOYD, 0L,
        1);

    /** Validates. */
    public Params {
      Check.atLeast(nClusters, 1, "nClusters");
      Check.notNull(init, "init");
      Check.atLeast(nInit, 1, "nInit");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      Check.notNull(algorithm, "algorithm");
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another k. */
    public Params withNClusters(int k) {
      return new Params(k, init, nInit, maxIter, tol, algorithm, seed, nThreads);
    }

    /** With another number of runs. */
    public Params withNInit(int n) {
      return new Params(nClusters, init, n, maxIter, tol, algorithm, seed, nThreads);
    }

    /** With another seeding. */
    public Params withInit(Init i) {
      return new Params(nClusters, i, nInit, maxIter, tol, algorithm, seed, nThreads);
    }

    /** With another algorithm. */
    public Params withAlgorithm(Algorithm a) {
      return new Params(nClusters, init, nInit, maxIter, tol, a, seed, nThreads);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nClusters, init, nInit, maxIter, tol, algorithm, s, nThreads);
    }

    /** With another thread count. */
    public Params withNThreads(int t) {
      return new Params(nClusters, init, nInit, maxIter, tol, algorithm, seed, t);
    }

    /** With another iteration cap. */
    public Params withMaxIter(int m) {
      return new Params(nClusters, init, nInit, m, tol, algorithm, seed, nThreads);
    }

    /** With another tolerance. */
    public Params withTol(double t) {
      return new Params(nClusters, init, nInit, maxIter, t, algorithm, seed, nThreads);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public KMeans() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public KMeans(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** With defaults and {@code k} clusters. */
  public static KMeans of(int k) {
    return new KMeans(Params.DEFAULTS.withNClusters(k));
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public KMeans withParams(Params p) {
    return new KMeans(p);
  }

  @Override
  public String name() {
    return "kmeans";
  }

  /** Fits with unit weights ({@code y} is ignored). */
  @Override
  public KMeansModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (null = all 1): the centers are weighted means and the inertia is weighted.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, fewer rows than clusters, or
   *     bad weights
   */
  public KMeansModel fit(Frame x, Target y, double[] sampleWeight) {
    ClusterInputs in = ClusterInputs.of(x, sampleWeight, params.nClusters(), "KMeans");
    Provenance prov = Provenance.of(name(), params, x, y, params.seed());
    KMeansKernels.Result best = run(in, params);
    return new KMeansModel(x.schema(), best.centers(), in.p, best.inertia(), best.iterations(), prov);
  }

  /** The best of {@code nInit} runs on prepared input (shared with the k-selection helpers). */
  static KMeansKernels.Result run(ClusterInputs in, Params params) {
    int k = params.nClusters();
    double tol = params.tol() * in.meanVariance();
    NumpyRandom rnd = new NumpyRandom(params.seed());
    ExecutorService pool = KMeansKernels.pool(params.nThreads());
    try {
      KMeansKernels.Result best = null;
      for (int r = 0; r < params.nInit(); r++) {
        double[] init = params.init() == Init.K_MEANS_PLUS_PLUS
            ? KMeansKernels.plusPlus(in.x, in.n, in.p, k, rnd)
            : KMeansKernels.randomRows(in.x, in.n, in.p, k, rnd);
        KMeansKernels.Result res = params.algorithm() == Algorithm.ELKAN
            ? KMeansKernels.elkan(in.x, in.n, in.p, in.w, init, k, params.maxIter(), tol, pool)
            : KMeansKernels.lloyd(in.x, in.n, in.p, in.w, init, k, params.maxIter(), tol, pool);
        if (best == null || res.inertia() < best.inertia()) {
          best = res;
        }
      }
      return best;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
