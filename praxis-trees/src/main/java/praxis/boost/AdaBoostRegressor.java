package praxis.boost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.DecisionTreeRegressor;

/**
 * AdaBoost.R2 regression (Drucker 1997), as scikit-learn's {@code AdaBoostRegressor}: each round fits the weak
 * regressor on a bootstrap sample drawn with the current row weights, scales its absolute errors by the largest
 * one, turns them into a loss (linear, square or exponential), and with the weighted average loss
 * {@code L} gives the learner weight {@code learningRate log(1 / beta)}, {@code beta = L / (1 - L)}, and
 * multiplies each row's weight by {@code beta^((1 - loss_i) learningRate)}. It stops when a learner is perfect
 * or when {@code L >= 0.5} (dropping that learner unless it is the first). The prediction is the weighted
 * median of the learners' predictions. The bootstrap uses {@code SplittableRandom(seed)} (not NumPy's
 * generator), so the learners differ from scikit-learn's for the same seed.
 *
 * <p>The default weak learner is scikit-learn's: an exact least-squares {@link DecisionTreeRegressor} of depth
 * 3 (native missing values and categorical splits included). Any {@link Estimator} producing a
 * {@link Regressor} can be used.
 *
 * <pre>{@code
 * var model = new AdaBoostRegressor().fit(x, y);
 * double[] yhat = model.predict(xTest);
 * }</pre>
 */
public final class AdaBoostRegressor implements Estimator<AdaBoostRegressor.Params, AdaBoostRegressorModel> {
  /** How a row's scaled absolute error becomes its loss. */
  public enum LossKind {
    /** e. */
    LINEAR,
    /** e squared. */
    SQUARE,
    /** 1 - exp(-e). */
    EXPONENTIAL
  }

  /**
   * Hyperparameters.
   *
   * @param loss the per-row loss
   * @param nEstimators maximum number of learners
   * @param learningRate shrinkage of each learner's weight and of the weight update
   * @param seed seed of the weighted bootstrap samples
   */
  public record Params(LossKind loss, int nEstimators, double learningRate, long seed) implements praxis.api.Params {
    /** Linear loss, 50 learners, learning rate 1, seed 0 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(LossKind.LINEAR, 50, 1.0, 0L);

    /** Validates. */
    public Params {
      Check.notNull(loss, "loss");
      Check.atLeast(nEstimators, 1, "nEstimators");
      Check.positive(learningRate, "learningRate");
    }
  }

  /** The default weak learner: one least-squares tree of depth 3. */
  public static DecisionTreeRegressor depth3Tree() {
    return new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(3));
  }

  private final Params params;
  private final Estimator<?, ? extends Regressor> learner;

  /** With {@link Params#DEFAULTS} and depth-3 trees. */
  public AdaBoostRegressor() {
    this(Params.DEFAULTS);
  }

  /** With depth-3 trees. */
  public AdaBoostRegressor(Params params) {
    this(params, null);
  }

  /** With a custom weak learner ({@code null} = {@link #depth3Tree()}). */
  public AdaBoostRegressor(Params params, Estimator<?, ? extends Regressor> learner) {
    this.params = Check.notNull(params, "params");
    this.learner = learner;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public AdaBoostRegressor withParams(Params p) {
    return new AdaBoostRegressor(p, learner);
  }

  @Override
  public String name() {
    return "adaboost_regressor";
  }

  @Override
  public AdaBoostRegressorModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /** Fits with initial row weights ({@code null} = uniform). */
  public AdaBoostRegressorModel fit(Frame x, Target y, double[] sampleWeight) {
    String who = "AdaBoostRegressor";
    HgbCommon.requireRows(x, y.size(), who);
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    double[] yv = y.values();
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(yv[i])) {
        throw new IllegalArgumentException(who + ": target '" + y.name() + "' has " + yv[i] + " at row " + i
            + "; drop or impute the rows with a missing target");
      }
    }
    double[] w = sampleWeight == null ? null : HgbCommon.weights(sampleWeight, n, who);
    if (w == null) {
      w = new double[n];
      Arrays.fill(w, 1.0);
    }
    Estimator<?, ? extends Regressor> base = learner != null ? learner : depth3Tree();
    SplittableRandom master = new SplittableRandom(params.seed());
    List<Regressor> models = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    double lr = params.learningRate();
    int m = params.nEstimators();
    double[] cdf = new double[n];
    int[] idx = new int[n];
    double[] err = new double[n];
    for (int it = 0; it < m; it++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += w[i];
        cdf[i] = total;
      }
      SplittableRandom r = master.split();
      for (int i = 0; i < n; i++) {
        double u = r.nextDouble() * total;
        int pos = Arrays.binarySearch(cdf, u);
        pos = pos >= 0 ? pos + 1 : -pos - 1;
        idx[i] = Math.min(pos, n - 1);
      }
      Regressor reg = base.fit(x.rows(idx), y.rows(idx));
      double[] pred = reg.predict(x);
      double max = 0;
      for (int i = 0; i < n; i++) {
        err[i] = Math.abs(pred[i] - yv[i]);
        max = Math.max(max, err[i]);
      }
      double avg = 0;
      for (int i = 0; i < n; i++) {
        double e = max > 0 ? err[i] / max : 0;
        e = switch (params.loss()) {
          case LINEAR -> e;
          case SQUARE -> e * e;
          case EXPONENTIAL -> 1 - Math.exp(-e);
        };
        err[i] = e;
        avg += w[i] / total * e;
      }
      if (avg <= 0) {
        models.add(reg);
        weights.add(1.0);
        errors.add(0.0);
        break;
      }
      if (avg >= 0.5) {
        if (models.isEmpty()) {
          models.add(reg);
          weights.add(1.0);
          errors.add(avg);
        }
        break;
      }
      double beta = avg / (1 - avg);
      double alpha = lr * Math.log(1 / beta);
      models.add(reg);
      weights.add(alpha);
      errors.add(avg);
      if (it < m - 1) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          w[i] *= Math.pow(beta, (1 - err[i]) * lr);
          s += w[i];
        }
        if (!(s > 0) || !Double.isFinite(s)) {
          break;
        }
        for (int i = 0; i < n; i++) {
          w[i] /= s;
        }
      }
    }
    return new AdaBoostRegressorModel(x.schema(), models, weights.stream().mapToDouble(Double::doubleValue)
        .toArray(), errors.stream().mapToDouble(Double::doubleValue).toArray(),
        Provenance.of(name(), params, x, y, params.seed()));
  }
}
