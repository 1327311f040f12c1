package praxis.decomposition;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;
import praxis.linalg.DenseMatrix;

/**
 * Truncated SVD (latent semantic analysis, U5) as scikit-learn 1.2's {@code TruncatedSVD}: the top
 * {@code k} singular triplets of the <em>uncentered</em> data, so sparse input (text counts, one-hot,
 * LibSVM) is used as CSR and never densified. Randomized solver (Halko et al. 2011; {@code k + 10} random
 * directions, {@code nIter} power iterations, QR re-orthonormalization), or the exact thin SVD for small
 * dense data. Scores are {@code U Σ}; explained variance is the variance of each score column, its ratio
 * relative to the total variance of the input columns.
 *
 * <pre>{@code
 * PCAModel lsa = TruncatedSVD.of(100).fit(tfidf, Target.none(tfidf.rowCount()));
 * Frame topics = lsa.transform(tfidf);     // columns svd0 ... svd99
 * }</pre>
 */
public final class TruncatedSVD implements Estimator<TruncatedSVD.Params, PCAModel> {
  /** SVD method. */
  public enum Algorithm {
    /** Randomized range finder (works on sparse input). */
    RANDOMIZED,
    /** Exact thin SVD of the dense matrix. */
    EXACT
  }

  /**
   * Hyperparameters.
   *
   * @param nComponents components (&gt;= 1, &lt; number of columns)
   * @param algorithm randomized or exact
   * @param nIter power iterations of the randomized solver (&gt;= 0)
   * @param nOversamples extra random directions (&gt;= 0)
   * @param seed random seed
   */
  public record Params(int nComponents, Algorithm algorithm, int nIter, int nOversamples, long seed)
      implements praxis.api.Params {
    /** 2 components, randomized, 5 iterations, 10 oversamples, seed 0 (scikit-learn 1.2). */
    public static final Params DEFAULTS = new Params(2, Algorithm.RANDOMIZED, 5, 10, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 1, "nComponents");
      Check.notNull(algorithm, "algorithm");
      Check.atLeast(nIter, 0, "nIter");
      Check.atLeast(nOversamples, 0, "nOversamples");
    }

    /** With another number of components. */
    public Params withNComponents(int k) {
      return new Params(k, algorithm, nIter, nOversamples, seed);
    }

    /** With another algorithm. */
    public Params withAlgorithm(Algorithm a) {
      return new Params(nComponents, a, nIter, nOversamples, seed);
    }

    /** With another number of power iterations. */
    public Params withNIter(int it) {
      return new Params(nComponents, algorithm, it, nOversamples, seed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public TruncatedSVD() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public TruncatedSVD(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** With defaults and {@code k} components. */
  public static TruncatedSVD of(int k) {
    return new TruncatedSVD(Params.DEFAULTS.withNComponents(k));
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public TruncatedSVD withParams(Params p) {
    return new TruncatedSVD(p);
  }

  @Override
  public String name() {
    return "truncated_svd";
  }

  /**
   * Fits the top singular vectors ({@code y} is ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, or {@code nComponents >=}
   *     the number of columns
   */
  @Override
  public PCAModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "TruncatedSVD");
    x.requireNumeric("TruncatedSVD");
    x.requireFinite("TruncatedSVD");
    int n = x.rowCount();
    int p = x.columnCount();
    int k = params.nComponents();
    if (k >= p || k > n) {
      throw new IllegalArgumentException("TruncatedSVD: nComponents = " + k + " must be below the number of columns ("
          + p + ") and at most the number of rows (" + n + ")");
    }
    double[] colVar;
    SvdSupport.Thin t;
    if (params.algorithm() == Algorithm.EXACT) {
      double[] cm = x.toColumnMajor();
      colVar = varianceOfColumns(cm, n, p);
      t = SvdSupport.exact(DenseMatrix.wrap(n, p, cm));
      SvdSupport.flip(t, true);
    } else {
      SvdSupport.Operator op;
      if (x.hasSparseColumns()) {
        CsrMatrix m = x.toCsr();
        colVar = varianceOfColumns(m, n, p);
        op = SvdSupport.sparse(m);
      } else {
        double[] cm = x.toColumnMajor();
        colVar = varianceOfColumns(cm, n, p);
        op = SvdSupport.dense(DenseMatrix.wrap(n, p, cm), null);
      }
      t = SvdSupport.randomized(op, k, params.nOversamples(), params.nIter(), params.seed());
      SvdSupport.flip(t, n >= p);
    }
    double totalVar = 0;
    for (double v : colVar) {
      totalVar += v;
    }
    double[][] comp = new double[k][p];
    double[] s = new double[k];
    double[] ev = new double[k];
    double[] ratio = new double[k];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        comp[c][j] = t.vt()[j * t.k() + c];
      }
      s[c] = t.s()[c];
      // Variance (ddof 0) of the scores u_c * s_c.
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += t.u()[c * n + i] * s[c];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = t.u()[c * n + i] * s[c] - mean;
        ss += d * d;
      }
      ev[c] = ss / n;
      ratio[c] = ev[c] / totalVar;
    }
    return new PCAModel(x.schema(), "svd", null, comp, ev, ratio, s, 0.0, false,
        Provenance.of(name(), params, x, y, params.seed()));
  }

  private static double[] varianceOfColumns(double[] cm, int n, int p) {
    double[] v = new double[p];
    for (int j = 0; j < p; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += cm[j * n + i];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = cm[j * n + i] - mean;
        ss += d * d;
      }
      v[j] = ss / n;
    }
    return v;
  }

  private static double[] varianceOfColumns(CsrMatrix m, int n, int p) {
    double[] sum = new double[p];
    double[] sq = new double[p];
    int[] idx = m.indices();
    double[] val = m.values();
    for (int t = 0; t < idx.length; t++) {
      sum[idx[t]] += val[t];
      sq[idx[t]] += val[t] * val[t];
    }
    double[] v = new double[p];
    for (int j = 0; j < p; j++) {
      double mean = sum[j] / n;
      v[j] = Math.max(0, sq[j] / n - mean * mean);
    }
    return v;
  }
}
