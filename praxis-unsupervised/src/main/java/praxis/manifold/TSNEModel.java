package praxis.manifold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link TSNE}: the embedding of the training rows (columns {@code tsne0 ... tsne{d-1}}) and the final
 * Kullback–Leibler divergence. t-SNE has no out-of-sample mapping: {@link #transform} returns the embedding of
 * rows that occur in the training frame (in any order or subset; each row is matched by a 64-bit hash of its
 * values, so the model keeps no copy of the training data) and throws an {@link IllegalArgumentException} for
 * any other row. Identical training rows map to the embedding of the first of them.
 *
 * <pre>{@code
 * TSNEModel m = new TSNE().fit(x, Target.none(x.rowCount()));
 * double[][] coords = m.embedding();
 * Frame sameRows = m.transform(x.rowRange(0, 10));   // rows of x: fine
 * double kl = m.klDivergence();
 * }</pre>
 */
public final class TSNEModel implements Transformer {
  static final String TYPE = "tsne";
  private final Schema schema;
  private final Schema output;
  private final double[][] embedding;
  private final long[] rowHashes;
  private final Map<Long, Integer> lookup;
  private final double kl;
  private final int iterations;
  private final Provenance provenance;

  TSNEModel(Schema schema, double[][] embedding, long[] rowHashes, double kl, int iterations, Provenance provenance) {
    this.schema = schema;
    this.embedding = embedding;
    this.rowHashes = rowHashes;
    this.kl = kl;
    this.iterations = iterations;
    this.provenance = provenance;
    this.lookup = new HashMap<>(rowHashes.length * 2);
    for (int i = 0; i < rowHashes.length; i++) {
      lookup.putIfAbsent(rowHashes[i], i);
    }
    int d = embedding[0].length;
    List<Field> fields = new ArrayList<>(d);
    for (int a = 0; a < d; a++) {
      fields.add(Field.numeric("tsne" + a));
    }
    this.output = new Schema(fields);
  }

  static long rowHash(double[] rows, int i, int p) {
    long h = 0x9E3779B97F4A7C15L ^ p;
    for (int j = 0; j < p; j++) {
      h = mix(h ^ Double.doubleToLongBits(rows[i * p + j] + 0.0)) + j;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long[] rowHashes(double[] rows, int n, int p) {
    long[] h = new long[n];
    for (int i = 0; i < n; i++) {
      h[i] = rowHash(rows, i, p);
    }
    return h;
  }

  /** The embedding of the training rows, {@code [row][component]} (a copy). */
  public double[][] embedding() {
    double[][] out = new double[embedding.length][];
    for (int i = 0; i < embedding.length; i++) {
      out[i] = embedding[i].clone();
    }
    return out;
  }

  /** Kullback–Leibler divergence of the final embedding (Barnes–Hut approximation for that method). */
  public double klDivergence() {
    return kl;
  }

  /** Iterations run (early stopping may end before {@code nIter}). */
  public int iterations() {
    return iterations;
  }

  /** Number of training rows. */
  public int trainingRows() {
    return embedding.length;
  }

  /**
   * The embedding of {@code x}'s rows, each of which must be a training row.
   *
   * @throws IllegalArgumentException if a row is not one of the training rows (t-SNE cannot embed new data;
   *     refit on the combined data instead)
   */
  @Override
  public Frame transform(Frame x) {
    schema.requireCompatible(x.schema(), "TSNEModel input");
    x.requireFinite("TSNEModel");
    int n = x.rowCount();
    int p = x.columnCount();
    double[] cm = x.toColumnMajor();
    double[] row = new double[p];
    int d = output.size();
    double[][] cols = new double[d][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        row[j] = cm[j * n + i];
      }
      Integer t = lookup.get(rowHash(row, 0, p));
      if (t == null) {
        throw new IllegalArgumentException("TSNEModel: row " + i + " is not one of the " + embedding.length
            + " training rows; t-SNE has no out-of-sample transform - fit TSNE on the data to embed (or on the"
            + " training and new rows together) and read embedding()");
      }
      for (int a = 0; a < d; a++) {
        cols[a][i] = embedding[t][a];
      }
    }
    List<DoubleColumn> out = new ArrayList<>(d);
    for (int a = 0; a < d; a++) {
      out.add(DoubleColumn.wrap("tsne" + a, cols[a]));
    }
    return Frame.of(out);
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
        .put("embedding", embedding).put("rowHashes", rowHashes).put("klDivergence", kl)
        .put("iterations", iterations).build();
  }

  /**
   * Reads {@code tsne} model state.
   *
   * <pre>{@code
   * TSNEModel m = (TSNEModel) ModelIO.load(Path.of("tsne.praxis"));
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
    public TSNEModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[][] e = s.getMatrix("embedding");
      long[] h = s.getLongs("rowHashes");
      if (e.length == 0 || e.length != h.length) {
        throw new ModelFormatException("inconsistent 'tsne' model state: " + e.length + " embedding rows but "
            + h.length + " row hashes");
      }
      for (int i = 0; i < e.length; i++) {
        if (e[i].length != e[0].length) {
          throw new ModelFormatException("inconsistent 'tsne' model state: embedding row " + i + " has "
              + e[i].length + " values, row 0 has " + e[0].length);
        }
      }
      return new TSNEModel(schema, e, h, s.getDouble("klDivergence"), s.getInt("iterations"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
