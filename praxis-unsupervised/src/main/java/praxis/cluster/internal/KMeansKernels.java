package praxis.cluster.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import praxis.select.internal.NumpyRandom;

/**
 * The k-means kernels on a row-major {@code n x p} array: k-means++ and random seeding drawn exactly as
 * scikit-learn 1.2's {@code _kmeans_plusplus} / random init from a NumPy {@code RandomState}, Lloyd
 * iterations, Elkan's exact accelerated iterations (triangle-inequality bounds), empty-cluster relocation
 * and inertia. Work is split into fixed chunks of {@value #CHUNK} rows; partial sums are merged in chunk
 * order, so results do not depend on the thread count.
 *
 * <pre>{@code
 * KMeansKernels.Result r = KMeansKernels.lloyd(x, n, p, w, init, k, 300, tol, pool);
 * }</pre>
 */
public final class KMeansKernels {
  /** Rows per work chunk (fixed, so sums do not depend on the thread count). */
  public static final int CHUNK = 256;

  private KMeansKernels() {}

  /**
   * One k-means run's outcome.
   *
   * @param centers row-major {@code k x p}
   * @param labels nearest center per row
   * @param inertia weighted sum of squared distances to the assigned centers
   * @param iterations iterations run
   */
  public record Result(double[] centers, int[] labels, double inertia, int iterations) {}

  /** Squared Euclidean distance between row {@code i} of {@code x} and row {@code c} of {@code centers}. */
  public static double dist2(double[] x, int i, double[] centers, int c, int p) {
    int a = i * p;
    int b = c * p;
    double s = 0;
    for (int j = 0; j < p; j++) {
      double d = x[a + j] - centers[b + j];
      s += d * d;
    }
    return s;
  }

