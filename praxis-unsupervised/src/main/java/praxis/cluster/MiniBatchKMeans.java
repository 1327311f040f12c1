package praxis.cluster;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.cluster.internal.KMeansKernels;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * Mini-batch k-means (Sculley 2010) for large data: each step assigns a random batch of rows (drawn with
 * replacement) to the nearest centers and moves every center towards the mean of its batch rows with a
 * per-center learning rate {@code batchWeight / totalWeightSeen}, so a step costs O(batchSize k p) instead of
 * O(n k p). As scikit-learn's {@code MiniBatchKMeans}: k-means++ seeding on a subset of {@code 3 *
 * batchSize} rows, the best of {@code nInit} seedings judged on that subset, early stopping when the
 * exponentially weighted batch inertia has not improved for {@code maxNoImprovement} steps, and
 * re-seeding of centers that receive far fewer rows than the busiest one ({@code reassignmentRatio}). The
 * final inertia is computed on all rows. Results are close to, not identical with, full {@link KMeans}.
 *
 * <pre>{@code
 * KMeansModel m = new MiniBatchKMeans(MiniBatchKMeans.Params.DEFAULTS.withNClusters(10)).fit(big, Target.none(n));
 * }</pre>
 */
public final class MiniBatchKMeans implements Estimator<MiniBatchKMeans.Params, KMeansModel> {
  /**
   * Hyperparameters.
   *
   * @param nClusters number of clusters (&gt;= 1)
   * @param batchSize rows per step (&gt;= 1)
   * @param maxEpochs passes over the data (steps = maxEpochs * n / batchSize, at least 1) (&gt;= 1)
   * @param nInit seedings compared on the init subset (&gt;= 1)
   * @param maxNoImprovement steps without improvement of the smoothed batch inertia before stopping (0 = never)
   * @param reassignmentRatio centers with fewer than this fraction of the largest count are re-seeded (&gt;= 0)
   * @param seed random seed
   */
  public record Params(int nClusters, int batchSize, int maxEpochs, int nInit, int maxNoImprovement,
      double reassignmentRatio, long seed) implements praxis.api.Params {
    /** k = 8, batch 1024, 100 epochs, 3 seedings, 10 steps patience, ratio 0.01, seed 0 (scikit-learn 1.2). */
    public static final Params DEFAULTS = new Params(8, 1024, 100, 3, 10, 0.01, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nClusters, 1, "nClusters");
      Check.atLeast(batchSize, 1, "batchSize");
      Check.atLeast(maxEpochs, 1, "maxEpochs");
      Check.atLeast(nInit, 1, "nInit");
      Check.atLeast(maxNoImprovement, 0, "maxNoImprovement");
      Check.nonNegative(reassignmentRatio, "reassignmentRatio");
    }

    /** With another k. */
    public Params withNClusters(int k) {
      return new Params(k, batchSize, maxEpochs, nInit, maxNoImprovement, reassignmentRatio, seed);
    }

