package praxis.svm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Epsilon-support vector regression (LIBSVM's epsilon-SVR, scikit-learn's {@code SVR}): the dual in
 * {@code 2n} variables {@code (a, a*)} with the epsilon-insensitive loss, solved by the same {@link Smo}
 * solver as {@link SVC} (second-order working-set selection, optional shrinking, LRU kernel-row cache of at
 * most {@code cacheSizeMb}), stopping when the maximal KKT violation is below {@code tol}. The prediction is
 * {@code sum_i (a_i - a*_i) K(x_i, x) - rho}. Scale-sensitive: standardize features first.
 *
 * <pre>{@code
 * SVRModel m = new SVR(SVR.Params.DEFAULTS.withC(10).withEpsilon(0.5)).fit(xStandardized, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class SVR implements Estimator<SVR.Params, SVRModel> {
  private static final Logger LOG = LoggerFactory.getLogger(SVR.class);

  /**
   * Hyperparameters.
   *
   * @param kernel the kernel
   * @param gamma how gamma is chosen (RBF, POLY, SIGMOID)
   * @param gammaValue gamma for {@link Gamma#VALUE} (&gt; 0; ignored otherwise)
   * @param degree POLY degree (&gt;= 1)
   * @param coef0 POLY / SIGMOID offset
   * @param c box constraint C (&gt; 0)
   * @param epsilon half-width of the insensitive tube (&gt;= 0, in target units)
   * @param tol stopping tolerance on the maximal KKT violation (LIBSVM's eps, &gt; 0)
   * @param cacheSizeMb memory bound of the kernel-row cache in MB (&gt; 0)
   * @param shrinking whether to use LIBSVM's shrinking heuristic
   * @param maxIter iteration limit, or -1 for LIBSVM's {@code max(10^7, 200 n)}
   */
  public record Params(Kernel kernel, Gamma gamma, double gammaValue, int degree, double coef0, double c,
      double epsilon, double tol, double cacheSizeMb, boolean shrinking, int maxIter) implements praxis.api.Params {
    /** RBF, gamma scale, C 1, epsilon 0.1, degree 3, coef0 0, tol 1e-3, cache 200 MB, shrinking (scikit-learn). */
    public static final Params DEFAULTS = new Params(Kernel.RBF, Gamma.SCALE, 1.0, 3, 0.0, 1.0, 0.1, 1e-3, 200, true,
        -1);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.notNull(gamma, "gamma");
      SVC.checkKernel(gammaValue, degree, coef0);
      SVC.checkC(c);
      if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
        throw new IllegalArgumentException("epsilon must be finite and >= 0 but is " + epsilon + "; default 0.1");
      }
      SVC.checkSolver(tol, cacheSizeMb, maxIter);
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, newC, epsilon, tol, cacheSizeMb, shrinking,
          maxIter);
    }

    /** A copy with another epsilon. */
    public Params withEpsilon(double e) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, e, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with another kernel and kernel parameters. */
    public Params withKernel(Kernel k, Gamma g, double gValue, int deg, double c0) {
      return new Params(k, g, gValue, deg, c0, c, epsilon, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, double newCacheSizeMb, boolean newShrinking, int newMaxIter) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, epsilon, newTol, newCacheSizeMb, newShrinking,
          newMaxIter);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SVR() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public SVR(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SVR withParams(Params p) {
    return new SVR(p);
  }

  @Override
  public String name() {
    return "svr";
  }

  /**
   * Solves the epsilon-SVR dual.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-numeric or non-finite
   *     target
   */
  @Override
  public SVRModel fit(Frame x, Target y) {
    return fitWith(x, y, "SVR", params.kernel(), params.gamma(), params.gammaValue(), params.degree(),
        params.coef0(), (ke, t) -> Problems.epsilonSvr(ke, t, params.c(), params.epsilon(), params.tol(),
            params.shrinking(), params.cacheSizeMb(), params.maxIter()), name(), params, params.tol());
  }

  /** Solves a 2n-variable regression dual for the kernel over the training rows and the target. */
  interface RegressionSolver {
    Smo.Solution solve(KernelEval ke, double[] target);
  }

  /** The fit shared with {@link NuSVR}: input checks, gamma, the solve, and the support vectors. */
  static SVRModel fitWith(Frame x, Target y, String who, Kernel kernel, Gamma gammaRule, double gammaValue,
      int degree, double coef0, RegressionSolver solver, String provName, praxis.api.Params provParams,
      double tol) {
    KernelEval ke = KernelEval.forTraining(x, y, who, kernel, gammaRule, gammaValue, degree, coef0);
    double gamma = ke.gamma;
    y.requireKind(Target.Kind.VALUES);
    double[] t = y.values();
    for (int i = 0; i < t.length; i++) {
      if (!Double.isFinite(t[i])) {
        throw new IllegalArgumentException(who + ": target row " + i + " is " + t[i] + "; drop or impute it");
      }
    }
    int n = x.rowCount();
    Smo.Solution s = solver.solve(ke, t);
    if (!s.converged()) {
      LOG.warn("{} stopped after {} iterations before reaching tol {}; increase maxIter or standardize the "
          + "features", who, s.iterations(), tol);
    }
    double[] a = s.alpha();
    int nsv = 0;
    for (int i = 0; i < n; i++) {
      if (a[i] - a[i + n] != 0) {
        nsv++;
      }
    }
    int[] idx = new int[nsv];
    double[] coef = new double[nsv];
    for (int i = 0, k = 0; i < n; i++) {
      double b = a[i] - a[i + n];
      if (b != 0) {
        idx[k] = i;
        coef[k] = b;
        k++;
      }
    }
    return new SVRModel(x.schema(), kernel, gamma, degree, coef0, idx, SupportSet.of(ke, idx), coef, s.rho(),
        s.converged(), Provenance.of(provName, provParams, x, y, 0L));
  }
}
