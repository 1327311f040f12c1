package praxis.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/**
 * Learning curve: how training and cross-validated test scores change with the number of training rows,
 * to tell whether more data would help (a gap that closes) or the model is too simple (both scores low).
 *
 * <p>Algorithm (as scikit-learn's {@code learning_curve} without shuffling): the absolute sizes are
 * {@code floor(fraction * nMax)} clipped to {@code [1, nMax]}, de-duplicated and sorted, where {@code nMax}
 * is the smallest training fold (scikit-learn uses the first fold's, which is the smallest for
 * {@link KFold} and usually for {@link StratifiedKFold}); for each fold and size the model is fitted on the
 * first {@code size} rows of the fold's training set and scored on that subset and on the test fold. All
 * fits run on {@code nThreads} threads; scores do not depend on the thread count. Cost: folds × sizes fits.
 *
 * <pre>{@code
 * LearningCurve lc = LearningCurve.run(est, x, y, new KFold(5, true, 0), Scorers.ACCURACY,
 *     new double[] {0.1, 0.325, 0.55, 0.775, 1.0}, 2);
 * double[] gap = lc.trainMean();   // compare with lc.testMean()
 * }</pre>
 */
public final class LearningCurve {
  private final int[] trainSizes;
  private final double[][] trainScores;
  private final double[][] testScores;
  private final double[][] fitSeconds;

  private LearningCurve(int[] trainSizes, double[][] trainScores, double[][] testScores, double[][] fitSeconds) {
    this.trainSizes = trainSizes;
    this.trainScores = trainScores;
    this.testScores = testScores;
    this.fitSeconds = fitSeconds;
  }

  /**
   * Computes the curve.
   *
   * @param trainFractions fractions of the largest usable training size, each in (0, 1]
   * @throws IllegalArgumentException for bad arguments, or (naming the fold and size) when a fit fails
   */
  public static LearningCurve run(Estimator<?, ?> est, Frame x, Target y, Splitter splitter, Scorer scorer,
      double[] trainFractions, int nThreads) {
    Check.notNull(est, "estimator");
    Check.notNull(splitter, "splitter");
    Check.notNull(scorer, "scorer");
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.sameRows(x, y, "LearningCurve");
    CvEngine.checkThreads(nThreads);
    if (trainFractions == null || trainFractions.length == 0) {
      throw new IllegalArgumentException("trainFractions must hold at least one fraction in (0, 1]");
    }
    for (double f : trainFractions) {
      if (!(f > 0 && f <= 1)) {
        throw new IllegalArgumentException("trainFractions must lie in (0, 1], got " + f);
      }
    }
    List<Fold> folds = splitter.split(x, y, null);
    CrossValidation.checkFolds(folds, x.rowCount());
    int nMax = Integer.MAX_VALUE;
    for (Fold f : folds) {
      nMax = Math.min(nMax, f.train().length);
    }
    final int max = nMax;
    int[] sizes = Arrays.stream(trainFractions).mapToInt(f -> Math.max(1, Math.min(max, (int) (f * max))))
        .distinct().sorted().toArray();
    List<CvEngine.Job> jobs = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      for (int f = 0; f < folds.size(); f++) {
        jobs.add(new CvEngine.Job(est, Arrays.copyOf(folds.get(f).train(), sizes[s]), folds.get(f).test(),
            "learning curve size " + sizes[s] + ", fold " + f + " of " + folds.size()));
      }
    }
    CvEngine.Outcome[] out = CvEngine.run(jobs, x, y, List.of(scorer), true, nThreads);
    int k = folds.size();
    double[][] train = new double[sizes.length][k];
    double[][] test = new double[sizes.length][k];
    double[][] fit = new double[sizes.length][k];
    for (int s = 0; s < sizes.length; s++) {
      for (int f = 0; f < k; f++) {
        CvEngine.Outcome o = out[s * k + f];
        train[s][f] = o.train()[0];
        test[s][f] = o.test()[0];
        fit[s][f] = o.fitSeconds();
      }
    }
    return new LearningCurve(sizes, train, test, fit);
  }

  /** Absolute training sizes, ascending. */
  public int[] trainSizes() {
    return trainSizes.clone();
  }

  /** Training scores, {@code [size][fold]}. */
  public double[][] trainScores() {
    return deepCopy(trainScores);
  }

  /** Test scores, {@code [size][fold]}. */
  public double[][] testScores() {
    return deepCopy(testScores);
  }

  /** Fit seconds, {@code [size][fold]}. */
  public double[][] fitSeconds() {
    return deepCopy(fitSeconds);
  }

  /** Mean training score per size. */
  public double[] trainMean() {
    return rowStat(trainScores, -1);
  }

  /** Population standard deviation of the training score per size. */
  public double[] trainStd() {
    return rowStat(trainScores, 0);
  }

  /** Mean test score per size. */
  public double[] testMean() {
    return rowStat(testScores, -1);
  }

  /** Population standard deviation of the test score per size. */
  public double[] testStd() {
    return rowStat(testScores, 0);
  }

  static double[] rowStat(double[][] m, int ddof) {
    double[] out = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = ddof < 0 ? CvEngine.mean(m[i]) : CvEngine.std(m[i], ddof);
    }
    return out;
  }

  static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("LearningCurve[");
    double[] tr = trainMean();
    double[] te = testMean();
    for (int i = 0; i < trainSizes.length; i++) {
      b.append(i == 0 ? "" : ", ").append(trainSizes[i]).append(": train ")
          .append(String.format(java.util.Locale.ROOT, "%.4f", tr[i])).append(" test ")
          .append(String.format(java.util.Locale.ROOT, "%.4f", te[i]));
    }
    return b.append(']').toString();
  }
}
