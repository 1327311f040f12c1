package praxis.hmm;

import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Provenance;
import praxis.data.DoubleColumn;
import praxis.data.Frame;

/**
 * Fits a {@link CategoricalHMMModel} (U10) by Baum–Welch (EM) over several symbol sequences.
 *
 * <p>Input: a {@code List<int[]>}, one array per sequence, holding symbol codes {@code 0 .. nSymbols-1} in time
 * order (an HMM sees ordered sequences, not independent rows, so it is not a Frame-based
 * {@link praxis.api.Estimator}; the fitted model is still a {@link praxis.api.Model} with save/load).
 * Initialization from the seed: uniform start and transition probabilities and random emission rows (as
 * hmmlearn's {@code CategoricalHMM}); or pass an initial model to {@link #fit(List, CategoricalHMMModel)}.
 * Iterates until the log-likelihood improves by less than {@code tol} or {@code maxIter} iterations;
 * {@link HMMModel#logLikelihoodHistory()} records the log-likelihood before each update.
 *
 * <pre>{@code
 * List<int[]> seqs = List.of(new int[] {0, 1, 1, 2}, new int[] {2, 2, 0});
 * CategoricalHMMModel m = new CategoricalHMM(CategoricalHMM.Params.DEFAULTS.withNStates(2)).fit(seqs);
 * int[] path = m.viterbi(seqs.get(0)).states();
 * }</pre>
 */
public final class CategoricalHMM {
  /**
   * Hyperparameters.
   *
   * @param nStates hidden states (≥ 1)
   * @param nSymbols alphabet size (0 = 1 + the largest symbol seen)
   * @param maxIter maximum Baum–Welch iterations (≥ 1)
   * @param tol stop when the log-likelihood gain is below this (≥ 0)
   * @param seed initialization seed
   */
  public record Params(int nStates, int nSymbols, int maxIter, double tol, long seed) implements praxis.api.Params {
    /** 2 states, alphabet from the data, 100 iterations, tol 1e-4, seed 0. */
    public static final Params DEFAULTS = new Params(2, 0, 100, 1e-4, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nStates, 1, "nStates");
      Check.atLeast(nSymbols, 0, "nSymbols");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
    }

    /** With another number of states. */
    public Params withNStates(int v) {
      return new Params(v, nSymbols, maxIter, tol, seed);
    }

    /** With a fixed alphabet size. */
    public Params withNSymbols(int v) {
      return new Params(nStates, v, maxIter, tol, seed);
    }

    /** With another iteration limit. */
    public Params withMaxIter(int v) {
      return new Params(nStates, nSymbols, v, tol, seed);
    }

    /** With another tolerance. */
    public Params withTol(double v) {
      return new Params(nStates, nSymbols, maxIter, v, seed);
    }

    /** With another seed. */
    public Params withSeed(long v) {
      return new Params(nStates, nSymbols, maxIter, tol, v);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public CategoricalHMM() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public CategoricalHMM(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** The hyperparameters. */
  public Params params() {
    return params;
  }

  /**
   * Fits from the seeded initialization.
   *
   * @throws IllegalArgumentException on an empty list, an empty sequence, or a negative symbol (or one
   *     {@code >= nSymbols} when it is given)
   */
  public CategoricalHMMModel fit(List<int[]> seqs) {
    if (seqs == null || seqs.isEmpty()) {
      throw new IllegalArgumentException("CategoricalHMM: the sequence list is empty; pass at least one non-empty"
          + " sequence of symbol codes");
    }
    int maxSym = -1;
    for (int i = 0; i < seqs.size(); i++) {
      int[] s = seqs.get(i);
      if (s == null || s.length == 0) {
        throw new IllegalArgumentException("CategoricalHMM: sequence " + i + " is empty; sequences need at least 1"
            + " observation");
      }
      for (int t = 0; t < s.length; t++) {
        if (s[t] < 0) {
          throw new IllegalArgumentException("CategoricalHMM: sequence " + i + ", step " + t + ": symbol " + s[t]
              + " is negative; symbols are codes 0..nSymbols-1");
        }
        maxSym = Math.max(maxSym, s[t]);
      }
    }
    int m = params.nSymbols() > 0 ? params.nSymbols() : maxSym + 1;
    int k = params.nStates();
    SplittableRandom rng = new SplittableRandom(params.seed());
    double[] start = new double[k];
    double[][] trans = new double[k][k];
    double[][] emit = new double[k][m];
    for (int i = 0; i < k; i++) {
      start[i] = 1.0 / k;
      java.util.Arrays.fill(trans[i], 1.0 / k);
      double r = 0;
      for (int j = 0; j < m; j++) {
        emit[i][j] = rng.nextDouble();
        r += emit[i][j];
      }
      for (int j = 0; j < m; j++) {
        emit[i][j] /= r;
      }
    }
    CategoricalHMMModel init = new CategoricalHMMModel(start, HMMModel.flatten(trans), HMMModel.flatten(emit), k, m,
        CategoricalHMMModel.handMade("categorical_hmm", k), new double[0]);
    return fit(seqs, init);
  }

  /**
   * Runs Baum–Welch from {@code init} (its number of states and alphabet are used; {@code nStates},
   * {@code nSymbols} and {@code seed} are ignored).
   *
   * @throws IllegalArgumentException on an empty list, an empty sequence or a symbol outside init's alphabet
   */
  public CategoricalHMMModel fit(List<int[]> seqs, CategoricalHMMModel init) {
    Check.notNull(init, "init");
    init.checkAll(seqs);
    Provenance prov = Provenance.of("categorical_hmm", params, concat(seqs), null, params.seed());
    double[] hist = new double[params.maxIter()];
    CategoricalHMMModel cur = init;
    int it = 0;
    double prev = Double.NEGATIVE_INFINITY;
    while (it < params.maxIter()) {
      CategoricalHMMModel.Step st = cur.step(seqs, prov, new double[0]);
      hist[it++] = st.logLik();
      cur = st.model();
      if (st.logLik() - prev < params.tol()) {
        break;
      }
      prev = st.logLik();
    }
    return cur.withHistory(prov, java.util.Arrays.copyOf(hist, it));
  }

  static Frame concat(List<int[]> seqs) {
    int n = 0;
    for (int[] s : seqs) {
      n += s.length;
    }
    double[] v = new double[n];
    int o = 0;
    for (int[] s : seqs) {
      for (int x : s) {
        v[o++] = x;
      }
    }
    return Frame.of(DoubleColumn.wrap("symbol", v));
  }
}
