package praxis.hmm;

import java.util.List;
import java.util.SplittableRandom;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Field;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A hidden Markov model with multivariate Gaussian emissions: state {@code k} emits
 * {@code N(mean[k], Σ[k])} with a diagonal or full covariance. Sequences are {@code double[][]}
 * ({@code [t][feature]}). Built from given parameters with {@link #of} or fitted by {@link GaussianHMM}.
 *
 * <pre>{@code
 * GaussianHMMModel m = GaussianHMMModel.of(new double[] {1, 0}, new double[][] {{0.9, 0.1}, {0.2, 0.8}},
 *     new double[][] {{0.0}, {5.0}}, new double[][][] {{{1.0}}, {{2.0}}});
 * GaussianHMMModel.Sample s = m.sample(200, 3L);
 * int[] decoded = m.viterbi(s.observations()).states();
 * }</pre>
 */
public final class GaussianHMMModel extends HMMModel<double[][]> {
  static final String TYPE = "hmm_gaussian";
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  /**
   * A sampled sequence.
   *
   * <pre>{@code
   * double[][] obs = model.sample(50, 1L).observations();
   * }</pre>
   *
   * @param states hidden states
   * @param observations emitted vectors {@code [t][feature]}
   */
  public record Sample(int[] states, double[][] observations) {}

  private final int p;
  private final GaussianHMM.CovarianceType type;
  private final double[] means; // k x p
  private final double[] cov; // k x p x p (full, row-major) or k x p (diag)
  private final double[] chol; // full: lower Cholesky factors, k x p x p; diag: standard deviations
  private final double[] logDet; // k

  GaussianHMMModel(double[] start, double[] trans, double[] means, double[] cov, GaussianHMM.CovarianceType type,
      int k, int p, Provenance provenance, double[] history) {
    super(start, trans, k, schemaOf(p), provenance, history);
    this.p = p;
    this.type = type;
    this.means = means;
    this.cov = cov;
    this.logDet = new double[k];
    if (type == GaussianHMM.CovarianceType.DIAG) {
      chol = new double[k * p];
      for (int s = 0; s < k; s++) {
        for (int j = 0; j < p; j++) {
          double v = cov[s * p + j];
          if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("covariance of state " + s + ", feature " + j + " is " + v
                + "; variances must be finite and > 0");
          }
          chol[s * p + j] = Math.sqrt(v);
          logDet[s] += Math.log(v);
        }
      }
    } else {
      chol = new double[k * p * p];
      for (int s = 0; s < k; s++) {
        int o = s * p * p;
        for (int i = 0; i < p; i++) {
          for (int j = 0; j <= i; j++) {
            double v = cov[o + i * p + j];
            if (cov[o + j * p + i] != v) {
              throw new IllegalArgumentException("covariance of state " + s + " is not symmetric at (" + i + ", "
                  + j + ")");
            }
            for (int l = 0; l < j; l++) {
              v -= chol[o + i * p + l] * chol[o + j * p + l];
            }
            if (i == j) {
              if (!(v > 0)) {
                throw new IllegalArgumentException("covariance of state " + s + " is not positive definite (pivot "
                    + i + " = " + v + "); increase minCovar");
              }
              chol[o + i * p + i] = Math.sqrt(v);
              logDet[s] += 2 * Math.log(chol[o + i * p + i]);
            } else {
              chol[o + i * p + j] = v / chol[o + j * p + j];
            }
          }
        }
      }
    }
  }

  private static Schema schemaOf(int p) {
    Field[] f = new Field[p];
    for (int j = 0; j < p; j++) {
      f[j] = Field.numeric("x" + j);
    }
    return Schema.of(f);
  }

  /**
   * A model from given parameters.
   *
   * @param start start probabilities (K)
   * @param transitions K x K
   * @param means K x p
   * @param covariances K x p x p (full) — use {@link #ofDiagonal} for diagonal covariances
   * @throws IllegalArgumentException on wrong shapes, non-distributions or non-positive-definite covariances
   */
  public static GaussianHMMModel of(double[] start, double[][] transitions, double[][] means,
      double[][][] covariances) {
    double[] s = checkStart(start);
    int k = s.length;
    double[] a = checkTransitions(transitions, k);
    int p = checkMeans(means, k);
    if (covariances == null || covariances.length != k) {
      throw new IllegalArgumentException("need " + k + " covariance matrices (one per state)");
    }
    double[] c = new double[k * p * p];
    for (int st = 0; st < k; st++) {
      if (covariances[st].length != p) {
        throw new IllegalArgumentException("covariance of state " + st + " must be " + p + " x " + p);
      }
      for (int i = 0; i < p; i++) {
        if (covariances[st][i].length != p) {
          throw new IllegalArgumentException("covariance of state " + st + " must be " + p + " x " + p);
        }
        System.arraycopy(covariances[st][i], 0, c, st * p * p + i * p, p);
      }
    }
    return new GaussianHMMModel(s, a, flatten(means), c, GaussianHMM.CovarianceType.FULL, k, p,
        CategoricalHMMModel.handMade("gaussian_hmm", k), new double[0]);
  }

  /**
   * A model with diagonal covariances {@code variances[k][feature]}.
   *
   * @throws IllegalArgumentException on wrong shapes, non-distributions or non-positive variances
   */
  public static GaussianHMMModel ofDiagonal(double[] start, double[][] transitions, double[][] means,
      double[][] variances) {
    double[] s = checkStart(start);
    int k = s.length;
    double[] a = checkTransitions(transitions, k);
    int p = checkMeans(means, k);
    if (variances == null || variances.length != k) {
      throw new IllegalArgumentException("need " + k + " variance rows (one per state)");
    }
    for (int st = 0; st < k; st++) {
      if (variances[st].length != p) {
        throw new IllegalArgumentException("variances of state " + st + " must have " + p + " entries");
      }
    }
    return new GaussianHMMModel(s, a, flatten(means), flatten(variances), GaussianHMM.CovarianceType.DIAG, k, p,
        CategoricalHMMModel.handMade("gaussian_hmm", k), new double[0]);
  }

  private static int checkMeans(double[][] means, int k) {
    if (means == null || means.length != k || means[0].length == 0) {
      throw new IllegalArgumentException("means must have " + k + " rows (one per state) of at least 1 feature");
    }
    int p = means[0].length;
    for (int s = 0; s < k; s++) {
      if (means[s].length != p) {
        throw new IllegalArgumentException("means row " + s + " has " + means[s].length + " features; row 0 has " + p);
      }
      for (double v : means[s]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("means row " + s + " contains " + v + "; means must be finite");
        }
      }
    }
    return p;
  }

  /** Number of features per observation. */
  public int nFeatures() {
    return p;
  }

  /** Covariance structure. */
  public GaussianHMM.CovarianceType covarianceType() {
    return type;
  }

  /** State means {@code [state][feature]} (a copy). */
  public double[][] means() {
    return unflatten(means, k, p);
  }

  /** State covariance matrices {@code [state][i][j]} (diagonal ones expanded). */
  public double[][][] covariances() {
    double[][][] out = new double[k][p][p];
    for (int s = 0; s < k; s++) {
      for (int i = 0; i < p; i++) {
        if (type == GaussianHMM.CovarianceType.DIAG) {
          out[s][i][i] = cov[s * p + i];
        } else {
          System.arraycopy(cov, s * p * p + i * p, out[s][i], 0, p);
        }
      }
    }
    return out;
  }

  @Override
  int length(double[][] seq) {
    return seq.length;
  }

  @Override
  void check(double[][] seq, String what) {
    if (seq == null || seq.length == 0) {
      throw new IllegalArgumentException(what + " is empty; sequences need at least 1 observation");
    }
    for (int t = 0; t < seq.length; t++) {
      if (seq[t] == null || seq[t].length != p) {
        throw new IllegalArgumentException(what + ", step " + t + ": observation has "
            + (seq[t] == null ? "no" : Integer.toString(seq[t].length)) + " features; this model has " + p);
      }
      for (int j = 0; j < p; j++) {
        if (!Double.isFinite(seq[t][j])) {
          throw new IllegalArgumentException(what + ", step " + t + ", feature " + j + " is " + seq[t][j]
              + "; observations must be finite");
        }
      }
    }
  }

  @Override
  void logEmissions(double[][] seq, double[] out) {
    double[] z = new double[p];
    for (int t = 0; t < seq.length; t++) {
      for (int s = 0; s < k; s++) {
        double q = 0;
        if (type == GaussianHMM.CovarianceType.DIAG) {
          for (int j = 0; j < p; j++) {
            double d = (seq[t][j] - means[s * p + j]) / chol[s * p + j];
            q += d * d;
          }
        } else {
          int o = s * p * p;
          for (int i = 0; i < p; i++) {
            double v = seq[t][i] - means[s * p + i];
            for (int l = 0; l < i; l++) {
              v -= chol[o + i * p + l] * z[l];
            }
            z[i] = v / chol[o + i * p + i];
            q += z[i] * z[i];
          }
        }
        out[t * k + s] = -0.5 * (p * LOG_2PI + logDet[s] + q);
      }
    }
  }

  @Override
  public GaussianHMMModel baumWelchStep(List<double[][]> seqs) {
    checkAll(seqs);
    return step(seqs, 0.0, provenance, history).model();
  }

  /** One EM step's result: the new model and the log-likelihood of the data under the old one. */
  record Step(GaussianHMMModel model, double logLik) {}

  /** EM step with {@code minCovar} added to the variances (0 in {@link #baumWelchStep}: plain maximum likelihood). */
  Step step(List<double[][]> seqs, double minCovar, Provenance prov, double[] hist) {
    double[] sa = new double[k];
    double[] ta = new double[k * k];
    double[] g = new double[k];
    double[] gx = new double[k * p];
    boolean full = type == GaussianHMM.CovarianceType.FULL;
    double[] gxx = new double[full ? k * p * p : k * p];
    double ll = 0;
    for (int i = 0; i < seqs.size(); i++) {
      double[][] seq = seqs.get(i);
      Pass ps = accumulate(seq, sa, ta, "sequence " + i);
      ll += ps.logLik;
      for (int t = 0; t < seq.length; t++) {
        double[] x = seq[t];
        for (int s = 0; s < k; s++) {
          double w = ps.gamma[t * k + s];
          g[s] += w;
          for (int a = 0; a < p; a++) {
            gx[s * p + a] += w * x[a];
            if (full) {
              for (int b = 0; b < p; b++) {
                gxx[s * p * p + a * p + b] += w * x[a] * x[b];
              }
            } else {
              gxx[s * p + a] += w * x[a] * x[a];
            }
          }
        }
      }
    }
    double[][] st = newStartAndTransitions(sa, ta);
    double[] nm = means.clone();
    double[] nc = cov.clone();
    for (int s = 0; s < k; s++) {
      if (g[s] <= 0) {
        continue;
      }
      for (int a = 0; a < p; a++) {
        nm[s * p + a] = gx[s * p + a] / g[s];
      }
      for (int a = 0; a < p; a++) {
        if (full) {
          for (int b = 0; b < p; b++) {
            nc[s * p * p + a * p + b] = gxx[s * p * p + a * p + b] / g[s] - nm[s * p + a] * nm[s * p + b]
                + (a == b ? minCovar : 0.0);
          }
        } else {
          nc[s * p + a] = gxx[s * p + a] / g[s] - nm[s * p + a] * nm[s * p + a] + minCovar;
        }
      }
      if (full) {
        for (int a = 0; a < p; a++) {
          for (int b = 0; b < a; b++) {
            double v = 0.5 * (nc[s * p * p + a * p + b] + nc[s * p * p + b * p + a]);
            nc[s * p * p + a * p + b] = v;
            nc[s * p * p + b * p + a] = v;
          }
        }
      }
    }
    return new Step(new GaussianHMMModel(st[0], st[1], nm, nc, type, k, p, prov, hist), ll);
  }

  GaussianHMMModel withHistory(Provenance prov, double[] hist) {
    return new GaussianHMMModel(start, trans, means, cov, type, k, p, prov, hist);
  }

  /** A sequence of {@code length} steps drawn with {@code SplittableRandom(seed)}. */
  public Sample sample(int length, long seed) {
    if (length < 1) {
      throw new IllegalArgumentException("sample length must be >= 1, got " + length);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] st = new int[length];
    double[][] obs = new double[length][p];
    double[] z = new double[p];
    int s = draw(start, 0, k, rng);
    for (int t = 0; t < length; t++) {
      if (t > 0) {
        s = draw(trans, s * k, k, rng);
      }
      st[t] = s;
      for (int j = 0; j < p; j++) {
        z[j] = gaussian(rng);
      }
      for (int i = 0; i < p; i++) {
        double v = means[s * p + i];
        if (type == GaussianHMM.CovarianceType.DIAG) {
          v += chol[s * p + i] * z[i];
        } else {
          for (int l = 0; l <= i; l++) {
            v += chol[s * p * p + i * p + l] * z[l];
          }
        }
        obs[t][i] = v;
      }
    }
    return new Sample(st, obs);
  }

  static double gaussian(SplittableRandom rng) {
    double u;
    double v;
    double q;
    do {
      u = 2 * rng.nextDouble() - 1;
      v = 2 * rng.nextDouble() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q == 0);
    return u * Math.sqrt(-2 * Math.log(q) / q);
  }

  @Override
  public State toState() {
    double[][] c = type == GaussianHMM.CovarianceType.DIAG ? unflatten(cov, k, p) : unflatten(cov, k, p * p);
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("start", start).put("transitions", transitionMatrix()).put("means", means())
        .put("covarianceType", type.name()).put("covariances", c).put("history", history).build();
  }

  /**
   * Reads {@code hmm_gaussian} model state.
   *
   * <pre>{@code
   * GaussianHMMModel m = (GaussianHMMModel) ModelIO.load(Path.of("ghmm.praxis"));
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
    public GaussianHMMModel read(State s) {
      s.requireType(TYPE);
      try {
        double[] start = checkStart(s.getDoubles("start"));
        int k = start.length;
        double[] a = checkTransitions(s.getMatrix("transitions"), k);
        double[][] mu = s.getMatrix("means");
        int p = checkMeans(mu, k);
        GaussianHMM.CovarianceType type = GaussianHMM.CovarianceType.valueOf(s.getString("covarianceType"));
        double[][] c = s.getMatrix("covariances");
        int width = type == GaussianHMM.CovarianceType.DIAG ? p : p * p;
        if (c.length != k || c[0].length != width) {
          throw new IllegalArgumentException("covariances must be " + k + " x " + width);
        }
        return new GaussianHMMModel(start, a, flatten(mu), flatten(c), type, k, p,
            Provenance.fromState(s.getState("provenance")), s.getDoubles("history"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'hmm_gaussian' model state: " + e.getMessage());
      }
    }
  }
}
