package praxis.mixture;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.cluster.internal.KMeansKernels;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * Gaussian mixture model fitted by expectation–maximization (U3), as scikit-learn 1.2's
 * {@code GaussianMixture}: covariance types full, tied, diagonal and spherical; {@code regCovar} added to
 * every variance; initial responsibilities from a single k-means run (or uniform random draws), using the
 * same {@code RandomState(seed)} stream as scikit-learn, so the same seed gives the same fit; convergence when
 * the mean log-likelihood changes by less than {@code tol}; the best of {@code nInit} runs by final lower
 * bound. The model gives {@code predict}, {@code predictProba} (responsibilities), per-row log-likelihood,
 * BIC/AIC and {@code sample} (generative).
 *
 * <p>Cost per EM iteration: O(n k p²) for full covariances (O(n k p) for diagonal/spherical).
 *
 * <pre>{@code
 * GaussianMixtureModel g = new GaussianMixture(GaussianMixture.Params.DEFAULTS.withNComponents(3)).fit(x, Target.none(n));
 * double[][] resp = g.predictProba(x);
 * double bic = g.bic(x);
 * double[][] draws = g.sample(100, 7L);
 * }</pre>
 */
public final class GaussianMixture implements Estimator<GaussianMixture.Params, GaussianMixtureModel> {
  /** Shape of the component covariances. */
  public enum CovarianceType {
    /** One full covariance matrix per component. */
    FULL,
    /** One full covariance matrix shared by all components. */
    TIED,
    /** One diagonal covariance per component. */
    DIAG,
    /** One variance per component. */
    SPHERICAL
  }

  /** Initial responsibilities. */
  public enum Init {
    /** One-hot from a single k-means run. */
    KMEANS,
    /** Uniform random, normalized per row. */
    RANDOM
  }

  /**
   * Hyperparameters.
   *
   * @param nComponents mixture components (&gt;= 1)
   * @param covarianceType covariance shape
   * @param tol convergence threshold on the change of the mean log-likelihood (&gt;= 0)
   * @param regCovar non-negative regularization added to the covariance diagonals
   * @param maxIter EM iterations per run (&gt;= 1)
   * @param nInit runs; the best lower bound wins (&gt;= 1)
   * @param init initialization
   * @param seed random seed (NumPy {@code RandomState} compatible)
   */
  public record Params(int nComponents, CovarianceType covarianceType, double tol, double regCovar, int maxIter,
      int nInit, Init init, long seed) implements praxis.api.Params {
    /** 1 component, full, tol 1e-3, regCovar 1e-6, 100 iterations, 1 run, k-means init, seed 0 (scikit-learn). */
    public static final Params DEFAULTS = new Params(1, CovarianceType.FULL, 1e-3, 1e-6, 100, 1, Init.KMEANS, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 1, "nComponents");
      Check.notNull(covarianceType, "covarianceType");
      Check.nonNegative(tol, "tol");
      Check.nonNegative(regCovar, "regCovar");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.atLeast(nInit, 1, "nInit");
      Check.notNull(init, "init");
    }

    /** With another number of components. */
    public Params withNComponents(int k) {
      return new Params(k, covarianceType, tol, regCovar, maxIter, nInit, init, seed);
    }

    /** With another covariance type. */
    public Params withCovarianceType(CovarianceType t) {
      return new Params(nComponents, t, tol, regCovar, maxIter, nInit, init, seed);
    }

    /** With another initialization. */
    public Params withInit(Init i) {
      return new Params(nComponents, covarianceType, tol, regCovar, maxIter, nInit, i, seed);
    }

    /** With another number of runs. */
    public Params withNInit(int n) {
      return new Params(nComponents, covarianceType, tol, regCovar, maxIter, n, init, seed);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nComponents, covarianceType, tol, regCovar, maxIter, nInit, init, s);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public GaussianMixture() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public GaussianMixture(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** With defaults and {@code k} components. */
  public static GaussianMixture of(int k) {
    return new GaussianMixture(Params.DEFAULTS.withNComponents(k));
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public GaussianMixture withParams(Params p) {
    return new GaussianMixture(p);
  }

  @Override
  public String name() {
    return "gaussian_mixture";
  }

  /**
   * Runs EM ({@code y} ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, fewer rows than components, or
   *     a covariance that is not positive definite even after {@code regCovar} (the message suggests raising
   *     it)
   */
  @Override
  public GaussianMixtureModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "GaussianMixture");
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException("GaussianMixture: the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric("GaussianMixture");
    x.requireFinite("GaussianMixture");
    int n = x.rowCount();
    int p = x.columnCount();
    int k = params.nComponents();
    if (n < k) {
      throw new IllegalArgumentException("GaussianMixture: nComponents = " + k + " but the input has only " + n
          + " rows; use nComponents <= " + n);
    }
    double[] cm = x.toColumnMajor();
    double[] rows = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        rows[i * p + j] = cm[j * n + i];
      }
    }
    NumpyRandom rnd = new NumpyRandom(params.seed());
    Mixture best = null;
    double bestBound = Double.NEGATIVE_INFINITY;
    int bestIter = 0;
    boolean bestConverged = false;
    for (int run = 0; run < params.nInit(); run++) {
      double[] resp = new double[n * k];
      if (params.init() == Init.KMEANS) {
        // scikit-learn passes its RandomState object to KMeans(n_init=1): same stream, continued across runs.
        double[] init = KMeansKernels.plusPlus(rows, n, p, k, rnd);
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        int[] labels = KMeansKernels.lloyd(rows, n, p, w, init, k, 300, 1e-4 * meanVariance(rows, n, p), null)
            .labels();
        for (int i = 0; i < n; i++) {
          resp[i * k + labels[i]] = 1;
        }
      } else {
        for (int i = 0; i < n; i++) {
          double s = 0;
          for (int c = 0; c < k; c++) {
            resp[i * k + c] = rnd.nextDouble();
            s += resp[i * k + c];
          }
          for (int c = 0; c < k; c++) {
            resp[i * k + c] /= s;
          }
        }
      }
      Mixture m = Mixture.estimate(rows, n, p, resp, k, params.covarianceType(), params.regCovar());
      double bound = Double.NEGATIVE_INFINITY;
      boolean converged = false;
      int it;
      for (it = 1; it <= params.maxIter(); it++) {
        double prev = bound;
        bound = m.eStep(rows, n, resp);
        for (int t = 0; t < resp.length; t++) {
          resp[t] = Math.exp(resp[t]);
        }
        m = Mixture.estimate(rows, n, p, resp, k, params.covarianceType(), params.regCovar());
        if (Math.abs(bound - prev) < params.tol()) {
          converged = true;
          break;
        }
      }
      if (best == null || bound > bestBound) {
        best = m;
        bestBound = bound;
        bestIter = Math.min(it, params.maxIter());
        bestConverged = converged;
      }
    }
    return new GaussianMixtureModel(x.schema(), best, bestBound, bestIter, bestConverged,
        Provenance.of(name(), params, x, y, params.seed()));
  }

  private static double meanVariance(double[] rows, int n, int p) {
    double total = 0;
    for (int j = 0; j < p; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += rows[i * p + j];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = rows[i * p + j] - mean;
        ss += d * d;
      }
      total += ss / n;
    }
    return total / p;
  }
}
