package praxis.neighbors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brute-force k-nearest-neighbour search over a row-major training matrix, parallel over query rows.
 * Neighbours are ordered by distance, ties by training index, so results do not depend on the thread count.
 */
final class NeighborSearch {
  private final double[] train; // row-major n x p
  private final double[] trainNorms; // for COSINE
  private final int n;
  private final int p;
  private final Metric metric;
  private final double power;

  NeighborSearch(double[] trainRowMajor, int n, int p, Metric metric, double power) {
    this.train = trainRowMajor;
    this.n = n;
    this.p = p;
    this.metric = metric;
    this.power = power;
    this.trainNorms = new double[metric == Metric.COSINE ? n : 0];
    if (metric == Metric.COSINE) {
      for (int r = 0; r < n; r++) {
        double s = 0;
        for (int j = 0; j < p; j++) {
          double v = train[r * p + j];
          s += v * v;
        }
        trainNorms[r] = Math.sqrt(s);
      }
    }
  }

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
   * The {@code k} nearest training rows of each query row ({@code query} row-major q x p): indices and
   * distances in {@code [row * k + rank]}, nearest first.
   */
  void search(double[] query, int q, int k, int nThreads, int[] idxOut, double[] distOut) {
    int threads = Math.max(1, Math.min(nThreads, q));
    if (threads == 1) {
      searchRange(query, 0, q, k, idxOut, distOut);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "praxis-knn");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      int chunk = (q + threads - 1) / threads;
      for (int t = 0; t < threads; t++) {
        int from = t * chunk;
        int to = Math.min(q, from + chunk);
        if (from >= to) {
          break;
        }
        futures.add(pool.submit(() -> searchRange(query, from, to, k, idxOut, distOut)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("neighbour search interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("neighbour search failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
  }

  private void searchRange(double[] query, int from, int to, int k, int[] idxOut, double[] distOut) {
    double[] bestD = new double[k];
    int[] bestI = new int[k];
    for (int qi = from; qi < to; qi++) {
      int qoff = qi * p;
      double qNorm = 0;
      if (metric == Metric.COSINE) {
        for (int j = 0; j < p; j++) {
          qNorm += query[qoff + j] * query[qoff + j];
        }
        qNorm = Math.sqrt(qNorm);
      }
      int size = 0;
      for (int r = 0; r < n; r++) {
        double d = distance(query, qoff, r, qNorm);
        // keep the k smallest (distance, index); training rows arrive in index order, so a strict
        // comparison keeps the earlier index among equal distances
        if (size < k) {
          int pos = size++;
          while (pos > 0 && bestD[pos - 1] > d) {
            bestD[pos] = bestD[pos - 1];
            bestI[pos] = bestI[pos - 1];
            pos--;
          }
          bestD[pos] = d;
          bestI[pos] = r;
        } else if (d < bestD[k - 1]) {
          int pos = k - 1;
          while (pos > 0 && bestD[pos - 1] > d) {
            bestD[pos] = bestD[pos - 1];
            bestI[pos] = bestI[pos - 1];
            pos--;
          }
          bestD[pos] = d;
          bestI[pos] = r;
        }
      }
      System.arraycopy(bestD, 0, distOut, qi * k, k);
      System.arraycopy(bestI, 0, idxOut, qi * k, k);
    }
  }

  private double distance(double[] query, int qoff, int r, double qNorm) {
    int toff = r * p;
    switch (metric) {
      case EUCLIDEAN: {
        double s = 0;
        for (int j = 0; j < p; j++) {
          double d = query[qoff + j] - train[toff + j];
          s += d * d;
        }
        return Math.sqrt(s);
      }
      case MANHATTAN: {
        double s = 0;
        for (int j = 0; j < p; j++) {
          s += Math.abs(query[qoff + j] - train[toff + j]);
        }
        return s;
      }
      case CHEBYSHEV: {
        double m = 0;
        for (int j = 0; j < p; j++) {
          m = Math.max(m, Math.abs(query[qoff + j] - train[toff + j]));
        }
        return m;
      }
      case MINKOWSKI: {
        double s = 0;
        for (int j = 0; j < p; j++) {
          s += Math.pow(Math.abs(query[qoff + j] - train[toff + j]), power);
        }
        return Math.pow(s, 1.0 / power);
      }
      case COSINE: {
        double tn = trainNorms[r];
        if (qNorm == 0 || tn == 0) {
          return 1.0;
        }
        double dot = 0;
        for (int j = 0; j < p; j++) {
          dot += query[qoff + j] * train[toff + j];
        }
        double d = 1.0 - dot / (qNorm * tn);
        return d < 0 ? 0.0 : (d > 2 ? 2.0 : d); // clipped to [0, 2] like scikit-learn

      }
      default:
        throw new IllegalStateException("unknown metric " + metric);
    }
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
