package praxis.svm;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * C-support vector classification (LIBSVM's C-SVC, scikit-learn's {@code SVC}): for every pair of classes
 * the dual {@code min 1/2 a'Qa - e'a}, {@code y'a = 0}, {@code 0 <= a_i <= C w_{class(i)}} is solved by
 * {@link Smo} (second-order working-set selection, optional shrinking, an LRU kernel-row cache bounded by
 * {@code cacheSizeMb}), stopping when the maximal KKT violation is below {@code tol}. More than two
 * classes: one-vs-one with voting, ties going to the lower class index (as LIBSVM). Kernels: see
 * {@link Kernel}; {@code gamma} from {@link Gamma}. Scale-sensitive: standardize features first.
 * With {@code probability} set, LIBSVM's Platt scaling (5-fold CV sigmoid per pair, pairwise coupling)
 * gives a {@link SVCProbabilityModel}; the folds come from {@code SplittableRandom(seed)}, so probabilities
 * are close to but not identical with LIBSVM's. Cost: O(n^2) kernel evaluations per pair and
 * iteration-dependent SMO work, memory at most {@code cacheSizeMb} for kernel rows.
 *
 * <pre>{@code
 * SVCModel m = new SVC(SVC.Params.DEFAULTS.withC(10)).fit(xStandardized, y);
 * int[] pred = m.predict(test);
 * double[][] dec = m.decisionFunction(test);
 * }</pre>
 */
public final class SVC implements Estimator<SVC.Params, SVCModel> {
  private static final Logger LOG = LoggerFactory.getLogger(SVC.class);

  /**
   * Hyperparameters.
   *
   * @param kernel the kernel
   * @param gamma how gamma is chosen (RBF, POLY, SIGMOID)
   * @param gammaValue gamma for {@link Gamma#VALUE} (&gt; 0; ignored otherwise)
   * @param degree POLY degree (&gt;= 1)
   * @param coef0 POLY / SIGMOID offset
   * @param c box constraint C (&gt; 0)
   * @param classWeights per class code (sorted label order) multipliers of C, each &gt; 0; empty = all 1
   * @param tol stopping tolerance on the maximal KKT violation (LIBSVM's eps, &gt; 0)
   * @param cacheSizeMb memory bound of the kernel-row cache in MB (&gt; 0)
   * @param shrinking whether to use LIBSVM's shrinking heuristic
   * @param maxIter iteration limit per pair, or -1 for LIBSVM's {@code max(10^7, 100 n)}
   * @param probability whether to fit Platt sigmoids (LIBSVM's internal 5-fold CV per pair) so that the model
   *     is a {@link praxis.api.ProbabilisticClassifier} ({@link SVCProbabilityModel}); about 6x the fit time
   * @param seed seed of the CV fold permutation used when {@code probability} is set
   */
  public record Params(Kernel kernel, Gamma gamma, double gammaValue, int degree, double coef0, double c,
      double[] classWeights, double tol, double cacheSizeMb, boolean shrinking, int maxIter, boolean probability,
      long seed) implements praxis.api.Params {
    /**
     * RBF, gamma scale, C 1, degree 3, coef0 0, tol 1e-3, cache 200 MB, shrinking, no probabilities
     * (scikit-learn's defaults).
     */
    public static final Params DEFAULTS = new Params(Kernel.RBF, Gamma.SCALE, 1.0, 3, 0.0, 1.0, new double[0],
        1e-3, 200, true, -1, false, 0L);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.notNull(gamma, "gamma");
      Check.notNull(classWeights, "classWeights");
      checkKernel(gammaValue, degree, coef0);
      checkC(c);
      for (int k = 0; k < classWeights.length; k++) {
        if (!(classWeights[k] > 0) || !Double.isFinite(classWeights[k])) {
          throw new IllegalArgumentException("classWeights[" + k + "] must be finite and > 0 but is "
              + classWeights[k] + "; use 1 for an unweighted class");
        }
      }
      checkSolver(tol, cacheSizeMb, maxIter);
      classWeights = classWeights.clone();
    }

    @Override
    public double[] classWeights() {
      return classWeights.clone();
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, newC, classWeights, tol, cacheSizeMb, shrinking,
          maxIter, probability, seed);
    }

    /** A copy with another kernel and kernel parameters. */
    public Params withKernel(Kernel k, Gamma g, double gValue, int deg, double c0) {
      return new Params(k, g, gValue, deg, c0, c, classWeights, tol, cacheSizeMb, shrinking, maxIter, probability,
          seed);
    }

    /** A copy with another gamma rule / value. */
    public Params withGamma(Gamma g, double gValue) {
      return new Params(kernel, g, gValue, degree, coef0, c, classWeights, tol, cacheSizeMb, shrinking, maxIter,
          probability, seed);
    }

    /** A copy with class weights (per class code). */
    public Params withClassWeights(double... w) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, w, tol, cacheSizeMb, shrinking, maxIter,
          probability, seed);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, double newCacheSizeMb, boolean newShrinking, int newMaxIter) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, classWeights, newTol, newCacheSizeMb,
          newShrinking, newMaxIter, probability, seed);
    }

    /** A copy with probability estimates on or off and the CV seed. */
    public Params withProbability(boolean on, long newSeed) {
      return new Params(kernel, gamma, gammaValue, degree, coef0, c, classWeights, tol, cacheSizeMb, shrinking,
          maxIter, on, newSeed);
    }
  }

  static void checkKernel(double gammaValue, int degree, double coef0) {
    if (!(gammaValue > 0) || !Double.isFinite(gammaValue)) {
      throw new IllegalArgumentException("gammaValue must be finite and > 0 but is " + gammaValue
          + "; use a positive kernel coefficient or gamma=scale");
    }
    Check.atLeast(degree, 1, "degree");
    if (!Double.isFinite(coef0)) {
      throw new IllegalArgumentException("coef0 must be finite but is " + coef0);
    }
  }

  static void checkC(double c) {
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c must be finite and > 0 but is " + c
          + "; it bounds the dual coefficients (default 1)");
    }
  }

  static void checkSolver(double tol, double cacheSizeMb, int maxIter) {
    if (!(tol > 0) || !Double.isFinite(tol)) {
      throw new IllegalArgumentException("tol must be finite and > 0 but is " + tol + "; default 1e-3");
    }
    if (!(cacheSizeMb > 0) || !Double.isFinite(cacheSizeMb)) {
      throw new IllegalArgumentException("cacheSizeMb must be finite and > 0 but is " + cacheSizeMb
          + "; default 200");
    }
    if (maxIter == 0 || maxIter < -1) {
      throw new IllegalArgumentException("maxIter must be -1 (no limit) or >= 1 but is " + maxIter);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SVC() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public SVC(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SVC withParams(Params p) {
    return new SVC(p);
  }

  @Override
  public String name() {
    return "svc";
  }

  /**
   * Solves the one-vs-one C-SVC problems.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer than
   *     two classes or class weights not matching the class count
   */
  @Override
  public SVCModel fit(Frame x, Target y) {
    return fitOneVsOne(x, y, "SVC", (ke, idx, sy, cp, cn) -> Problems.csvc(ke, idx, sy, cp, cn, params.tol(),
        params.shrinking(), params.cacheSizeMb(), params.maxIter()), name(), params);
  }

  /** Solves one binary problem of the one-vs-one scheme (points {@code idx}, labels +1 / -1). */
  interface PairSolver {
    /**
     * @return a solution whose alpha are non-negative (unsigned) and whose rho gives the decision value
     *     {@code sum_i alpha_i y_i K(x_i, x) - rho}
     */
    Smo.Solution solve(KernelEval ke, int[] idx, byte[] sy, double cp, double cn);
  }

  /**
   * The one-vs-one fit shared with {@link NuSVC}: kernel, gamma, class weights, probability and seed are read
   * from this estimator's {@link #params}; each pair is solved by {@code solver}; provenance records
   * {@code provName} / {@code provParams}.
   */
  SVCModel fitOneVsOne(Frame x, Target y, String who, PairSolver solver, String provName,
      praxis.api.Params provParams) {
    KernelEval ke = KernelEval.forTraining(x, y, who, params.kernel(), params.gamma(), params.gammaValue(),
        params.degree(), params.coef0());
    double gamma = ke.gamma;
    y.requireKind(Target.Kind.CLASSES);
    int k = y.classCount();
    int[] counts = y.classCounts();
    if (k < 2) {
      throw new IllegalArgumentException(who + " needs at least 2 classes but y has " + k + " " + y.classList()
          + "; check the label column");
    }
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        throw new IllegalArgumentException(who + ": class '" + y.classList().get(c) + "' of y has no rows; drop "
            + "unused levels from the target (every class in " + y.classList() + " needs at least 1 row)");
      }
    }
    double[] cw = params.classWeights;
    if (cw.length != 0 && cw.length != k) {
      throw new IllegalArgumentException(who + " classWeights has " + cw.length + " values but y has " + k
          + " classes " + y.classList() + "; give one weight per class or none");
    }
    int n = x.rowCount();
    int[] codes = y.codes();
    // rows grouped by class, in index order within a class (LIBSVM's layout)
    int[][] members = new int[k][];
    int[] fill = new int[k];
    for (int c = 0; c < k; c++) {
      members[c] = new int[counts[c]];
    }
    for (int i = 0; i < n; i++) {
      members[codes[i]][fill[codes[i]]++] = i;
    }
    int pairs = k * (k - 1) / 2;
    double[][] pairAlpha = new double[pairs][];
    double[] rho = new double[pairs];
    boolean[] nonzero = new boolean[n];
    double[] probA = params.probability() ? new double[pairs] : null;
    double[] probB = params.probability() ? new double[pairs] : null;
    SplittableRandom rng = new SplittableRandom(params.seed());
    int pi = 0;
    boolean allConverged = true;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        int na = members[a].length;
        int nb = members[b].length;
        int[] idx = new int[na + nb];
        byte[] sy = new byte[na + nb];
        System.arraycopy(members[a], 0, idx, 0, na);
        System.arraycopy(members[b], 0, idx, na, nb);
        Arrays.fill(sy, 0, na, (byte) 1);
        Arrays.fill(sy, na, na + nb, (byte) -1);
        double cp = params.c() * (cw.length == 0 ? 1.0 : cw[a]);
        double cn = params.c() * (cw.length == 0 ? 1.0 : cw[b]);
        Smo.Solution s = solver.solve(ke, idx, sy, cp, cn);
        if (!s.converged()) {
          allConverged = false;
          LOG.warn(who + " pair ({}, {}) stopped after {} iterations before reaching tol {}; increase maxIter or "
              + "standardize the features", y.classList().get(a), y.classList().get(b), s.iterations(),
              params.tol());
        }
        if (params.probability()) {
          double[] dec = crossValidatedDecisions(ke, idx, sy, cp, cn, rng, solver);
          boolean[] positive = new boolean[sy.length];
          for (int t = 0; t < sy.length; t++) {
            positive[t] = sy[t] > 0;
          }
          double[] ab = Platt.sigmoidTrain(dec, positive);
          probA[pi] = ab[0];
          probB[pi] = ab[1];
        }
        double[] al = s.alpha();
        for (int t = 0; t < al.length; t++) {
          if (al[t] > 0) {
            nonzero[idx[t]] = true;
          }
          al[t] *= sy[t];
        }
        pairAlpha[pi] = al;
        rho[pi] = s.rho();
        pi++;
      }
    }
    // support vectors: grouped by class, index order within a class
    int[] nSupport = new int[k];
    int nsv = 0;
    int[] pos = new int[n];
    for (int c = 0; c < k; c++) {
      for (int i : members[c]) {
        if (nonzero[i]) {
          pos[i] = nsv++;
          nSupport[c]++;
        }
      }
    }
    int[] svIdx = new int[nsv];
    for (int c = 0, t = 0; c < k; c++) {
      for (int i : members[c]) {
        if (nonzero[i]) {
          svIdx[t++] = i;
        }
      }
    }
    SupportSet sv = SupportSet.of(ke, svIdx);
    double[][] coef = new double[k - 1][nsv];
    pi = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        double[] al = pairAlpha[pi];
        int na = members[a].length;
        for (int t = 0; t < al.length; t++) {
          int i = t < na ? members[a][t] : members[b][t - na];
          if (nonzero[i]) {
            if (t < na) {
              coef[b - 1][pos[i]] = al[t];
            } else {
              coef[a][pos[i]] = al[t];
            }
          }
        }
        pi++;
      }
    }
    Provenance prov = Provenance.of(provName, provParams, x, y, params.seed());
    if (params.probability()) {
      return new SVCProbabilityModel(x.schema(), y.classList(), params.kernel(), gamma, params.degree(),
          params.coef0(), svIdx, sv, nSupport, coef, rho, allConverged, probA, probB, prov);
    }
    return new SVCModel(x.schema(), y.classList(), params.kernel(), gamma, params.degree(), params.coef0(), svIdx, sv,
        nSupport, coef, rho, allConverged, null, null, prov);
  }

  /**
   * LIBSVM's {@code svm_binary_svc_probability}: decision values of every point of a pair from 5-fold CV
   * (random permutation, contiguous folds); a fold whose training part has one label only gets +1 / -1.
   */
  private double[] crossValidatedDecisions(KernelEval ke, int[] idx, byte[] sy, double cp, double cn,
      SplittableRandom rng, PairSolver solver) {
    int l = idx.length;
    int folds = 5;
    int[] perm = new int[l];
    for (int i = 0; i < l; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < l; i++) {
      int j = i + rng.nextInt(l - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    double[] dec = new double[l];
    for (int f = 0; f < folds; f++) {
      int begin = f * l / folds;
      int end = (f + 1) * l / folds;
      int m = l - (end - begin);
      int[] subIdx = new int[m];
      byte[] subY = new byte[m];
      int pos = 0;
      int k = 0;
      for (int t = 0; t < l; t++) {
        if (t >= begin && t < end) {
          continue;
        }
        subIdx[k] = idx[perm[t]];
        subY[k] = sy[perm[t]];
        pos += subY[k] > 0 ? 1 : 0;
        k++;
      }
      if (pos == 0 || pos == m) {
        for (int t = begin; t < end; t++) {
          dec[perm[t]] = m == 0 ? 0 : pos > 0 ? 1 : -1;
        }
        continue;
      }
      Smo.Solution s = solver.solve(ke, subIdx, subY, cp, cn);
      double[] a = s.alpha();
      for (int t = begin; t < end; t++) {
        int target = idx[perm[t]];
        double sum = 0;
        for (int u = 0; u < m; u++) {
          if (a[u] != 0) {
            sum += a[u] * subY[u] * ke.k(subIdx[u], target);
          }
        }
        dec[perm[t]] = sum - s.rho();
      }
    }
    return dec;
  }
}
