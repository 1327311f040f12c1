package praxis.cluster;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Clusterer;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.cluster.internal.KMeansKernels;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link KMeans} (or {@link MiniBatchKMeans}): the cluster centers. {@link #predict} assigns each
 * row to its nearest center; {@link #transform} gives the Euclidean distance to every center (columns
 * {@code distance_0 ... distance_{k-1}}), as scikit-learn's {@code KMeans.transform}.
 *
 * <pre>{@code
 * KMeansModel m = KMeans.of(3).fit(x, Target.none(x.rowCount()));
 * double[][] centers = m.centers();
 * double testInertia = m.inertia(test);
 * }</pre>
 */
public final class KMeansModel implements Clusterer, Transformer {
  static final String TYPE = "kmeans";
  private final Schema schema;
  private final Schema output;
  private final double[] centers;
  private final int k;
  private final int p;
  private final double inertia;
  private final int iterations;
  private final Provenance provenance;

  KMeansModel(Schema schema, double[] centers, int p, double inertia, int iterations, Provenance provenance) {
    this.schema = schema;
    this.centers = centers.clone();
    this.p = p;
    this.k = centers.length / p;
    this.inertia = inertia;
    this.iterations = iterations;
    this.provenance = provenance;
    List<Field> fields = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      fields.add(Field.numeric("distance_" + c));
    }
    this.output = new Schema(fields);
  }

  /** Cluster centers {@code [cluster][feature]}. */
  public double[][] centers() {
    double[][] out = new double[k][p];
    for (int c = 0; c < k; c++) {
      System.arraycopy(centers, c * p, out[c], 0, p);
    }
    return out;
  }

  /** Number of clusters. */
  public int clusterCount() {
    return k;
  }

  /** Weighted sum of squared distances of the training rows to their centers. */
  public double inertia() {
    return inertia;
  }

  /** Iterations of the winning run. */
  public int iterations() {
    return iterations;
  }

  private double[] rows(Frame x) {
    schema.requireCompatible(x.schema(), "KMeansModel input");
    x.requireFinite("KMeansModel");
    int n = x.rowCount();
    double[] cm = x.toColumnMajor();
    double[] r = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        r[i * p + j] = cm[j * n + i];
      }
    }
    return r;
  }

  @Override
  public int[] predict(Frame x) {
    double[] r = rows(x);
    int n = x.rowCount();
    int[] labels = new int[n];
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0);
    KMeansKernels.assign(r, n, p, w, centers, k, labels, null);
    return labels;
  }

  /** Sum of squared distances of {@code x}'s rows to their nearest centers (scikit-learn's {@code -score}). */
  public double inertia(Frame x) {
    double[] r = rows(x);
    int n = x.rowCount();
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0);
    return KMeansKernels.assign(r, n, p, w, centers, k, new int[n], null);
  }

  @Override
  public Frame transform(Frame x) {
    double[] r = rows(x);
    int n = x.rowCount();
    List<DoubleColumn> cols = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = Math.sqrt(KMeansKernels.dist2(r, i, centers, c, p));
      }
      cols.add(DoubleColumn.wrap("distance_" + c, d));
    }
    return Frame.of(cols);
  }

  @Override
  public Schema outputSchema() {
    return output;
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
        .put("centers", centers()).put("inertia", inertia).put("iterations", iterations).build();
  }

  /**
   * Reads {@code kmeans} model state.
   *
   * <pre>{@code
   * KMeansModel m = (KMeansModel) ModelIO.load(Path.of("kmeans.praxis"));
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
    public KMeansModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[][] c = s.getMatrix("centers");
      int p = schema.size();
      if (c.length == 0) {
        throw new ModelFormatException("inconsistent 'kmeans' model state: no centers");
      }
      double[] flat = new double[c.length * p];
      for (int i = 0; i < c.length; i++) {
        if (c[i].length != p) {
          throw new ModelFormatException("inconsistent 'kmeans' model state: center " + i + " has " + c[i].length
              + " values but the schema has " + p + " columns");
        }
        System.arraycopy(c[i], 0, flat, i * p, p);
      }
      return new KMeansModel(schema, flat, p, s.getDouble("inertia"), s.getInt("iterations"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
