package praxis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.TextColumn;
import praxis.io.ModelFormatException;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * A "fitted" {@link HashingVectorizer}: the input schema and the settings (no vocabulary). Output columns are
 * {@code prefix + "h" + j} for {@code j < nFeatures}. As in scikit-learn, colliding terms whose values cancel
 * stay stored as an explicit 0 in {@link #transformCsr} (and become 1 with {@code binary}); the frame output drops
 * stored zeros.
 *
 * <pre>{@code
 * HashingVectorizerModel m = new HashingVectorizer().fit(docs, Target.none(docs.rowCount()));
 * CsrMatrix x = m.transformCsr(docs);   // rows x 2^18, l2-normalized
 * }</pre>
 */
public final class HashingVectorizerModel implements Transformer {
  static final String TYPE = "hashing_vectorizer";
  private final Schema input;
  private final int column;
  private final HashingVectorizer.Params params;
  private final Schema output;
  private final Provenance provenance;

  HashingVectorizerModel(Schema input, int column, HashingVectorizer.Params params, Provenance provenance) {
    this.input = input;
    this.column = column;
    this.params = params;
    List<String> names = new ArrayList<>(params.nFeatures());
    for (int j = 0; j < params.nFeatures(); j++) {
      names.add("h" + j);
    }
    this.output = TextSupport.outputSchema(names, params.prefix());
    this.provenance = provenance;
  }

  /** The hyperparameters. */
  public HashingVectorizer.Params params() {
    return params;
  }

  /** The hashed values of every row as a CSR matrix ({@code rows x nFeatures}). */
  public CsrMatrix transformCsr(Frame x) {
    TextColumn text = TextSupport.input(input, column, x, "HashingVectorizerModel");
    int n = text.size();
    int nf = params.nFeatures();
    Analyzer analyzer = new Analyzer(params.lowercase(), params.stopWords(), params.ngramMin(), params.ngramMax());
    // Per document: (column << 1 | negative) codes, sorted, then summed per column.
    TextSupport.Ints doc = new TextSupport.Ints();
    int[] ptr = new int[n + 1];
    int[] idx = new int[1024];
    double[] val = new double[1024];
    int nnz = 0;
    for (int i = 0; i < n; i++) {
      doc.size = 0;
      analyzer.analyze(text.get(i), t -> {
        int h = HashingVectorizer.murmurhash3(t);
        int j = h == Integer.MIN_VALUE ? (Integer.MAX_VALUE - (nf - 1)) % nf : Math.abs(h) % nf;
        doc.add(j << 1 | (params.alternateSign() && h < 0 ? 1 : 0));
      });
      Arrays.sort(doc.a, 0, doc.size);
      int k = 0;
      while (k < doc.size) {
        int j = doc.a[k] >>> 1;
        double s = 0;
        while (k < doc.size && doc.a[k] >>> 1 == j) {
          s += (doc.a[k] & 1) == 1 ? -1.0 : 1.0;
          k++;
        }
        if (nnz == idx.length) {
          idx = Arrays.copyOf(idx, nnz * 2);
          val = Arrays.copyOf(val, nnz * 2);
        }
        idx[nnz] = j;
        val[nnz++] = params.binary() ? 1.0 : s;
      }
      ptr[i + 1] = nnz;
    }
    CsrMatrix m = CsrMatrix.wrap(n, nf, ptr, Arrays.copyOf(idx, nnz), Arrays.copyOf(val, nnz));
    TextSupport.normalizeRows(m, params.norm());
    return m;
  }

  @Override
  public Frame transform(Frame x) {
    return TextSupport.frame(transformCsr(x), output);
  }

  @Override
  public Schema outputSchema() {
    return output;
  }

  @Override
  public Schema inputSchema() {
    return input;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    HashingVectorizer.Params p = params;
    return TextSupport.state(TYPE, input, provenance).put("column", p.column()).put("lowercase", p.lowercase())
        .put("stopWords", p.stopWords().name()).put("ngramMin", p.ngramMin()).put("ngramMax", p.ngramMax())
        .put("nFeatures", p.nFeatures()).put("alternateSign", p.alternateSign()).put("binary", p.binary())
        .put("norm", p.norm().name()).put("prefix", p.prefix()).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static HashingVectorizerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = TextSupport.schema(s);
    HashingVectorizer.Params p;
    try {
      p = new HashingVectorizer.Params(s.getString("column"), s.getBoolean("lowercase"),
          StopWords.valueOf(s.getString("stopWords")), s.getInt("ngramMin"), s.getInt("ngramMax"),
          s.getInt("nFeatures"), s.getBoolean("alternateSign"), s.getBoolean("binary"), Norm.valueOf(s.getString("norm")),
          s.getString("prefix"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "' has invalid settings: " + e.getMessage());
    }
    int col = TextSupport.textColumn(in, p.column(), "HashingVectorizerModel state");
    return new HashingVectorizerModel(in, col, p, TextSupport.provenance(s));
  }

  /** Reads {@code hashing_vectorizer} states (registered with {@link java.util.ServiceLoader}). */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Model read(State state) {
      return fromState(state);
    }
  }
}