  /**
   * k-means++ seeding as scikit-learn 1.2.1 ({@code _kmeans_plusplus}, sample weights ignored as there):
   * the first center uniformly, then per center {@code 2 + floor(ln k)} candidates drawn proportionally to
   * the current squared distance, keeping the candidate that lowers the potential most.
   */
  public static double[] plusPlus(double[] x, int n, int p, int k, NumpyRandom rnd) {
    double[] centers = new double[k * p];
    int trials = 2 + (int) Math.log(k);
    int first = rnd.interval(n - 1);
    System.arraycopy(x, first * p, centers, 0, p);
    double[] closest = new double[n];
    double pot = 0;
    for (int i = 0; i < n; i++) {
      closest[i] = dist2(x, i, centers, 0, p);
      pot += closest[i];
    }
    double[] cum = new double[n];
    double[] cand = new double[n];
    double[] best = new double[n];
    int[] ids = new int[trials];
    for (int c = 1; c < k; c++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += closest[i];
        cum[i] = s;
      }
      for (int t = 0; t < trials; t++) {
        double r = rnd.nextDouble() * pot;
        int id = searchSortedLeft(cum, r);
        ids[t] = Math.min(id, n - 1);
      }
      double bestPot = Double.POSITIVE_INFINITY;
      int bestId = -1;
      for (int t = 0; t < trials; t++) {
        int id = ids[t];
        double cp = 0;
        for (int i = 0; i < n; i++) {
          int a = i * p;
          int b = id * p;
          double d2 = 0;
          for (int j = 0; j < p; j++) {
            double d = x[a + j] - x[b + j];
            d2 += d * d;
          }
          double m = Math.min(closest[i], d2);
          cand[i] = m;
          cp += m;
        }
        if (cp < bestPot) {
          bestPot = cp;
          bestId = id;
          System.arraycopy(cand, 0, best, 0, n);
        }
      }
      pot = bestPot;
      System.arraycopy(best, 0, closest, 0, n);
      System.arraycopy(x, bestId * p, centers, c * p, p);
    }
    return centers;
  }

  /** Random seeding as scikit-learn: the first {@code k} rows of {@code RandomState.permutation(n)}. */
  public static double[] randomRows(double[] x, int n, int p, int k, NumpyRandom rnd) {
    int[] perm = rnd.permutation(n);
    double[] centers = new double[k * p];
    for (int c = 0; c < k; c++) {
      System.arraycopy(x, perm[c] * p, centers, c * p, p);
    }
    return centers;
  }

  /** numpy {@code searchsorted(a, v, side='left')}: the first index with {@code a[i] >= v}. */
  static int searchSortedLeft(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Runs {@code task(chunk)} for every chunk of rows, on {@code pool} when given. */
  static void forChunks(int n, ExecutorService pool, ChunkTask task) {
    int chunks = (n + CHUNK - 1) / CHUNK;
    if (pool == null || chunks == 1) {
      for (int ch = 0; ch < chunks; ch++) {
        task.run(ch, ch * CHUNK, Math.min(n, (ch + 1) * CHUNK));
      }
      return;
    }
    List<Future<?>> fs = new ArrayList<>(chunks);
    for (int ch = 0; ch < chunks; ch++) {
      int c = ch;
      fs.add(pool.submit(() -> task.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK))));
    }
    for (Future<?> f : fs) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("k-means interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(c);
      }
    }
  }

  /** Work on rows {@code [from, to)} of chunk {@code chunk}. */
  @FunctionalInterface
  interface ChunkTask {
    void run(int chunk, int from, int to);
  }

  /** A pool of {@code nThreads} daemon threads, or null for 1 (callers shut it down). */
  public static ExecutorService pool(int nThreads) {
    if (nThreads <= 1) {
      return null;
    }
    return Executors.newFixedThreadPool(nThreads, r -> {
      Thread t = new Thread(r, "praxis-kmeans");
      t.setDaemon(true);
      return t;
    });
  }

  /** Nearest center per row (first on ties) and the weighted inertia. */
  public static double assign(double[] x, int n, int p, double[] w, double[] centers, int k, int[] labels,
      ExecutorService pool) {
    int chunks = (n + CHUNK - 1) / CHUNK;
    double[] part = new double[chunks];
    forChunks(n, pool, (ch, from, to) -> {
      double s = 0;
      for (int i = from; i < to; i++) {
        int best = 0;
        double bd = dist2(x, i, centers, 0, p);
        for (int c = 1; c < k; c++) {
          double d = dist2(x, i, centers, c, p);
          if (d < bd) {
            bd = d;
            best = c;
          }
        }
        labels[i] = best;
        s += w[i] * bd;
      }
      part[ch] = s;
    });
    double total = 0;
    for (double v : part) {
      total += v;
    }
    return total;
  }

  /**
   * Weighted means of the rows of each cluster into {@code out} (row-major {@code k x p}); empty clusters are
   * re-seeded as scikit-learn does: with the rows farthest from their current center (which leave their old
   * cluster). {@code old} holds the centers the labels were computed from.
   */
  static void updateCenters(double[] x, int n, int p, double[] w, int[] labels, double[] old, int k, double[] out,
      ExecutorService pool) {
    int chunks = (n + CHUNK - 1) / CHUNK;
    double[][] sums = new double[chunks][];
    double[][] wsum = new double[chunks][];
    forChunks(n, pool, (ch, from, to) -> {
      double[] s = new double[k * p];
      double[] ws = new double[k];
      for (int i = from; i < to; i++) {
        int c = labels[i];
        double wi = w[i];
        ws[c] += wi;
        int a = i * p;
        int b = c * p;
        for (int j = 0; j < p; j++) {
          s[b + j] += wi * x[a + j];
        }
      }
      sums[ch] = s;
      wsum[ch] = ws;
    });
    Arrays.fill(out, 0.0);
    double[] weight = new double[k];
    for (int ch = 0; ch < chunks; ch++) {
      for (int t = 0; t < out.length; t++) {
        out[t] += sums[ch][t];
      }
      for (int c = 0; c < k; c++) {
        weight[c] += wsum[ch][c];
      }
    }
    relocateEmpty(x, n, p, w, labels, old, k, out, weight);
    for (int c = 0; c < k; c++) {
      if (weight[c] > 0) {
        double inv = 1.0 / weight[c];
        for (int j = 0; j < p; j++) {
          out[c * p + j] *= inv;
        }
      }
    }
  }

  private static void relocateEmpty(double[] x, int n, int p, double[] w, int[] labels, double[] old, int k,
      double[] sums, double[] weight) {
    int empty = 0;
    for (int c = 0; c < k; c++) {
      if (weight[c] == 0) {
        empty++;
      }
    }
    if (empty == 0) {
      return;
    }
    double[] d = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      d[i] = dist2(x, i, old, labels[i], p);
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> d[a] != d[b] ? Double.compare(d[b], d[a]) : Integer.compare(a, b));
    int t = 0;
    for (int c = 0; c < k; c++) {
      if (weight[c] != 0) {
        continue;
      }
      int far = order[t++];
      double wi = w[far];
      int from = labels[far];
      for (int j = 0; j < p; j++) {
        sums[from * p + j] -= x[far * p + j] * wi;
        sums[c * p + j] = x[far * p + j] * wi;
      }
      weight[c] = wi;
      weight[from] -= wi;
    }
  }

  /**
   * Lloyd's algorithm as scikit-learn's {@code _kmeans_single_lloyd}: stop when the labels no longer change
   * (strict convergence) or the total squared center shift is at most {@code tol}; afterwards labels are
   * recomputed from the final centers.
   */
  public static Result lloyd(double[] x, int n, int p, double[] w, double[] init, int k, int maxIter, double tol,
      ExecutorService pool) {
    double[] centers = init.clone();
    double[] next = new double[k * p];
    int[] labels = new int[n];
    int[] prev = new int[n];
    Arrays.fill(prev, -1);
    boolean strict = false;
    int it = 0;
    while (it < maxIter) {
      assign(x, n, p, w, centers, k, labels, pool);
      updateCenters(x, n, p, w, labels, centers, k, next, pool);
      it++;
      double shift = 0;
      for (int t = 0; t < next.length; t++) {
        double dd = next[t] - centers[t];
        shift += dd * dd;
      }
      double[] tmp = centers;
      centers = next;
      next = tmp;
      if (Arrays.equals(labels, prev)) {
        strict = true;
        break;
      }
      if (shift <= tol) {
        break;
      }
      System.arraycopy(labels, 0, prev, 0, n);
    }
    double inertia = assign(x, n, p, w, centers, k, labels, pool);
    return new Result(centers, labels, inertia, it);
  }

  /**
   * Elkan's exact accelerated k-means (Elkan 2003): per row an upper bound on the distance to its center and
   * lower bounds to every center, pruned with center–center distances; gives the same centers as
   * {@link #lloyd} (same stopping rules) with far fewer distance computations when clusters are separated.
   */
  public static Result elkan(double[] x, int n, int p, double[] w, double[] init, int k, int maxIter, double tol,
      ExecutorService pool) {
    double[] centers = init.clone();
    double[] next = new double[k * p];
    int[] labels = new int[n];
    int[] prev = new int[n];
    double[] upper = new double[n];
    double[] lower = new double[n * k];
    double[] cc = new double[k * k];
    double[] half = new double[k];
    centerDistances(centers, k, p, cc, half);
    // Initial assignment with bounds (distances, not squared).
    forChunks(n, pool, (ch, from, to) -> {
      for (int i = from; i < to; i++) {
        int best = 0;
        double bd = Math.sqrt(dist2(x, i, centers, 0, p));
        lower[i * k] = bd;
        for (int c = 1; c < k; c++) {
          if (bd > 0.5 * cc[best * k + c]) {
            double d = Math.sqrt(dist2(x, i, centers, c, p));
            lower[i * k + c] = d;
            if (d < bd) {
              bd = d;
              best = c;
            }
          }
        }
        labels[i] = best;
        upper[i] = bd;
      }
    });
    System.arraycopy(labels, 0, prev, 0, n);
    double[] cur = centers;
    int it = 0;
    double[] shiftPer = new double[k];
    while (it < maxIter) {
      updateCenters(x, n, p, w, labels, cur, k, next, pool);
      it++;
      double shift = 0;
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int j = 0; j < p; j++) {
          double dd = next[c * p + j] - cur[c * p + j];
          s += dd * dd;
        }
        shift += s;
        shiftPer[c] = Math.sqrt(s);
      }
      double[] tmp = cur;
      cur = next;
      next = tmp;
      double[] ctr = cur;
      centerDistances(ctr, k, p, cc, half);
      // Move the bounds with the centers, then re-assign with pruning.
      forChunks(n, pool, (ch, from, to) -> {
        for (int i = from; i < to; i++) {
          upper[i] += shiftPer[labels[i]];
          int off = i * k;
          for (int c = 0; c < k; c++) {
            lower[off + c] = Math.max(0, lower[off + c] - shiftPer[c]);
          }
          int a = labels[i];
          if (upper[i] <= half[a]) {
            continue;
          }
          boolean tight = false;
          for (int c = 0; c < k; c++) {
            if (c == a || upper[i] <= lower[off + c] || upper[i] <= 0.5 * cc[a * k + c]) {
              continue;
            }
            if (!tight) {
              upper[i] = Math.sqrt(dist2(x, i, ctr, a, p));
              lower[off + a] = upper[i];
              tight = true;
              if (upper[i] <= lower[off + c] || upper[i] <= 0.5 * cc[a * k + c]) {
                continue;
              }
            }
            double d = Math.sqrt(dist2(x, i, ctr, c, p));
            lower[off + c] = d;
            if (d < upper[i] || (d == upper[i] && c < a)) {
              a = c;
              upper[i] = d;
            }
          }
          labels[i] = a;
        }
      });
      if (Arrays.equals(labels, prev)) {
        break;
      }
      if (shift <= tol) {
        break;
      }
      System.arraycopy(labels, 0, prev, 0, n);
    }
    double inertia = assign(x, n, p, w, cur, k, labels, pool);
    return new Result(cur, labels, inertia, it);
  }

  private static void centerDistances(double[] centers, int k, int p, double[] cc, double[] half) {
    Arrays.fill(half, Double.POSITIVE_INFINITY);
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        double d = Math.sqrt(dist2(centers, a, centers, b, p));
        cc[a * k + b] = d;
        cc[b * k + a] = d;
        half[a] = Math.min(half[a], 0.5 * d);
        half[b] = Math.min(half[b], 0.5 * d);
      }
    }
  }
}
