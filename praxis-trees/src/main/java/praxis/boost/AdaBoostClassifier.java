package praxis.boost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * AdaBoost for classification with the multi-class SAMME and SAMME.R algorithms (Zhu, Zou, Rosset &amp; Hastie
 * 2009, "Multi-class AdaBoost"), as scikit-learn 1.2's {@code AdaBoostClassifier}: each round fits the weak
 * learner on the current row weights. SAMME gives the learner the weight
 * {@code learningRate (log((1 - err) / err) + log(K - 1))} and multiplies the weights of misclassified rows by
 * its exponential; SAMME.R uses the learner's class probabilities, adding
 * {@code (K - 1) (log p_k - mean_k log p_k)} to the decision and multiplying each row's weight by
 * {@code exp(-learningRate (K - 1) / K sum_k y_k log p_k)} (with {@code y_k = 1} for the true class, else
 * {@code -1 / (K - 1)}). Boosting stops early when a learner is perfect, and (SAMME) drops a learner no better
 * than chance. Probabilities are the softmax of the decision divided by {@code K - 1}.
 *
 * <p>The weak learner is any {@link WeightedLearner} returning a classifier with the training classes (a
 * {@link ProbabilisticClassifier} for SAMME.R); the default is a {@link DecisionStump}. Cost: nEstimators
 * weak fits and predictions.
 *
 * <pre>{@code
 * var ada = new AdaBoostClassifier(new AdaBoostClassifier.Params(AdaBoostClassifier.Algorithm.SAMME, 100, 0.5));
 * var model = ada.fit(x, y);
 * int[] yhat = model.predict(xTest);
 * }</pre>
 */
public final class AdaBoostClassifier implements Estimator<AdaBoostClassifier.Params, AdaBoostClassifierModel> {
  /** The boosting algorithm. */
  public enum Algorithm {
    /** Discrete multi-class AdaBoost (votes). */
    SAMME,
    /** Real multi-class AdaBoost (class probabilities); the scikit-learn 1.2 default. */
    SAMME_R
  }

  /**
   * Hyperparameters.
   *
   * @param algorithm SAMME or SAMME_R
   * @param nEstimators maximum number of weak learners
   * @param learningRate shrinkage of each learner's contribution
   */
  public record Params(Algorithm algorithm, int nEstimators, double learningRate) implements praxis.api.Params {
    /** SAMME.R, 50 learners, learning rate 1 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(Algorithm.SAMME_R, 50, 1.0);

    /** Validates. */
    public Params {
      Check.notNull(algorithm, "algorithm");
      Check.atLeast(nEstimators, 1, "nEstimators");
      Check.positive(learningRate, "learningRate");
    }
  }

  private final Params params;
  private final WeightedLearner<? extends Classifier> learner;

  /** With {@link Params#DEFAULTS} and decision stumps. */
  public AdaBoostClassifier() {
    this(Params.DEFAULTS);
  }

  /** With decision stumps. */
  public AdaBoostClassifier(Params params) {
    this(params, null);
  }

  /** With a custom weak learner ({@code null} = {@link DecisionStump}). */
  public AdaBoostClassifier(Params params, WeightedLearner<? extends Classifier> learner) {
    this.params = Check.notNull(params, "params");
    this.learner = learner;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public AdaBoostClassifier withParams(Params p) {
    return new AdaBoostClassifier(p, learner);
  }

  @Override
  public String name() {
    return "adaboost_classifier";
  }

  @Override
  public AdaBoostClassifierModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with initial row weights ({@code null} = uniform).
   *
   * @throws IllegalArgumentException on bad input, or when the first learner is no better than chance (SAMME)
   */
  public AdaBoostClassifierModel fit(Frame x, Target y, double[] sampleWeight) {
    String who = "AdaBoostClassifier";
    HgbCommon.requireRows(x, y.size(), who);
    y.requireKind(Target.Kind.CLASSES);
    int n = x.rowCount();
    int k = y.classCount();
    int[] yc = y.codes();
    double[] w = sampleWeight == null ? null : HgbCommon.weights(sampleWeight, n, who);
    if (w == null) {
      w = new double[n];
      Arrays.fill(w, 1.0);
    }
    normalize(w);
    WeightedLearner<? extends Classifier> base = learner != null ? learner : new DecisionStump()::fit;
    boolean real = params.algorithm() == Algorithm.SAMME_R;
    List<Classifier> models = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    double lr = params.learningRate();
    int m = params.nEstimators();
    for (int it = 0; it < m; it++) {
      Classifier c = base.fit(x, y, w.clone());
      if (!c.classes().equals(y.classList())) {
        throw new IllegalArgumentException(who + ": the weak learner returned classes " + c.classes()
            + " but the target has " + y.classList() + "; the learner must keep the target's class list");
      }
      double[][] proba = null;
      int[] pred;
      if (real) {
        if (!(c instanceof ProbabilisticClassifier pc)) {
          throw new IllegalArgumentException(who + ": SAMME_R needs class probabilities but the weak learner "
              + "returned a " + c.getClass().getSimpleName() + "; use algorithm SAMME or a probabilistic learner");
        }
        proba = pc.predictProba(x);
        pred = argmax(proba);
      } else {
        pred = c.predict(x);
      }
      double err = 0;
      double ws = 0;
      for (int i = 0; i < n; i++) {
        ws += w[i];
        if (pred[i] != yc[i]) {
          err += w[i];
        }
      }
      err /= ws;
      if (err <= 0) {
        models.add(c);
        weights.add(1.0);
        errors.add(0.0);
        break;
      }
      double alpha;
      if (real) {
        alpha = 1.0;
        if (it < m - 1) {
          double scale = -lr * (k - 1.0) / k;
          for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
              double yk = j == yc[i] ? 1.0 : -1.0 / (k - 1);
              s += yk * Math.log(Math.max(proba[i][j], EPS));
            }
            double ew = scale * s;
            if (w[i] > 0 || ew < 0) {
              w[i] *= Math.exp(ew);
            }
          }
        }
      } else {
        if (err >= 1.0 - 1.0 / k) {
          if (models.isEmpty()) {
            throw new IllegalArgumentException(who + ": the first weak learner has weighted error " + err
                + ", no better than chance (1 - 1/" + k + "); the ensemble cannot be fitted, use a stronger "
                + "weak learner");
          }
          break;
        }
        alpha = lr * (Math.log((1 - err) / err) + Math.log(k - 1.0));
        if (it < m - 1) {
          for (int i = 0; i < n; i++) {
            if (pred[i] != yc[i] && w[i] > 0) {
              w[i] = Math.exp(Math.log(w[i]) + alpha);
            }
          }
        }
      }
      models.add(c);
      weights.add(alpha);
      errors.add(err);
      double sum = 0;
      for (double v : w) {
        sum += v;
      }
      if (!Double.isFinite(sum) || sum <= 0) {
        break;
      }
      if (it < m - 1) {
        for (int i = 0; i < n; i++) {
          w[i] /= sum;
        }
      }
    }
    return new AdaBoostClassifierModel(x.schema(), y.classList(), params.algorithm(), models,
        weights.stream().mapToDouble(Double::doubleValue).toArray(),
        errors.stream().mapToDouble(Double::doubleValue).toArray(), Provenance.of(name(), params, x, y, 0L));
  }

  static final double EPS = Math.ulp(1.0);

  private static void normalize(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= s;
    }
  }

  static int[] argmax(double[][] p) {
    int[] out = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      int best = 0;
      for (int c = 1; c < p[i].length; c++) {
        if (p[i][c] > p[i][best]) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }
}
