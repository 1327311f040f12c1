package praxis.linear;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.Cholesky;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SVD;

/**
 * Linear regression with an L2 penalty, as scikit-learn's {@code Ridge}: minimize
 * {@code ‖y − Xw − b‖² + alpha·‖w‖²}, the intercept not penalized (handled by centring X and y, then
 * {@code b = ȳ − x̄·w}). Closed form {@code (XcᵀXc + alpha·I) w = Xcᵀyc}, solved by a Cholesky factorization
 * ({@link LinAlg#cholesky}; O(n p² + p³)) or through the thin SVD {@code Xc = U S Vᵀ},
 * {@code w = V diag(s/(s² + alpha)) Uᵀyc} (O(n p min(n, p)); preferred when p &gt; n and the only choice for
 * alpha = 0, where it gives the minimum-norm least-squares solution). For large problems two matrix-free
 * iterative solvers touch X only through products {@code Xv} and {@code Xᵀu} (two sequential passes over the
 * column-major design per iteration, O(n p) each, no p x p matrix): {@link Solver#CG}, conjugate gradients on
 * the normal equations with a Jacobi (diagonal) preconditioner (scikit-learn's {@code sparse_cg}), and
 * {@link Solver#LSQR}, Paige and Saunders' LSQR on the damped least-squares problem
 * {@code min ‖Xc w − yc‖² + alpha‖w‖²} (scikit-learn's {@code lsqr}); both stop when the gradient of the
 * objective, {@code ‖Xcᵀ(yc − Xc w) − alpha·w‖}, is at most {@code tol·‖Xcᵀyc‖}, or after {@code maxIter}
 * iterations. {@link Solver#AUTO} takes the SVD when alpha = 0 or {@code p > n}, Cholesky when
 * {@code p <= }{@value #AUTO_CHOLESKY_MAX_P} (forming {@code XᵀX} costs n p², the factorization p³), and CG
 * for wider designs. Scale-sensitive: standardize features first.
 *
 * <p>Sparse input ({@link Frame#hasSparseColumns()}): solved matrix-free by conjugate gradients on the
 * implicitly centred design (scikit-learn's {@code sparse_cg}), whatever the solver setting; never densified.
 *
 * <pre>{@code
 * RidgeModel m = new Ridge(Ridge.Params.DEFAULTS.withAlpha(10)).fit(x, y);
 * double[] w = m.coefficients();
 * }</pre>
 */
public final class Ridge implements Estimator<Ridge.Params, RidgeModel> {
  /** How the penalized normal equations are solved. */
  public enum Solver {
    /** Cholesky when p &lt;= n and alpha &gt; 0, otherwise SVD. */
    AUTO,
    /** Cholesky factorization of {@code XcᵀXc + alpha·I} (needs alpha &gt; 0 or full column rank). */
    CHOLESKY,
    /** Thin SVD of the centred design. */
    SVD,
    /** Preconditioned conjugate gradients on the normal equations, matrix-free (needs alpha &gt; 0 or full rank). */
    CG,
    /** LSQR on the damped least-squares problem, matrix-free. */
    LSQR
  }

  /** Largest feature count for which {@link Solver#AUTO} forms and factors {@code XᵀX}. */
  public static final int AUTO_CHOLESKY_MAX_P = 2000;

