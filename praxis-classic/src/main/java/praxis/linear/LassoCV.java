package praxis.linear;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * The lasso with alpha chosen by k-fold cross-validation, as scikit-learn's {@code LassoCV}: an alpha grid
 * ({@code nAlphas} values log-spaced from {@code alphaMax = max|Xcᵀyc|/n} down to {@code eps·alphaMax}, or
 * the given alphas), per unshuffled {@link praxis.select.KFold} split a warm-started {@link Lasso} path on the
 * training rows and the mean squared error on the test rows; the alpha with the smallest mean error is refitted
 * on all rows. Cost: {@code folds} paths (on the Gram matrix when the training rows outnumber the columns)
 * plus one fit.
 *
 * <p>Sparse input ({@code Frame.hasSparseColumns()}): the folds' paths run the sparse coordinate descent
 * (implicit centring, no Gram matrix, O(nnz + p) per sweep) on CSR row subsets; nothing is densified.
 *
 * <pre>{@code
 * LassoCVModel m = new LassoCV().fit(x, y);
 * double alpha = m.alpha();
 * double[][] mse = m.msePath();   // [alpha][fold]
 * }</pre>
 */
public final class LassoCV implements Estimator<LassoCV.Params, LassoCVModel> {
  /**
   * Hyperparameters.
   *
   * @param nAlphas size of the automatic alpha grid (&gt;= 1)
   * @param eps smallest / largest alpha of the automatic grid (&gt; 0)
   * @param alphas explicit alphas (each &gt;= 0); empty for the automatic grid
   * @param folds number of unshuffled k-fold splits (&gt;= 2)
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param maxIter maximum coordinate-descent sweeps per fit (&gt;= 1)
   * @param tol relative tolerance of the duality-gap test (&gt;= 0)
   */
  public record Params(int nAlphas, double eps, double[] alphas, int folds, boolean fitIntercept, int maxIter,
      double tol) implements praxis.api.Params {
    /** 100 alphas, eps 1e-3, automatic grid, 5 folds, intercept, 1000 sweeps, tol 1e-4 (scikit-learn's). */
    public static final Params DEFAULTS = new Params(100, 1e-3, new double[0], 5, true, 1000, 1e-4);

    /** Validates and copies the alphas. */
    public Params {
      PathCv.checkSettings(nAlphas, eps, alphas, folds);
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      alphas = alphas.clone();
    }

    /** The explicit alphas (a copy; empty for the automatic grid). */
    @Override
    public double[] alphas() {
      return alphas.clone();
    }

    /** A copy with explicit alphas (empty for the automatic grid). */
    public Params withAlphas(double... a) {
      return new Params(nAlphas, eps, a, folds, fitIntercept, maxIter, tol);
    }

    /** A copy with another fold count. */
    public Params withFolds(int k) {
      return new Params(nAlphas, eps, alphas, k, fitIntercept, maxIter, tol);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int iterations, double tolerance) {
      return new Params(nAlphas, eps, alphas, folds, fitIntercept, iterations, tolerance);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LassoCV() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LassoCV(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LassoCV withParams(Params p) {
    return new LassoCV(p);
  }

  @Override
  public String name() {
    return "lasso_cv";
  }

  /**
   * Cross-validates the path and refits the best alpha on all rows.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-numeric target or more
   *     folds than rows
   */
  @Override
  public LassoCVModel fit(Frame x, Target y) {
    PathCv.Result r = PathCv.run(x, y, new double[] {1.0}, params.nAlphas(), params.eps(), params.alphas(),
        params.folds(), params.fitIntercept(), params.maxIter(), params.tol(), "LassoCV");
    ElasticNet.Fitted f = r.fit();
    return new LassoCVModel(x.schema(), f.coef(), f.intercept(), f.outcome().iterations(), f.outcome().dualGap(),
        f.outcome().converged(), r.alpha(), r.alphas()[0], r.mse()[0], Provenance.of(name(), params, x, y, 0L));
  }
}
