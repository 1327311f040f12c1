package praxis.text;

import java.util.List;
import java.util.Map;
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
 * A fitted {@link TfidfVectorizer}: the vocabulary (sorted by code point), the idf weights and the weighting
 * settings. {@link #transform} produces one sparse column per term.
 *
 * <pre>{@code
 * TfidfVectorizerModel m = new TfidfVectorizer().fit(train, Target.none(train.rowCount()));
 * Frame w = m.transform(test);            // rows of unit L2 norm
 * double idfOfPraxis = m.idf()[m.featureIndex("praxis")];
 * }</pre>
 */
public final class TfidfVectorizerModel implements Transformer {
  static final String TYPE = "tfidf_vectorizer";
  private final Schema input;
  private final int column;
  private final TfidfVectorizer.Params params;
  private final CountVectorizer.Params counts;
  private final List<String> vocabulary;
  private final Map<String, Integer> index;
  private final TermTable table;
  private final double[] idf;
  private final Schema output;
  private final Provenance provenance;

  TfidfVectorizerModel(Schema input, int column, TfidfVectorizer.Params params, List<String> vocabulary, double[] idf,
      Provenance provenance) {
    this.input = input;
    this.column = column;
    this.params = params;
    this.counts = params.counts();
    this.vocabulary = List.copyOf(vocabulary);
    this.index = CountVectorizerModel.indexOf(this.vocabulary);
    this.table = TermTable.of(this.vocabulary);
    this.idf = idf.clone();
    this.output = TextSupport.outputSchema(this.vocabulary, params.prefix());
    this.provenance = provenance;
  }

  /** The terms in feature order. */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /** Feature index of {@code term}, or -1. */
  public int featureIndex(String term) {
    Integer j = index.get(term);
    return j == null ? -1 : j;
  }

  /** The idf weight of every term (empty when fitted with {@code useIdf = false}). */
  public double[] idf() {
    return idf.clone();
  }

  /** The hyperparameters the model was fitted with. */
  public TfidfVectorizer.Params params() {
    return params;
  }

  /** The tf-idf weights of every row as a CSR matrix ({@code rows x vocabulary size}). */
  public CsrMatrix transformCsr(Frame x) {
    TextColumn text = TextSupport.input(input, column, x, "TfidfVectorizerModel");
    CsrMatrix m = CountVectorizerModel.counts(text, counts, table, vocabulary.size());
    int[] idx = m.indices();
    double[] v = m.values();
    for (int k = 0; k < v.length; k++) {
      double tf = params.sublinearTf() ? Math.log(v[k]) + 1 : v[k];
      v[k] = params.useIdf() ? tf * idf[idx[k]] : tf;
    }
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
    return CountVectorizerModel.analyzerState(TextSupport.state(TYPE, input, provenance), counts)
        .put("norm", params.norm().name()).put("useIdf", params.useIdf()).put("smoothIdf", params.smoothIdf())
        .put("sublinearTf", params.sublinearTf()).put("vocabulary", vocabulary).put("idf", idf).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static TfidfVectorizerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = TextSupport.schema(s);
    CountVectorizer.Params c = CountVectorizerModel.analyzerParams(s);
    Norm norm;
    try {
      norm = Norm.valueOf(s.getString("norm"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "': unknown norm '" + s.getString("norm") + "'");
    }
    TfidfVectorizer.Params p = TfidfVectorizer.Params.of(c, norm, s.getBoolean("useIdf"), s.getBoolean("smoothIdf"),
        s.getBoolean("sublinearTf"));
    List<String> vocab = List.of(s.getStrings("vocabulary"));
    double[] idf = s.getDoubles("idf");
    if (p.useIdf() && idf.length != vocab.size()) {
      throw new ModelFormatException("state '" + TYPE + "' has " + idf.length + " idf weights for " + vocab.size()
          + " terms");
    }
    int col = TextSupport.textColumn(in, p.column(), "TfidfVectorizerModel state");
    return new TfidfVectorizerModel(in, col, p, vocab, idf, TextSupport.provenance(s));
  }

  /** Reads {@code tfidf_vectorizer} states (registered with {@link java.util.ServiceLoader}). */
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
