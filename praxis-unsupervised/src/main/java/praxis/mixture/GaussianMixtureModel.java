package praxis.mixture;

import java.util.SplittableRandom;
import praxis.api.Clusterer;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link GaussianMixture}: weights, means and covariances. {@link #predict} gives the most
 * responsible component, {@link #predictProba} the responsibilities, {@link #scoreSamples} the log-density
 * of each row, {@link #bic}/{@link #aic} the information criteria and {@link #sample} draws new rows.
 *
 * <pre>{@code
 * GaussianMixtureModel g = GaussianMixture.of(2).fit(x, Target.none(x.rowCount()));
 * double[] logDensity = g.scoreSamples(x);
 * GaussianMixtureModel.Sample s = g.sample(500, 1L);
 * }</pre>
 */
public final class GaussianMixtureModel implements Clusterer {
  static final String TYPE = "gaussian_mixture";
  private final Schema schema;
  private final Mixture mix;
  private final double lowerBound;
  private final int iterations;
  private final boolean converged;
  private final Provenance provenance;

  GaussianMixtureModel(Schema schema, Mixture mix, double lowerBound, int iterations, boolean converged,
      Provenance provenance) {
    this.schema = schema;
    this.mix = mix;
    this.lowerBound = lowerBound;
    this.iterations = iterations;
    this.converged = converged;
    this.provenance = provenance;
  }

  /** Drawn rows and the component each came from (grouped by component, as scikit-learn). */
  public record Sample(double[][] x, int[] component) {}

  /** Mixing weights. */
  public double[] weights() {
    return mix.weights.clone();
  }

  /** Component means {@code [component][feature]}. */
  public double[][] means() {
    double[][] out = new double[mix.k][mix.p];
    for (int c = 0; c < mix.k; c++) {
      System.arraycopy(mix.means, c * mix.p, out[c], 0, mix.p);
    }
    return out;
  }

  /**
   * Covariance of each component as a full {@code p x p} matrix {@code [component][row][col]} (tied: the same
   * matrix for all; diagonal/spherical expanded).
   */
  public double[][][] covariances() {
    int k = mix.k;
    int p = mix.p;
    double[][][] out = new double[k][p][p];
    for (int c = 0; c < k; c++) {
      for (int a = 0; a < p; a++) {
        switch (mix.type) {
          case FULL -> System.arraycopy(mix.cov, c * p * p + a * p, out[c][a], 0, p);
          case TIED -> System.arraycopy(mix.cov, a * p, out[c][a], 0, p);
          case DIAG -> out[c][a][a] = mix.cov[c * p + a];
          default -> out[c][a][a] = mix.cov[c];
        }
      }
    }
    return out;
  }

  /** Covariance type. */
  public GaussianMixture.CovarianceType covarianceType() {
    return mix.type;
  }

  /** Mean log-likelihood of the training rows at the end of the best run. */
  public double lowerBound() {
    return lowerBound;
  }

  /** EM iterations of the best run. */
  public int iterations() {
    return iterations;
  }

  /** Whether the best run met the tolerance before maxIter. */
  public boolean converged() {
    return converged;
  }

  private double[] rows(Frame x) {
    schema.requireCompatible(x.schema(), "GaussianMixtureModel input");
    x.requireFinite("GaussianMixtureModel");
    int n = x.rowCount();
    int p = mix.p;
    double[] cm = x.toColumnMajor();
    double[] r = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        r[i * p + j] = cm[j * n + i];
      }
    }
    return r;
  }

  /** Responsibilities {@code [row][component]} (rows sum to 1). */
  public double[][] predictProba(Frame x) {
    double[] r = rows(x);
    int n = x.rowCount();
    double[] lr = new double[n * mix.k];
    mix.eStep(r, n, lr);
    double[][] out = new double[n][mix.k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < mix.k; c++) {
        out[i][c] = Math.exp(lr[i * mix.k + c]);
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    double[] r = rows(x);
    int n = x.rowCount();
    double[] lp = new double[mix.k];
    double[] work = new double[mix.p];
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      mix.weightedLogProb(r, i, lp, work);
      int best = 0;
      for (int c = 1; c < mix.k; c++) {
        if (lp[c] > lp[best]) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** Log of the mixture density at each row. */
  public double[] scoreSamples(Frame x) {
    double[] r = rows(x);
    int n = x.rowCount();
    double[] lp = new double[mix.k];
    double[] work = new double[mix.p];
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = mix.weightedLogProb(r, i, lp, work);
    }
    return out;
  }

  /** Mean log-likelihood of {@code x}. */
  public double score(Frame x) {
    double s = 0;
    double[] v = scoreSamples(x);
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** Number of free parameters. */
  public int parameterCount() {
    return mix.parameterCount();
  }

  /** Bayesian information criterion on {@code x} (lower is better). */
  public double bic(Frame x) {
    return -2 * score(x) * x.rowCount() + parameterCount() * Math.log(x.rowCount());
  }

  /** Akaike information criterion on {@code x} (lower is better). */
  public double aic(Frame x) {
    return -2 * score(x) * x.rowCount() + 2.0 * parameterCount();
  }

  /**
   * Draws {@code nSamples} rows: component counts from the weights, then Gaussian draws through each
   * covariance's Cholesky factor.
   */
  public Sample sample(int nSamples, long seed) {
    if (nSamples < 1) {
      throw new IllegalArgumentException("sample: nSamples must be >= 1, got " + nSamples);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int k = mix.k;
    int p = mix.p;
    int[] counts = new int[k];
    for (int t = 0; t < nSamples; t++) {
      double u = rnd.nextDouble();
      int c = 0;
      double cum = mix.weights[0];
      while (u >= cum && c < k - 1) {
        cum += mix.weights[++c];
      }
      counts[c]++;
    }
    double[][][] cov = covariances();
    double[][] x = new double[nSamples][p];
    int[] comp = new int[nSamples];
    int row = 0;
    double[] z = new double[p];
    for (int c = 0; c < k; c++) {
      double[][] l = cholesky(cov[c]);
      for (int t = 0; t < counts[c]; t++, row++) {
        for (int j = 0; j < p; j++) {
          z[j] = gaussian(rnd);
        }
        for (int a = 0; a < p; a++) {
          double s = mix.means[c * p + a];
          for (int b = 0; b <= a; b++) {
            s += l[a][b] * z[b];
          }
          x[row][a] = s;
        }
        comp[row] = c;
      }
    }
    return new Sample(x, comp);
  }

  private static double[][] cholesky(double[][] a) {
    int p = a.length;
    double[][] l = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int t = 0; t < j; t++) {
          s -= l[i][t] * l[j][t];
        }
        l[i][j] = i == j ? Math.sqrt(Math.max(s, 0)) : (l[j][j] == 0 ? 0 : s / l[j][j]);
      }
    }
    return l;
  }

  private static double gaussian(SplittableRandom rnd) {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
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
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("covarianceType", mix.type.name()).put("k", mix.k).put("weights", mix.weights).put("means", mix.means)
        .put("cov", mix.cov).put("lowerBound", lowerBound).put("iterations", iterations)
        .put("converged", converged).build();
  }

  /**
   * Reads {@code gaussian_mixture} model state.
   *
   * <pre>{@code
   * GaussianMixtureModel g = (GaussianMixtureModel) ModelIO.load(Path.of("gmm.praxis"));
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
    public GaussianMixtureModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      GaussianMixture.CovarianceType t;
      try {
        t = GaussianMixture.CovarianceType.valueOf(s.getString("covarianceType"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'gaussian_mixture' model state: unknown covariance type '"
            + s.getString("covarianceType") + "'");
      }
      int k = s.getInt("k");
      int p = schema.size();
      double[] w = s.getDoubles("weights");
      double[] means = s.getDoubles("means");
      double[] cov = s.getDoubles("cov");
      int covLen = switch (t) {
        case FULL -> k * p * p;
        case TIED -> p * p;
        case DIAG -> k * p;
        case SPHERICAL -> k;
      };
      if (w.length != k || means.length != k * p || cov.length != covLen) {
        throw new ModelFormatException("inconsistent 'gaussian_mixture' model state: array sizes do not match "
            + k + " components of " + p + " features");
      }
      return new GaussianMixtureModel(schema, new Mixture(t, k, p, w, means, cov), s.getDouble("lowerBound"),
          s.getInt("iterations"), s.getBoolean("converged"), Provenance.fromState(s.getState("provenance")));
    }
  }
}
