package praxis.linear;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Linear regression with an L1 penalty (the lasso), fitted by cyclic coordinate descent, as scikit-learn's
 * {@code Lasso}: minimize {@code (1/(2n))‖y − Xw − b‖² + alpha·‖w‖₁}, the intercept not penalized. It is
 * {@link ElasticNet} with {@code l1Ratio = 1} (same solver, duality-gap stopping rule and warm start); many
 * coefficients are exactly zero, all of them once {@code alpha >= max|Xcᵀyc|/n}. Scale-sensitive: standardize
 * features first. Cost per sweep O(n p); on sparse input O(nnz + p) (see {@link ElasticNet}).
 *
 * <pre>{@code
 * LassoModel m = new Lasso(Lasso.Params.DEFAULTS.withAlpha(0.1)).fit(x, y);
 * RegularizationPath path = new Lasso().path(x, y, new double[] {1.0, 0.1, 0.01});
 * }</pre>
 */
public final class Lasso implements Estimator<Lasso.Params, LassoModel> {
  /**
   * Hyperparameters.
   *
   * @param alpha penalty strength (&gt;= 0)
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param maxIter maximum coordinate-descent sweeps (&gt;= 1)
   * @param tol relative tolerance of the duality-gap and coefficient-change tests (&gt;= 0)
   */
  public record Params(double alpha, boolean fitIntercept, int maxIter, double tol) implements praxis.api.Params {
    /** alpha 1, intercept, 1000 sweeps, tol 1e-4 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(1.0, true, 1000, 1e-4);

    /** Validates. */
    public Params {
      Check.nonNegative(alpha, "alpha");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
    }

    /** A copy with another alpha. */
    public Params withAlpha(double a) {
      return new Params(a, fitIntercept, maxIter, tol);
    }

    /** A copy with or without intercept. */
    public Params withFitIntercept(boolean yes) {
      return new Params(alpha, yes, maxIter, tol);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int iterations, double tolerance) {
      return new Params(alpha, fitIntercept, iterations, tolerance);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public Lasso() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public Lasso(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Lasso withParams(Params p) {
    return new Lasso(p);
  }

  @Override
  public String name() {
    return "lasso";
  }

  /**
   * Fits from zero coefficients.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or a non-numeric target
   */
  @Override
  public LassoModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits starting from {@code initialCoef} (warm start); null starts from zero.
   *
   * @throws IllegalArgumentException also when {@code initialCoef} does not have one entry per column
   */
  public LassoModel fit(Frame x, Target y, double[] initialCoef) {
    ElasticNet.Fitted f = ElasticNet.fitCore(x, y, params.alpha(), 1.0, params.fitIntercept(), params.maxIter(),
        params.tol(), initialCoef, "Lasso");
    return new LassoModel(x.schema(), f.coef(), f.intercept(), f.outcome().iterations(), f.outcome().dualGap(),
        f.outcome().converged(), Provenance.of(name(), params, x, y, 0L));
  }

  /**
   * The lasso regularization path with this estimator's intercept and stopping settings: one fit per alpha,
   * descending, each warm-started from the previous one.
   *
   * @param alphas the penalty strengths (sorted descending here); null or empty for scikit-learn's default
   *     grid of 100 values log-spaced from {@code alphaMax = max|Xcᵀyc|/n} down to {@code 1e-3·alphaMax}
   */
  public RegularizationPath path(Frame x, Target y, double[] alphas) {
    return ElasticNet.pathCore(x, y, 1.0, params.fitIntercept(), params.maxIter(), params.tol(), alphas, "Lasso");
  }
}
