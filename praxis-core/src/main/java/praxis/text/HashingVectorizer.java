package praxis.text;

import java.nio.charset.StandardCharsets;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Hashed bag of words, as scikit-learn's {@code HashingVectorizer} (1.2.1): every term (same analyzer as
 * {@link CountVectorizer}) goes to column {@code |h| mod nFeatures}, where {@code h} is the signed 32-bit
 * MurmurHash3 (x86, seed 0) of its UTF-8 bytes; with {@code alternateSign} it adds {@code -1} instead of
 * {@code +1} when {@code h < 0}, so collisions tend to cancel. Counts of colliding terms are summed, then
 * {@code binary} replaces non-zero values by 1 and rows are normalized ({@link Norm}). No vocabulary is learned:
 * {@code fit} only records the input schema, so the model is small and transforms any corpus in a streaming
 * way; the price is that columns ({@code prefix + "h" + index}) cannot be mapped back to words.
 *
 * <p>Default {@code nFeatures} is {@code 2^18}, not scikit-learn's {@code 2^20}: every output column is a
 * {@code DoubleColumn} of the result frame, and a frame of a million (mostly empty) columns costs hundreds of MB.
 *
 * <pre>{@code
 * HashingVectorizer hv = new HashingVectorizer(HashingVectorizer.Params.DEFAULTS.withNFeatures(1 << 12));
 * Frame hashed = hv.fit(docs, Target.none(docs.rowCount())).transform(docs);   // 4096 sparse columns
 * int col = HashingVectorizer.murmurhash3("praxis");   // scikit-learn's murmurhash3_32("praxis")
 * }</pre>
 */
public final class HashingVectorizer implements Estimator<HashingVectorizer.Params, HashingVectorizerModel> {
  /**
   * Hyperparameters.
   *
   * @param column the text column; empty = the only text column
   * @param lowercase lower-case documents before tokenizing
   * @param stopWords stop words removed after tokenizing
   * @param ngramMin shortest word n-gram
   * @param ngramMax longest word n-gram
   * @param nFeatures number of output columns (1 to 2^30)
   * @param alternateSign sign of the hash decides the sign of the added value
   * @param binary non-zero values become 1 (before normalization)
   * @param norm row normalization
   * @param prefix prepended to the output column names {@code h0, h1, ...}
   */
  public record Params(String column, boolean lowercase, StopWords stopWords, int ngramMin, int ngramMax,
      int nFeatures, boolean alternateSign, boolean binary, Norm norm, String prefix) implements praxis.api.Params {
    /** scikit-learn's defaults except {@code nFeatures = 2^18} (see the class comment). */
    public static final Params DEFAULTS = new Params("", true, StopWords.NONE, 1, 1, 1 << 18, true, false, Norm.L2, "");

    /** Validates. */
    public Params {
      Check.notNull(column, "column");
      Check.notNull(stopWords, "stopWords");
      Check.notNull(norm, "norm");
      Check.notNull(prefix, "prefix");
      CountVectorizer.checkAnalyzer(ngramMin, ngramMax);
      if (nFeatures < 1 || nFeatures > 1 << 30) {
        throw new IllegalArgumentException("nFeatures must be in [1, 2^30] but is " + nFeatures + "; e.g. 1 << 18");
      }
    }

    /** Another text column. */
    public Params withColumn(String v) {
      return new Params(v, lowercase, stopWords, ngramMin, ngramMax, nFeatures, alternateSign, binary, norm, prefix);
    }

    /** Other stop words. */
    public Params withStopWords(StopWords v) {
      return new Params(column, lowercase, v, ngramMin, ngramMax, nFeatures, alternateSign, binary, norm, prefix);
    }

    /** Word n-grams of lengths {@code min..max}. */
    public Params withNgramRange(int min, int max) {
      return new Params(column, lowercase, stopWords, min, max, nFeatures, alternateSign, binary, norm, prefix);
    }

    /** Another number of columns. */
    public Params withNFeatures(int v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, v, alternateSign, binary, norm, prefix);
    }

    /** With or without alternating signs. */
    public Params withAlternateSign(boolean v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, nFeatures, v, binary, norm, prefix);
    }

    /** Presence instead of counts. */
    public Params withBinary(boolean v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, nFeatures, alternateSign, v, norm, prefix);
    }

    /** Another row normalization. */
    public Params withNorm(Norm v) {
      return new Params(column, lowercase, stopWords, ngramMin, ngramMax, nFeatures, alternateSign, binary, v, prefix);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public HashingVectorizer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public HashingVectorizer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public HashingVectorizer withParams(Params p) {
    return new HashingVectorizer(p);
  }

  @Override
  public String name() {
    return "hashing_vectorizer";
  }

  /**
   * Records the input schema and the text column (nothing is learned).
   *
   * @throws IllegalArgumentException on 0 rows or when the text column cannot be determined
   */
  @Override
  public HashingVectorizerModel fit(Frame x, Target y) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException("HashingVectorizer: the input has 0 rows; at least 1 document is required");
    }
    int col = TextSupport.textColumn(x.schema(), params.column(), "HashingVectorizer");
    return new HashingVectorizerModel(x.schema(), col, params, Provenance.of(name(), params, x, y, 0L));
  }

  /** Signed 32-bit MurmurHash3 (x86_32, seed 0) of the UTF-8 bytes of {@code s}, as scikit-learn's. */
  public static int murmurhash3(String s) {
    return murmurhash3(s.getBytes(StandardCharsets.UTF_8), 0);
  }

  /** Signed 32-bit MurmurHash3 (x86_32) of {@code data} with {@code seed}. */
  public static int murmurhash3(byte[] data, int seed) {
    final int c1 = 0xcc9e2d51;
    final int c2 = 0x1b873593;
    int h = seed;
    int n = data.length;
    int blocks = n / 4;
    for (int b = 0; b < blocks; b++) {
      int i = b * 4;
      int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
      k *= c1;
      k = Integer.rotateLeft(k, 15);
      k *= c2;
      h ^= k;
      h = Integer.rotateLeft(h, 13);
      h = h * 5 + 0xe6546b64;
    }
    int tail = blocks * 4;
    int k = 0;
    switch (n & 3) {
      case 3:
        k ^= (data[tail + 2] & 0xff) << 16;
        // fall through
      case 2:
        k ^= (data[tail + 1] & 0xff) << 8;
        // fall through
      case 1:
        k ^= data[tail] & 0xff;
        k *= c1;
        k = Integer.rotateLeft(k, 15);
        k *= c2;
        h ^= k;
        break;
      default:
        break;
    }
    h ^= n;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
