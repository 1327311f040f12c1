package praxis.topic;

import java.util.ArrayList;
import java.util.List;
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
import praxis.linalg.CsrMatrix;

/**
 * A fitted {@link LatentDirichletAllocation}: the topic–word variational parameters {@code lambda}. As a
 * {@link Transformer} it maps term counts to document–topic distributions (columns {@code topic0 ...}, each row
 * summing to 1) by the E-step started from all-ones parameters, as scikit-learn's {@code transform}.
 *
 * <pre>{@code
 * LatentDirichletAllocationModel lda = new LatentDirichletAllocation().fit(counts, Target.none(n));
 * double[][] topicWord = lda.components();      // k x vocabulary, unnormalized (scikit-learn's components_)
 * List<List<String>> top = lda.topWords(10);    // the 10 heaviest terms of every topic, by column name
 * double pp = lda.perplexity(heldOutCounts);
 * }</pre>
 */
public final class LatentDirichletAllocationModel implements Transformer {
  static final String TYPE = "latent_dirichlet_allocation";
  private final Schema schema;
  private final Schema output;
  /** Word-major: topic t, word w at {@code w * k + t}. */
  private final double[] lam;
  private final double[] elogBeta;
  private final double[] expElogBeta;
  private final int k;
  private final LatentDirichletAllocation.Params params;
  private final int passes;
  private final Provenance provenance;

