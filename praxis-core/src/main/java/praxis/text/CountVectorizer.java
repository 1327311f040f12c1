package praxis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.linalg.CsrMatrix;

/**
 * Bag of words: turns one text column into sparse term-count columns, as scikit-learn's
 * {@code CountVectorizer} (1.2.1) with its default word analyzer. Each document is lower-cased (optional),
 * split into tokens by the pattern {@code (?u)\b\w\w+\b} (runs of two or more letters, digits or
 * underscores), stripped of stop words ({@link StopWords}), and turned into word n-grams of lengths
 * {@code ngramMin..ngramMax} (joined by one space). The vocabulary keeps the terms whose document frequency lies
 * in {@code [minDf, maxDf]}, then at most {@code maxFeatures} of them by total count (ties broken as NumPy's
 * default unstable argsort breaks them, so the same terms as scikit-learn's are kept), and is sorted by code point like Python's {@code sorted}, so feature {@code j} is scikit-learn's
 * feature {@code j}.
 *
 * <p>Input: the text column named by {@code column}, or the only text column when {@code column} is empty;
 * missing (null) documents count as empty. Output: one sparse numeric column per vocabulary term, named
 * {@code prefix + term}, in vocabulary order; every other input column is dropped (combine with a
 * {@code ColumnTransformer} to keep them). The output never densifies: cost {@code O(total tokens)} for both
 * fit and transform, memory {@code O(non-zeros + vocabulary)}.
 *
 * <p>Document-frequency bounds: a value in {@code [0, 1]} is a proportion of the documents, a value above 1 a
 * whole number of documents (scikit-learn's float vs int). The defaults {@code minDf = 0} and {@code maxDf = 1}
 * keep every term (scikit-learn's {@code min_df=1, max_df=1.0}); scikit-learn's {@code min_df=5} is
 * {@code minDf = 5}, its {@code max_df=0.5} is {@code maxDf = 0.5}.
 *
 * <pre>{@code
 * Frame docs = Frame.of(TextColumn.of("text", "The cat sat.", "The dog sat down."));
 * CountVectorizerModel m = new CountVectorizer().fit(docs, Target.none(docs.rowCount()));
 * List<String> vocab = m.vocabulary();        // [cat, dog, down, sat, the]
 * Frame counts = m.transform(docs);           // 2 rows x 5 sparse columns
 * }</pre>
 */
public final class CountVectorizer implements Estimator<CountVectorizer.Params, CountVectorizerModel> {
  /**
   * Hyperparameters.
   *
   * @param column the text column to vectorize; empty = the only text column of the frame
   * @param lowercase lower-case documents before tokenizing
   * @param stopWords stop words removed after tokenizing
   * @param ngramMin shortest word n-gram (&gt;= 1)
   * @param ngramMax longest word n-gram (&gt;= ngramMin)
   * @param minDf ignore terms in fewer documents: a proportion in [0, 1] or a whole count &gt; 1
   * @param maxDf ignore terms in more documents: a proportion in [0, 1] or a whole count &gt; 1
   * @param maxFeatures keep only this many terms, the most frequent over the corpus (0 = no limit)
   * @param binary store 1 for a present term instead of its count
   * @param prefix prepended to every output column name (e.g. {@code "w_"} to avoid clashes)
   */
  public record Params(String column, boolean lowercase, StopWords stopWords, int ngramMin, int ngramMax,
      double minDf, double maxDf, int maxFeatures, boolean binary, String prefix) implements praxis.api.Params {
    /** scikit-learn's defaults: lowercase, no stop words, unigrams, all terms, counts; no prefix. */
    public static final Params DEFAULTS = new Params("", true, StopWords.NONE, 1, 1, 0.0, 1.0, 0, false, "");

    /** Validates. */
    public Params {
      Check.notNull(column, "column");
      Check.notNull(stopWords, "stopWords");
      Check.notNull(prefix, "prefix");
      checkAnalyzer(ngramMin, ngramMax);
      checkDf(minDf, "minDf");
      checkDf(maxDf, "maxDf");
      if (maxFeatures < 0) {
        throw new IllegalArgumentException("maxFeatures must be >= 0 (0 = no limit) but is " + maxFeatures);
      }
    }

    /** Another text column. */
    public Params withColumn(String v) {
      return new Params(v, lowercase, stopWords, ngramMin, ngramMax, minDf, maxDf, maxFeatures, binary, prefix);
    }

    /** Lower-case or not. */
    public Params withLowercase(boolean v) {
      return new Params(column, v, stopWords, ngramMin, ngramMax, minDf, maxDf, maxFeatures, binary, prefix);
    }

    /** Other stop words. */
    public Params withStopWords(StopWords v) {
      return new Params(column, lowercase, v, ngramMin, ngramMax, minDf, maxDf, maxFeatures, binary, prefix);
    }

    /** Word n-grams of lengths {@code min..max}. */
    public Params withNgramRange(int min, int max) {
      return new Params(column, lowercase, stopWords, min, max, minDf, maxDf, maxFeatures, binary, prefix);
    }

    /** Another lower document-frequency bound. */
    public Params withMinDf(double v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, v, maxDf, maxFeatures, binary, prefix);
    }

