package praxis.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import praxis.api.Estimator;
import praxis.api.Model;

/**
 * The outcome of {@link GridSearch} or {@link RandomSearch}: one row per candidate (its parameters, the
 * mean and population standard deviation of each scorer over the folds, the rank by each scorer, mean fit
 * and score times, and the full {@link CvResult}), the best candidate by the refit scorer, and the best
 * estimator refitted on all the data.
 *
 * <p>Ranks follow scikit-learn's {@code rank_test_<scorer>}: 1 + the number of candidates with a strictly
 * higher mean (ties share the lowest rank; NaN means tie for last place). The best candidate is the first one with
 * rank 1 for the refit scorer.
 *
 * <pre>{@code
 * SearchResult r = new GridSearch(est, grid, new KFold(5, true, 0), List.of(Scorers.ACCURACY)).fit(x, y);
 * System.out.println(r.table());
 * Model best = r.bestModel();
 * }</pre>
 */
public final class SearchResult {
  /**
   * One evaluated candidate.
   *
   * <pre>{@code
   * for (SearchResult.Candidate c : result.candidates()) {
   *   System.out.println(c.params() + " " + c.meanScores() + " rank " + c.ranks());
   * }
   * }</pre>
   *
   * @param params the candidate's hyperparameters in text form
   * @param values the same hyperparameters as given (strings or typed values)
   * @param meanScores mean test score per scorer
   * @param stdScores population standard deviation of the test score per scorer
   * @param ranks rank per scorer (1 = best)
   * @param meanFitSeconds mean fit time over folds
   * @param meanScoreSeconds mean score time over folds
   * @param cv the full cross-validation result
   */
  public record Candidate(Map<String, String> params, Map<String, Object> values, Map<String, Double> meanScores,
      Map<String, Double> stdScores, Map<String, Integer> ranks, double meanFitSeconds, double meanScoreSeconds,
      CvResult cv) {
    /** Copies the maps. */
    public Candidate {
      params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
      meanScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meanScores));
      stdScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stdScores));
      ranks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ranks));
    }
  }

  private final List<Candidate> candidates;
  private final List<String> scorerNames;
  private final String refitScorer;
  private final int bestIndex;
  private final Estimator<?, ?> bestEstimator;
  private final Model bestModel;
  private final double refitSeconds;

  SearchResult(List<Candidate> candidates, List<String> scorerNames, String refitScorer, int bestIndex,
      Estimator<?, ?> bestEstimator, Model bestModel, double refitSeconds) {
    this.candidates = List.copyOf(candidates);
    this.scorerNames = List.copyOf(scorerNames);
    this.refitScorer = refitScorer;
    this.bestIndex = bestIndex;
    this.bestEstimator = bestEstimator;
    this.bestModel = bestModel;
    this.refitSeconds = refitSeconds;
  }

  /** Every candidate in evaluation order. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** Scorer names in the order given. */
  public List<String> scorerNames() {
    return scorerNames;
  }

  /** The scorer that chooses the best candidate. */
  public String refitScorer() {
    return refitScorer;
  }

  /** Index of the best candidate in {@link #candidates()}. */
  public int bestIndex() {
    return bestIndex;
  }

  /** The best candidate. */
  public Candidate best() {
    return candidates.get(bestIndex);
  }

  /** The best candidate's hyperparameters in text form. */
  public Map<String, String> bestParams() {
    return best().params();
  }

  /** The best candidate's mean test score for the refit scorer. */
  public double bestScore() {
    return best().meanScores().get(refitScorer);
  }

  /** The estimator configured with the best hyperparameters. */
  public Estimator<?, ?> bestEstimator() {
    return bestEstimator;
  }

  /** Whether the best estimator was refitted on all data. */
  public boolean hasBestModel() {
    return bestModel != null;
  }

  /**
   * The best estimator refitted on all the data.
   *
   * @throws IllegalStateException if the search ran with refit disabled
   */
  public Model bestModel() {
    if (bestModel == null) {
      throw new IllegalStateException("the search ran with refit disabled; enable withRefit(true) or fit "
          + "bestEstimator() yourself");
    }
    return bestModel;
  }

  /** Seconds spent refitting the best estimator (0 without refit). */
  public double refitSeconds() {
    return refitSeconds;
  }

  /** Mean test scores of every candidate for one scorer, in candidate order. */
  public double[] meanScores(String scorer) {
    if (!scorerNames.contains(scorer)) {
      throw new IllegalArgumentException("unknown scorer '" + scorer + "'; recorded scorers: " + scorerNames);
    }
    double[] out = new double[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = candidates.get(i).meanScores().get(scorer);
    }
    return out;
  }

  /** The results table (one line per candidate), sorted by rank for the refit scorer. */
  public String table() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int c = Integer.compare(candidates.get(a).ranks().get(refitScorer), candidates.get(b).ranks().get(refitScorer));
      return c != 0 ? c : Integer.compare(a, b);
    });
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%5s", "rank"));
    for (String s : scorerNames) {
      b.append(String.format(Locale.ROOT, " %22s", s + " (mean±std)"));
    }
    b.append(String.format(Locale.ROOT, " %9s  %s%n", "fit_s", "params"));
    for (int i : order) {
      Candidate c = candidates.get(i);
      b.append(String.format(Locale.ROOT, "%5d", c.ranks().get(refitScorer)));
      for (String s : scorerNames) {
        b.append(String.format(Locale.ROOT, " %12.6f±%9.6f", c.meanScores().get(s), c.stdScores().get(s)));
      }
      b.append(String.format(Locale.ROOT, " %9.4f  %s%n", c.meanFitSeconds(), c.params()));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "SearchResult[" + candidates.size() + " candidates, best " + bestParams() + " " + refitScorer + "="
        + String.format(Locale.ROOT, "%.6f", bestScore()) + "]";
  }
}
