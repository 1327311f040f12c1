package praxis.cluster;

import praxis.api.Clusterer;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;

/**
 * A fitted {@link OPTICS}: the visiting order, reachabilities, core distances and predecessors (all indexed by
 * training row, as scikit-learn's {@code ordering_}, {@code reachability_}, {@code core_distances_},
 * {@code predecessor_}), the training labels (−1 = noise) and, for the XI extraction, the cluster hierarchy.
 *
 * <p>scikit-learn's OPTICS has no {@code predict}; here a new row gets the label of its nearest training row
 * (ties: the smallest row index), so a training row predicts its own label unless it duplicates an earlier
 * row.
 *
 * <pre>{@code
 * OPTICSModel m = new OPTICS().fit(x, Target.none(x.rowCount()));
 * int[] order = m.ordering();
 * double[] plot = m.reachabilityPlot();
 * int[] assigned = m.predict(newRows);
 * }</pre>
 */
public final class OPTICSModel implements Clusterer {
  static final String TYPE = "optics";
  private final Schema schema;
  private final double[] rows;
  private final int p;
  private final int[] labels;
  private final int clusters;
  private final int[] ordering;
  private final double[] reachability;
  private final double[] coreDistances;
  private final int[] predecessor;
  private final int[][] hierarchy;
  private final OPTICS.Params params;
  private final Provenance provenance;
  // built on the first predict (fit itself never needs it)
  private volatile NeighborIndex index;

  OPTICSModel(Schema schema, double[] rows, int p, int[] labels, int clusters, int[] ordering,
      double[] reachability, double[] coreDistances, int[] predecessor, int[][] hierarchy, OPTICS.Params params,
      Provenance provenance) {
    this.schema = schema;
    this.rows = rows;
    this.p = p;
    this.labels = labels;
    this.clusters = clusters;
    this.ordering = ordering;
    this.reachability = reachability;
    this.coreDistances = coreDistances;
    this.predecessor = predecessor;
    this.hierarchy = hierarchy;
    this.params = params;
    this.provenance = provenance;
  }

  private NeighborIndex index() {
    NeighborIndex idx = index;
    if (idx == null) {
      synchronized (this) {
        idx = index;
        if (idx == null) {
          idx = NeighborIndex.build(rows, labels.length, p, false, params.metric(), params.p(), params.algorithm(),
              params.leafSize());
          index = idx;
        }
      }
    }
    return idx;
  }

  /** Cluster of each training row (−1 = noise). */
  public int[] labels() {
    return labels.clone();
  }

  /** Number of clusters in {@link #labels()} (noise excluded). */
  public int clusterCount() {
    return clusters;
  }

  /** Training row indices in visiting order ({@code ordering_}). */
  public int[] ordering() {
    return ordering.clone();
  }

  /** Reachability of each training row ({@code reachability_}; infinity for the first row of each component). */
  public double[] reachability() {
    return reachability.clone();
  }

  /** Reachabilities in visiting order: the reachability plot. */
  public double[] reachabilityPlot() {
    double[] out = new double[ordering.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = reachability[ordering[i]];
    }
    return out;
  }

  /** Core distance of each training row ({@code core_distances_}; infinity where above maxEps). */
  public double[] coreDistances() {
    return coreDistances.clone();
  }

  /** The row each training row was reached from ({@code predecessor_}; −1 for none). */
  public int[] predecessor() {
    return predecessor.clone();
  }

  /**
   * The XI clusters as inclusive {@code [start, end]} intervals of positions in {@link #ordering()}, smaller
   * (nested) clusters before the ones containing them ({@code cluster_hierarchy_}).
   *
   * @throws IllegalStateException when the model was fitted with the DBSCAN extraction
   */
  public int[][] clusterHierarchy() {
    if (hierarchy == null) {
      throw new IllegalStateException("OPTICSModel: clusterHierarchy() exists only for clusterMethod XI, this "
          + "model used " + params.clusterMethod());
    }
    int[][] out = new int[hierarchy.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = hierarchy[i].clone();
    }
    return out;
  }

  /** The hyperparameters of the fit. */
  public OPTICS.Params params() {
    return params;
  }