    /** Another upper document-frequency bound. */
    public Params withMaxDf(double v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, minDf, v, maxFeatures, binary, prefix);
    }

    /** At most {@code v} terms (0 = all). */
    public Params withMaxFeatures(int v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, minDf, maxDf, v, binary, prefix);
    }

    /** Presence (1) instead of counts. */
    public Params withBinary(boolean v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, minDf, maxDf, maxFeatures, v, prefix);
    }

    /** Another output name prefix. */
    public Params withPrefix(String v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, minDf, maxDf, maxFeatures, binary, v);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public CountVectorizer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public CountVectorizer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public CountVectorizer withParams(Params p) {
    return new CountVectorizer(p);
  }

  @Override
  public String name() {
    return "count_vectorizer";
  }

  /**
   * Learns the vocabulary of the text column.
   *
   * @throws IllegalArgumentException on 0 rows, no (or several, with {@code column} empty) text columns, an
   *     empty vocabulary, or document-frequency bounds that leave no term
   */
  @Override
  public CountVectorizerModel fit(Frame x, Target y) {
    Vocabulary v = learn(x, params, "CountVectorizer");
    return new CountVectorizerModel(x.schema(), v.column(), params, v.terms(), Provenance.of(name(), params, x, y, 0L));
  }

  static void checkAnalyzer(int ngramMin, int ngramMax) {
    if (ngramMin < 1 || ngramMax < ngramMin) {
      throw new IllegalArgumentException("the n-gram range must satisfy 1 <= ngramMin <= ngramMax but is ("
          + ngramMin + ", " + ngramMax + "); e.g. (1, 1) for words, (1, 2) for words and word pairs");
    }
  }

  static void checkDf(double v, String name) {
    if (!(v >= 0) || Double.isInfinite(v) || (v > 1 && v != Math.rint(v))) {
      throw new IllegalArgumentException(name + " must be a proportion in [0, 1] or a whole number of documents > 1"
          + " but is " + v);
    }
  }

  /** The learned vocabulary and the training documents' counts over it. */
  record Vocabulary(int column, List<String> terms, CsrMatrix counts) {}

  /** scikit-learn's {@code CountVectorizer.fit_transform}: vocabulary and training counts. */
  static Vocabulary learn(Frame x, Params p, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 document is required");
    }
    int col = TextSupport.textColumn(x.schema(), p.column(), who);
    TextColumn text = (TextColumn) x.column(col);
    int n = x.rowCount();
    Analyzer analyzer = new Analyzer(p.lowercase(), p.stopWords(), p.ngramMin(), p.ngramMax());
    TermTable ids = new TermTable(1024);
    List<String> terms = new ArrayList<>();
    TextSupport.CsrBuilder b = new TextSupport.CsrBuilder(n);
    TextSupport.Ints doc = new TextSupport.Ints();
    Analyzer.Scratch scratch = new Analyzer.Scratch();
    for (int i = 0; i < n; i++) {
      doc.size = 0;
      analyzer.analyze(text.get(i), scratch, (buf, from, to, h) -> {
        int id = ids.get(buf, from, to, h);
        if (id < 0) {
          id = terms.size();
          terms.add(ids.put(buf, from, to, h, id));
        }
        doc.add(id);
      });
      b.addDoc(doc.a, doc.size, p.binary());
    }
    int v = terms.size();
    if (v == 0) {
      throw new IllegalArgumentException(who + ": empty vocabulary; the documents of column '" + text.name()
          + "' contain no token of two or more word characters" + (p.stopWords() != StopWords.NONE
              ? " besides stop words" : "") + "; check the column or the stopWords parameter");
    }
    CsrMatrix raw = b.build(v);
    int[] df = new int[v];
    double[] tf = new double[v];
    int[] idx = raw.indices();
    double[] val = raw.values();
    for (int k = 0; k < idx.length; k++) {
      df[idx[k]]++;
      tf[idx[k]] += val[k];
    }
    Integer[] order = new Integer[v];
    for (int j = 0; j < v; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, c) -> TextSupport.CODE_POINT_ORDER.compare(terms.get(a), terms.get(c)));
    double maxCount = p.maxDf() <= 1 ? p.maxDf() * n : p.maxDf();
    double minCount = p.minDf() <= 1 ? p.minDf() * n : p.minDf();
    if (maxCount < minCount) {
      throw new IllegalArgumentException(who + ": maxDf=" + p.maxDf() + " allows fewer documents (" + maxCount
          + ") than minDf=" + p.minDf() + " requires (" + minCount + "); raise maxDf or lower minDf");
    }
    List<Integer> kept = new ArrayList<>();
    for (int r = 0; r < v; r++) {
      int j = order[r];
      if (df[j] <= maxCount && df[j] >= minCount) {
        kept.add(j);
      }
    }
    if (p.maxFeatures() > 0 && kept.size() > p.maxFeatures()) {
      // scikit-learn: (-tfs[mask]).argsort()[:limit], NumPy's unstable quicksort deciding ties.
      double[] negTf = new double[kept.size()];
      for (int t = 0; t < negTf.length; t++) {
        negTf[t] = -tf[kept.get(t)];
      }
      int[] byFreq = NumpyArgsort.argsort(negTf);
      boolean[] keep = new boolean[v];
      for (int t = 0; t < p.maxFeatures(); t++) {
        keep[kept.get(byFreq[t])] = true;
      }
      kept.removeIf(j -> !keep[j]);
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(who + ": after pruning by minDf=" + p.minDf() + " and maxDf=" + p.maxDf()
          + " no term remains; try a lower minDf or a higher maxDf");
    }
    int[] map = new int[v];
    Arrays.fill(map, -1);
    List<String> vocab = new ArrayList<>(kept.size());
    for (int j : kept) {
      map[j] = vocab.size();
      vocab.add(terms.get(j));
    }
    return new Vocabulary(col, List.copyOf(vocab), remap(raw, map, vocab.size()));
  }

  /** {@code m} with column {@code j} moved to {@code map[j]} (dropped when -1); rows re-sorted. */
  static CsrMatrix remap(CsrMatrix m, int[] map, int cols) {
    int[] ptr = m.indptr();
    int[] idx = m.indices();
    double[] val = m.values();
    int[] outPtr = new int[m.rows() + 1];
    int nnz = 0;
    for (int k = 0; k < idx.length; k++) {
      if (map[idx[k]] >= 0) {
        nnz++;
      }
    }
    int[] outIdx = new int[nnz];
    double[] outVal = new double[nnz];
    long[] keys = new long[16];
    int o = 0;
    for (int i = 0; i < m.rows(); i++) {
      int len = 0;
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        int j = map[idx[k]];
        if (j >= 0) {
          if (len == keys.length) {
            keys = Arrays.copyOf(keys, len * 2);
          }
          keys[len++] = ((long) j << 32) | k;
        }
      }
      Arrays.sort(keys, 0, len);
      for (int t = 0; t < len; t++) {
        outIdx[o] = (int) (keys[t] >>> 32);
        outVal[o++] = val[(int) keys[t]];
      }
      outPtr[i + 1] = o;
    }
    return CsrMatrix.wrap(m.rows(), cols, outPtr, outIdx, outVal);
  }
}
