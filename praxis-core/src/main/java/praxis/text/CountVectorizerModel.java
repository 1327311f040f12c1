package praxis.text;

import java.util.HashMap;
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
 * A fitted {@link CountVectorizer}: the vocabulary (sorted by code point; term {@code j} is output column
 * {@code j}) and the analyzer settings. {@link #transform} counts the vocabulary terms of every document of the
 * text column into sparse columns; terms outside the vocabulary are ignored.
 *
 * <pre>{@code
 * CountVectorizerModel m = new CountVectorizer().fit(train, Target.none(train.rowCount()));
 * Frame counts = m.transform(test);          // sparse columns named by m.vocabulary()
 * CsrMatrix x = m.transformCsr(test);        // the same counts as a CSR matrix
 * }</pre>
 */
public final class CountVectorizerModel implements Transformer {
  static final String TYPE = "count_vectorizer";
  private final Schema input;
  private final int column;
  private final CountVectorizer.Params params;
  private final List<String> vocabulary;
  private final Map<String, Integer> index;
  private final TermTable table;
  private final Schema output;
  private final Provenance provenance;

  CountVectorizerModel(Schema input, int column, CountVectorizer.Params params, List<String> vocabulary,
      Provenance provenance) {
    this.input = input;
    this.column = column;
    this.params = params;
    this.vocabulary = List.copyOf(vocabulary);
    this.index = indexOf(this.vocabulary);
    this.table = TermTable.of(this.vocabulary);
    this.output = TextSupport.outputSchema(this.vocabulary, params.prefix());
    this.provenance = provenance;
  }

  static Map<String, Integer> indexOf(List<String> vocabulary) {
    Map<String, Integer> m = new HashMap<>(vocabulary.size() * 2);
    for (int j = 0; j < vocabulary.size(); j++) {
      m.put(vocabulary.get(j), j);
    }
    return m;
  }

  /** The terms in feature order (scikit-learn's {@code get_feature_names_out()}). */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /** Feature index of {@code term}, or -1 when it is not in the vocabulary. */
  public int featureIndex(String term) {
    Integer j = index.get(term);
    return j == null ? -1 : j;
  }

  /** The hyperparameters the model was fitted with. */
  public CountVectorizer.Params params() {
    return params;
  }

  /** Name of the vectorized text column. */
  public String column() {
    return input.fields().get(column).name();
  }

  /** The term counts of every row as a CSR matrix ({@code rows x vocabulary size}). */
  public CsrMatrix transformCsr(Frame x) {
    TextColumn text = TextSupport.input(input, column, x, "CountVectorizerModel");
    return counts(text, params, table, vocabulary.size());
  }

  /** Counts of vocabulary terms (binary when {@code p.binary()}); shared with the tf-idf model. */
  static CsrMatrix counts(TextColumn text, CountVectorizer.Params p, TermTable table, int cols) {
    Analyzer analyzer = new Analyzer(p.lowercase(), p.stopWords(), p.ngramMin(), p.ngramMax());
    int n = text.size();
    TextSupport.CsrBuilder b = new TextSupport.CsrBuilder(n);
    TextSupport.Ints doc = new TextSupport.Ints();
    Analyzer.Scratch scratch = new Analyzer.Scratch();
    for (int i = 0; i < n; i++) {
      doc.size = 0;
      analyzer.analyze(text.get(i), scratch, (buf, from, to, h) -> {
        int id = table.get(buf, from, to, h);
        if (id >= 0) {
          doc.add(id);
        }
      });
      b.addDoc(doc.a, doc.size, p.binary());
    }
    return b.build(cols);
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
    return analyzerState(TextSupport.state(TYPE, input, provenance), params).put("vocabulary", vocabulary).build();
  }

  static State.Builder analyzerState(State.Builder b, CountVectorizer.Params p) {
    return b.put("column", p.column()).put("lowercase", p.lowercase()).put("stopWords", p.stopWords().name())
        .put("ngramMin", p.ngramMin()).put("ngramMax", p.ngramMax()).put("minDf", p.minDf()).put("maxDf", p.maxDf())
        .put("maxFeatures", p.maxFeatures()).put("binary", p.binary()).put("prefix", p.prefix());
  }

  static CountVectorizer.Params analyzerParams(State s) {
    StopWords sw;
    try {
      sw = StopWords.valueOf(s.getString("stopWords"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + s.type() + "': unknown stopWords '" + s.getString("stopWords") + "'");
    }
    return new CountVectorizer.Params(s.getString("column"), s.getBoolean("lowercase"), sw, s.getInt("ngramMin"),
        s.getInt("ngramMax"), s.getDouble("minDf"), s.getDouble("maxDf"), s.getInt("maxFeatures"),
        s.getBoolean("binary"), s.getString("prefix"));
  }

  /** Reads state written by {@link #toState()}. */
  public static CountVectorizerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = TextSupport.schema(s);
    CountVectorizer.Params p = analyzerParams(s);
    int col = TextSupport.textColumn(in, p.column(), "CountVectorizerModel state");
    return new CountVectorizerModel(in, col, p, List.of(s.getStrings("vocabulary")), TextSupport.provenance(s));
  }

  /** Reads {@code count_vectorizer} states (registered with {@link java.util.ServiceLoader}). */
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