    /** With another batch size. */
    public Params withBatchSize(int b) {
      return new Params(nClusters, b, maxEpochs, nInit, maxNoImprovement, reassignmentRatio, seed);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nClusters, batchSize, maxEpochs, nInit, maxNoImprovement, reassignmentRatio, s);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public MiniBatchKMeans() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public MiniBatchKMeans(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public MiniBatchKMeans withParams(Params p) {
    return new MiniBatchKMeans(p);
  }

  @Override
  public String name() {
    return "minibatch_kmeans";
  }

  @Override
  public KMeansModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /** Fits with per-row weights (null = all 1). */
  public KMeansModel fit(Frame x, Target y, double[] sampleWeight) {
    ClusterInputs in = ClusterInputs.of(x, sampleWeight, params.nClusters(), "MiniBatchKMeans");
    int n = in.n;
    int p = in.p;
    int k = params.nClusters();
    NumpyRandom rnd = new NumpyRandom(params.seed());
    // Seeding on a subset, best of nInit by inertia on that subset.
    int initSize = Math.min(n, Math.max(3 * params.batchSize(), k));
    int[] initRows = new int[initSize];
    if (initSize == n) {
      initRows = NumpyRandom.arange(n);
    } else {
      for (int t = 0; t < initSize; t++) {
        initRows[t] = rnd.interval(n - 1);
      }
    }
    double[] sub = gather(in.x, p, initRows);
    double[] subW = new double[initSize];
    for (int t = 0; t < initSize; t++) {
      subW[t] = in.w[initRows[t]];
    }
    double[] centers = null;
    double bestInertia = Double.POSITIVE_INFINITY;
    for (int r = 0; r < params.nInit(); r++) {
      double[] c = KMeansKernels.plusPlus(sub, initSize, p, k, rnd);
      double inertia = KMeansKernels.assign(sub, initSize, p, subW, c, k, new int[initSize], null);
      if (inertia < bestInertia) {
        bestInertia = inertia;
        centers = c;
      }
    }
    int b = Math.min(params.batchSize(), n);
    long steps = Math.max(1L, (long) params.maxEpochs() * n / b);
    double[] seen = new double[k];
    int[] batch = new int[b];
    int[] labels = new int[b];
    double[] bx = new double[b * p];
    double[] bw = new double[b];
    double[] sums = new double[k * p];
    double[] bweight = new double[k];
    double ewa = Double.NaN;
    double ewaMin = Double.POSITIVE_INFINITY;
    int noImprovement = 0;
    double alpha = Math.min(1.0, 2.0 * b / (n + 1.0));
    int iterations = 0;
    int sinceReassign = 0;
    for (long step = 0; step < steps; step++) {
      for (int t = 0; t < b; t++) {
        batch[t] = rnd.interval(n - 1);
        System.arraycopy(in.x, batch[t] * p, bx, t * p, p);
        bw[t] = in.w[batch[t]];
      }
      double batchInertia = KMeansKernels.assign(bx, b, p, bw, centers, k, labels, null);
      Arrays.fill(sums, 0.0);
      Arrays.fill(bweight, 0.0);
      for (int t = 0; t < b; t++) {
        int c = labels[t];
        bweight[c] += bw[t];
        for (int j = 0; j < p; j++) {
          sums[c * p + j] += bw[t] * bx[t * p + j];
        }
      }
      for (int c = 0; c < k; c++) {
        if (bweight[c] > 0) {
          double total = seen[c] + bweight[c];
          for (int j = 0; j < p; j++) {
            centers[c * p + j] = (centers[c * p + j] * seen[c] + sums[c * p + j]) / total;
          }
          seen[c] = total;
        }
      }
      iterations++;
      if (params.reassignmentRatio() > 0 && ++sinceReassign > (10 * k) / b) {
        reassign(centers, seen, bx, b, p, k, rnd);
        sinceReassign = 0;
      }
      double normalized = batchInertia / b;
      ewa = Double.isNaN(ewa) ? normalized : ewa * (1 - alpha) + normalized * alpha;
      if (ewa < ewaMin) {
        ewaMin = ewa;
        noImprovement = 0;
      } else if (params.maxNoImprovement() > 0 && ++noImprovement >= params.maxNoImprovement()) {
        break;
      }
    }
    int[] all = new int[n];
    double inertia = KMeansKernels.assign(in.x, n, p, in.w, centers, k, all, null);
    return new KMeansModel(x.schema(), centers, p, inertia, iterations,
        Provenance.of(name(), params, x, y, params.seed()));
  }

  /**
   * Re-seeds centers that have seen fewer rows than {@code reassignmentRatio} times the busiest one with
   * random rows of the current batch; their counts become the smallest count among the kept centers.
   */
  private void reassign(double[] centers, double[] seen, double[] bx, int b, int p, int k, NumpyRandom rnd) {
    double max = 0;
    for (double s : seen) {
      max = Math.max(max, s);
    }
    double limit = params.reassignmentRatio() * max;
    double minKept = Double.POSITIVE_INFINITY;
    int moved = 0;
    for (int c = 0; c < k; c++) {
      if (seen[c] < limit) {
        moved++;
      } else {
        minKept = Math.min(minKept, seen[c]);
      }
    }
    if (moved == 0 || moved == k) {
      return;
    }
    for (int c = 0; c < k; c++) {
      if (seen[c] < limit) {
        int t = rnd.interval(b - 1);
        System.arraycopy(bx, t * p, centers, c * p, p);
        seen[c] = minKept;
      }
    }
  }

  private static double[] gather(double[] x, int p, int[] rows) {
    double[] out = new double[rows.length * p];
    for (int t = 0; t < rows.length; t++) {
      System.arraycopy(x, rows[t] * p, out, t * p, p);
    }
    return out;
  }
}
