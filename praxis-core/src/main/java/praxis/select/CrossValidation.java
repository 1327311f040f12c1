package praxis.select;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/**
 * K-fold style cross-validation: for each fold, fit a fresh model on the training rows (zero-copy
 * {@link Frame#rows}/{@link Target#rows} views), score it on the test rows with every {@link Scorer}, and
 * time both steps. Folds run in parallel on {@code nThreads} threads of an executor this call creates and
 * shuts down; every fold writes its own slot, so scores are identical for any thread count (timings vary).
 *
 * <p>Cost: one fit and one scoring pass per fold. Errors in a fold are re-thrown naming the fold.
 *
 * <pre>{@code
 * CvResult r = CrossValidation.run(new LogisticRegression(), x, y, new StratifiedKFold(5, true, 0),
 *     List.of(Scorers.ACCURACY, Scorers.F1_MACRO), 2);
 * double acc = r.mean("accuracy");
 * }</pre>
 */
public final class CrossValidation {
  private CrossValidation() {}

  /** Cross-validates {@code est} on the folds of {@code splitter} (no groups, no training scores). */
  public static CvResult run(Estimator<?, ?> est, Frame x, Target y, Splitter splitter, List<Scorer> scorers,
      int nThreads) {
    Check.notNull(splitter, "splitter");
    return run(est, x, y, splitter.split(x, y, null), scorers, false, nThreads);
  }

  /**
   * Cross-validates {@code est} on explicit folds (e.g. {@code new GroupKFold(5).split(x, y, groups)}).
   *
   * @param trainScores whether to also score each model on its own training rows
   * @throws IllegalArgumentException for bad arguments, or (naming the fold) when a fit or score fails
   */
  public static CvResult run(Estimator<?, ?> est, Frame x, Target y, List<Fold> folds, List<Scorer> scorers,
      boolean trainScores, int nThreads) {
    Check.notNull(est, "estimator");
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.sameRows(x, y, "CrossValidation");
    checkFolds(folds, x.rowCount());
    CvEngine.checkScorers(scorers);
    CvEngine.checkThreads(nThreads);
    List<CvEngine.Job> jobs = new ArrayList<>(folds.size());
    for (int f = 0; f < folds.size(); f++) {
      jobs.add(new CvEngine.Job(est, folds.get(f).train(), folds.get(f).test(),
          "fold " + f + " of " + folds.size() + " (" + est.name() + ")"));
    }
    CvEngine.Outcome[] out = CvEngine.run(jobs, x, y, scorers, trainScores, nThreads);
    return CvResult.of(CvEngine.names(scorers), out, 0, folds.size(), folds, trainScores);
  }

  static void checkFolds(List<Fold> folds, int n) {
    if (folds == null || folds.isEmpty()) {
      throw new IllegalArgumentException("folds must hold at least one Fold, got " + folds);
    }
    for (int f = 0; f < folds.size(); f++) {
      Fold fold = folds.get(f);
      if (fold.train().length == 0 || fold.test().length == 0) {
        throw new IllegalArgumentException("fold " + f + " has " + fold.train().length + " training and "
            + fold.test().length + " test rows; both must be non-empty");
      }
      for (int[] idx : new int[][] {fold.train(), fold.test()}) {
        for (int i : idx) {
          if (i < 0 || i >= n) {
            throw new IllegalArgumentException("fold " + f + " refers to row " + i + " but the data has " + n
                + " rows; split the same data you cross-validate");
          }
        }
      }
    }
  }
}
