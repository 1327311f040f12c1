package praxis.svm;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Nu-support vector regression (LIBSVM's nu-SVR, scikit-learn's {@code NuSVR}): the width of the
 * epsilon-insensitive tube is not given but found, with {@code nu} in (0, 1] bounding the fraction of points
 * outside the tube (from above) and of support vectors (from below). The dual in {@code 2n} variables
 * {@code (a, a*)} has the extra constraint {@code e'(a + a*) = C nu n} and is solved by the {@link Smo} solver
 * in its nu mode (started from LIBSVM's feasible point). The fitted model is an {@link SVRModel} (same
 * prediction {@code sum_i (a_i - a*_i) K(x_i, x) - rho}, accessors and persistence). Scale-sensitive.
 *
 * <pre>{@code
 * SVRModel m = new NuSVR(NuSVR.Params.DEFAULTS.withNu(0.3).withC(10)).fit(xStandardized, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class NuSVR implements Estimator<NuSVR.Params, SVRModel> {
  /**
   * Hyperparameters.
   *
   * @param kernel the kernel
   * @param gamma how gamma is chosen (RBF, POLY, SIGMOID)
   * @param gammaValue gamma for {@link Gamma#VALUE} (&gt; 0; ignored otherwise)
   * @param degree POLY degree (&gt;= 1)
   * @param coef0 POLY / SIGMOID offset
   * @param c box constraint C (&gt; 0)
   * @param nu bound on the fraction of points outside the tube / support vectors, in (0, 1]
   * @param tol stopping tolerance on the maximal KKT violation (LIBSVM's eps, &gt; 0)
   * @param cacheSizeMb memory bound of the kernel-row cache in MB (&gt; 0)
   * @param shrinking whether to use LIBSVM's shrinking heuristic
   * @param maxIter iteration limit, or -1 for LIBSVM's {@code max(10^7, 200 n)}
   */
  public record Params(Kernel kernel, Gamma gamma, double gammaValue, int degree, double coef0, double c, double nu,
      double tol, double cacheSizeMb, boolean shrinking, int maxIter) implements praxis.api.Params {
    /** RBF, gamma scale, C 1, nu 0.5, degree 3, coef0 0, tol 1e-3, cache 200 MB, shrinking (scikit-learn). */
    public static final Params DEFAULTS = new Params(Kernel.RBF, Gamma.SCALE, 1.0, 3, 0.0, 1.0, 0.5, 1e-3, 200, true,
        -1);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.notNull(gamma, "gamma");
      SVC.checkKernel(gammaValue, degree, coef0);
      SVC.checkC(c);
      NuSVC.checkNu(nu);
      SVC.checkSolver(tol, cacheSizeMb, maxIter);
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, newC, nu, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with another nu. */
    public Params withNu(double newNu) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, newNu, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with another kernel and kernel parameters. */
    public Params withKernel(Kernel k, Gamma g, double gValue, int deg, double c0) {
      return new Params(k, g, gValue, deg, c0, c, nu, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, double newCacheSizeMb, boolean newShrinking, int newMaxIter) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, nu, newTol, newCacheSizeMb, newShrinking,
          newMaxIter);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public NuSVR() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public NuSVR(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public NuSVR withParams(Params p) {
    return new NuSVR(p);
  }

  @Override
  public String name() {
    return "nu_svr";
  }

  /**
   * Solves the nu-SVR dual.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or target
   */
  @Override
  public SVRModel fit(Frame x, Target y) {
    return SVR.fitWith(x, y, "NuSVR", params.kernel(), params.gamma(), params.gammaValue(), params.degree(),
        params.coef0(), (ke, t) -> Problems.nuSvr(ke, t, params.c(), params.nu(), params.tol(), params.shrinking(),
            params.cacheSizeMb(), params.maxIter()), name(), params, params.tol());
  }
}
