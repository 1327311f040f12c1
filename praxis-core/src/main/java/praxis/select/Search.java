package praxis.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/** The evaluation shared by grid and random search. */
final class Search {
  private Search() {}

  /** Options common to both searches. */
  record Options(int nThreads, boolean refit, String refitScorer, boolean trainScores) {
    static final Options DEFAULTS = new Options(1, true, null, false);
  }

  static SearchResult run(Estimator<?, ?> base, List<Map<String, Object>> candidates, Splitter splitter,
      List<Scorer> scorers, Options opt, Frame x, Target y, int[] groups) {
    Check.notNull(base, "estimator");
    Check.notNull(splitter, "splitter");
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.sameRows(x, y, "search");
    CvEngine.checkScorers(scorers);
    CvEngine.checkThreads(opt.nThreads());
    List<String> names = CvEngine.names(scorers);
    String refitScorer = opt.refitScorer() == null ? names.get(0) : opt.refitScorer();
    if (!names.contains(refitScorer)) {
      throw new IllegalArgumentException("refitScorer '" + refitScorer + "' is not among the scorers " + names);
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("the search has no candidates");
    }
    // configure every candidate up front so that a bad parameter fails fast, naming the candidate
    List<Estimator<?, ?>> estimators = new ArrayList<>(candidates.size());
    for (int c = 0; c < candidates.size(); c++) {
      try {
        estimators.add(Hyper.apply(base, candidates.get(c)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("candidate " + c + " " + Hyper.asStrings(candidates.get(c)) + ": "
            + e.getMessage(), e);
      }
    }
    List<Fold> folds = splitter.split(x, y, groups);
    CrossValidation.checkFolds(folds, x.rowCount());
    int k = folds.size();
    List<CvEngine.Job> jobs = new ArrayList<>(candidates.size() * k);
    for (int c = 0; c < candidates.size(); c++) {
      for (int f = 0; f < k; f++) {
        jobs.add(new CvEngine.Job(estimators.get(c), folds.get(f).train(), folds.get(f).test(),
            "candidate " + c + " " + Hyper.asStrings(candidates.get(c)) + ", fold " + f + " of " + k));
      }
    }
    CvEngine.Outcome[] out = CvEngine.run(jobs, x, y, scorers, opt.trainScores(), opt.nThreads());
    CvResult[] cvs = new CvResult[candidates.size()];
    for (int c = 0; c < cvs.length; c++) {
      cvs[c] = CvResult.of(names, out, c * k, k, folds, opt.trainScores());
    }
    Map<String, int[]> ranks = new LinkedHashMap<>();
    for (String s : names) {
      double[] means = new double[cvs.length];
      for (int c = 0; c < cvs.length; c++) {
        means[c] = cvs[c].mean(s);
      }
      ranks.put(s, rankMin(means));
    }
    List<SearchResult.Candidate> rows = new ArrayList<>(cvs.length);
    for (int c = 0; c < cvs.length; c++) {
      Map<String, Double> mean = new LinkedHashMap<>();
      Map<String, Double> std = new LinkedHashMap<>();
      Map<String, Integer> rank = new LinkedHashMap<>();
      for (String s : names) {
        mean.put(s, cvs[c].mean(s));
        std.put(s, cvs[c].std(s));
        rank.put(s, ranks.get(s)[c]);
      }
      rows.add(new SearchResult.Candidate(Hyper.asStrings(candidates.get(c)), candidates.get(c), mean, std, rank,
          CvEngine.mean(cvs[c].fitSeconds()), CvEngine.mean(cvs[c].scoreSeconds()), cvs[c]));
    }
    int[] refitRanks = ranks.get(refitScorer);
    int best = 0;
    for (int c = 1; c < refitRanks.length; c++) {
      if (refitRanks[c] < refitRanks[best]) {
        best = c;
      }
    }
    Model model = null;
    double refitSeconds = 0;
    if (opt.refit()) {
      long t0 = System.nanoTime();
      model = estimators.get(best).fit(x, y);
      refitSeconds = (System.nanoTime() - t0) / 1e9;
    }
    return new SearchResult(rows, names, refitScorer, best, estimators.get(best), model, refitSeconds);
  }

  /** scikit-learn's ranking: 1 + number of strictly larger means; NaN counts as below every number. */
  static int[] rankMin(double[] means) {
    int[] r = new int[means.length];
    for (int i = 0; i < means.length; i++) {
      int larger = 0;
      for (int j = 0; j < means.length; j++) {
        if (greater(means[j], means[i])) {
          larger++;
        }
      }
      r[i] = larger + 1;
    }
    return r;
  }

  private static boolean greater(double a, double b) {
    if (Double.isNaN(a)) {
      return false;
    }
    if (Double.isNaN(b)) {
      return true;
    }
    return a > b;
  }
}
