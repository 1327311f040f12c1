package praxis.cluster;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.cluster.internal.MergeTree;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Agglomerative (bottom-up hierarchical) clustering (U4) with Ward, complete, average or single linkage on
 * Euclidean distances, as scikit-learn 1.2's {@code AgglomerativeClustering}: the full merge tree is built as
 * SciPy builds it (nearest-neighbour chain with Lance–Williams updates; minimum spanning tree for single
 * linkage), so children, merge distances and the flat labels of a cut (by cluster count, numbered as
 * scikit-learn numbers them, or by a distance threshold) are the same. The model keeps the tree for a
 * dendrogram and assigns new rows to the cluster of their nearest training row. Memory O(n²/2), time O(n²).
 *
 * <pre>{@code
 * AgglomerativeModel m = new AgglomerativeClustering(AgglomerativeClustering.Params.DEFAULTS.withNClusters(3))
 *     .fit(x, Target.none(x.rowCount()));
 * int[] labels = m.labels();
 * int[] cutAt5 = m.cutAtDistance(5.0);
 * double[][] merges = m.merges();          // child a, child b, distance, size
 * }</pre>
 */
public final class AgglomerativeClustering implements Estimator<AgglomerativeClustering.Params, AgglomerativeModel> {
  /** Linkage criterion: how the distance between two clusters is defined. */
  public enum Linkage {
    /** Minimum increase of within-cluster variance. */
    WARD,
    /** Largest pairwise distance. */
    COMPLETE,
    /** Mean pairwise distance. */
    AVERAGE,
    /** Smallest pairwise distance. */
    SINGLE
  }

  /**
   * Hyperparameters.
   *
   * @param nClusters clusters of the cut (&gt;= 1; ignored when distanceThreshold &gt; 0)
   * @param linkage merge criterion
   * @param distanceThreshold when &gt; 0: cut where merge distances reach this value instead of a fixed count
   */
  public record Params(int nClusters, Linkage linkage, double distanceThreshold) implements praxis.api.Params {
    /** 2 clusters, Ward linkage (scikit-learn). */
    public static final Params DEFAULTS = new Params(2, Linkage.WARD, 0.0);

    /** Validates. */
    public Params {
      Check.atLeast(nClusters, 1, "nClusters");
      Check.notNull(linkage, "linkage");
      Check.nonNegative(distanceThreshold, "distanceThreshold");
    }

    /** With another cluster count. */
    public Params withNClusters(int k) {
      return new Params(k, linkage, distanceThreshold);
    }

    /** With another linkage. */
    public Params withLinkage(Linkage m) {
      return new Params(nClusters, m, distanceThreshold);
    }

    /** Cut by merge distance instead of count. */
    public Params withDistanceThreshold(double t) {
      return new Params(nClusters, linkage, t);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public AgglomerativeClustering() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public AgglomerativeClustering(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public AgglomerativeClustering withParams(Params p) {
    return new AgglomerativeClustering(p);
  }

  @Override
  public String name() {
    return "agglomerative";
  }

  /**
   * Builds the tree and cuts it ({@code y} ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, or more clusters than rows
   */
  @Override
  public AgglomerativeModel fit(Frame x, Target y) {
    ClusterInputs in = ClusterInputs.of(x, null, params.distanceThreshold() > 0 ? 1 : params.nClusters(),
        "AgglomerativeClustering");
    int n = in.n;
    double[] z = n > 1 ? MergeTree.tree(in.x, n, in.p, params.linkage()) : new double[0];
    int k;
    if (params.distanceThreshold() > 0) {
      k = 1;
      for (int i = 0; i < n - 1; i++) {
        if (z[i * 3 + 2] >= params.distanceThreshold()) {
          k++;
        }
      }
    } else {
      k = params.nClusters();
    }
    int[] labels = n > 1 ? MergeTree.cut(z, n, k) : new int[1];
    return new AgglomerativeModel(x.schema(), in.x, in.p, z, labels, k,
        Provenance.of(name(), params, x, y, 0L));
  }
}