  LatentDirichletAllocationModel(Schema schema, double[] lam, int k, LatentDirichletAllocation.Params params,
      int passes, Provenance provenance) {
    this.schema = schema;
    this.lam = lam;
    this.k = k;
    this.params = params;
    this.passes = passes;
    this.provenance = provenance;
    this.elogBeta = LdaMath.dirichletExpectationTopics(lam, schema.size(), k);
    this.expElogBeta = LdaMath.exp(elogBeta);
    List<Field> f = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      f.add(Field.numeric("topic" + t));
    }
    this.output = new Schema(f);
  }

  /** Number of topics. */
  public int topicCount() {
    return k;
  }

  /** Passes made over the training data. */
  public int passes() {
    return passes;
  }

  /** The hyperparameters fitted with. */
  public LatentDirichletAllocation.Params params() {
    return params;
  }

  /** The topic–word variational parameters {@code [topic][term]} (scikit-learn's {@code components_}). */
  public double[][] components() {
    int p = schema.size();
    double[][] out = new double[k][p];
    for (int w = 0; w < p; w++) {
      for (int t = 0; t < k; t++) {
        out[t][w] = lam[w * k + t];
      }
    }
    return out;
  }

  /** The topic–word distributions: {@link #components()} with every row normalized to sum 1. */
  public double[][] topicWordDistribution() {
    double[][] c = components();
    for (double[] row : c) {
      double s = 0;
      for (double v : row) {
        s += v;
      }
      for (int w = 0; w < row.length; w++) {
        row[w] /= s;
      }
    }
    return c;
  }

  /**
   * The {@code n} heaviest terms of every topic (by {@link #components()}, ties by column order), named by the
   * input column names (the vocabulary when the input came from a vectorizer without a prefix).
   */
  public List<List<String>> topWords(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("topWords: n must be >= 1, got " + n);
    }
    int p = schema.size();
    int m = Math.min(n, p);
    List<String> names = schema.names();
    List<List<String>> out = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      Integer[] order = new Integer[p];
      for (int w = 0; w < p; w++) {
        order[w] = w;
      }
      int tt = t;
      java.util.Arrays.sort(order, (a, b) -> {
        int c = Double.compare(lam[b * k + tt], lam[a * k + tt]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      List<String> words = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        words.add(names.get(order[i]));
      }
      out.add(List.copyOf(words));
    }
    return List.copyOf(out);
  }

  private CsrMatrix input(Frame x, String who) {
    schema.requireCompatible(x.schema(), who + " input");
    return LatentDirichletAllocation.counts(x, who);
  }

  /** Unnormalized variational doc–topic parameters {@code gamma} (n x k, row-major). */
  double[] gamma(CsrMatrix m) {
    return LdaMath.eStep(m, 0, m.rows(), expElogBeta, k, params.alpha(), params.maxDocUpdateIter(),
        params.meanChangeTol(), null, false, params.nThreads()).gamma();
  }

  /** The document–topic distributions {@code [document][topic]} (rows sum to 1). */
  public double[][] documentTopics(Frame x) {
    CsrMatrix m = input(x, "LatentDirichletAllocationModel.documentTopics");
    double[] g = gamma(m);
    double[][] out = new double[m.rows()][k];
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int t = 0; t < k; t++) {
        s += g[i * k + t];
      }
      for (int t = 0; t < k; t++) {
        out[i][t] = g[i * k + t] / s;
      }
    }
    return out;
  }

  /**
   * Perplexity {@code exp(-bound / total count)} of {@code x} under the variational bound, as scikit-learn's
   * {@code perplexity(X)} (lower is better).
   *
   * @throws IllegalArgumentException when {@code x} holds no word at all
   */
  public double perplexity(Frame x) {
    CsrMatrix m = input(x, "LatentDirichletAllocationModel.perplexity");
    double words = 0;
    for (double v : m.values()) {
      words += v;
    }
    if (words <= 0) {
      throw new IllegalArgumentException("perplexity: the " + m.rows() + " documents hold no known term (total"
          + " count 0); perplexity is undefined");
    }
    return LdaMath.perplexity(m, gamma(m), lam, elogBeta, k, params.alpha(), params.eta());
  }

  /** The variational lower bound of the log-likelihood of {@code x} (scikit-learn's {@code score}). */
  public double score(Frame x) {
    CsrMatrix m = input(x, "LatentDirichletAllocationModel.score");
    return LdaMath.bound(m, gamma(m), lam, elogBeta, k, params.alpha(), params.eta());
  }

  @Override
  public Frame transform(Frame x) {
    double[][] d = documentTopics(x);
    List<DoubleColumn> cols = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      double[] v = new double[d.length];
      for (int i = 0; i < d.length; i++) {
        v[i] = d[i][t];
      }
      cols.add(DoubleColumn.wrap("topic" + t, v));
    }
    return Frame.of(cols);
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
    LatentDirichletAllocation.Params q = params;
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("components", components()).put("docTopicPrior", q.alpha()).put("topicWordPrior", q.eta())
        .put("method", q.method().name()).put("learningDecay", q.learningDecay())
        .put("learningOffset", q.learningOffset()).put("batchSize", q.batchSize()).put("maxIter", q.maxIter())
        .put("meanChangeTol", q.meanChangeTol()).put("maxDocUpdateIter", q.maxDocUpdateIter()).put("seed", q.seed())
        .put("nThreads", q.nThreads()).put("passes", passes).build();
  }

  /**
   * Reads {@code latent_dirichlet_allocation} model state.
   *
   * <pre>{@code
   * LatentDirichletAllocationModel lda = (LatentDirichletAllocationModel) ModelIO.load(Path.of("lda.praxis"));
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
    public LatentDirichletAllocationModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[][] comp = s.getMatrix("components");
      int p = schema.size();
      if (comp.length < 1) {
        throw new ModelFormatException("inconsistent 'latent_dirichlet_allocation' model state: no topic");
      }
      int k = comp.length;
      double[] lam = new double[p * k];
      for (int t = 0; t < k; t++) {
        if (comp[t].length != p) {
          throw new ModelFormatException("inconsistent 'latent_dirichlet_allocation' model state: topic " + t + " has " + comp[t].length
              + " terms but the schema has " + p);
        }
        for (int w = 0; w < p; w++) {
          if (!(comp[t][w] > 0)) {
            throw new ModelFormatException("inconsistent 'latent_dirichlet_allocation' model state: component (" + t + ", " + w + ") = "
                + comp[t][w] + " is not positive");
          }
          lam[w * k + t] = comp[t][w];
        }
      }
      LatentDirichletAllocation.Params q;
      try {
        q = new LatentDirichletAllocation.Params(k, s.getDouble("docTopicPrior"), s.getDouble("topicWordPrior"),
            LatentDirichletAllocation.Method.valueOf(s.getString("method")), s.getDouble("learningDecay"),
            s.getDouble("learningOffset"), s.getInt("batchSize"), s.getInt("maxIter"), s.getDouble("meanChangeTol"),
            s.getInt("maxDocUpdateIter"), s.getLong("seed"), s.getInt("nThreads"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'latent_dirichlet_allocation' model state: " + e.getMessage());
      }
      return new LatentDirichletAllocationModel(schema, lam, k, q, s.getInt("passes"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
