package praxis.linear;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * The elastic net with alpha and l1Ratio chosen by k-fold cross-validation, as scikit-learn's
 * {@code ElasticNetCV}: for each l1Ratio of the list an alpha grid ({@code nAlphas} values log-spaced from
 * {@code alphaMax = max|Xcᵀyc|/(n·l1Ratio)} down to {@code eps·alphaMax}, or the given alphas), per unshuffled
 * {@link praxis.select.KFold} split a warm-started {@link ElasticNet} path on the training rows and the mean
 * squared error on the test rows; the pair with the smallest mean error (first on ties) is refitted on all
 * rows. Cost: {@code folds · l1Ratios} paths (on the Gram matrix when the training rows outnumber the
 * columns) plus one fit.
 *
 * <p>Sparse input ({@code Frame.hasSparseColumns()}): the folds' paths run the sparse coordinate descent
 * (implicit centring, no Gram matrix, O(nnz + p) per sweep) on CSR row subsets; nothing is densified.
 *
 * <pre>{@code
 * var est = new ElasticNetCV(ElasticNetCV.Params.DEFAULTS.withL1Ratios(0.1, 0.5, 0.9));
 * ElasticNetCVModel m = est.fit(x, y);
 * double alpha = m.alpha(), ratio = m.l1Ratio();
 * }</pre>
 */
public final class ElasticNetCV implements Estimator<ElasticNetCV.Params, ElasticNetCVModel> {
  /**
   * Hyperparameters.
   *
   * @param l1Ratios candidate l1Ratios (each in [0, 1]; 0 only with explicit alphas), at least one
   * @param nAlphas size of the automatic alpha grid per l1Ratio (&gt;= 1)
   * @param eps smallest / largest alpha of the automatic grid (&gt; 0)
   * @param alphas explicit alphas (each &gt;= 0), shared by all l1Ratios; empty for the automatic grids
   * @param folds number of unshuffled k-fold splits (&gt;= 2)
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param maxIter maximum coordinate-descent sweeps per fit (&gt;= 1)
   * @param tol relative tolerance of the duality-gap test (&gt;= 0)
   */
  public record Params(double[] l1Ratios, int nAlphas, double eps, double[] alphas, int folds, boolean fitIntercept,
      int maxIter, double tol) implements praxis.api.Params {
    /** l1Ratio 0.5, 100 alphas, eps 1e-3, automatic grid, 5 folds, intercept, 1000 sweeps, tol 1e-4. */
    public static final Params DEFAULTS = new Params(new double[] {0.5}, 100, 1e-3, new double[0], 5, true, 1000,
        1e-4);

    /** Validates and copies the arrays. */
    public Params {
      Check.notNull(l1Ratios, "l1Ratios");
      if (l1Ratios.length == 0) {
        throw new IllegalArgumentException("l1Ratios must hold at least one value in [0, 1], got none; e.g. 0.5");
      }
      for (int i = 0; i < l1Ratios.length; i++) {
        Check.inRange(l1Ratios[i], 0.0, 1.0, "l1Ratios[" + i + "]");
      }
      PathCv.checkSettings(nAlphas, eps, alphas, folds);
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      l1Ratios = l1Ratios.clone();
      alphas = alphas.clone();
    }

    /** The candidate l1Ratios (a copy). */
    @Override
    public double[] l1Ratios() {
      return l1Ratios.clone();
    }

    /** The explicit alphas (a copy; empty for the automatic grids). */
    @Override
    public double[] alphas() {
      return alphas.clone();
    }

    /** A copy with other candidate l1Ratios. */
    public Params withL1Ratios(double... r) {
      return new Params(r, nAlphas, eps, alphas, folds, fitIntercept, maxIter, tol);
    }

    /** A copy with explicit alphas (empty for the automatic grids). */
    public Params withAlphas(double... a) {
      return new Params(l1Ratios, nAlphas, eps, a, folds, fitIntercept, maxIter, tol);
    }

    /** A copy with another fold count. */
    public Params withFolds(int k) {
      return new Params(l1Ratios, nAlphas, eps, alphas, k, fitIntercept, maxIter, tol);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int iterations, double tolerance) {
      return new Params(l1Ratios, nAlphas, eps, alphas, folds, fitIntercept, iterations, tolerance);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public ElasticNetCV() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public ElasticNetCV(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public ElasticNetCV withParams(Params p) {
    return new ElasticNetCV(p);
  }

  @Override
  public String name() {
    return "elastic_net_cv";
  }

  /**
   * Cross-validates the paths and refits the best (l1Ratio, alpha) on all rows.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-numeric target, more
   *     folds than rows, or l1Ratio 0 with the automatic grid
   */
  @Override
  public ElasticNetCVModel fit(Frame x, Target y) {
    double[] ratios = params.l1Ratios();
    PathCv.Result r = PathCv.run(x, y, ratios, params.nAlphas(), params.eps(), params.alphas(), params.folds(),
        params.fitIntercept(), params.maxIter(), params.tol(), "ElasticNetCV");
    ElasticNet.Fitted f = r.fit();
    return new ElasticNetCVModel(x.schema(), f.coef(), f.intercept(), f.outcome().iterations(),
        f.outcome().dualGap(), f.outcome().converged(), r.alpha(), ratios[r.best()], ratios, r.alphas(), r.mse(),
        Provenance.of(name(), params, x, y, 0L));
  }
}
