package praxis.select;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of {@link CrossValidation#run}: for every scorer its test score on each fold (and optionally
 * the training score), plus fit and score times per fold in seconds.
 *
 * <p>{@link #std} is the population standard deviation over folds (divisor {@code k}), as NumPy's
 * {@code np.std} and scikit-learn's {@code std_test_score} compute it; {@link #sampleStd} uses {@code k - 1}.
 *
 * <pre>{@code
 * CvResult r = CrossValidation.run(est, x, y, new KFold(5), List.of(Scorers.ACCURACY), 2);
 * System.out.printf("%.3f ± %.3f%n", r.mean("accuracy"), r.std("accuracy"));
 * }</pre>
 */
public final class CvResult {
  private final List<String> scorerNames;
  private final Map<String, double[]> test;
  private final Map<String, double[]> train;
  private final double[] fitSeconds;
  private final double[] scoreSeconds;
  private final int[] trainSizes;
  private final int[] testSizes;

  CvResult(List<String> scorerNames, Map<String, double[]> test, Map<String, double[]> train, double[] fitSeconds,
      double[] scoreSeconds, int[] trainSizes, int[] testSizes) {
    this.scorerNames = List.copyOf(scorerNames);
    this.test = test;
    this.train = train;
    this.fitSeconds = fitSeconds;
    this.scoreSeconds = scoreSeconds;
    this.trainSizes = trainSizes;
    this.testSizes = testSizes;
  }

  /** Builds the result of one candidate from its fold outcomes. */
  static CvResult of(List<String> names, CvEngine.Outcome[] outcomes, int from, int nFolds, List<Fold> folds,
      boolean withTrain) {
    Map<String, double[]> test = new LinkedHashMap<>();
    Map<String, double[]> train = withTrain ? new LinkedHashMap<>() : null;
    for (int s = 0; s < names.size(); s++) {
      double[] t = new double[nFolds];
      double[] tr = new double[nFolds];
      for (int f = 0; f < nFolds; f++) {
        t[f] = outcomes[from + f].test()[s];
        if (withTrain) {
          tr[f] = outcomes[from + f].train()[s];
        }
      }
      test.put(names.get(s), t);
      if (withTrain) {
        train.put(names.get(s), tr);
      }
    }
    double[] fit = new double[nFolds];
    double[] score = new double[nFolds];
    int[] trainSizes = new int[nFolds];
    int[] testSizes = new int[nFolds];
    for (int f = 0; f < nFolds; f++) {
      fit[f] = outcomes[from + f].fitSeconds();
      score[f] = outcomes[from + f].scoreSeconds();
      trainSizes[f] = folds.get(f).train().length;
      testSizes[f] = folds.get(f).test().length;
    }
    return new CvResult(names, test, train, fit, score, trainSizes, testSizes);
  }

  /** Scorer names in the order given. */
  public List<String> scorerNames() {
    return scorerNames;
  }

  /** Number of folds. */
  public int nFolds() {
    return fitSeconds.length;
  }

  /** Test score on each fold for the named scorer (a copy). */
  public double[] scores(String scorer) {
    return lookup(test, scorer, "test").clone();
  }

  /** Whether training scores were recorded. */
  public boolean hasTrainScores() {
    return train != null;
  }

  /**
   * Training score on each fold for the named scorer (a copy).
   *
   * @throws IllegalStateException if the run did not record training scores
   */
  public double[] trainScores(String scorer) {
    if (train == null) {
      throw new IllegalStateException("training scores were not recorded; run CrossValidation with"
          + " trainScores=true");
    }
    return lookup(train, scorer, "train").clone();
  }

  /** Mean test score over folds. */
  public double mean(String scorer) {
    return CvEngine.mean(lookup(test, scorer, "test"));
  }

  /** Population standard deviation of the test score over folds (as np.std). */
  public double std(String scorer) {
    return CvEngine.std(lookup(test, scorer, "test"), 0);
  }

  /** Sample standard deviation (divisor k - 1) of the test score over folds; NaN for one fold. */
  public double sampleStd(String scorer) {
    return CvEngine.std(lookup(test, scorer, "test"), 1);
  }

  /** Seconds spent fitting, per fold. */
  public double[] fitSeconds() {
    return fitSeconds.clone();
  }

  /** Seconds spent scoring the test fold with all scorers, per fold. */
  public double[] scoreSeconds() {
    return scoreSeconds.clone();
  }

  /** Training rows per fold. */
  public int[] trainSizes() {
    return trainSizes.clone();
  }

  /** Test rows per fold. */
  public int[] testSizes() {
    return testSizes.clone();
  }

  private double[] lookup(Map<String, double[]> m, String scorer, String what) {
    double[] v = m.get(scorer);
    if (v == null) {
      throw new IllegalArgumentException("no " + what + " scores for scorer '" + scorer + "'; recorded scorers: "
          + scorerNames);
    }
    return v;
  }

  /** A per-fold table: fold, sizes, each scorer's test (and train) score, fit and score seconds. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-6s %7s %7s", "fold", "train", "test"));
    for (String s : scorerNames) {
      b.append(String.format(Locale.ROOT, " %14s", s));
      if (train != null) {
        b.append(String.format(Locale.ROOT, " %14s", "train_" + s));
      }
    }
    b.append(String.format(Locale.ROOT, " %9s %9s%n", "fit_s", "score_s"));
    for (int f = 0; f < nFolds(); f++) {
      b.append(String.format(Locale.ROOT, "%-6d %7d %7d", f, trainSizes[f], testSizes[f]));
      for (String s : scorerNames) {
        b.append(String.format(Locale.ROOT, " %14.6f", test.get(s)[f]));
        if (train != null) {
          b.append(String.format(Locale.ROOT, " %14.6f", train.get(s)[f]));
        }
      }
      b.append(String.format(Locale.ROOT, " %9.4f %9.4f%n", fitSeconds[f], scoreSeconds[f]));
    }
    b.append(String.format(Locale.ROOT, "%-22s", "mean ± std"));
    for (String s : scorerNames) {
      b.append(String.format(Locale.ROOT, " %7.4f±%6.4f", mean(s), std(s)));
      if (train != null) {
        b.append(String.format(Locale.ROOT, " %7.4f±%6.4f", CvEngine.mean(train.get(s)), CvEngine.std(train.get(s), 0)));
      }
    }
    return b.append(System.lineSeparator()).toString();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("CvResult[").append(nFolds()).append(" folds");
    for (String s : scorerNames) {
      b.append(String.format(Locale.ROOT, ", %s=%.4f±%.4f", s, mean(s), std(s)));
    }
    return b.append(']').toString();
  }
}
