package praxis.hmm;

import java.util.List;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.data.Schema;

/**
 * A hidden Markov model with {@code K} states: start probabilities {@code π}, transition matrix {@code A}
 * ({@code A[i][j] = P(state j at t+1 | state i at t)}) and per-state emission distributions, for observation
 * sequences of type {@code O} ({@code int[]} symbols for {@link CategoricalHMMModel}, {@code double[][]}
 * vectors {@code [t][feature]} for {@link GaussianHMMModel}).
 *
 * <p>All sequence algorithms are exact and underflow-free on long sequences: the forward–backward recursions are
 * scaled (Rabiner 1989, each forward vector normalized to sum 1, the log-likelihood accumulated as the sum of
 * the logs of the scale factors), emission densities are shifted by their per-step maximum in log space before
 * exponentiation, and Viterbi works with log-probabilities (ties go to the lower state index).
 *
 * <pre>{@code
 * CategoricalHMMModel m = CategoricalHMMModel.of(new double[] {0.5, 0.5},
 *     new double[][] {{0.7, 0.3}, {0.3, 0.7}}, new double[][] {{0.1, 0.9}, {0.8, 0.2}});
 * int[] days = {1, 1, 0, 1, 1};
 * double logP = m.logLikelihood(days);
 * int[] path = m.viterbi(days).states();
 * double[][] smoothed = m.posteriors(days);
 * }</pre>
 *
 * @param <O> one observation sequence
 */
public abstract sealed class HMMModel<O> implements Model permits CategoricalHMMModel, GaussianHMMModel {
  /**
   * Scaled forward pass of one sequence.
   *
   * <pre>{@code
   * HMMModel.Forward f = model.forward(seq);
   * double[] filtered = f.filtered()[seq.length - 1];   // P(state at T | o_1..o_T)
   * }</pre>
   *
   * @param filtered {@code [t][k] = P(state k at t | o_1..o_t)} (each row sums to 1)
   * @param logLikelihood {@code log P(o_1..o_T)}
   */
  public record Forward(double[][] filtered, double logLikelihood) {}

  /**
   * The most likely state path.
   *
   * <pre>{@code
   * HMMModel.Path p = model.viterbi(seq);
   * }</pre>
   *
   * @param states state per step
   * @param logProbability {@code log P(path, observations)}
   */
  public record Path(int[] states, double logProbability) {}

  final int k;
  final double[] start;
  final double[] trans; // k x k row-major
  final Schema schema;
  final Provenance provenance;
  final double[] history;

  HMMModel(double[] start, double[] trans, int k, Schema schema, Provenance provenance, double[] history) {
    this.k = k;
    this.start = start;
    this.trans = trans;
    this.schema = schema;
    this.provenance = provenance;
    this.history = history;
  }

  static double[] checkStart(double[] start) {
    if (start == null || start.length == 0) {
      throw new IllegalArgumentException("start probabilities must have at least 1 state");
    }
    checkDistribution(start, "start probabilities");
    return start.clone();
  }

  static double[] checkTransitions(double[][] a, int k) {
    if (a == null || a.length != k) {
      throw new IllegalArgumentException("transition matrix must be " + k + " x " + k + " (one row per state), got "
          + (a == null ? "null" : a.length + " rows"));
    }
    double[] flat = new double[k * k];
    for (int i = 0; i < k; i++) {
      if (a[i].length != k) {
        throw new IllegalArgumentException("transition matrix row " + i + " has " + a[i].length + " entries; need "
            + k);
      }
      checkDistribution(a[i], "transition matrix row " + i);
      System.arraycopy(a[i], 0, flat, i * k, k);
    }
    return flat;
  }

  static void checkDistribution(double[] p, String what) {
    double s = 0;
    for (int j = 0; j < p.length; j++) {
      if (!(p[j] >= 0) || Double.isInfinite(p[j])) {
        throw new IllegalArgumentException(what + "[" + j + "] = " + p[j] + "; probabilities must be finite and >= 0");
      }
      s += p[j];
    }
    if (Math.abs(s - 1) > 1e-8) {
      throw new IllegalArgumentException(what + " sum to " + s + "; they must sum to 1 (normalize them)");
    }
  }

  /** Number of hidden states. */
  public int nStates() {
    return k;
  }

  /** Start probabilities (a copy). */
  public double[] startProbabilities() {
    return start.clone();
  }

