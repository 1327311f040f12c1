package praxis.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/**
 * Validation curve: training and cross-validated test scores as one hyperparameter varies, to see where a
 * model under- or over-fits.
 *
 * <p>Like scikit-learn's {@code validation_curve}: for each value the estimator is configured (see
 * {@link GridSearch} for how values are applied) and cross-validated on the same folds, recording
 * training and test scores. All fits run on {@code nThreads} threads; scores do not depend on the thread
 * count. Cost: values × folds fits.
 *
 * <pre>{@code
 * ValidationCurve vc = ValidationCurve.run(new LogisticRegression(), x, y, new StratifiedKFold(5),
 *     Scorers.ACCURACY, "c", List.of(0.01, 0.1, 1.0, 10.0), 2);
 * double[] test = vc.testMean();
 * }</pre>
 */
public final class ValidationCurve {
  private final String param;
  private final List<String> values;
  private final double[][] trainScores;
  private final double[][] testScores;

  private ValidationCurve(String param, List<String> values, double[][] trainScores, double[][] testScores) {
    this.param = param;
    this.values = values;
    this.trainScores = trainScores;
    this.testScores = testScores;
  }

  /**
   * Computes the curve.
   *
   * @param param hyperparameter name
   * @param values the values to try (strings or typed), at least one
   */
  public static ValidationCurve run(Estimator<?, ?> est, Frame x, Target y, Splitter splitter, Scorer scorer,
      String param, List<?> values, int nThreads) {
    Check.notNull(est, "estimator");
    Check.notNull(splitter, "splitter");
    Check.notNull(scorer, "scorer");
    Check.notNull(param, "param");
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.sameRows(x, y, "ValidationCurve");
    CvEngine.checkThreads(nThreads);
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("values of '" + param + "' must hold at least one value");
    }
    List<Estimator<?, ?>> ests = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Object v : values) {
      Check.notNull(v, "a value of '" + param + "'");
      Map<String, Object> m = Map.of(param, v);
      ests.add(Hyper.apply(est, m));
      labels.add(Hyper.asStrings(m).get(param));
    }
    List<Fold> folds = splitter.split(x, y, null);
    CrossValidation.checkFolds(folds, x.rowCount());
    int k = folds.size();
    List<CvEngine.Job> jobs = new ArrayList<>();
    for (int v = 0; v < ests.size(); v++) {
      for (int f = 0; f < k; f++) {
        jobs.add(new CvEngine.Job(ests.get(v), folds.get(f).train(), folds.get(f).test(),
            param + "=" + labels.get(v) + ", fold " + f + " of " + k));
      }
    }
    CvEngine.Outcome[] out = CvEngine.run(jobs, x, y, List.of(scorer), true, nThreads);
    double[][] train = new double[ests.size()][k];
    double[][] test = new double[ests.size()][k];
    for (int v = 0; v < ests.size(); v++) {
      for (int f = 0; f < k; f++) {
        train[v][f] = out[v * k + f].train()[0];
        test[v][f] = out[v * k + f].test()[0];
      }
    }
    return new ValidationCurve(param, List.copyOf(labels), train, test);
  }

  /** The hyperparameter name. */
  public String param() {
    return param;
  }

  /** The values tried, in text form. */
  public List<String> values() {
    return values;
  }

  /** Training scores, {@code [value][fold]}. */
  public double[][] trainScores() {
    return LearningCurve.deepCopy(trainScores);
  }

  /** Test scores, {@code [value][fold]}. */
  public double[][] testScores() {
    return LearningCurve.deepCopy(testScores);
  }

  /** Mean training score per value. */
  public double[] trainMean() {
    return LearningCurve.rowStat(trainScores, -1);
  }

  /** Population standard deviation of the training score per value. */
  public double[] trainStd() {
    return LearningCurve.rowStat(trainScores, 0);
  }

  /** Mean test score per value. */
  public double[] testMean() {
    return LearningCurve.rowStat(testScores, -1);
  }

  /** Population standard deviation of the test score per value. */
  public double[] testStd() {
    return LearningCurve.rowStat(testScores, 0);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ValidationCurve[").append(param);
    double[] tr = trainMean();
    double[] te = testMean();
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? ": " : ", ").append(values.get(i)).append(" → train ")
          .append(String.format(java.util.Locale.ROOT, "%.4f", tr[i])).append(" test ")
          .append(String.format(java.util.Locale.ROOT, "%.4f", te[i]));
    }
    return b.append(']').toString();
  }
}
