package praxis.outlier;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Isolation forest (U11; Liu, Ting and Zhou 2008), as scikit-learn 1.2's {@code IsolationForest}: each of
 * {@code nEstimators} trees is grown on {@code maxSamples} rows drawn without replacement (default
 * {@code min(256, n)}) by splitting on a random non-constant feature at a uniform random threshold between
 * its node minimum and maximum, down to depth {@code ceil(log2(maxSamples))}. Anomalies are isolated in fewer
 * splits: the score is {@code −2^(−E[h(x)] / c(maxSamples))}, where {@code h} is the path length plus the
 * expected remaining length {@code c(size)} of the leaf's sample ({@code c(n) = 2 H(n − 1) − 2 (n − 1) / n}).
 * Threshold −0.5 ("auto"), or the {@code contamination} percentile of the training scores. Trees are built in
 * parallel with per-tree seeds split from {@code seed}: identical forests for any thread count.
 *
 * <pre>{@code
 * IsolationForestModel f = new IsolationForest().fit(x, Target.none(x.rowCount()));
 * double[] s = f.scoreSamples(x);       // about -1 for anomalies, about -0.5 or above for normal rows
 * int[] flags = f.predict(x);           // -1 = outlier
 * }</pre>
 */
public final class IsolationForest implements Estimator<IsolationForest.Params, IsolationForestModel> {
  /**
   * Hyperparameters.
   *
   * @param nEstimators trees (&gt;= 1)
   * @param maxSamples rows per tree (0 = min(256, n); capped at n)
   * @param contamination expected outlier fraction in (0, 0.5], or 0 for the fixed threshold −0.5 ("auto")
   * @param seed random seed
   * @param nThreads threads building trees and scoring
   */
  public record Params(int nEstimators, int maxSamples, double contamination, long seed, int nThreads)
      implements praxis.api.Params {
    /** 100 trees, 256 rows each, automatic threshold, seed 0, 1 thread (scikit-learn). */
    public static final Params DEFAULTS = new Params(100, 0, 0.0, 0L, 1);

    /** Validates. */
    public Params {
      Check.atLeast(nEstimators, 1, "nEstimators");
      Check.atLeast(maxSamples, 0, "maxSamples");
      if (!(contamination >= 0 && contamination <= 0.5)) {
        throw new IllegalArgumentException("contamination must be in (0, 0.5] (or 0 for automatic), got "
            + contamination);
      }
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nEstimators, maxSamples, contamination, s, nThreads);
    }

    /** With another thread count. */
    public Params withNThreads(int t) {
      return new Params(nEstimators, maxSamples, contamination, seed, t);
    }

    /** With an expected outlier fraction. */
    public Params withContamination(double c) {
      return new Params(nEstimators, maxSamples, c, seed, nThreads);
    }

    /** With another number of trees. */
    public Params withNEstimators(int t) {
      return new Params(t, maxSamples, contamination, seed, nThreads);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public IsolationForest() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public IsolationForest(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public IsolationForest withParams(Params p) {
    return new IsolationForest(p);
  }

  @Override
  public String name() {
    return "isolation_forest";
  }

  /**
   * Grows the forest ({@code y} ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input
   */
  @Override
  public IsolationForestModel fit(Frame x, Target y) {
    Inputs in = Inputs.of(x, "IsolationForest");
    int n = in.n();
    int psi = params.maxSamples() == 0 ? Math.min(256, n) : Math.min(params.maxSamples(), n);
    int maxDepth = (int) Math.ceil(Math.log(Math.max(psi, 2)) / Math.log(2));
    SplittableRandom master = new SplittableRandom(params.seed());
    long[] seeds = new long[params.nEstimators()];
    for (int t = 0; t < seeds.length; t++) {
      seeds[t] = master.nextLong();
    }
    IsolationTree[] trees = new IsolationTree[seeds.length];
    ExecutorService pool = params.nThreads() > 1 ? Executors.newFixedThreadPool(params.nThreads(), r -> {
      Thread th = new Thread(r, "praxis-iforest");
      th.setDaemon(true);
      return th;
    }) : null;
    try {
      if (pool == null) {
        for (int t = 0; t < trees.length; t++) {
          trees[t] = IsolationTree.grow(in.rows(), n, in.p(), psi, maxDepth, new SplittableRandom(seeds[t]));
        }
      } else {
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < trees.length; t++) {
          int tt = t;
          fs.add(pool.submit(() -> {
            trees[tt] = IsolationTree.grow(in.rows(), n, in.p(), psi, maxDepth, new SplittableRandom(seeds[tt]));
          }));
        }
        for (Future<?> f : fs) {
          f.get();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("IsolationForest interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("IsolationForest: tree construction failed: " + e.getCause(), e.getCause());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    IsolationForestModel model = new IsolationForestModel(x.schema(), trees, psi, -0.5,
        Provenance.of(name(), params, x, y, params.seed()));
    if (params.contamination() > 0) {
      double[] s = model.scoreRows(in.rows(), n);
      double offset = LocalOutlierFactor.percentile(s, 100 * params.contamination());
      model = new IsolationForestModel(x.schema(), trees, psi, offset, model.provenance());
    }
    return model;
  }
}
