package praxis.select;

import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;

/**
 * Exhaustive hyperparameter search: every candidate of a {@link ParamGrid} is cross-validated on the same
 * folds, candidates are ranked by the refit scorer (the first scorer unless set), and the best estimator is
 * refitted on all the data.
 *
 * <p>All candidate×fold fits run on {@code nThreads} threads of an executor the call owns; results do not
 * depend on the thread count. Hyperparameters are applied with {@link praxis.api.Estimators#configureValues}
 * (strings are parsed, typed values coerced); a {@link praxis.pipeline.Pipeline} takes {@code step.param}
 * names and a {@link praxis.pipeline.ColumnTransformer} {@code group.param} names (as
 * {@code Pipeline.withStepValues} / {@code ColumnTransformer.withGroupValues}); any other composite can
 * implement {@link Tunable}. Cost: candidates × folds fits plus one refit.
 *
 * <pre>{@code
 * ParamGrid grid = ParamGrid.builder().add("c", 0.1, 1.0, 10.0).build();
 * SearchResult r = new GridSearch(new LogisticRegression(), grid, new StratifiedKFold(5, true, 0),
 *     List.of(Scorers.ACCURACY)).withNThreads(2).fit(x, y);
 * Model best = r.bestModel();
 * }</pre>
 */
public final class GridSearch {
  private final Estimator<?, ?> estimator;
  private final ParamGrid grid;
  private final Splitter splitter;
  private final List<Scorer> scorers;
  private final Search.Options options;

  /**
   * @param estimator the base estimator (its other hyperparameters are kept)
   * @param grid the values to try
   * @param splitter the cross-validation folds
   * @param scorers one or more scorers; the first chooses the best candidate unless {@link #withRefitScorer}
   */
  public GridSearch(Estimator<?, ?> estimator, ParamGrid grid, Splitter splitter, List<Scorer> scorers) {
    this(estimator, grid, splitter, scorers, Search.Options.DEFAULTS);
  }

  private GridSearch(Estimator<?, ?> estimator, ParamGrid grid, Splitter splitter, List<Scorer> scorers,
      Search.Options options) {
    this.estimator = Check.notNull(estimator, "estimator");
    this.grid = Check.notNull(grid, "grid");
    this.splitter = Check.notNull(splitter, "splitter");
    CvEngine.checkScorers(scorers);
    this.scorers = List.copyOf(scorers);
    this.options = options;
  }

  /** A copy running on {@code nThreads} threads (default 1). */
  public GridSearch withNThreads(int nThreads) {
    CvEngine.checkThreads(nThreads);
    return new GridSearch(estimator, grid, splitter, scorers,
        new Search.Options(nThreads, options.refit(), options.refitScorer(), options.trainScores()));
  }

  /** A copy that does (default) or does not refit the best estimator on all the data. */
  public GridSearch withRefit(boolean refit) {
    return new GridSearch(estimator, grid, splitter, scorers,
        new Search.Options(options.nThreads(), refit, options.refitScorer(), options.trainScores()));
  }

  /** A copy choosing the best candidate by the named scorer. */
  public GridSearch withRefitScorer(String scorer) {
    if (!CvEngine.names(scorers).contains(scorer)) {
      throw new IllegalArgumentException("refitScorer '" + scorer + "' is not among the scorers "
          + CvEngine.names(scorers));
    }
    return new GridSearch(estimator, grid, splitter, scorers,
        new Search.Options(options.nThreads(), options.refit(), scorer, options.trainScores()));
  }

  /** A copy that also records training scores. */
  public GridSearch withTrainScores(boolean trainScores) {
    return new GridSearch(estimator, grid, splitter, scorers,
        new Search.Options(options.nThreads(), options.refit(), options.refitScorer(), trainScores));
  }

  /** Runs the search. */
  public SearchResult fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /** Runs the search with group ids for a {@link GroupKFold} splitter. */
  public SearchResult fit(Frame x, Target y, int[] groups) {
    return Search.run(estimator, grid.candidates(), splitter, scorers, options, x, y, groups);
  }
}
