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
 * A fitted {@link DBSCAN}: training labels (−1 = noise), the core samples and their clusters. New rows get
 * the cluster of their nearest core sample within {@code eps}, or −1.
 *
 * <pre>{@code
 * DBSCANModel m = new DBSCAN().fit(x, Target.none(x.rowCount()));
 * int clusters = m.clusterCount();
 * int[] assigned = m.predict(newRows);
 * }</pre>
 */
public final class DBSCANModel implements Clusterer {
  static final String TYPE = "dbscan";
  private final Schema schema;
  private final int[] labels;
  private final int[] coreIndices;
  private final double[] coreRows;
  private final int p;
  private final int clusters;
  private final DBSCAN.Params params;
  private final Provenance provenance;
  // built on the first predict (fit itself never needs it)
  private volatile NeighborIndex coreIndex;

  DBSCANModel(Schema schema, double[] rows, int p, boolean[] core, int[] labels, int clusters, DBSCAN.Params params,
      Provenance provenance) {
    this(schema, labels, coreIndices(core), gatherCore(rows, p, core), p, clusters, params, provenance);
  }

  private DBSCANModel(Schema schema, int[] labels, int[] coreIndices, double[] coreRows, int p, int clusters,
      DBSCAN.Params params, Provenance provenance) {
    this.schema = schema;
    this.labels = labels;
    this.coreIndices = coreIndices;
    this.coreRows = coreRows;
    this.p = p;
    this.clusters = clusters;
    this.params = params;
    this.provenance = provenance;
  }

  /** The index over the core samples, built once on first use (null when there are none). */
  private NeighborIndex coreIndex() {
    NeighborIndex idx = coreIndex;
    if (idx == null && coreIndices.length > 0) {
      synchronized (this) {
        idx = coreIndex;
        if (idx == null) {
          idx = NeighborIndex.build(coreRows, coreIndices.length, p, false, params.metric(), params.p(),
              params.algorithm(), params.leafSize());
          coreIndex = idx;
        }
      }
    }
    return idx;
  }

  private static int[] coreIndices(boolean[] core) {
    int c = 0;
    for (boolean b : core) {
      c += b ? 1 : 0;
    }
    int[] out = new int[c];
    int o = 0;
    for (int i = 0; i < core.length; i++) {
      if (core[i]) {
        out[o++] = i;
      }
    }
    return out;
  }

  private static double[] gatherCore(double[] rows, int p, boolean[] core) {
    int[] idx = coreIndices(core);
    double[] out = new double[idx.length * p];
    for (int t = 0; t < idx.length; t++) {
      System.arraycopy(rows, idx[t] * p, out, t * p, p);
    }
    return out;
  }

  /** Cluster of each training row (−1 = noise). */
  public int[] labels() {
    return labels.clone();
  }

  /** Indices of the core samples among the training rows, increasing. */
  public int[] coreSampleIndices() {
    return coreIndices.clone();
  }

  /** Number of clusters found (noise excluded). */
  public int clusterCount() {
    return clusters;
  }

  @Override
  public int[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "DBSCANModel input");
    x.requireFinite("DBSCANModel");
    int m = x.rowCount();
    int[] out = new int[m];
    java.util.Arrays.fill(out, -1);
    NeighborIndex index = coreIndex();
    if (index == null) {
      return out;
    }
    double[] cm = x.toColumnMajor();
    double[] q = new double[m * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < m; i++) {
        q[i * p + j] = cm[j * m + i];
      }
    }
    NeighborIndex.Neighbors[] hits = index.radius(q, m, params.eps(), params.nThreads());
    for (int i = 0; i < m; i++) {
      if (hits[i].size() > 0) {
        out[i] = labels[coreIndices[hits[i].indices()[0]]];
      }
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
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("labels", labels).put("coreIndices", coreIndices).put("coreRows", coreRows).put("clusters", clusters)
        .put("eps", params.eps()).put("minSamples", params.minSamples()).put("metric", params.metric().name())
        .put("p", params.p()).put("leafSize", params.leafSize()).build();
  }

  /**
   * Reads {@code dbscan} model state.
   *
   * <pre>{@code
   * DBSCANModel m = (DBSCANModel) ModelIO.load(Path.of("dbscan.praxis"));
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
    public DBSCANModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      int[] core = s.getInts("coreIndices");
      double[] rows = s.getDoubles("coreRows");
      if (rows.length != core.length * schema.size()) {
        throw new ModelFormatException("inconsistent 'dbscan' model state: " + core.length + " core samples but "
            + rows.length + " values");
      }
      Metric metric;
      try {
        metric = Metric.valueOf(s.getString("metric"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'dbscan' model state: unknown metric '" + s.getString("metric")
            + "'");
      }
      DBSCAN.Params params = new DBSCAN.Params(s.getDouble("eps"), s.getInt("minSamples"), metric, s.getDouble("p"),
          Algorithm.AUTO, s.getInt("leafSize"), 1);
      return new DBSCANModel(schema, s.getInts("labels"), core, rows, schema.size(), s.getInt("clusters"), params,
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
