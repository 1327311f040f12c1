package praxis.cluster;

import praxis.api.Clusterer;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.cluster.internal.KMeansKernels;
import praxis.cluster.internal.MergeTree;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link AgglomerativeClustering}: the merge tree over the training rows, their flat labels, and
 * the rows themselves so that {@link #predict} can give new rows the label of their nearest training row.
 *
 * <pre>{@code
 * AgglomerativeModel m = new AgglomerativeClustering().fit(x, Target.none(x.rowCount()));
 * int[] four = m.cut(4);
 * }</pre>
 */
public final class AgglomerativeModel implements Clusterer {
  static final String TYPE = "agglomerative";
  private final Schema schema;
  private final double[] rows;
  private final int p;
  private final double[] tree;
  private final int[] labels;
  private final int k;
  private final Provenance provenance;

  AgglomerativeModel(Schema schema, double[] rows, int p, double[] tree, int[] labels, int k, Provenance provenance) {
    this.schema = schema;
    this.rows = rows;
    this.p = p;
    this.tree = tree;
    this.labels = labels;
    this.k = k;
    this.provenance = provenance;
  }

  /** Number of clusters of the fitted cut. */
  public int clusterCount() {
    return k;
  }

  /** Cluster of each training row. */
  public int[] labels() {
    return labels.clone();
  }

  /**
   * The merges in order: {@code [i] = {child a, child b, distance, leaves}}; children below {@code n} are
   * training rows, child {@code n + j} is the cluster formed by merge {@code j} (SciPy's linkage matrix).
   */
  public double[][] merges() {
    int n = labels.length;
    double[][] out = new double[Math.max(0, n - 1)][4];
    int[] size = new int[2 * n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
    }
    for (int i = 0; i < n - 1; i++) {
      int a = (int) tree[i * 3];
      int b = (int) tree[i * 3 + 1];
      size[n + i] = size[a] + size[b];
      out[i][0] = a;
      out[i][1] = b;
      out[i][2] = tree[i * 3 + 2];
      out[i][3] = size[n + i];
    }
    return out;
  }

  /** Labels of the training rows for a cut into {@code clusters} clusters. */
  public int[] cut(int clusters) {
    int n = labels.length;
    if (clusters < 1 || clusters > n) {
      throw new IllegalArgumentException("cut: clusters must be in [1, " + n + "], got " + clusters);
    }
    return n > 1 ? MergeTree.cut(tree, n, clusters) : new int[1];
  }

  /** Labels of the training rows for the cut at merge distance {@code threshold}. */
  public int[] cutAtDistance(double threshold) {
    int c = 1;
    for (int i = 0; i + 1 < labels.length; i++) {
      if (tree[i * 3 + 2] >= threshold) {
        c++;
      }
    }
    return cut(c);
  }

  @Override
  public int[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "AgglomerativeModel input");
    x.requireFinite("AgglomerativeModel");
    int m = x.rowCount();
    int n = labels.length;
    double[] cm = x.toColumnMajor();
    double[] q = new double[p];
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        q[j] = cm[j * m + i];
      }
      int best = 0;
      double bd = Double.POSITIVE_INFINITY;
      for (int t = 0; t < n; t++) {
        double d = KMeansKernels.dist2(rows, t, q, 0, p);
        if (d < bd) {
          bd = d;
          best = t;
        }
      }
      out[i] = labels[best];
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
        .put("rows", rows).put("tree", tree).put("labels", labels).put("k", k).build();
  }

  /**
   * Reads {@code agglomerative} model state.
   *
   * <pre>{@code
   * AgglomerativeModel m = (AgglomerativeModel) ModelIO.load(Path.of("tree.praxis"));
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
    public AgglomerativeModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[] rows = s.getDoubles("rows");
      int[] labels = s.getInts("labels");
      double[] tree = s.getDoubles("tree");
      int p = schema.size();
      int n = labels.length;
      if (rows.length != n * p || tree.length != Math.max(0, n - 1) * 3) {
        throw new ModelFormatException("inconsistent 'agglomerative' model state: " + n + " labels but "
            + rows.length + " row values and " + tree.length + " tree entries");
      }
      return new AgglomerativeModel(schema, rows, p, tree, labels, s.getInt("k"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
