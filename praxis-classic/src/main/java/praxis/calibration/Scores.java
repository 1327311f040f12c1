package praxis.calibration;

import praxis.api.Classifier;
import praxis.api.ProbabilisticClassifier;
import praxis.data.Frame;

/**
 * The scores a calibrator is fitted to: a model's {@link DecisionScores#decisionFunction} when it has one,
 * otherwise its probabilities ({@link ProbabilisticClassifier#predictProba}), reduced for two classes to the
 * column of class code 1, as scikit-learn's {@code CalibratedClassifierCV}.
 *
 * <pre>{@code
 * double[][] s = Scores.of(model, x);   // two classes: [row][0] = positive-class score
 * }</pre>
 */
public final class Scores {
  private Scores() {}

  /** Whether {@link #of} accepts the model. */
  public static boolean supported(Classifier model) {
    return model instanceof DecisionScores || model instanceof ProbabilisticClassifier;
  }

  /**
   * Scores {@code [row][column]}: one column for a two-class model, else one per class.
   *
   * @throws IllegalArgumentException when the model has neither decision scores nor probabilities, or
   *     its decision scores have the wrong number of columns
   */
  public static double[][] of(Classifier model, Frame x) {
    int k = model.classes().size();
    int want = k == 2 ? 1 : k;
    double[][] s;
    if (model instanceof DecisionScores d) {
      s = d.decisionFunction(x);
    } else if (model instanceof ProbabilisticClassifier p) {
      double[][] proba = p.predictProba(x);
      if (k != 2) {
        return proba;
      }
      s = new double[proba.length][1];
      for (int i = 0; i < proba.length; i++) {
        s[i][0] = proba[i][1];
      }
      return s;
    } else {
      throw new IllegalArgumentException("calibration needs scores: the model " + model.getClass().getSimpleName()
          + " implements neither DecisionScores nor ProbabilisticClassifier; wrap an estimator whose models do");
    }
    for (int i = 0; i < s.length; i++) {
      if (s[i].length != want) {
        throw new IllegalArgumentException("decisionFunction of " + model.getClass().getSimpleName() + " gave "
            + s[i].length + " columns at row " + i + " for " + k + " classes; expected " + want);
      }
    }
    return s;
  }
}
