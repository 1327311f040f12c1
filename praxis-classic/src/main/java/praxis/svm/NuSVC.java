package praxis.svm;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Nu-support vector classification (LIBSVM's nu-SVC, scikit-learn's {@code NuSVC}): instead of C, the
 * parameter {@code nu} in (0, 1] is an upper bound on the fraction of margin errors and a lower bound on the
 * fraction of support vectors. Each one-vs-one pair solves {@code min 1/2 a'Qa}, {@code y'a = 0},
 * {@code e'a = nu l}, {@code 0 <= a_i <= 1} with the same {@link Smo} solver as {@link SVC} in its nu mode
 * (working pairs chosen within one label, two per-label offsets); the solution is rescaled by {@code 1/r}
 * into a C-SVC solution, so the fitted model is an {@link SVCModel} (the same decision function, dual
 * coefficients, intercepts, persistence) — with {@code probability} set an {@link SVCProbabilityModel}.
 * Class weights are not supported (LIBSVM's nu-SVC has no C to weight). A {@code nu} too large for a pair of
 * classes ({@code nu (n1 + n2) / 2 > min(n1, n2)}) is rejected, as by LIBSVM. Scale-sensitive: standardize.
 *
 * <pre>{@code
 * SVCModel m = new NuSVC(NuSVC.Params.DEFAULTS.withNu(0.3)).fit(xStandardized, y);
 * double[][] dec = m.decisionFunction(test);
 * }</pre>
 */
public final class NuSVC implements Estimator<NuSVC.Params, SVCModel> {
  /**
   * Hyperparameters.
   *
   * @param kernel the kernel
   * @param gamma how gamma is chosen (RBF, POLY, SIGMOID)
   * @param gammaValue gamma for {@link Gamma#VALUE} (&gt; 0; ignored otherwise)
   * @param degree POLY degree (&gt;= 1)
   * @param coef0 POLY / SIGMOID offset
   * @param nu bound on the fraction of margin errors / support vectors, in (0, 1]
   * @param tol stopping tolerance on the maximal KKT violation (LIBSVM's eps, &gt; 0)
   * @param cacheSizeMb memory bound of the kernel-row cache in MB (&gt; 0)
   * @param shrinking whether to use LIBSVM's shrinking heuristic
   * @param maxIter iteration limit per pair, or -1 for LIBSVM's {@code max(10^7, 100 n)}
   * @param probability whether to fit Platt sigmoids (as {@link SVC})
   * @param seed seed of the CV fold permutation used when {@code probability} is set
   */
  public record Params(Kernel kernel, Gamma gamma, double gammaValue, int degree, double coef0, double nu,
      double tol, double cacheSizeMb, boolean shrinking, int maxIter, boolean probability, long seed)
      implements praxis.api.Params {
    /** RBF, gamma scale, nu 0.5, degree 3, coef0 0, tol 1e-3, cache 200 MB, shrinking (scikit-learn). */
    public static final Params DEFAULTS = new Params(Kernel.RBF, Gamma.SCALE, 1.0, 3, 0.0, 0.5, 1e-3, 200, true,
        -1, false, 0L);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.notNull(gamma, "gamma");
      SVC.checkKernel(gammaValue, degree, coef0);
      checkNu(nu);
      SVC.checkSolver(tol, cacheSizeMb, maxIter);
    }

    /** A copy with another nu. */
    public Params withNu(double newNu) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, newNu, tol, cacheSizeMb, shrinking, maxIter,
          probability, seed);
    }

    /** A copy with another kernel and kernel parameters. */
    public Params withKernel(Kernel k, Gamma g, double gValue, int deg, double c0) {
      return new Params(k, g, gValue, deg, c0, nu, tol, cacheSizeMb, shrinking, maxIter, probability, seed);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, double newCacheSizeMb, boolean newShrinking, int newMaxIter) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, nu, newTol, newCacheSizeMb, newShrinking,
          newMaxIter, probability, seed);
    }

    /** A copy with probability estimates on or off and the CV seed. */
    public Params withProbability(boolean on, long newSeed) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, nu, tol, cacheSizeMb, shrinking, maxIter, on,
          newSeed);
    }
  }

  static void checkNu(double nu) {
    if (!(nu > 0 && nu <= 1)) {
      throw new IllegalArgumentException("nu must be in (0, 1] but is " + nu
          + "; it bounds the fraction of margin errors and support vectors (default 0.5)");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public NuSVC() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public NuSVC(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public NuSVC withParams(Params p) {
    return new NuSVC(p);
  }

  @Override
  public String name() {
    return "nu_svc";
  }

  /**
   * Solves the one-vs-one nu-SVC problems.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer than
   *     two classes, or a nu infeasible for some pair of classes
   */
  @Override
  public SVCModel fit(Frame x, Target y) {
    Inputs.requireRows(x, y, "NuSVC");
    y.requireKind(Target.Kind.CLASSES);
    int[] counts = y.classCounts();
    for (int a = 0; a < counts.length; a++) {
      for (int b = a + 1; b < counts.length; b++) {
        if (counts[a] > 0 && counts[b] > 0 && !Problems.nuFeasible(params.nu(), counts[a], counts[b])) {
          throw new IllegalArgumentException("NuSVC: nu = " + params.nu() + " is infeasible for classes '"
              + y.classList().get(a) + "' (" + counts[a] + " rows) and '" + y.classList().get(b) + "' ("
              + counts[b] + " rows): nu (n1 + n2) / 2 must be <= min(n1, n2); use nu <= "
              + 2.0 * Math.min(counts[a], counts[b]) / (counts[a] + counts[b]));
        }
      }
    }
    SVC.Params sp = new SVC.Params(params.kernel(), params.gamma(), params.gammaValue(), params.degree(),
        params.coef0(), 1.0, new double[0], params.tol(), params.cacheSizeMb(), params.shrinking(),
        params.maxIter(), params.probability(), params.seed());
    return new SVC(sp).fitOneVsOne(x, y, "NuSVC", (ke, idx, sy, cp, cn) -> Problems.nuSvc(ke, idx, sy,
        params.nu(), params.tol(), params.shrinking(), params.cacheSizeMb(), params.maxIter()), name(), params);
  }
}
