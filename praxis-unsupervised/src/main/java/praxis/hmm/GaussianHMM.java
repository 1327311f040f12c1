package praxis.hmm;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Provenance;
import praxis.cluster.KMeans;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Fits a {@link GaussianHMMModel} (U10) by Baum–Welch (EM) over several sequences of real vectors.
 *
 * <p>Input: a {@code List<double[][]>}, one {@code [t][feature]} array per sequence in time order (an HMM
 * sees ordered sequences, not independent rows, so it is not a Frame-based {@link praxis.api.Estimator}; the
 * fitted model is still a {@link praxis.api.Model} with save/load). Initialization: start and transition
 * probabilities uniform; means from {@link KMeans} on all observations ({@link Init#KMEANS}, seeded) or from
 * randomly chosen observations ({@link Init#RANDOM}); every covariance starts as the covariance (or variances)
 * of all observations plus {@code minCovar} — as hmmlearn's {@code GaussianHMM}. The M-step is the
 * maximum-likelihood update with {@code minCovar} added to the diagonal of each covariance (keeps them
 * positive definite). Iterates until the log-likelihood improves by less than {@code tol} or {@code maxIter}
 * iterations; {@link HMMModel#logLikelihoodHistory()} records the log-likelihood before each update.
 *
 * <pre>{@code
 * List<double[][]> seqs = List.of(returns2020, returns2021);   // each [day][feature]
 * GaussianHMMModel m = new GaussianHMM(GaussianHMM.Params.DEFAULTS.withNStates(3)).fit(seqs);
 * double[][] means = m.means();
 * }</pre>
 */
public final class GaussianHMM {
  /** Covariance structure per state. */
  public enum CovarianceType {
    /** Independent features: one variance per feature and state. */
    DIAG,
    /** A full covariance matrix per state. */
    FULL
  }

  /** Initialization of the means. */
  public enum Init {
    /** k-means centres of all observations. */
    KMEANS,
    /** Observations drawn at random without replacement. */
    RANDOM
  }

  /**
   * Hyperparameters.
   *
   * @param nStates hidden states (≥ 1)
   * @param covarianceType covariance structure
   * @param maxIter maximum Baum–Welch iterations (≥ 1)
   * @param tol stop when the log-likelihood gain is below this (≥ 0)
   * @param minCovar added to covariance diagonals (&gt; 0)
   * @param init mean initialization
   * @param seed initialization seed
   */
  public record Params(int nStates, CovarianceType covarianceType, int maxIter, double tol, double minCovar, Init init,
      long seed) implements praxis.api.Params {
    /** 2 states, diagonal, 100 iterations, tol 1e-4, minCovar 1e-3, k-means, seed 0. */
    public static final Params DEFAULTS = new Params(2, CovarianceType.DIAG, 100, 1e-4, 1e-3, Init.KMEANS, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nStates, 1, "nStates");
      Check.notNull(covarianceType, "covarianceType");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      Check.positive(minCovar, "minCovar");
      Check.notNull(init, "init");
    }

    /** With another number of states. */
    public Params withNStates(int v) {
      return new Params(v, covarianceType, maxIter, tol, minCovar, init, seed);
    }

    /** With another covariance type. */
    public Params withCovarianceType(CovarianceType v) {
      return new Params(nStates, v, maxIter, tol, minCovar, init, seed);
    }

    /** With another iteration limit. */
    public Params withMaxIter(int v) {
      return new Params(nStates, covarianceType, v, tol, minCovar, init, seed);
    }

    /** With another tolerance. */
    public Params withTol(double v) {
      return new Params(nStates, covarianceType, maxIter, v, minCovar, init, seed);
    }

    /** With another initialization. */
    public Params withInit(Init v) {
      return new Params(nStates, covarianceType, maxIter, tol, minCovar, v, seed);
    }

    /** With another seed. */
    public Params withSeed(long v) {
      return new Params(nStates, covarianceType, maxIter, tol, minCovar, init, v);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public GaussianHMM() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public GaussianHMM(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** The hyperparameters. */
  public Params params() {
    return params;
  }

  /**
   * Fits from the seeded initialization.
   *
   * @throws IllegalArgumentException on an empty list, an empty sequence, ragged or non-finite observations,
   *     or fewer observations than states
   */
  public GaussianHMMModel fit(List<double[][]> seqs) {
    if (seqs == null || seqs.isEmpty()) {
      throw new IllegalArgumentException("GaussianHMM: the sequence list is empty; pass at least one non-empty"
          + " sequence");
    }
    double[][] first = seqs.get(0);
    if (first == null || first.length == 0 || first[0] == null || first[0].length == 0) {
      throw new IllegalArgumentException("GaussianHMM: sequence 0 is empty; sequences need at least 1 observation"
          + " of at least 1 feature");
    }
    int p = first[0].length;
    int k = params.nStates();
    double[] s0 = new double[k];
    java.util.Arrays.fill(s0, 1.0 / k);
    double[][] a0 = new double[k][k];
    for (double[] r : a0) {
      java.util.Arrays.fill(r, 1.0 / k);
    }
    // validate shapes through a placeholder model before touching the data
    double[][] zeroMeans = new double[k][p];
    double[][] ones = new double[k][p];
    for (double[] r : ones) {
      java.util.Arrays.fill(r, 1.0);
    }
    GaussianHMMModel.ofDiagonal(s0, a0, zeroMeans, ones).checkAll(seqs);
    int n = 0;
    for (double[][] s : seqs) {
      n += s.length;
    }
    if (n < k) {
      throw new IllegalArgumentException("GaussianHMM: " + n + " observations in all but nStates = " + k
          + "; need at least as many observations as states");
    }
    double[] all = new double[n * p]; // column-major
    int o = 0;
    for (double[][] s : seqs) {
      for (double[] x : s) {
        for (int j = 0; j < p; j++) {
          all[j * n + o] = x[j];
        }
        o++;
      }
    }
    double[] mean = new double[p];
    for (int j = 0; j < p; j++) {
      double t = 0;
      for (int i = 0; i < n; i++) {
        t += all[j * n + i];
      }
      mean[j] = t / n;
    }
    double[][] c = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b <= a; b++) {
        double t = 0;
        for (int i = 0; i < n; i++) {
          t += (all[a * n + i] - mean[a]) * (all[b * n + i] - mean[b]);
        }
        double v = n > 1 ? t / (n - 1) : 0.0;
        c[a][b] = v;
        c[b][a] = v;
      }
      c[a][a] += params.minCovar();
    }
    double[][] means = new double[k][];
    if (params.init() == Init.KMEANS) {
      List<DoubleColumn> cols = new ArrayList<>(p);
      for (int j = 0; j < p; j++) {
        cols.add(DoubleColumn.wrap("x" + j, java.util.Arrays.copyOfRange(all, j * n, (j + 1) * n)));
      }
      Frame f = Frame.of(cols);
      means = new KMeans(KMeans.Params.DEFAULTS.withNClusters(k).withSeed(params.seed())).fit(f,
          Target.none(n)).centers();
    } else {
      SplittableRandom rng = new SplittableRandom(params.seed());
      int[] idx = new int[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      for (int s = 0; s < k; s++) {
        int r = s + rng.nextInt(n - s);
        int t = idx[s];
        idx[s] = idx[r];
        idx[r] = t;
        means[s] = new double[p];
        for (int j = 0; j < p; j++) {
          means[s][j] = all[j * n + idx[s]];
        }
      }
    }
    GaussianHMMModel init;
    if (params.covarianceType() == CovarianceType.DIAG) {
      double[][] v = new double[k][p];
      for (int s = 0; s < k; s++) {
        for (int j = 0; j < p; j++) {
          v[s][j] = c[j][j];
        }
      }
      init = GaussianHMMModel.ofDiagonal(s0, a0, means, v);
    } else {
      double[][][] cv = new double[k][][];
      for (int s = 0; s < k; s++) {
        cv[s] = new double[p][];
        for (int j = 0; j < p; j++) {
          cv[s][j] = c[j].clone();
        }
      }
      init = GaussianHMMModel.of(s0, a0, means, cv);
    }
    return fit(seqs, init);
  }

  /**
   * Runs Baum–Welch from {@code init} (its states, features and covariance type are used; {@code nStates},
   * {@code covarianceType}, {@code init} and {@code seed} are ignored).
   *
   * @throws IllegalArgumentException on an empty list or an invalid sequence
   */
  public GaussianHMMModel fit(List<double[][]> seqs, GaussianHMMModel init) {
    Check.notNull(init, "init");
    init.checkAll(seqs);
    Provenance prov = Provenance.of("gaussian_hmm", params, concat(seqs, init.nFeatures()), null, params.seed());
    double[] hist = new double[params.maxIter()];
    GaussianHMMModel cur = init;
    int it = 0;
    double prev = Double.NEGATIVE_INFINITY;
    while (it < params.maxIter()) {
      GaussianHMMModel.Step st = cur.step(seqs, params.minCovar(), prov, new double[0]);
      hist[it++] = st.logLik();
      cur = st.model();
      if (st.logLik() - prev < params.tol()) {
        break;
      }
      prev = st.logLik();
    }
    return cur.withHistory(prov, java.util.Arrays.copyOf(hist, it));
  }

  static Frame concat(List<double[][]> seqs, int p) {
    int n = 0;
    for (double[][] s : seqs) {
      n += s.length;
    }
    List<DoubleColumn> cols = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double[] v = new double[n];
      int o = 0;
      for (double[][] s : seqs) {
        for (double[] x : s) {
          v[o++] = x[j];
        }
      }
      cols.add(DoubleColumn.wrap("x" + j, v));
    }
    return Frame.of(cols);
  }
}