  /** Transition matrix {@code [from][to]} (a copy). */
  public double[][] transitionMatrix() {
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(trans, i * k, a[i], 0, k);
    }
    return a;
  }

  /** Training log-likelihood after each Baum–Welch iteration (empty for a model built from parameters). */
  public double[] logLikelihoodHistory() {
    return history.clone();
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  /** Number of steps of a sequence. */
  abstract int length(O seq);

  /** Validates one sequence ({@code what} names it in errors). */
  abstract void check(O seq, String what);

  /** {@code out[t * k + s] = log P(o_t | state s)}. */
  abstract void logEmissions(O seq, double[] out);

  /**
   * {@code P(state k at t | o_1..o_t)} and the log-likelihood, by the scaled forward recursion.
   *
   * @throws IllegalArgumentException on an invalid sequence
   */
  public Forward forward(O seq) {
    check(seq, "sequence");
    Pass p = pass(seq, false);
    int t = length(seq);
    double[][] f = new double[t][k];
    for (int s = 0; s < t; s++) {
      System.arraycopy(p.alpha, s * k, f[s], 0, k);
    }
    return new Forward(f, p.logLik);
  }

  /** {@code log P(o_1..o_T)} ({@code -Infinity} when the sequence is impossible under the model). */
  public double logLikelihood(O seq) {
    check(seq, "sequence");
    return pass(seq, false).logLik;
  }

  /** Sum of {@link #logLikelihood} over the sequences. */
  public double score(List<O> seqs) {
    checkAll(seqs);
    double s = 0;
    for (O o : seqs) {
      s += pass(o, false).logLik;
    }
    return s;
  }

  /**
   * Smoothed state probabilities {@code [t][k] = P(state k at t | o_1..o_T)} by scaled forward–backward.
   *
   * @throws IllegalArgumentException if the sequence is impossible under the model
   */
  public double[][] posteriors(O seq) {
    check(seq, "sequence");
    Pass p = pass(seq, true);
    requirePossible(p, "sequence");
    int t = length(seq);
    double[][] g = new double[t][k];
    for (int s = 0; s < t; s++) {
      System.arraycopy(p.gamma, s * k, g[s], 0, k);
    }
    return g;
  }

  /** Most likely state path (Viterbi in log space; ties to the lower state index). */
  public Path viterbi(O seq) {
    check(seq, "sequence");
    int t = length(seq);
    double[] le = new double[t * k];
    logEmissions(seq, le);
    double[] logA = new double[k * k];
    for (int i = 0; i < k * k; i++) {
      logA[i] = Math.log(trans[i]);
    }
    double[] delta = new double[k];
    double[] next = new double[k];
    int[] back = new int[t * k];
    for (int s = 0; s < k; s++) {
      delta[s] = Math.log(start[s]) + le[s];
    }
    for (int u = 1; u < t; u++) {
      for (int j = 0; j < k; j++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int i = 0; i < k; i++) {
          double v = delta[i] + logA[i * k + j];
          if (v > best) {
            best = v;
            arg = i;
          }
        }
        next[j] = best + le[u * k + j];
        back[u * k + j] = arg;
      }
      double[] tmp = delta;
      delta = next;
      next = tmp;
    }
    int arg = 0;
    for (int s = 1; s < k; s++) {
      if (delta[s] > delta[arg]) {
        arg = s;
      }
    }
    int[] path = new int[t];
    path[t - 1] = arg;
    for (int u = t - 1; u > 0; u--) {
      path[u - 1] = back[u * k + path[u]];
    }
    return new Path(path, delta[arg]);
  }

  void checkAll(List<O> seqs) {
    if (seqs == null || seqs.isEmpty()) {
      throw new IllegalArgumentException("the sequence list is empty; pass at least one non-empty sequence");
    }
    for (int i = 0; i < seqs.size(); i++) {
      check(seqs.get(i), "sequence " + i);
    }
  }

  static void requirePossible(Pass p, String what) {
    if (p.logLik == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException(what + " has probability 0 under the model (an observation or transition"
          + " with probability 0); it cannot be smoothed or used for training");
    }
  }

  /** Result of a scaled forward(–backward) pass. */
  static final class Pass {
    double[] alpha; // t x k, rows normalized
    double[] gamma; // t x k
    double[] b; // t x k shifted emission likelihoods
    double[] c; // scale factors
    double[] beta; // t x k scaled
    double logLik;
  }

  Pass pass(O seq, boolean backward) {
    int t = length(seq);
    Pass p = new Pass();
    double[] b = new double[t * k];
    logEmissions(seq, b);
    double logLik = 0;
    for (int u = 0; u < t; u++) {
      double m = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < k; s++) {
        m = Math.max(m, b[u * k + s]);
      }
      if (m == Double.NEGATIVE_INFINITY) {
        p.logLik = Double.NEGATIVE_INFINITY;
        m = 0;
      }
      for (int s = 0; s < k; s++) {
        b[u * k + s] = Math.exp(b[u * k + s] - m);
      }
      logLik += m;
    }
    double[] alpha = new double[t * k];
    double[] c = new double[t];
    for (int u = 0; u < t; u++) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double v;
        if (u == 0) {
          v = start[j];
        } else {
          v = 0;
          for (int i = 0; i < k; i++) {
            v += alpha[(u - 1) * k + i] * trans[i * k + j];
          }
        }
        v *= b[u * k + j];
        alpha[u * k + j] = v;
        sum += v;
      }
      c[u] = sum;
      if (sum > 0) {
        for (int j = 0; j < k; j++) {
          alpha[u * k + j] /= sum;
        }
        logLik += Math.log(sum);
      } else {
        p.logLik = Double.NEGATIVE_INFINITY;
      }
    }
    p.alpha = alpha;
    p.b = b;
    p.c = c;
    if (p.logLik != Double.NEGATIVE_INFINITY) {
      p.logLik = logLik;
    } else {
      return p;
    }
    if (backward) {
      double[] beta = new double[t * k];
      for (int s = 0; s < k; s++) {
        beta[(t - 1) * k + s] = 1.0;
      }
      for (int u = t - 2; u >= 0; u--) {
        for (int i = 0; i < k; i++) {
          double v = 0;
          for (int j = 0; j < k; j++) {
            v += trans[i * k + j] * b[(u + 1) * k + j] * beta[(u + 1) * k + j];
          }
          beta[u * k + i] = v / c[u + 1];
        }
      }
      double[] gamma = new double[t * k];
      for (int u = 0; u < t; u++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          gamma[u * k + j] = alpha[u * k + j] * beta[u * k + j];
          s += gamma[u * k + j];
        }
        for (int j = 0; j < k; j++) {
          gamma[u * k + j] /= s;
        }
      }
      p.beta = beta;
      p.gamma = gamma;
    }
    return p;
  }

  /** Expected start counts, transition counts (added to {@code startAcc}, {@code transAcc}); returns the pass. */
  Pass accumulate(O seq, double[] startAcc, double[] transAcc, String what) {
    Pass p = pass(seq, true);
    requirePossible(p, what);
    int t = length(seq);
    for (int s = 0; s < k; s++) {
      startAcc[s] += p.gamma[s];
    }
    for (int u = 0; u + 1 < t; u++) {
      double inv = 1.0 / p.c[u + 1];
      for (int i = 0; i < k; i++) {
        double ai = p.alpha[u * k + i] * inv;
        for (int j = 0; j < k; j++) {
          transAcc[i * k + j] += ai * trans[i * k + j] * p.b[(u + 1) * k + j] * p.beta[(u + 1) * k + j];
        }
      }
    }
    return p;
  }

  /** M-step for π and A; rows without expected counts keep their previous values. */
  double[][] newStartAndTransitions(double[] startAcc, double[] transAcc) {
    double[] ns = new double[k];
    double tot = 0;
    for (double v : startAcc) {
      tot += v;
    }
    for (int s = 0; s < k; s++) {
      ns[s] = startAcc[s] / tot;
    }
    double[] na = new double[k * k];
    for (int i = 0; i < k; i++) {
      double r = 0;
      for (int j = 0; j < k; j++) {
        r += transAcc[i * k + j];
      }
      for (int j = 0; j < k; j++) {
        na[i * k + j] = r > 0 ? transAcc[i * k + j] / r : trans[i * k + j];
      }
    }
    return new double[][] {ns, na};
  }

  /**
   * One Baum–Welch (EM) iteration over {@code seqs}: a new model whose parameters maximize the expected
   * complete-data log-likelihood under this model's posteriors.
   *
   * @throws IllegalArgumentException on an empty list, an invalid sequence, or a sequence of probability 0
   */
  public abstract HMMModel<O> baumWelchStep(List<O> seqs);

  static double[][] unflatten(double[] a, int rows, int cols) {
    double[][] m = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(a, i * cols, m[i], 0, cols);
    }
    return m;
  }

  static double[] flatten(double[][] m) {
    int cols = m.length == 0 ? 0 : m[0].length;
    double[] a = new double[m.length * cols];
    for (int i = 0; i < m.length; i++) {
      System.arraycopy(m[i], 0, a, i * cols, cols);
    }
    return a;
  }

  static int draw(double[] p, int off, int n, java.util.SplittableRandom rng) {
    double u = rng.nextDouble();
    double c = 0;
    for (int j = 0; j < n; j++) {
      c += p[off + j];
      if (u < c) {
        return j;
      }
    }
    for (int j = n - 1; j >= 0; j--) {
      if (p[off + j] > 0) {
        return j;
      }
    }
    return n - 1;
  }
}
