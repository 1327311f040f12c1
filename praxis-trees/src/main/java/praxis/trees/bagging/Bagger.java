package praxis.trees.bagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.io.State;
import praxis.trees.internal.ForestEngine;
import praxis.trees.internal.TreeSupport;

/** Draws the row and feature samples of each bagged member and fits the members in parallel. */
final class Bagger {
  private Bagger() {}

  static void check(int nEstimators, double maxSamples, double maxFeatures, int nThreads) {
    Check.atLeast(nEstimators, 1, "nEstimators");
    if (!(maxSamples > 0 && maxSamples <= 1)) {
      throw new IllegalArgumentException("maxSamples must be a fraction in (0, 1] of the rows but was " + maxSamples);
    }
    if (!(maxFeatures > 0 && maxFeatures <= 1)) {
      throw new IllegalArgumentException("maxFeatures must be a fraction in (0, 1] of the columns but was "
          + maxFeatures);
    }
    Check.atLeast(nThreads, 1, "nThreads");
  }

  /** One member's sample: row indices (repeats allowed) and sorted distinct feature indices. */
  record Draw(int[] rows, int[] features, boolean[] inBag) {}

  static Draw draw(long seed, int n, int p, double maxSamples, double maxFeatures, boolean bootstrap,
      boolean bootstrapFeatures) {
    SplittableRandom rng = new SplittableRandom(seed);
    int m = Math.max(1, (int) Math.round(maxSamples * n));
    int[] rows = new int[m];
    if (bootstrap) {
      for (int i = 0; i < m; i++) {
        rows[i] = rng.nextInt(n);
      }
    } else {
      rows = sampleWithoutReplacement(rng, n, m);
    }
    Arrays.sort(rows);
    int q = Math.max(1, (int) (maxFeatures * p));
    int[] feats;
    if (bootstrapFeatures) {
      boolean[] used = new boolean[p];
      for (int i = 0; i < q; i++) {
        used[rng.nextInt(p)] = true;
      }
      feats = java.util.stream.IntStream.range(0, p).filter(j -> used[j]).toArray();
    } else {
      feats = sampleWithoutReplacement(rng, p, q);
      Arrays.sort(feats);
    }
    boolean[] inBag = new boolean[n];
    for (int r : rows) {
      inBag[r] = true;
    }
    return new Draw(rows, feats, inBag);
  }

  private static int[] sampleWithoutReplacement(SplittableRandom rng, int n, int m) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < m; i++) {
      int j = i + rng.nextInt(n - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return Arrays.copyOf(perm, m);
  }

  /** Fits every member on its draw; results in member order whatever the thread count. */
  static Model[] fit(Estimator<?, ?> base, Frame x, Target y, Draw[] draws, int nThreads) {
    Model[] out = new Model[draws.length];
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Runnable worker = () -> {
      int t;
      while ((t = next.getAndIncrement()) < draws.length) {
        Draw d = draws[t];
        out[t] = base.fit(x.rows(d.rows()).selectIndices(d.features()), y.rows(d.rows()));
      }
    };
    int threads = Math.max(1, Math.min(nThreads, draws.length));
    if (threads == 1) {
      worker.run();
      return out;
    }
    ExecutorService ex = Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, "praxis-bagging");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        fs.add(ex.submit(worker));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bagging was interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("bagging failed: " + e.getCause(), e.getCause());
    } finally {
      ex.shutdownNow();
    }
    return out;
  }

  static Draw[] draws(long seed, int nEstimators, int n, int p, double maxSamples, double maxFeatures,
      boolean bootstrap, boolean bootstrapFeatures) {
    long[] seeds = ForestEngine.seeds(seed, nEstimators);
    Draw[] d = new Draw[nEstimators];
    for (int t = 0; t < nEstimators; t++) {
      d[t] = draw(seeds[t], n, p, maxSamples, maxFeatures, bootstrap, bootstrapFeatures);
    }
    return d;
  }

  static void requireRows(Frame x, Target y, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (x.rowCount() != y.size()) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + y.size()
          + "; pass the target of the same rows");
    }
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
  }

  static State.Builder members(State.Builder b, Model[] models, int[][] features) {
    List<State> ms = new ArrayList<>();
    for (Model m : models) {
      ms.add(m.toState());
    }
    int[] offsets = new int[models.length + 1];
    for (int t = 0; t < models.length; t++) {
      offsets[t + 1] = offsets[t] + features[t].length;
    }
    int[] flat = new int[offsets[models.length]];
    for (int t = 0; t < models.length; t++) {
      System.arraycopy(features[t], 0, flat, offsets[t], features[t].length);
    }
    return b.putStates("members", ms).put("featureOffsets", offsets).put("features", flat);
  }

  static Model[] readMembers(State s) {
    List<State> ms = s.getStates("members");
    TreeSupport.require(!ms.isEmpty(), s, "no members");
    Model[] out = new Model[ms.size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = ModelIO.fromState(ms.get(t));
    }
    return out;
  }

  static int[][] readFeatures(State s, int members, int p) {
    int[] off = s.getInts("featureOffsets");
    int[] flat = s.getInts("features");
    TreeSupport.require(off.length == members + 1 && off[members] == flat.length, s, "feature index table");
    int[][] out = new int[members][];
    for (int t = 0; t < members; t++) {
      out[t] = Arrays.copyOfRange(flat, off[t], off[t + 1]);
      for (int j : out[t]) {
        TreeSupport.require(j >= 0 && j < p, s, "feature index " + j + " of " + p);
      }
    }
    return out;
  }
}