  /**
   * Hyperparameters.
   *
   * @param alpha penalty strength (&gt;= 0)
   * @param fitIntercept whether to fit an unpenalized intercept
   * @param solver the linear-algebra route
   * @param tol relative gradient tolerance of the iterative solvers CG and LSQR (&gt; 0)
   * @param maxIter iteration limit of the iterative solvers (&gt;= 1)
   */
  public record Params(double alpha, boolean fitIntercept, Solver solver, double tol, int maxIter)
      implements praxis.api.Params {
    /** alpha 1, intercept, automatic solver (scikit-learn's defaults); tol 1e-10, at most 1000 iterations. */
    public static final Params DEFAULTS = new Params(1.0, true, Solver.AUTO);

    /** Validates. */
    public Params {
      Check.nonNegative(alpha, "alpha");
      Check.notNull(solver, "solver");
      Check.positive(tol, "tol");
      Check.atLeast(maxIter, 1, "maxIter");
    }

    /** With the iterative solvers' defaults tol 1e-10 and maxIter 1000. */
    public Params(double alpha, boolean fitIntercept, Solver solver) {
      this(alpha, fitIntercept, solver, 1e-10, 1000);
    }

    /** A copy with another alpha. */
    public Params withAlpha(double a) {
      return new Params(a, fitIntercept, solver, tol, maxIter);
    }

    /** A copy with or without intercept. */
    public Params withFitIntercept(boolean yes) {
      return new Params(alpha, yes, solver, tol, maxIter);
    }

    /** A copy with another solver. */
    public Params withSolver(Solver s) {
      return new Params(alpha, fitIntercept, s, tol, maxIter);
    }

    /** A copy with another tolerance and iteration limit for CG and LSQR. */
    public Params withTolerance(double t, int iterations) {
      return new Params(alpha, fitIntercept, solver, t, iterations);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public Ridge() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public Ridge(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Ridge withParams(Params p) {
    return new Ridge(p);
  }

  @Override
  public String name() {
    return "ridge";
  }

  /**
   * Solves the penalized least-squares problem.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-numeric target, or the
   *     CHOLESKY solver with alpha = 0 on a rank-deficient design
   */
  @Override
  public RidgeModel fit(Frame x, Target y) {
    if (x.hasSparseColumns()) {     // sparse input: matrix-free CG with implicit centring (any solver setting)
      SparseRidgeSolver.Result r = SparseRidgeSolver.fit(x, y, params.alpha(), params.fitIntercept());
      if (!r.converged()) {
        org.slf4j.LoggerFactory.getLogger(Ridge.class).warn("Ridge (sparse CG) stopped after {} iterations "
            + "above the residual tolerance; use a larger alpha or standardize the features", r.iterations());
      }
      return new RidgeModel(x.schema(), r.coef(), r.intercept(), Provenance.of(name(), params, x, y, 0L));
    }
    CoordinateDescent.Problem pr = CoordinateDescent.Problem.of(x, y, params.fitIntercept(), "Ridge");
    int n = pr.n;
    int p = pr.p;
    double alpha = params.alpha();
    double[] coef = switch (resolve(params.solver(), n, p, alpha)) {
      case CHOLESKY -> viaCholesky(pr, alpha);
      case CG -> RidgeIterative.conjugateGradient(pr, alpha, params.tol(), params.maxIter());
      case LSQR -> RidgeIterative.lsqr(pr, alpha, params.tol(), params.maxIter());
      default -> viaSvd(pr, alpha);
    };
    return new RidgeModel(x.schema(), coef, pr.intercept(coef), Provenance.of(name(), params, x, y, 0L));
  }

  /** The solver {@code s} stands for on an n x p design ({@link Solver#AUTO} resolved as documented). */
  static Solver resolve(Solver s, int n, int p, double alpha) {
    if (s != Solver.AUTO) {
      return s;
    }
    return alpha == 0 || p > n ? Solver.SVD : p <= AUTO_CHOLESKY_MAX_P ? Solver.CHOLESKY : Solver.CG;
  }

  private static double[] viaCholesky(CoordinateDescent.Problem pr, double alpha) {
    int n = pr.n;
    int p = pr.p;
    DenseMatrix a = DenseMatrix.wrap(n, p, pr.x);
    DenseMatrix gram = LinAlg.gemm(true, false, 1.0, a, a, 0.0, new DenseMatrix(p, p));
    double[] g = gram.data();
    for (int j = 0; j < p; j++) {       // exact symmetry for the Cholesky check, then the ridge
      for (int i = j + 1; i < p; i++) {
        double v = 0.5 * (g[j * p + i] + g[i * p + j]);
        g[j * p + i] = v;
        g[i * p + j] = v;
      }
      g[j * p + j] += alpha;
    }
    double[] rhs = LinAlg.gemv(true, 1.0, a, pr.y, 0.0, new double[p]);
    Cholesky ch;
    try {
      ch = LinAlg.cholesky(gram);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Ridge: XᵀX + alpha·I is not positive definite with alpha " + alpha
          + " (collinear or constant columns); use a positive alpha or solver SVD", e);
    }
    return ch.solve(rhs);
  }

  private static double[] viaSvd(CoordinateDescent.Problem pr, double alpha) {
    int n = pr.n;
    int p = pr.p;
    SVD svd = LinAlg.svd(DenseMatrix.wrap(n, p, pr.x));
    int k = Math.min(n, p);
    int use = alpha > 0 ? k : svd.rank();    // alpha = 0: minimum-norm least squares over the numerical rank
    double[] u = svd.u().data();
    double[] vt = svd.vt().data();
    double[] sv = svd.s();
    double[] coef = new double[p];
    for (int r = 0; r < use; r++) {
      double s = sv[r];
      double denom = s * s + alpha;
      if (denom == 0) {
        continue;
      }
      double dot = 0;
      int off = r * n;
      for (int i = 0; i < n; i++) {
        dot += u[off + i] * pr.y[i];
      }
      double c = dot * s / denom;
      for (int j = 0; j < p; j++) {
        coef[j] += vt[j * k + r] * c;
      }
    }
    return coef;
  }
}
