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
 * Linear support vector regression by dual coordinate descent (LIBLINEAR's L2-regularized L1- and L2-loss
 * SVR, scikit-learn's {@code LinearSVR} with {@code dual=True}): {@code min_w 1/2 ||w||^2 + C sum_i
 * loss(|t_i - w.x_i| - epsilon)_+} with the absolute or squared epsilon-insensitive loss, one coordinate at a
 * time over a random permutation of the rows per epoch (from {@code SplittableRandom(seed)}), optional
 * shrinking, stopping when the summed violation is below {@code tol} times that of the first epoch. The
 * intercept is the (penalized) weight of an extra feature of value {@code interceptScaling}. Rows are read as
 * (index, value) arrays of a {@link CsrMatrix}: sparse frames are fitted and predicted without densifying.
 * Scale-sensitive: standardize the features (and mind the target's units for epsilon).
 *
 * <pre>{@code
 * LinearSVRModel m = new LinearSVR(LinearSVR.Params.DEFAULTS.withEpsilon(0.1)).fit(xStandardized, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class LinearSVR implements Estimator<LinearSVR.Params, LinearSVRModel> {
  private static final Logger LOG = LoggerFactory.getLogger(LinearSVR.class);

  /** The loss on the residual {@code r = |t - w.x|}. */
  public enum Loss {
    /** {@code max(0, r - epsilon)} (L1-loss; scikit-learn's default). */
    EPSILON_INSENSITIVE,
    /** {@code max(0, r - epsilon)^2} (L2-loss). */
    SQUARED_EPSILON_INSENSITIVE
  }

  /**
   * Hyperparameters.
   *
   * @param loss absolute or squared epsilon-insensitive
   * @param c regularization: weight of the loss term (&gt; 0)
   * @param epsilon half-width of the insensitive tube (&gt;= 0, target units)
   * @param fitIntercept whether to add the bias feature
   * @param interceptScaling value of the bias feature (&gt; 0)
   * @param tol relative stopping tolerance (LIBLINEAR's eps, &gt; 0)
   * @param maxIter maximum number of epochs (&gt;= 1)
   * @param shrinking whether to drop variables stuck at a bound from the epochs
   * @param seed seed of the per-epoch row permutations
   */
  public record Params(Loss loss, double c, double epsilon, boolean fitIntercept, double interceptScaling,
      double tol, int maxIter, boolean shrinking, long seed) implements praxis.api.Params {
    /** Absolute loss, C 1, epsilon 0, intercept (scaling 1), tol 1e-4, 1000 epochs, shrinking (scikit-learn). */
    public static final Params DEFAULTS = new Params(Loss.EPSILON_INSENSITIVE, 1.0, 0.0, true, 1.0, 1e-4, 1000, true,
        0L);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
      SVC.checkC(c);
      if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
        throw new IllegalArgumentException("epsilon must be finite and >= 0 but is " + epsilon + "; default 0");
      }
      LinearSVC.checkLinear(interceptScaling, tol, maxIter);
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(loss, newC, epsilon, fitIntercept, interceptScaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with another epsilon. */
    public Params withEpsilon(double e) {
      return new Params(loss, c, e, fitIntercept, interceptScaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with another loss. */
    public Params withLoss(Loss newLoss) {
      return new Params(newLoss, c, epsilon, fitIntercept, interceptScaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with intercept on or off and its feature value. */
    public Params withIntercept(boolean fit, double scaling) {
      return new Params(loss, c, epsilon, fit, scaling, tol, maxIter, shrinking, seed);
    }

    /** A copy with other solver settings. */
    public Params withSolver(double newTol, int newMaxIter, boolean newShrinking, long newSeed) {
      return new Params(loss, c, epsilon, fitIntercept, interceptScaling, newTol, newMaxIter, newShrinking, newSeed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LinearSVR() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LinearSVR(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LinearSVR withParams(Params p) {
    return new LinearSVR(p);
  }

  @Override
  public String name() {
    return "linear_svr";
  }

  /**
   * Solves the dual problem.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or target
   */
  @Override
  public LinearSVRModel fit(Frame x, Target y) {
    CsrMatrix rows = DualCd.trainingRows(x, y, "LinearSVR");
    y.requireKind(Target.Kind.VALUES);
    double[] t = y.values();
    for (int i = 0; i < t.length; i++) {
      if (!Double.isFinite(t[i])) {
        throw new IllegalArgumentException("LinearSVR: target row " + i + " is " + t[i] + "; drop or impute it");
      }
    }
    return fitRows(rows, t, x, y);
  }

  private LinearSVRModel fitRows(CsrMatrix rows, double[] t, Frame x, Target y) {
    int p = rows.cols();
    double bias = params.fitIntercept() ? params.interceptScaling() : -1;
    DualCd.Result r = DualCd.svr(rows, bias, t, params.c(), params.epsilon(),
        params.loss() == Loss.SQUARED_EPSILON_INSENSITIVE, params.tol(), params.maxIter(), params.shrinking(),
        new SplittableRandom(params.seed()));
    if (!r.converged()) {
      LOG.warn("LinearSVR reached maxIter {} before tol {}; increase maxIter or standardize the features",
          params.maxIter(), params.tol());
    }
    double[] w = r.w();
    return new LinearSVRModel(x.schema(), java.util.Arrays.copyOf(w, p), bias > 0 ? w[p] * bias : 0,
        r.iterations(), r.converged(), Provenance.of(name(), params, x, y, params.seed()));
  }
}
