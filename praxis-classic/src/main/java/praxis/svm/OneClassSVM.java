package praxis.svm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * One-class SVM for novelty / outlier detection (Schölkopf et al. 2001; LIBSVM's one-class, scikit-learn's
 * {@code OneClassSVM}): finds {@code f(x) = sum_i a_i K(x_i, x) - rho} with {@code 0 <= a_i <= 1},
 * {@code e'a = nu n}, so that about a fraction {@code nu} of the training rows falls outside ({@code f < 0});
 * {@code nu} in (0, 1] bounds the training outlier fraction from above and the support-vector fraction from
 * below. Solved by the same {@link Smo} solver as {@link SVC}, started from LIBSVM's feasible point. The
 * target is ignored (pass {@link Target#none(int)}). The model is a {@link praxis.api.Clusterer} whose
 * {@code predict} gives {@code +1} for an inlier and {@code -1} for an outlier (scikit-learn's convention;
 * {@code -1} is also the clusterer convention for noise), plus {@link OneClassSVMModel#decisionFunction}.
 * Scale-sensitive: standardize features first.
 *
 * <pre>{@code
 * OneClassSVMModel m = new OneClassSVM(OneClassSVM.Params.DEFAULTS.withNu(0.05)).fit(x, Target.none(n));
 * int[] inlier = m.predict(test);              // +1 inlier, -1 outlier
 * double[] score = m.decisionFunction(test);   // < 0 outside
 * }</pre>
 */
public final class OneClassSVM implements Estimator<OneClassSVM.Params, OneClassSVMModel> {
  private static final Logger LOG = LoggerFactory.getLogger(OneClassSVM.class);

  /**
   * Hyperparameters.
   *
   * @param kernel the kernel
   * @param gamma how gamma is chosen (RBF, POLY, SIGMOID)
   * @param gammaValue gamma for {@link Gamma#VALUE} (&gt; 0; ignored otherwise)
   * @param degree POLY degree (&gt;= 1)
   * @param coef0 POLY / SIGMOID offset
   * @param nu bound on the fraction of training outliers / support vectors, in (0, 1]
   * @param tol stopping tolerance on the maximal KKT violation (LIBSVM's eps, &gt; 0)
   * @param cacheSizeMb memory bound of the kernel-row cache in MB (&gt; 0)
   * @param shrinking whether to use LIBSVM's shrinking heuristic
   * @param maxIter iteration limit, or -1 for LIBSVM's {@code max(10^7, 100 n)}
   */
  public record Params(Kernel kernel, Gamma gamma, double gammaValue, int degree, double coef0, double nu,
      double tol, double cacheSizeMb, boolean shrinking, int maxIter) implements praxis.api.Params {
    /** RBF, gamma scale, nu 0.5, degree 3, coef0 0, tol 1e-3, cache 200 MB, shrinking (scikit-learn). */
    public static final Params DEFAULTS = new Params(Kernel.RBF, Gamma.SCALE, 1.0, 3, 0.0, 0.5, 1e-3, 200, true,
        -1);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.notNull(gamma, "gamma");
      SVC.checkKernel(gammaValue, degree, coef0);
      NuSVC.checkNu(nu);
      SVC.checkSolver(tol, cacheSizeMb, maxIter);
    }

    /** A copy with another nu. */
    public Params withNu(double newNu) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, newNu, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with another kernel and kernel parameters. */
    public Params withKernel(Kernel k, Gamma g, double gValue, int deg, double c0) {
      return new Params(k, g, gValue, deg, c0, nu, tol, cacheSizeMb, shrinking, maxIter);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, double newCacheSizeMb, boolean newShrinking, int newMaxIter) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, nu, newTol, newCacheSizeMb, newShrinking,
          newMaxIter);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public OneClassSVM() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public OneClassSVM(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public OneClassSVM withParams(Params p) {
    return new OneClassSVM(p);
  }

  @Override
  public String name() {
    return "one_class_svm";
  }

  /**
   * Solves the one-class dual; {@code y} only has to have as many rows as {@code x}.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input
   */
  @Override
  public OneClassSVMModel fit(Frame x, Target y) {
    KernelEval ke = KernelEval.forTraining(x, y, "OneClassSVM", params.kernel(), params.gamma(),
        params.gammaValue(), params.degree(), params.coef0());
    int n = x.rowCount();
    double gamma = ke.gamma;
    Smo.Solution s = Problems.oneClass(ke, params.nu(), params.tol(), params.shrinking(), params.cacheSizeMb(),
        params.maxIter());
    if (!s.converged()) {
      LOG.warn("OneClassSVM stopped after {} iterations before reaching tol {}; increase maxIter or standardize "
          + "the features", s.iterations(), params.tol());
    }
    double[] a = s.alpha();
    int nsv = 0;
    for (double v : a) {
      if (v != 0) {
        nsv++;
      }
    }
    int[] idx = new int[nsv];
    double[] coef = new double[nsv];
    for (int i = 0, k = 0; i < n; i++) {
      if (a[i] != 0) {
        idx[k] = i;
        coef[k] = a[i];
        k++;
      }
    }
    SupportSet sv = SupportSet.of(ke, idx);
    return new OneClassSVMModel(x.schema(), params.kernel(), gamma, params.degree(), params.coef0(), idx, sv, coef,
        s.rho(), s.converged(), Provenance.of(name(), params, x, y, 0L));
  }
}
