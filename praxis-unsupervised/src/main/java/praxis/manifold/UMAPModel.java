package praxis.manifold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import praxis.api.ModelCodec;
import praxis.api.ParamsCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;
import praxis.neighbors.Algorithm;
import praxis.neighbors.NeighborIndex;

/**
 * A fitted {@link UMAP}: the embedding of the training rows (columns {@code umap0 ... umap{d-1}}), the output
 * kernel's {@code a} and {@code b}, and a copy of the training rows for out-of-sample embedding.
 *
 * <p>{@link #transform} maps a row that equals a training row to that row's embedding. Any other row is
 * embedded as umap-learn's {@code transform} does: its {@code nNeighbors} nearest training rows, memberships
 * {@code exp(-d / sigma)} from the smooth-kNN bisection (local connectivity 0), start at the
 * membership-weighted mean of those rows' embeddings, then SGD with the training embedding fixed
 * ({@code nEpochs / 3} epochs, or 100 when {@code nEpochs} is automatic; learning rate {@code learningRate / 4};
 * same sampling, negative samples and clipping as the fit). Unlike umap-learn, which optimizes a batch
 * together, each new row is processed on its own — its own sampling schedule, floor of sigma and random stream
 * (derived from the seed and the row's values) — so a row's coordinates never depend on the other rows passed
 * with it. The neighbour search runs on {@code nThreads}; results do not depend on it.
 *
 * <pre>{@code
 * UMAPModel m = new UMAP().fit(train, Target.none(train.rowCount()));
 * double[][] coords = m.embedding();      // training rows
 * Frame fresh = m.transform(test);        // new rows placed among them
 * }</pre>
 */
public final class UMAPModel implements Transformer {
  static final String TYPE = "umap";
  private final Schema schema;
  private final Schema output;
  private final UMAP.Params params;
  private final double[] rows;
  private final double[][] embedding;
  private final double[] flat;
  private final double a;
  private final double b;
  private final int epochs;
  private final int components;
  private final Provenance provenance;
  private final Map<Long, Integer> lookup;
  private final NeighborIndex index;

