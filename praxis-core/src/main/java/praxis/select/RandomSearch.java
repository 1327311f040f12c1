package praxis.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/**
 * Randomized hyperparameter search: {@code nIter} candidates are drawn from per-parameter
 * {@link Distribution}s and each is cross-validated on the same folds, as in {@link GridSearch}.
 *
 * <p>Sampling: one {@code SplittableRandom(seed)}; for each candidate in turn, the parameters are drawn in
 * name order. The candidates therefore depend only on the seed (never on the thread count), but they are
 * not scikit-learn's {@code RandomizedSearchCV} draws, and candidates are drawn with replacement even when
 * every distribution is a finite choice. Cost: nIter × folds fits plus one refit.
 *
 * <pre>{@code
 * Map<String, Distribution> space = Map.of("c", Distribution.logUniform(1e-3, 1e3),
 *     "maxIter", Distribution.intRange(50, 500));
 * SearchResult r = new RandomSearch(new LogisticRegression(), space, 20, 42, new KFold(5, true, 0),
 *     List.of(Scorers.ACCURACY)).withNThreads(2).fit(x, y);
 * }</pre>
 */
public final class RandomSearch {
  private final Estimator<?, ?> estimator;
  private final TreeMap<String, Distribution> space;
  private final int nIter;
  private final long seed;
  private final Splitter splitter;
  private final List<Scorer> scorers;
  private final Search.Options options;

  /**
   * @param estimator the base estimator
   * @param space distribution per hyperparameter name
   * @param nIter number of candidates, at least 1
   * @param seed sampling seed
   * @param splitter the cross-validation folds
   * @param scorers one or more scorers; the first chooses the best candidate unless {@link #withRefitScorer}
   */
  public RandomSearch(Estimator<?, ?> estimator, Map<String, Distribution> space, int nIter, long seed,
      Splitter splitter, List<Scorer> scorers) {
    this(estimator, new TreeMap<>(Check.notNull(space, "space")), nIter, seed, splitter, scorers,
        Search.Options.DEFAULTS);
  }

  private RandomSearch(Estimator<?, ?> estimator, TreeMap<String, Distribution> space, int nIter, long seed,
      Splitter splitter, List<Scorer> scorers, Search.Options options) {
    this.estimator = Check.notNull(estimator, "estimator");
    if (space.isEmpty()) {
      throw new IllegalArgumentException("space must hold at least one parameter distribution");
    }
    for (Map.Entry<String, Distribution> e : space.entrySet()) {
      Check.notNull(e.getValue(), "distribution of '" + e.getKey() + "'");
    }
    this.space = space;
    this.nIter = Check.atLeast(nIter, 1, "nIter");
    this.seed = seed;
    this.splitter = Check.notNull(splitter, "splitter");
    CvEngine.checkScorers(scorers);
    this.scorers = List.copyOf(scorers);
    this.options = options;
  }

  /** A copy running on {@code nThreads} threads (default 1). */
  public RandomSearch withNThreads(int nThreads) {
    CvEngine.checkThreads(nThreads);
    return new RandomSearch(estimator, space, nIter, seed, splitter, scorers,
        new Search.Options(nThreads, options.refit(), options.refitScorer(), options.trainScores()));
  }

  /** A copy that does (default) or does not refit the best estimator on all the data. */
  public RandomSearch withRefit(boolean refit) {
    return new RandomSearch(estimator, space, nIter, seed, splitter, scorers,
        new Search.Options(options.nThreads(), refit, options.refitScorer(), options.trainScores()));
  }

  /** A copy choosing the best candidate by the named scorer. */
  public RandomSearch withRefitScorer(String scorer) {
    if (!CvEngine.names(scorers).contains(scorer)) {
      throw new IllegalArgumentException("refitScorer '" + scorer + "' is not among the scorers "
          + CvEngine.names(scorers));
    }
    return new RandomSearch(estimator, space, nIter, seed, splitter, scorers,
        new Search.Options(options.nThreads(), options.refit(), scorer, options.trainScores()));
  }

  /** A copy that also records training scores. */
  public RandomSearch withTrainScores(boolean trainScores) {
    return new RandomSearch(estimator, space, nIter, seed, splitter, scorers,
        new Search.Options(options.nThreads(), options.refit(), options.refitScorer(), trainScores));
  }

  /** The candidates this search evaluates (a function of the seed only). */
  public List<Map<String, Object>> candidates() {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Map<String, Object>> out = new ArrayList<>(nIter);
    for (int i = 0; i < nIter; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, Distribution> e : space.entrySet()) {
        Object v = e.getValue().sample(rng);
        if (v == null) {
          throw new IllegalStateException("distribution of '" + e.getKey() + "' returned null");
        }
        m.put(e.getKey(), v);
      }
      out.add(Collections.unmodifiableMap(m));
    }
    return out;
  }

  /** Runs the search. */
  public SearchResult fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /** Runs the search with group ids for a {@link GroupKFold} splitter. */
  public SearchResult fit(Frame x, Target y, int[] groups) {
    return Search.run(estimator, candidates(), splitter, scorers, options, x, y, groups);
  }
}
