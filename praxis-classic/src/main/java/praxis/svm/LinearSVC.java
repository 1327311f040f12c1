package praxis.svm;

import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Linear support vector classification by dual coordinate descent (LIBLINEAR's L2-regularized L1- and
 * L2-loss SVC, scikit-learn's {@code LinearSVC} with {@code dual=True}): per problem
 * {@code min_w 1/2 ||w||^2 + sum_i C_i loss(y_i w.x_i)} with the hinge or squared hinge loss, solved in the
 * dual one coordinate at a time over a random permutation of the rows per epoch (from
 * {@code SplittableRandom(seed)}), with optional shrinking. The intercept is the weight of an extra feature
 * of constant value {@code interceptScaling} and is therefore penalized too (as LIBLINEAR; raise
 * {@code interceptScaling} to weaken that). Two classes: one problem, positive = {@code classes().get(1)},
 * {@code C_i = C w_class(i)}. More classes: one-vs-rest, problem {@code k} has {@code C_i = C w_k} for its
 * class and {@code C} for the rest (LIBLINEAR's weighting). The solver's inner loop reads rows as
 * (index, value) arrays of a {@link CsrMatrix}, so its cost is proportional to the stored entries; frames with
 * sparse columns ({@code Frame.ofCsr}, LibSVM files) are fitted and predicted without being densified.
 * Scale-sensitive: standardize.
 *
 * <pre>{@code
 * LinearSVCModel m = new LinearSVC(LinearSVC.Params.DEFAULTS.withC(0.5)).fit(xStandardized, y);
 * int[] pred = m.predict(test);
 * double[][] coef = m.coefficients();   // [problem][feature]
 * }</pre>
 */
public final class LinearSVC implements Estimator<LinearSVC.Params, LinearSVCModel> {
  private static final Logger LOG = LoggerFactory.getLogger(LinearSVC.class);

  /** The loss on the margin {@code m = y w.x}. */
  public enum Loss {
    /** {@code max(0, 1 - m)} (L1-loss SVM). */
    HINGE,
    /** {@code max(0, 1 - m)^2} (L2-loss SVM; scikit-learn's default). */
    SQUARED_HINGE
  }

  /**
   * Hyperparameters.
   *
   * @param loss hinge or squared hinge
   * @param c regularization: weight of the loss term (&gt; 0)
   * @param classWeights per class code (sorted label order) multipliers of C, each &gt; 0; empty = all 1
   * @param fitIntercept whether to add the bias feature
   * @param interceptScaling value of the bias feature (&gt; 0); the intercept is {@code interceptScaling * w_bias}
   * @param tol stopping tolerance on the spread of the projected gradient (LIBLINEAR's eps, &gt; 0)
   * @param maxIter maximum number of epochs per problem (&gt;= 1)
   * @param shrinking whether to drop variables stuck at a bound from the epochs (LIBLINEAR always does)
   * @param seed seed of the per-epoch row permutations
   */
  public record Params(Loss loss, double c, double[] classWeights, boolean fitIntercept, double interceptScaling,
      double tol, int maxIter, boolean shrinking, long seed) implements praxis.api.Params {
    /** Squared hinge, C 1, intercept (scaling 1), tol 1e-4, 1000 epochs, shrinking (scikit-learn). */
    public static final Params DEFAULTS = new Params(Loss.SQUARED_HINGE, 1.0, new double[0], true, 1.0, 1e-4, 1000,
        true, 0L);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
      Check.notNull(classWeights, "classWeights");
      SVC.checkC(c);
      for (int k = 0; k < classWeights.length; k++) {
        if (!(classWeights[k] > 0) || !Double.isFinite(classWeights[k])) {
          throw new IllegalArgumentException("classWeights[" + k + "] must be finite and > 0 but is "
              + classWeights[k] + "; use 1 for an unweighted class");
        }
      }
      checkLinear(interceptScaling, tol, maxIter);
      classWeights = classWeights.clone();
    }

    @Override
    public double[] classWeights() {
      return classWeights.clone();
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(loss, newC, classWeights, fitIntercept, interceptScaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with another loss. */
    public Params withLoss(Loss newLoss) {
      return new Params(newLoss, c, classWeights, fitIntercept, interceptScaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with class weights (per class code). */
    public Params withClassWeights(double... w) {
      return new Params(loss, c, w, fitIntercept, interceptScaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with intercept on or off and its feature value. */
    public Params withIntercept(boolean fit, double scaling) {
      return new Params(loss, c, classWeights, fit, scaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, int newMaxIter, boolean newShrinking, long newSeed) {
      return new Params(loss, c, classWeights, fitIntercept, interceptScaling, newTol, newMaxIter, newShrinking,
          newSeed);
    }
  }

  static void checkLinear(double interceptScaling, double tol, int maxIter) {
    if (!(interceptScaling > 0) || !Double.isFinite(interceptScaling)) {
      throw new IllegalArgumentException("interceptScaling must be finite and > 0 but is " + interceptScaling
          + "; default 1 (or set fitIntercept=false)");
    }
    if (!(tol > 0) || !Double.isFinite(tol)) {
      throw new IllegalArgumentException("tol must be finite and > 0 but is " + tol + "; default 1e-4");
    }
    if (maxIter < 1) {
      throw new IllegalArgumentException("maxIter must be >= 1 but is " + maxIter + "; default 1000");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LinearSVC() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LinearSVC(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LinearSVC withParams(Params p) {
    return new LinearSVC(p);
  }

  @Override
  public String name() {
    return "linear_svc";
  }

  /**
   * Solves one (two classes) or k (one-vs-rest) dual problems.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer than
   *     two classes or class weights not matching the class count
   */
  @Override
  public LinearSVCModel fit(Frame x, Target y) {
    CsrMatrix rows = DualCd.trainingRows(x, y, "LinearSVC");
    y.requireKind(Target.Kind.CLASSES);
    int k = y.classCount();
    int[] counts = y.classCounts();
    if (k < 2) {
      throw new IllegalArgumentException("LinearSVC needs at least 2 classes but y has " + k + " " + y.classList()
          + "; check the label column");
    }
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        throw new IllegalArgumentException("LinearSVC: class '" + y.classList().get(c) + "' of y has no rows; "
            + "drop unused levels from the target (every class in " + y.classList() + " needs at least 1 row)");
      }
    }
    double[] cw = params.classWeights;
    if (cw.length != 0 && cw.length != k) {
      throw new IllegalArgumentException("LinearSVC classWeights has " + cw.length + " values but y has " + k
          + " classes " + y.classList() + "; give one weight per class or none");
    }
    return fitRows(rows, y, x, cw);
  }

  private LinearSVCModel fitRows(CsrMatrix rows, Target y, Frame x, double[] cw) {
    int k = y.classCount();
    int p = rows.cols();
    int[] codes = y.codes();
    int problems = k == 2 ? 1 : k;
    double bias = params.fitIntercept() ? params.interceptScaling() : -1;
    double[][] coef = new double[problems][];
    double[] intercepts = new double[problems];
    int maxEpochs = 0;
    boolean converged = true;
    SplittableRandom rng = new SplittableRandom(params.seed());
    byte[] sy = new byte[codes.length];
    for (int m = 0; m < problems; m++) {
      int positive = k == 2 ? 1 : m;
      for (int i = 0; i < codes.length; i++) {
        sy[i] = (byte) (codes[i] == positive ? 1 : -1);
      }
      double cp = params.c() * (cw.length == 0 ? 1 : cw[positive]);
      double cn = k == 2 ? params.c() * (cw.length == 0 ? 1 : cw[0]) : params.c();
      DualCd.Result r = DualCd.svc(rows, bias, sy, cp, cn, params.loss() == Loss.SQUARED_HINGE, params.tol(),
          params.maxIter(), params.shrinking(), rng);
      double[] w = r.w();
      coef[m] = java.util.Arrays.copyOf(w, p);
      intercepts[m] = bias > 0 ? w[p] * bias : 0;
      maxEpochs = Math.max(maxEpochs, r.iterations());
      if (!r.converged()) {
        converged = false;
        LOG.warn("LinearSVC problem for class '{}' reached maxIter {} before tol {}; increase maxIter or "
            + "standardize the features", y.classList().get(positive), params.maxIter(), params.tol());
      }
    }
    return new LinearSVCModel(x.schema(), y.classList(), coef, intercepts, maxEpochs, converged,
        Provenance.of(name(), params, x, y, params.seed()));
  }
}
