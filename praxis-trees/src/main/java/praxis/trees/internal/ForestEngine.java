package praxis.trees.internal;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Grows the trees of a forest, in parallel over trees on an executor the call owns. Per-tree seeds are drawn
 * from the master seed in tree order before any work starts, and each tree's bootstrap and splits use only
 * its own seed, so the forest is identical for any thread count.
 *
 * <pre>{@code
 * ForestEngine.Result r = ForestEngine.grow(cfg, f, yc, null, w, 100, true, 1.0, seed, 2);
 * }</pre>
 */
public final class ForestEngine {
  private ForestEngine() {}

  /**
   * Grown trees.
   *
   * @param trees the trees
   * @param seeds per-tree seeds (the in-bag counts are {@link #inBag} of them)
   */
  public record Result(Tree[] trees, long[] seeds) {}

  /** Per-tree seeds derived from the master seed. */
  public static long[] seeds(long seed, int nTrees) {
    SplittableRandom master = new SplittableRandom(seed);
    long[] s = new long[nTrees];
    for (int t = 0; t < nTrees; t++) {
      s[t] = master.nextLong();
    }
    return s;
  }

  /** Number of rows drawn per tree. */
  public static int draws(int n, double maxSamples) {
    return Math.max(1, (int) Math.round(maxSamples * n));
  }

  /**
   * In-bag multiplicities of each row for a tree: a bootstrap sample of {@code draws} rows with replacement,
   * or all rows once without bootstrap.
   */
  public static int[] inBag(long treeSeed, int n, boolean bootstrap, int draws) {
    int[] c = new int[n];
    if (!bootstrap) {
      java.util.Arrays.fill(c, 1);
      return c;
    }
    SplittableRandom rng = new SplittableRandom(treeSeed);
    for (int i = 0; i < draws; i++) {
      c[rng.nextInt(n)]++;
    }
    return c;
  }

  /**
   * Grows {@code nTrees} trees.
   *
   * @param w sample weights (class weights applied)
   * @param nThreads worker threads (>= 1)
   */
  public static Result grow(Grower.Config cfg, Features f, int[] yc, double[] y, double[] w, int nTrees,
      boolean bootstrap, double maxSamples, long seed, int nThreads) {
    long[] seeds = seeds(seed, nTrees);
    Tree[] trees = new Tree[nTrees];
    int n = f.n;
    int draws = draws(n, maxSamples);
    // ranks (exact search) or bins (histogram search) are computed once, in parallel over features, and shared
    // by all trees
    if (cfg.maxBins() > 0) {
      f.bins(cfg.maxBins(), nThreads);
    } else if (!cfg.randomSplits()) {
      f.ranks(nThreads);
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      Grower g = new Grower(cfg, f, yc, y);
      double[] tw = new double[n];
      int t;
      while ((t = next.getAndIncrement()) < nTrees) {
        int[] c = inBag(seeds[t], n, bootstrap, draws);
        for (int i = 0; i < n; i++) {
          tw[i] = c[i] * w[i];
        }
        // the split randomness continues from a generator split off the tree seed, independent of the bootstrap
        SplittableRandom rng = new SplittableRandom(seeds[t] ^ 0x9E3779B97F4A7C15L);
        trees[t] = g.grow(TreeSupport.positiveRows(tw), tw, rng);
      }
    };
    int threads = Math.max(1, Math.min(nThreads, nTrees));
    if (threads == 1) {
      worker.run();
    } else {
      ExecutorService ex = Executors.newFixedThreadPool(threads, r -> {
        Thread th = new Thread(r, "praxis-forest");
        th.setDaemon(true);
        return th;
      });
      try {
        Future<?>[] fs = new Future<?>[threads];
        for (int i = 0; i < threads; i++) {
          fs[i] = ex.submit(worker);
        }
        for (Future<?> fu : fs) {
          fu.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("forest training was interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException("forest training failed: " + c, c);
      } finally {
        ex.shutdownNow();
      }
    }
    return new Result(trees, seeds);
  }

  /** Mean of the trees' normalized impurity importances, normalized. */
  public static double[] importances(Tree[] trees, int p) {
    double[] imp = new double[p];
    for (Tree t : trees) {
      double[] ti = t.importances(p);
      for (int j = 0; j < p; j++) {
        imp[j] += ti[j];
      }
    }
    Tree.normalize(imp);
    return imp;
  }

  /**
   * Proximities: {@code prox[a][b]} = fraction of trees in which rows {@code a} and {@code b} of {@code f}
   * reach the same leaf (Breiman 2001).
   */
  public static double[][] proximity(Tree[] trees, Features f) {
    int n = f.n;
    double[][] prox = new double[n][n];
    int[] leaf = new int[n];
    int[] order = new int[n];
    for (Tree t : trees) {
      for (int i = 0; i < n; i++) {
        leaf[i] = t.leaf(f, i);
      }
      // group rows by leaf: counting sort on leaf ids
      int[] start = new int[t.nodeCount() + 1];
      for (int i = 0; i < n; i++) {
        start[leaf[i] + 1]++;
      }
      for (int k = 0; k < t.nodeCount(); k++) {
        start[k + 1] += start[k];
      }
      int[] pos = start.clone();
      for (int i = 0; i < n; i++) {
        order[pos[leaf[i]]++] = i;
      }
      for (int k = 0; k < t.nodeCount(); k++) {
        for (int a = start[k]; a < start[k + 1]; a++) {
          double[] row = prox[order[a]];
          for (int b = start[k]; b < start[k + 1]; b++) {
            row[order[b]] += 1;
          }
        }
      }
    }
    for (double[] row : prox) {
      for (int j = 0; j < n; j++) {
        row[j] /= trees.length;
      }
    }
    return prox;
  }
}