  @Override
  public int[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "OPTICSModel input");
    x.requireFinite("OPTICSModel");
    int m = x.rowCount();
    double[] cm = x.toColumnMajor();
    double[] q = new double[m * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < m; i++) {
        q[i * p + j] = cm[j * m + i];
      }
    }
    int[] idx = new int[m];
    double[] dist = new double[m];
    index().kNearest(q, m, 1, params.nThreads(), idx, dist);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = labels[idx[i]];
    }
    return out;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    int k = hierarchy == null ? 0 : hierarchy.length;
    int[] flat = new int[2 * k];
    for (int i = 0; i < k; i++) {
      flat[2 * i] = hierarchy[i][0];
      flat[2 * i + 1] = hierarchy[i][1];
    }
    OPTICS.Params pr = params;
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("rows", rows).put("labels", labels).put("clusters", clusters).put("ordering", ordering)
        .put("reachability", reachability).put("coreDistances", coreDistances).put("predecessor", predecessor)
        .put("hasHierarchy", hierarchy != null).put("hierarchy", flat).put("minSamples", pr.minSamples())
        .put("maxEps", pr.maxEps()).put("metric", pr.metric().name()).put("p", pr.p())
        .put("clusterMethod", pr.clusterMethod().name()).put("eps", pr.eps()).put("xi", pr.xi())
        .put("predecessorCorrection", pr.predecessorCorrection()).put("minClusterSize", pr.minClusterSize())
        .put("leafSize", pr.leafSize()).build();
  }

  /**
   * Reads {@code optics} model state.
   *
   * <pre>{@code
   * OPTICSModel m = (OPTICSModel) ModelIO.load(Path.of("optics.praxis"));
   * }</pre>
   */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public OPTICSModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      int p = schema.size();
      double[] rows = s.getDoubles("rows");
      int[] labels = s.getInts("labels");
      int n = labels.length;
      int[] ordering = s.getInts("ordering");
      double[] reach = s.getDoubles("reachability");
      double[] core = s.getDoubles("coreDistances");
      int[] pred = s.getInts("predecessor");
      int[] flat = s.getInts("hierarchy");
      if (rows.length != n * p || ordering.length != n || reach.length != n || core.length != n
          || pred.length != n || flat.length % 2 != 0) {
        throw new ModelFormatException("inconsistent 'optics' model state: " + n + " labels, " + rows.length
            + " row values for " + p + " columns, " + ordering.length + " ordering entries, " + reach.length
            + " reachabilities, " + core.length + " core distances, " + pred.length + " predecessors, "
            + flat.length + " hierarchy bounds");
      }
      for (int v : ordering) {
        if (v < 0 || v >= n) {
          throw new ModelFormatException("inconsistent 'optics' model state: ordering entry " + v
              + " outside [0, " + n + ")");
        }
      }
      int[][] hierarchy = null;
      if (s.getBoolean("hasHierarchy")) {
        hierarchy = new int[flat.length / 2][];
        for (int i = 0; i < hierarchy.length; i++) {
          hierarchy[i] = new int[] {flat[2 * i], flat[2 * i + 1]};
        }
      }
      Metric metric;
      OPTICS.ClusterMethod method;
      try {
        metric = Metric.valueOf(s.getString("metric"));
        method = OPTICS.ClusterMethod.valueOf(s.getString("clusterMethod"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'optics' model state: unknown metric '" + s.getString("metric")
            + "' or cluster method '" + s.getString("clusterMethod") + "'");
      }
      OPTICS.Params params = new OPTICS.Params(s.getInt("minSamples"), s.getDouble("maxEps"), metric,
          s.getDouble("p"), method, s.getDouble("eps"), s.getDouble("xi"), s.getBoolean("predecessorCorrection"),
          s.getInt("minClusterSize"), Algorithm.AUTO, s.getInt("leafSize"), 1);
      return new OPTICSModel(schema, rows, p, labels, s.getInt("clusters"), ordering, reach, core, pred, hierarchy,
          params, Provenance.fromState(s.getState("provenance")));
    }
  }
}
