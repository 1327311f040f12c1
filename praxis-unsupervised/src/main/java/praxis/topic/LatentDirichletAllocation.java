package praxis.topic;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Latent Dirichlet allocation (U8; Blei, Ng and Jordan 2003) fitted by variational Bayes as scikit-learn 1.2's
 * {@code LatentDirichletAllocation} (Hoffman, Blei and Bach 2010): topic–word variational parameters
 * {@code lambda} (k x vocabulary) start from NumPy's {@code RandomState(seed).gamma(100, 1/100)} (the same
 * draws as scikit-learn for the same {@code random_state}); each E-step starts every document's doc–topic
 * parameters {@code gamma_d} from fresh gamma(100, 1/100) draws and iterates
 * {@code gamma_d = alpha + exp(E[log theta_d]) * sum_w n_dw exp(E[log beta_w]) / phi_norm} until the mean
 * absolute change is below {@code meanChangeTol} (at most {@code maxDocUpdateIter} times). The M-step is
 * {@code lambda = eta + stats} in {@link Method#BATCH} mode (one E-step over all documents per pass), or the
 * online step {@code lambda = (1 - rho) lambda + rho (eta + n / |batch| stats)} with
 * {@code rho = (learningOffset + t)^(-learningDecay)} over successive mini-batches of {@code batchSize}
 * documents in {@link Method#ONLINE} mode. {@code maxIter} passes over the data.
 *
 * <p>Input: non-negative term counts, typically the sparse output of {@link praxis.text.CountVectorizer}; read
 * with {@link Frame#toCsr()} and never densified. Cost per pass {@code O(non-zeros x k x inner iterations)}.
 * With {@code nThreads > 1} the E-step runs over fixed blocks of 2,048 documents whose statistics are summed in
 * block order: the result does not depend on the thread count.
 *
 * <pre>{@code
 * CountVectorizerModel cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS
 *     .withStopWords(StopWords.ENGLISH).withMinDf(5).withMaxDf(0.5)).fit(docs, Target.none(docs.rowCount()));
 * Frame counts = cv.transform(docs);
 * LatentDirichletAllocationModel lda = new LatentDirichletAllocation(
 *     LatentDirichletAllocation.Params.DEFAULTS.withNComponents(20)).fit(counts, Target.none(counts.rowCount()));
 * List<List<String>> top = lda.topWords(10);
 * double perplexity = lda.perplexity(cv.transform(heldOut));
 * Frame theta = lda.transform(counts);        // columns topic0 ... topic19, rows sum to 1
 * }</pre>
 */
public final class LatentDirichletAllocation
    implements Estimator<LatentDirichletAllocation.Params, LatentDirichletAllocationModel> {
  /** How the topic–word parameters are updated. */
  public enum Method {
    /** One E-step over all documents per pass, then {@code lambda = eta + stats} (scikit-learn's default). */
    BATCH,
    /** Stochastic variational inference over mini-batches of {@code batchSize} documents. */
    ONLINE
  }

  /**
   * Hyperparameters.
   *
   * @param nComponents number of topics k (&gt;= 1)
   * @param docTopicPrior alpha (&gt; 0), or 0 for 1/k
   * @param topicWordPrior eta (&gt; 0), or 0 for 1/k
   * @param method batch or online updates
   * @param learningDecay kappa of the online step size, in (0.5, 1]
   * @param learningOffset tau0 of the online step size (&gt; 1 in scikit-learn's advice; &gt;= 0 here)
   * @param batchSize documents per online mini-batch (&gt;= 1)
   * @param maxIter passes over the data (&gt;= 1)
   * @param meanChangeTol E-step stopping tolerance on the mean absolute change of gamma_d (&gt;= 0)
   * @param maxDocUpdateIter E-step iteration cap per document (&gt;= 1)
   * @param seed NumPy {@code random_state} of the initial draws
   * @param nThreads threads of the E-step (&gt;= 1)
   */
  public record Params(int nComponents, double docTopicPrior, double topicWordPrior, Method method,
      double learningDecay, double learningOffset, int batchSize, int maxIter, double meanChangeTol,
      int maxDocUpdateIter, long seed, int nThreads) implements praxis.api.Params {
    /** scikit-learn's defaults: 10 topics, priors 1/k, batch, decay 0.7, offset 10, batch 128, 10 passes. */
    public static final Params DEFAULTS = new Params(10, 0, 0, Method.BATCH, 0.7, 10.0, 128, 10, 1e-3, 100, 0L, 1);

    /** Validates. */
    public Params {
      if (nComponents < 1) {
        throw new IllegalArgumentException("nComponents (the number of topics) must be >= 1, got " + nComponents
            + "; use e.g. 10");
      }
      Check.nonNegative(docTopicPrior, "docTopicPrior (0 = 1/nComponents)");
      Check.nonNegative(topicWordPrior, "topicWordPrior (0 = 1/nComponents)");
      Check.notNull(method, "method");
      if (!(learningDecay > 0.5 && learningDecay <= 1)) {
        throw new IllegalArgumentException("learningDecay must be in (0.5, 1] for the online updates to converge, got "
            + learningDecay + "; use 0.7");
      }
      Check.nonNegative(learningOffset, "learningOffset");
      Check.atLeast(batchSize, 1, "batchSize");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(meanChangeTol, "meanChangeTol");
      Check.atLeast(maxDocUpdateIter, 1, "maxDocUpdateIter");
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another number of topics. */
    public Params withNComponents(int k) {
      return new Params(k, docTopicPrior, topicWordPrior, method, learningDecay, learningOffset, batchSize, maxIter,
          meanChangeTol, maxDocUpdateIter, seed, nThreads);
    }

    /** With other priors (0 = 1/k). */
    public Params withPriors(double alpha, double eta) {
      return new Params(nComponents, alpha, eta, method, learningDecay, learningOffset, batchSize, maxIter,
          meanChangeTol, maxDocUpdateIter, seed, nThreads);
    }

    /** With another learning method. */
    public Params withMethod(Method m) {
      return new Params(nComponents, docTopicPrior, topicWordPrior, m, learningDecay, learningOffset, batchSize,
          maxIter, meanChangeTol, maxDocUpdateIter, seed, nThreads);
    }

    /** With other online-learning settings. */
    public Params withOnline(double decay, double offset, int batch) {
      return new Params(nComponents, docTopicPrior, topicWordPrior, Method.ONLINE, decay, offset, batch, maxIter,
          meanChangeTol, maxDocUpdateIter, seed, nThreads);
    }

    /** With another number of passes. */
    public Params withMaxIter(int m) {
      return new Params(nComponents, docTopicPrior, topicWordPrior, method, learningDecay, learningOffset, batchSize,
          m, meanChangeTol, maxDocUpdateIter, seed, nThreads);
    }

    /** With other E-step settings. */
    public Params withEStep(double tol, int maxDocIter) {
      return new Params(nComponents, docTopicPrior, topicWordPrior, method, learningDecay, learningOffset, batchSize,
          maxIter, tol, maxDocIter, seed, nThreads);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nComponents, docTopicPrior, topicWordPrior, method, learningDecay, learningOffset, batchSize,
          maxIter, meanChangeTol, maxDocUpdateIter, s, nThreads);
    }

    /** With another thread count. */
    public Params withNThreads(int t) {
      return new Params(nComponents, docTopicPrior, topicWordPrior, method, learningDecay, learningOffset, batchSize,
          maxIter, meanChangeTol, maxDocUpdateIter, seed, t);
    }

    /** alpha actually used. */
    public double alpha() {
      return docTopicPrior > 0 ? docTopicPrior : 1.0 / nComponents;
    }

    /** eta actually used. */
    public double eta() {
      return topicWordPrior > 0 ? topicWordPrior : 1.0 / nComponents;
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LatentDirichletAllocation() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LatentDirichletAllocation(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LatentDirichletAllocation withParams(Params p) {
    return new LatentDirichletAllocation(p);
  }

  @Override
  public String name() {
    return "latent_dirichlet_allocation";
  }

  /** Validated non-negative counts as CSR. */
  static CsrMatrix counts(Frame x, String who) {
    Check.nonEmpty(x, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 term columns; vectorize the text first (e.g."
          + " CountVectorizer)");
    }
    x.requireNumeric(who);
    CsrMatrix m = x.toCsr();
    double[] v = m.values();
    int[] ptr = m.indptr();
    for (int i = 0; i < m.rows(); i++) {
      for (int t = ptr[i]; t < ptr[i + 1]; t++) {
        if (!(v[t] >= 0) || Double.isInfinite(v[t])) {
          throw new IllegalArgumentException(who + " needs finite non-negative term counts but column '"
              + x.schema().names().get(m.indices()[t]) + "' row " + i + " is " + v[t]
              + "; pass the output of CountVectorizer (counts), not centred or scaled data");
        }
      }
    }
    return m;
  }

  /**
   * Fits the topics ({@code y} ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric, negative or non-finite input
   */
  @Override
  public LatentDirichletAllocationModel fit(Frame x, Target y) {
    CsrMatrix m = counts(x, "LatentDirichletAllocation");
    int n = m.rows();
    int p = m.cols();
    int k = params.nComponents();
    double alpha = params.alpha();
    double eta = params.eta();
    NumpyGamma rng = new NumpyGamma(params.seed());
    double[] init = rng.fill(k * p, 100.0, 0.01);
    double[] lam = new double[p * k];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < p; w++) {
        lam[w * k + t] = init[t * p + w];
      }
    }
    double[] expElogBeta = LdaMath.exp(LdaMath.dirichletExpectationTopics(lam, p, k));
    long batchIter = 1;
    for (int pass = 0; pass < params.maxIter(); pass++) {
      if (params.method() == Method.BATCH) {
        double[] g0 = rng.fill(n * k, 100.0, 0.01);
        LdaMath.EStep st = LdaMath.eStep(m, 0, n, expElogBeta, k, alpha, params.maxDocUpdateIter(),
            params.meanChangeTol(), g0, true, params.nThreads());
        double[] s = st.sstats();
        for (int i = 0; i < lam.length; i++) {
          lam[i] = eta + s[i];
        }
        expElogBeta = LdaMath.exp(LdaMath.dirichletExpectationTopics(lam, p, k));
        batchIter++;
      } else {
        for (int from = 0; from < n; from += params.batchSize()) {
          int to = Math.min(n, from + params.batchSize());
          double[] g0 = rng.fill((to - from) * k, 100.0, 0.01);
          LdaMath.EStep st = LdaMath.eStep(m, from, to, expElogBeta, k, alpha, params.maxDocUpdateIter(),
              params.meanChangeTol(), g0, true, params.nThreads());
          double[] s = st.sstats();
          double rho = Math.pow(params.learningOffset() + batchIter, -params.learningDecay());
          double ratio = (double) n / (to - from);
          for (int i = 0; i < lam.length; i++) {
            lam[i] = lam[i] * (1 - rho) + rho * (eta + ratio * s[i]);
          }
          expElogBeta = LdaMath.exp(LdaMath.dirichletExpectationTopics(lam, p, k));
          batchIter++;
        }
      }
    }
    return new LatentDirichletAllocationModel(x.schema(), lam, k, params, params.maxIter(),
        Provenance.of(name(), params, x, y, params.seed()));
  }
}
