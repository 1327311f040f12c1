package praxis.text;

/**
 * Row normalization of the tf-idf and hashing vectorizers (scikit-learn's {@code norm=}).
 *
 * <pre>{@code
 * TfidfVectorizer tfidf = new TfidfVectorizer(TfidfVectorizer.Params.DEFAULTS.withNorm(Norm.L1));
 * }</pre>
 */
public enum Norm {
  /** Each row scaled to unit Euclidean length (rows of zeros stay zero). */
  L2,
  /** Each row scaled so its absolute values sum to one. */
  L1,
  /** No normalization. */
  NONE
}
