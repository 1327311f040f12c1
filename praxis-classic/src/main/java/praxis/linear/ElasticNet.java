package praxis.linear;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Linear regression with a combined L1 and L2 penalty, fitted by cyclic coordinate descent, as
 * scikit-learn's {@code ElasticNet}: minimize
 * {@code (1/(2n))‖y − Xw − b‖² + alpha·l1Ratio·‖w‖₁ + ½·alpha·(1 − l1Ratio)·‖w‖²}, the intercept b not
 * penalized (handled by centring X and y). The solver stops when the duality gap is at most
 * {@code tol·‖y − ȳ‖²/n} (checked after a sweep that moved no coefficient by more than {@code tol·max|w|}),
 * or after {@code maxIter} sweeps (a warning is logged; {@link ElasticNetModel#converged()} says so).
 * {@code l1Ratio = 1} is the lasso, {@code 0} ridge (for {@code l1Ratio = 0} the duality gap uses the unscaled
 * residual as dual point, so it converges where scikit-learn's solver never passes its gap test). The penalty is scale-sensitive: standardize features
 * first. Cost per sweep O(n p).
 *
 * <p>Sparse input ({@link Frame#hasSparseColumns()}): {@link #fit} and {@link #path} sweep the columns of a
 * compressed sparse column copy with the centring done implicitly (scikit-learn's sparse solver: X is never
 * centred or densified), O(nnz + p) per sweep, same minimizer as the dense fit.
 *
 * <pre>{@code
 * var est = new ElasticNet(ElasticNet.Params.DEFAULTS.withAlpha(0.1).withL1Ratio(0.7));
 * ElasticNetModel m = est.fit(x, y);
 * ElasticNetModel warm = est.withParams(est.params().withAlpha(0.05)).fit(x, y, m.coefficients());
 * RegularizationPath path = est.path(x, y, null);
 * }</pre>
 */
public final class ElasticNet implements Estimator<ElasticNet.Params, ElasticNetModel> {
  private static final Logger LOG = LoggerFactory.getLogger(ElasticNet.class);

  /**
   * Hyperparameters.
   *
   * @param alpha penalty strength (&gt;= 0; 0 is least squares, better done by {@link LinearRegression})
   * @param l1Ratio share of the L1 penalty, in [0, 1]
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param maxIter maximum coordinate-descent sweeps (&gt;= 1)
   * @param tol relative tolerance of the duality-gap and coefficient-change tests (&gt;= 0)
   */
  public record Params(double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol)
      implements praxis.api.Params {
    /** alpha 1, l1Ratio 0.5, intercept, 1000 sweeps, tol 1e-4 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(1.0, 0.5, true, 1000, 1e-4);

    /** Validates. */
    public Params {
      Check.nonNegative(alpha, "alpha");
      Check.inRange(l1Ratio, 0.0, 1.0, "l1Ratio");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
    }

    /** A copy with another alpha. */
    public Params withAlpha(double a) {
      return new Params(a, l1Ratio, fitIntercept, maxIter, tol);
    }

    /** A copy with another l1Ratio. */
    public Params withL1Ratio(double r) {
      return new Params(alpha, r, fitIntercept, maxIter, tol);
    }

    /** A copy with or without intercept. */
    public Params withFitIntercept(boolean yes) {
      return new Params(alpha, l1Ratio, yes, maxIter, tol);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int iterations, double tolerance) {
      return new Params(alpha, l1Ratio, fitIntercept, iterations, tolerance);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public ElasticNet() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public ElasticNet(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public ElasticNet withParams(Params p) {
    return new ElasticNet(p);
  }

  @Override
  public String name() {
    return "elastic_net";
  }

  /**
   * Fits from zero coefficients.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or a non-numeric target
   */
  @Override
  public ElasticNetModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits starting from {@code initialCoef} (warm start, e.g. the coefficients of a fit at a nearby alpha);
   * null starts from zero.
   *
   * @throws IllegalArgumentException also when {@code initialCoef} does not have one entry per column
   */
  public ElasticNetModel fit(Frame x, Target y, double[] initialCoef) {
    Fitted f = fitCore(x, y, params.alpha(), params.l1Ratio(), params.fitIntercept(), params.maxIter(),
        params.tol(), initialCoef, "ElasticNet");
    return new ElasticNetModel(x.schema(), f.coef, f.intercept, f.outcome.iterations(), f.outcome.dualGap(),
        f.outcome.converged(), Provenance.of(name(), params, x, y, 0L));
  }

  /**
   * The regularization path with this estimator's l1Ratio, intercept and stopping settings: one fit per
   * alpha, in descending order, each warm-started from the previous one. With more rows than columns the
   * sweeps run on the Gram matrix {@code XcᵀXc} (O(p) per coordinate after one O(n p²) product), as
   * scikit-learn's paths do with {@code precompute="auto"}.
   *
   * @param alphas the penalty strengths (sorted descending here); null or empty for scikit-learn's default
   *     grid of 100 values log-spaced from {@code alphaMax = max|Xcᵀyc|/(n·l1Ratio)} down to
   *     {@code 1e-3·alphaMax}
   * @throws IllegalArgumentException on bad input, a negative alpha, or a default grid with l1Ratio 0
   */
  public RegularizationPath path(Frame x, Target y, double[] alphas) {
    return pathCore(x, y, params.l1Ratio(), params.fitIntercept(), params.maxIter(), params.tol(), alphas,
        "ElasticNet");
  }

  /** Coefficients, intercept and solver outcome of one fit. */
  record Fitted(double[] coef, double intercept, CoordinateDescent.Outcome outcome) {}

  static Fitted fitCore(Frame x, Target y, double alpha, double l1Ratio, boolean fitIntercept, int maxIter,
      double tol, double[] initialCoef, String who) {
    if (x.hasSparseColumns()) {
      // sparse input: coordinate descent over CSC columns with implicit centring, O(nnz) per sweep
      SparseCoordinateDescent.Problem sp = SparseCoordinateDescent.Problem.of(x, y, fitIntercept, who);
      double[] w = startCoef(initialCoef, sp.p, who);
      CoordinateDescent.Outcome o = SparseCoordinateDescent.solve(sp, alpha, l1Ratio, w, maxIter, tol);
      warnIfNotConverged(o, who, alpha, maxIter, tol);
      return new Fitted(w, sp.intercept(w), o);
    }
    CoordinateDescent.Problem pr = CoordinateDescent.Problem.of(x, y, fitIntercept, who);
    double[] w = startCoef(initialCoef, pr.p, who);
    // With more rows than columns, sweep on the Gram form (one O(n p²) product, then O(p) per coordinate),
    // as scikit-learn does with precompute=True; the minimizer is the same, only rounding differs.
    CoordinateDescent.Outcome o = pr.n > pr.p
        ? CoordinateDescent.solveGram(new CoordinateDescent.Gram(pr), alpha, l1Ratio, w, maxIter, tol,
            new double[pr.p])
        : CoordinateDescent.solve(pr, alpha, l1Ratio, w, maxIter, tol, new double[pr.n]);
    warnIfNotConverged(o, who, alpha, maxIter, tol);
    return new Fitted(w, pr.intercept(w), o);
  }

  /** Zero, or a validated copy of the user's starting coefficients. */
  private static double[] startCoef(double[] initialCoef, int p, String who) {
    double[] w = new double[p];
    if (initialCoef != null) {
      if (initialCoef.length != p) {
        throw new IllegalArgumentException(who + ": initialCoef has " + initialCoef.length + " entries but x has "
            + p + " columns; pass one starting coefficient per column (or null to start from zero)");
      }
      for (int j = 0; j < p; j++) {
        if (!Double.isFinite(initialCoef[j])) {
          throw new IllegalArgumentException(who + ": initialCoef[" + j + "] is " + initialCoef[j]
              + "; starting coefficients must be finite");
        }
      }
      System.arraycopy(initialCoef, 0, w, 0, p);
    }
    return w;
  }

  /** The path on sparse input: warm-started sparse coordinate descent over the descending grid. */
  private static RegularizationPath sparsePath(Frame x, Target y, double l1Ratio, boolean fitIntercept,
      int maxIter, double tol, double[] alphas, String who) {
    SparseCoordinateDescent.Problem sp = SparseCoordinateDescent.Problem.of(x, y, fitIntercept, who);
    double[] grid = alphas == null || alphas.length == 0
        ? SparseCoordinateDescent.alphaGrid(sp, l1Ratio, 100, 1e-3, who) : descending(alphas, who);
    return sparsePath(sp, l1Ratio, grid, maxIter, tol, who);
  }

  /** The path over a descending grid on a prepared sparse problem (also used per fold by the CV estimators). */
  static RegularizationPath sparsePath(SparseCoordinateDescent.Problem sp, double l1Ratio, double[] grid,
      int maxIter, double tol, String who) {
    int m = grid.length;
    double[][] coefs = new double[m][];
    double[] intercepts = new double[m];
    double[] gaps = new double[m];
    int[] iters = new int[m];
    double[] w = new double[sp.p];
    for (int a = 0; a < m; a++) {
      CoordinateDescent.Outcome o = SparseCoordinateDescent.solve(sp, grid[a], l1Ratio, w, maxIter, tol);
      warnIfNotConverged(o, who, grid[a], maxIter, tol);
      coefs[a] = w.clone();
      intercepts[a] = sp.intercept(w);
      gaps[a] = o.dualGap();
      iters[a] = o.iterations();
    }
    return new RegularizationPath(grid, coefs, intercepts, gaps, iters);
  }

  static RegularizationPath pathCore(Frame x, Target y, double l1Ratio, boolean fitIntercept, int maxIter,
      double tol, double[] alphas, String who) {
    if (x.hasSparseColumns()) {
      return sparsePath(x, y, l1Ratio, fitIntercept, maxIter, tol, alphas, who);
    }
    CoordinateDescent.Problem pr = CoordinateDescent.Problem.of(x, y, fitIntercept, who);
    double[] grid;
    if (alphas == null || alphas.length == 0) {
      grid = CoordinateDescent.alphaGrid(pr, l1Ratio, 100, 1e-3, who);
    } else {
      grid = descending(alphas, who);
    }
    return path(pr, l1Ratio, grid, maxIter, tol, who);
  }

  /**
   * The path over a descending grid on a prepared problem (also used per fold by the CV estimators); with more
   * rows than columns on the Gram form {@code XᵀX} (as scikit-learn's paths with {@code precompute="auto"}).
   */
  static RegularizationPath path(CoordinateDescent.Problem pr, double l1Ratio, double[] grid, int maxIter,
      double tol, String who) {
    int m = grid.length;
    double[][] coefs = new double[m][];
    double[] intercepts = new double[m];
    double[] gaps = new double[m];
    int[] iters = new int[m];
    double[] w = new double[pr.p];
    CoordinateDescent.Gram gram = pr.n > pr.p ? new CoordinateDescent.Gram(pr) : null;
    double[] work = new double[gram != null ? pr.p : pr.n];
    for (int a = 0; a < m; a++) {
      CoordinateDescent.Outcome o = gram != null
          ? CoordinateDescent.solveGram(gram, grid[a], l1Ratio, w, maxIter, tol, work)
          : CoordinateDescent.solve(pr, grid[a], l1Ratio, w, maxIter, tol, work);
      warnIfNotConverged(o, who, grid[a], maxIter, tol);
      coefs[a] = w.clone();
      intercepts[a] = pr.intercept(w);
      gaps[a] = o.dualGap();
      iters[a] = o.iterations();
    }
    return new RegularizationPath(grid, coefs, intercepts, gaps, iters);
  }

  /** A validated copy of user alphas sorted descending. */
  static double[] descending(double[] alphas, String who) {
    double[] g = alphas.clone();
    for (int i = 0; i < g.length; i++) {
      Check.nonNegative(g[i], who + " alphas[" + i + "]");
    }
    java.util.Arrays.sort(g);
    for (int i = 0, k = g.length - 1; i < k; i++, k--) {
      double t = g[i];
      g[i] = g[k];
      g[k] = t;
    }
    return g;
  }

  private static void warnIfNotConverged(CoordinateDescent.Outcome o, String who, double alpha, int maxIter,
      double tol) {
    if (!o.converged()) {
      LOG.warn("{} (alpha {}) stopped after {} sweeps with duality gap {} above the tolerance (tol {}); increase "
          + "maxIter, standardize the features or use a larger alpha", who, alpha, maxIter, o.dualGap(), tol);
    }
  }
}
