package praxis.text;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Tf-idf weighted bag of words, as scikit-learn's {@code TfidfVectorizer} (1.2.1): the counts of a
 * {@link CountVectorizer} with the same analyzer and vocabulary settings, then per term {@code j} and document
 * {@code d}: {@code tf = count} (or {@code 1 + log(count)} with {@code sublinearTf}), times
 * {@code idf_j = log((n + s) / (df_j + s)) + 1} when {@code useIdf} ({@code s = 1} with {@code smoothIdf},
 * else 0; {@code n} training documents, {@code df_j} of them containing the term), then each row scaled to unit
 * L2 or L1 norm ({@link Norm}). The vocabulary parameters ({@code column}, {@code minDf}, {@code maxDf},
 * {@code maxFeatures}, ...) mean what they mean in {@link CountVectorizer.Params}; input and output columns
 * are handled the same way (one text column in, one sparse column per term out, other columns dropped).
 *
 * <pre>{@code
 * TfidfVectorizer tfidf = new TfidfVectorizer(TfidfVectorizer.Params.DEFAULTS.withSublinearTf(true));
 * TfidfVectorizerModel m = tfidf.fit(docs, Target.none(docs.rowCount()));
 * double[] idf = m.idf();
 * Frame weights = m.transform(docs);
 * }</pre>
 */
public final class TfidfVectorizer implements Estimator<TfidfVectorizer.Params, TfidfVectorizerModel> {
  /**
   * Hyperparameters: those of {@link CountVectorizer.Params} plus the weighting.
   *
   * @param column the text column; empty = the only text column
   * @param lowercase lower-case documents before tokenizing
   * @param stopWords stop words removed after tokenizing
   * @param ngramMin shortest word n-gram
   * @param ngramMax longest word n-gram
   * @param minDf lower document-frequency bound (proportion in [0, 1] or whole count &gt; 1)
   * @param maxDf upper document-frequency bound (proportion in [0, 1] or whole count &gt; 1)
   * @param maxFeatures at most this many terms by corpus frequency (0 = all)
   * @param binary tf is 1 for a present term instead of its count
   * @param prefix prepended to output column names
   * @param norm row normalization
   * @param useIdf multiply by the inverse document frequency
   * @param smoothIdf add one to document counts (as if one extra document held every term)
   * @param sublinearTf use {@code 1 + log(tf)}
   */
  public record Params(String column, boolean lowercase, StopWords stopWords, int ngramMin, int ngramMax,
      double minDf, double maxDf, int maxFeatures, boolean binary, String prefix, Norm norm, boolean useIdf,
      boolean smoothIdf, boolean sublinearTf) implements praxis.api.Params {
    /** scikit-learn's defaults: those of CountVectorizer, L2 norm, smoothed idf, linear tf. */
    public static final Params DEFAULTS = of(CountVectorizer.Params.DEFAULTS, Norm.L2, true, true, false);

    /** Validates. */
    public Params {
      Check.notNull(norm, "norm");
      new CountVectorizer.Params(column, lowercase, stopWords, ngramMin, ngramMax, minDf, maxDf, maxFeatures, binary,
          prefix);
    }

    /** The vocabulary settings with the given weighting. */
    public static Params of(CountVectorizer.Params c, Norm norm, boolean useIdf, boolean smoothIdf,
        boolean sublinearTf) {
      return new Params(c.column(), c.lowercase(), c.stopWords(), c.ngramMin(), c.ngramMax(), c.minDf(), c.maxDf(),
          c.maxFeatures(), c.binary(), c.prefix(), norm, useIdf, smoothIdf, sublinearTf);
    }

    /** The vocabulary settings. */
    public CountVectorizer.Params counts() {
      return new CountVectorizer.Params(column, lowercase, stopWords, ngramMin, ngramMax, minDf, maxDf, maxFeatures,
          binary, prefix);
    }

    /** Other vocabulary settings, same weighting. */
    public Params withCounts(CountVectorizer.Params c) {
      return of(c, norm, useIdf, smoothIdf, sublinearTf);
    }

    /** Another row normalization. */
    public Params withNorm(Norm v) {
      return of(counts(), v, useIdf, smoothIdf, sublinearTf);
    }

    /** With or without idf weights. */
    public Params withUseIdf(boolean v) {
      return of(counts(), norm, v, smoothIdf, sublinearTf);
    }

    /** With or without idf smoothing. */
    public Params withSmoothIdf(boolean v) {
      return of(counts(), norm, useIdf, v, sublinearTf);
    }

    /** With or without sublinear tf. */
    public Params withSublinearTf(boolean v) {
      return of(counts(), norm, useIdf, smoothIdf, v);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public TfidfVectorizer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public TfidfVectorizer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public TfidfVectorizer withParams(Params p) {
    return new TfidfVectorizer(p);
  }

  @Override
  public String name() {
    return "tfidf_vectorizer";
  }

  /**
   * Learns the vocabulary and the idf weights.
   *
   * @throws IllegalArgumentException as {@link CountVectorizer#fit}
   */
  @Override
  public TfidfVectorizerModel fit(Frame x, Target y) {
    CountVectorizer.Vocabulary v = CountVectorizer.learn(x, params.counts(), "TfidfVectorizer");
    CsrMatrix counts = v.counts();
    int p = v.terms().size();
    double[] idf = new double[0];
    if (params.useIdf()) {
      int[] df = new int[p];
      for (int j : counts.indices()) {
        df[j]++;
      }
      int s = params.smoothIdf() ? 1 : 0;
      double n = counts.rows() + s;
      idf = new double[p];
      for (int j = 0; j < p; j++) {
        idf[j] = Math.log(n / (df[j] + s)) + 1;
      }
    }
    return new TfidfVectorizerModel(x.schema(), v.column(), params, v.terms(), idf,
        Provenance.of(name(), params, x, y, 0L));
  }
}
