package praxis.nn;

import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;

/**
 * Lookup table mapping integer tokens to learned vectors: each sample carries {@code tokens} integer codes
 * in {@code [0, vocabulary)} (stored as doubles), and the output concatenates their {@code dim}-wide
 * vectors ({@code tokens · dim} wide). The table is {@code dim × vocabulary} (one column per token); its
 * gradient scatter-adds the output gradient; no gradient flows to the codes. Initialized N(0, 1) as PyTorch.
 *
 * <pre>{@code
 * Network net = Network.of(2, new Embedding(100, 8, 2), Activation.relu(16), new Dense(16, 1));
 * }</pre>
 */
public final class Embedding extends Layer {
  private final int vocabulary;
  private final int dim;
  private final int tokens;
  private final Param table;

  /**
   * @param vocabulary number of distinct codes (&gt;= 1)
   * @param dim vector width (&gt;= 1)
   * @param tokens codes per sample (&gt;= 1)
   */
  public Embedding(int vocabulary, int dim, int tokens) {
    super(Dense.checkSize(tokens, "tokens"), Dense.checkSize(dim, "dim") * tokens);
    this.vocabulary = Dense.checkSize(vocabulary, "vocabulary");
    this.dim = dim;
    this.tokens = tokens;
    table = new Param("table", dim, vocabulary, true, true);
    Init.STANDARD_NORMAL.fill(table.value(), dim, vocabulary, new SplittableRandom(0));
  }

  @Override
  public String kind() {
    return "embedding";
  }

  @Override
  public List<Param> params() {
    return List.of(table);
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    Init.STANDARD_NORMAL.fill(table.value(), dim, vocabulary, rng);
  }

  private int code(double v, int sample, int t) {
    int c = (int) v;
    if (c != v || c < 0 || c >= vocabulary) {
      throw new IllegalArgumentException("embedding input of sample " + sample + ", token " + t + " is " + v
          + " but must be an integer code in [0, " + vocabulary + "); encode the tokens as 0.." + (vocabulary - 1));
    }
    return c;
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    double[] w = table.value();
    int out = outputSize();
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < tokens; t++) {
        int c = code(x[i * tokens + t], i, t);
        System.arraycopy(w, c * dim, y, i * out + t * dim, dim);
      }
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    if (!frozen()) {
      double[] g = table.grad();
      java.util.Arrays.fill(g, 0.0);
      int out = outputSize();
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < tokens; t++) {
          int c = (int) x[i * tokens + t];
          int o = i * out + t * dim;
          for (int e = 0; e < dim; e++) {
            g[c * dim + e] += dy[o + e];
          }
        }
      }
    }
    if (dx != null) {
      java.util.Arrays.fill(dx, 0, tokens * n, 0.0);
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new Embedding(vocabulary, dim, tokens));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("vocabulary", vocabulary).put("dim", dim).put("tokens", tokens);
  }
}
