package praxis.cluster;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;

/**
 * DBSCAN density clustering (U2; Ester et al. 1996), as scikit-learn 1.2's {@code DBSCAN}: a row is a
 * <em>core sample</em> when at least {@code minSamples} rows (itself included; or that much sample weight)
 * lie within distance {@code eps}; clusters are the connected components of core samples plus the non-core
 * rows within {@code eps} of them (a border row reachable from several clusters joins the first one found,
 * scanning core samples in row order); everything else is noise, label −1. Neighbourhoods come from the shared
 * {@link NeighborIndex} (k-d tree, ball tree or brute force, chosen by size and dimension). The model keeps
 * the core samples: {@link DBSCANModel#predict} gives a new row the cluster of its nearest core sample within
 * {@code eps}, or −1.
 *
 * <p>Cost: one radius query per row (O(n log n) for low dimension with a tree), memory O(total neighbours).
 * With the Euclidean k-d tree the n queries are answered together, leaf by leaf
 * ({@link NeighborIndex#selfRadiusIndices}); {@code nThreads} splits them over threads without changing the
 * labels. The index over the core samples used by {@link DBSCANModel#predict} is built on first use.
 *
 * <pre>{@code
 * DBSCANModel m = new DBSCAN(DBSCAN.Params.DEFAULTS.withEps(0.3).withMinSamples(10)).fit(x, Target.none(n));
 * int[] labels = m.labels();            // -1 = noise
 * int[] core = m.coreSampleIndices();
 * }</pre>
 */
public final class DBSCAN implements Estimator<DBSCAN.Params, DBSCANModel> {
  /**
   * Hyperparameters.
   *
   * @param eps neighbourhood radius (&gt; 0)
   * @param minSamples rows (or total weight) within eps, itself included, to make a core sample (&gt;= 1)
   * @param metric distance
   * @param p Minkowski exponent (for MINKOWSKI)
   * @param algorithm neighbour search
   * @param leafSize tree leaf size
   * @param nThreads threads for the radius queries
   */
  public record Params(double eps, int minSamples, Metric metric, double p, Algorithm algorithm, int leafSize,
      int nThreads) implements praxis.api.Params {
    /** eps 0.5, minSamples 5, Euclidean, automatic search, leaf 30, 1 thread (scikit-learn). */
    public static final Params DEFAULTS = new Params(0.5, 5, Metric.EUCLIDEAN, 2.0, Algorithm.AUTO, 30, 1);

    /** Validates. */
    public Params {
      Check.positive(eps, "eps");
      Check.atLeast(minSamples, 1, "minSamples");
      Check.notNull(metric, "metric");
      Check.notNull(algorithm, "algorithm");
      Check.atLeast(leafSize, 1, "leafSize");
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another radius. */
    public Params withEps(double e) {
      return new Params(e, minSamples, metric, p, algorithm, leafSize, nThreads);
    }

    /** With another core threshold. */
    public Params withMinSamples(int m) {
      return new Params(eps, m, metric, p, algorithm, leafSize, nThreads);
    }

    /** With another metric. */
    public Params withMetric(Metric m) {
      return new Params(eps, minSamples, m, p, algorithm, leafSize, nThreads);
    }

    /** With another search algorithm. */
    public Params withAlgorithm(Algorithm a) {
      return new Params(eps, minSamples, metric, p, a, leafSize, nThreads);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DBSCAN() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DBSCAN(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DBSCAN withParams(Params p) {
    return new DBSCAN(p);
  }

  @Override
  public String name() {
    return "dbscan";
  }

  @Override
  public DBSCANModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Clusters with per-row weights (null = 1 each): a row is core when the weight within eps reaches
   * minSamples.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or bad weights
   */
  public DBSCANModel fit(Frame x, Target y, double[] sampleWeight) {
    ClusterInputs in = ClusterInputs.of(x, sampleWeight, 1, "DBSCAN");
    int n = in.n;
    NeighborIndex index = NeighborIndex.build(in.x, n, in.p, false, params.metric(), params.p(), params.algorithm(),
        params.leafSize());
    // Neighbourhood sets only (no distances, no sorting): the labels do not depend on the order within a set.
    // The queries are the indexed rows themselves, which the k-d tree answers leaf by leaf.
    int[][] hoods = index.selfRadiusIndices(params.eps(), params.nThreads());
    boolean[] core = new boolean[n];
    for (int i = 0; i < n; i++) {
      double w = 0;
      for (int j : hoods[i]) {
        w += in.w[j];
      }
      core[i] = w >= params.minSamples();
    }
    int[] labels = new int[n];
    java.util.Arrays.fill(labels, -1);
    int[] stack = new int[n];
    int next = 0;
    for (int start = 0; start < n; start++) {
      if (labels[start] != -1 || !core[start]) {
        continue;
      }
      int sp = 0;
      int i = start;
      while (true) {
        if (labels[i] == -1) {
          labels[i] = next;
          if (core[i]) {
            for (int v : hoods[i]) {
              if (labels[v] == -1) {
                if (sp == stack.length) {
                  stack = java.util.Arrays.copyOf(stack, sp * 2);
                }
                stack[sp++] = v;
              }
            }
          }
        }
        if (sp == 0) {
          break;
        }
        i = stack[--sp];
      }
      next++;
    }
    return new DBSCANModel(x.schema(), in.x, in.p, core, labels, next, params,
        Provenance.of(name(), params, x, y, 0L));
  }
}