  UMAPModel(Schema schema, UMAP.Params params, double[] rows, double[][] embedding, double a, double b, int epochs,
      int components, Provenance provenance) {
    this.schema = schema;
    this.params = params;
    this.rows = rows;
    this.embedding = embedding;
    this.a = a;
    this.b = b;
    this.epochs = epochs;
    this.components = components;
    this.provenance = provenance;
    int n = embedding.length;
    int d = embedding[0].length;
    int p = schema.size();
    this.flat = new double[n * d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(embedding[i], 0, flat, i * d, d);
    }
    this.lookup = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      lookup.putIfAbsent(TSNEModel.rowHash(rows, i, p), i);
    }
    this.index = NeighborIndex.build(rows, n, p, false, UMAP.indexMetric(params.metric()), 2.0, Algorithm.AUTO, 30);
    List<Field> fields = new ArrayList<>(d);
    for (int c = 0; c < d; c++) {
      fields.add(Field.numeric("umap" + c));
    }
    this.output = new Schema(fields);
  }

  /** The embedding of the training rows, {@code [row][component]} (a copy). */
  public double[][] embedding() {
    double[][] out = new double[embedding.length][];
    for (int i = 0; i < embedding.length; i++) {
      out[i] = embedding[i].clone();
    }
    return out;
  }

  /** {@code a} of the output kernel {@code 1 / (1 + a d^(2b))}. */
  public double a() {
    return a;
  }

  /** {@code b} of the output kernel {@code 1 / (1 + a d^(2b))}. */
  public double b() {
    return b;
  }

  /** Epochs run by the fit. */
  public int epochs() {
    return epochs;
  }

  /** Connected components of the fuzzy neighbour graph (spectral initialization needs 1). */
  public int graphComponents() {
    return components;
  }

  /** Number of training rows. */
  public int trainingRows() {
    return embedding.length;
  }

  /** The hyperparameters of the fit. */
  public UMAP.Params params() {
    return params;
  }

  /**
   * The embedding of {@code x}'s rows: the training embedding for training rows, the out-of-sample embedding
   * described in the class comment for the others.
   */
  @Override
  public Frame transform(Frame x) {
    schema.requireCompatible(x.schema(), "UMAPModel input");
    x.requireFinite("UMAPModel");
    int q = x.rowCount();
    int p = schema.size();
    int d = output.size();
    int nTrain = embedding.length;
    double[] cm = x.toColumnMajor();
    double[] qr = new double[q * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < q; i++) {
        qr[i * p + j] = cm[j * q + i];
      }
    }
    double[][] cols = new double[d][q];
    int[] fresh = new int[q];
    long[] hashes = new long[q];
    int nf = 0;
    for (int i = 0; i < q; i++) {
      hashes[i] = TSNEModel.rowHash(qr, i, p);
      Integer t = lookup.get(hashes[i]);
      if (t != null && sameRow(qr, i, t, p)) {
        for (int c = 0; c < d; c++) {
          cols[c][i] = embedding[t][c];
        }
      } else {
        fresh[nf++] = i;
      }
    }
    if (nf > 0) {
      double[] fr = new double[nf * p];
      for (int r = 0; r < nf; r++) {
        System.arraycopy(qr, fresh[r] * p, fr, r * p, p);
      }
      int k = Math.min(params.nNeighbors(), nTrain);
      int[] idx = new int[nf * k];
      double[] dist = new double[nf * k];
      index.kNearest(fr, nf, k, params.nThreads(), idx, dist);
      int nEpochs = params.nEpochs() > 0 ? Math.max(1, params.nEpochs() / 3) : 100;
      double[] sig = new double[nf];
      double[] rho = new double[nf];
      double[] w = new double[k];
      int[] head = new int[k];
      int[] tail = new int[k];
      double[] ew = new double[k];
      double[] pt = new double[d];
      for (int r = 0; r < nf; r++) {
        UmapGraph.smoothKnnDist(dist, k, r, r + 1, 0.0, rowMean(dist, r, k), sig, rho);
        double sum = 0;
        double max = 0;
        for (int t = 0; t < k; t++) {
          w[t] = UmapGraph.membership(-1, idx[r * k + t], dist[r * k + t], sig[r], rho[r], false);
          sum += w[t];
          max = Math.max(max, w[t]);
        }
        java.util.Arrays.fill(pt, 0.0);
        for (int t = 0; t < k; t++) {
          int o = idx[r * k + t] * d;
          for (int c = 0; c < d; c++) {
            pt[c] += w[t] / sum * flat[o + c];
          }
        }
        int edges = 0;
        for (int t = 0; t < k; t++) {
          if (w[t] >= max / nEpochs) {
            tail[edges] = idx[r * k + t];
            ew[edges++] = w[t];
          }
        }
        double[] eps = UmapLayout.epochsPerSample(ew, 0, edges);
        SplittableRandom rng = new SplittableRandom(params.seed() ^ hashes[fresh[r]]);
        UmapLayout.optimize(pt, flat, nTrain, d, head, tail, eps, edges, nEpochs, a, b, params.learningRate() / 4.0,
            params.negativeSampleRate(), false, rng);
        for (int c = 0; c < d; c++) {
          cols[c][fresh[r]] = pt[c];
        }
      }
    }
    List<DoubleColumn> out = new ArrayList<>(d);
    for (int c = 0; c < d; c++) {
      out.add(DoubleColumn.wrap("umap" + c, cols[c]));
    }
    return Frame.of(out);
  }

  private boolean sameRow(double[] qr, int i, int t, int p) {
    for (int j = 0; j < p; j++) {
      if (Double.compare(qr[i * p + j] + 0.0, rows[t * p + j] + 0.0) != 0) {
        return false;
      }
    }
    return true;
  }

  private static double rowMean(double[] dist, int r, int k) {
    double s = 0;
    for (int t = 0; t < k; t++) {
      s += dist[r * k + t];
    }
    return s / k;
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
    Map<String, String> ps = ParamsCodec.toStrings(params);
    int n = embedding.length;
    int p = schema.size();
    double[][] data = new double[n][p];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows, i * p, data[i], 0, p);
    }
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("paramNames", new ArrayList<>(ps.keySet())).put("paramValues", new ArrayList<>(ps.values()))
        .put("trainingRows", data).put("embedding", embedding).put("a", a).put("b", b).put("epochs", epochs)
        .put("graphComponents", components).build();
  }

  /**
   * Reads {@code umap} model state.
   *
   * <pre>{@code
   * UMAPModel m = (UMAPModel) ModelIO.load(Path.of("umap.praxis"));
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
    public UMAPModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      String[] names = s.getStrings("paramNames");
      String[] values = s.getStrings("paramValues");
      if (names.length != values.length) {
        throw new ModelFormatException("inconsistent 'umap' model state: " + names.length + " parameter names but "
            + values.length + " values");
      }
      Map<String, String> ps = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        ps.put(names[i], values[i]);
      }
      UMAP.Params params = ParamsCodec.with(UMAP.Params.DEFAULTS, ps);
      double[][] data = s.getMatrix("trainingRows");
      double[][] e = s.getMatrix("embedding");
      int p = schema.size();
      if (e.length == 0 || e.length != data.length) {
        throw new ModelFormatException("inconsistent 'umap' model state: " + e.length + " embedding rows but "
            + data.length + " training rows");
      }
      double[] rows = new double[data.length * p];
      for (int i = 0; i < data.length; i++) {
        if (data[i].length != p || e[i].length != params.nComponents()) {
          throw new ModelFormatException("inconsistent 'umap' model state: row " + i + " has " + data[i].length
              + " values (schema: " + p + ") and " + e[i].length + " coordinates (nComponents: "
              + params.nComponents() + ")");
        }
        System.arraycopy(data[i], 0, rows, i * p, p);
      }
      return new UMAPModel(schema, params, rows, e, s.getDouble("a"), s.getDouble("b"), s.getInt("epochs"),
          s.getInt("graphComponents"), Provenance.fromState(s.getState("provenance")));
    }
  }
}
