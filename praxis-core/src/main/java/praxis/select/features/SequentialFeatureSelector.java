package praxis.select.features;

import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;
import praxis.select.Fold;
import praxis.select.Splitter;

/**
 * Greedy wrapper selection by cross-validated score, for any estimator: FORWARD adds, one at a time, the column
 * that most improves the mean CV score; BACKWARD removes the column whose removal hurts least (scikit-learn's
 * {@code SequentialFeatureSelector}); FLOATING is sequential floating forward selection (Pudil et al. 1994):
 * after each addition it removes columns again while that beats the best score seen for the smaller size.
 * Stops at {@code nFeatures} columns. Ties go to the lower column index. The model's score of a column is the
 * CV score of the subset right after the column was last added (FORWARD/FLOATING) or removed (BACKWARD), NaN
 * for columns never moved. Cost: O(p²) cross-validations.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new SequentialFeatureSelector(new SequentialFeatureSelector.Params(new LogisticRegression(),
 *     3, SequentialFeatureSelector.Direction.FORWARD, new StratifiedKFold(5, true, 0), Scorers.ACCURACY))
 *     .fit(x, y);
 * }</pre>
 */
public final class SequentialFeatureSelector
    implements Estimator<SequentialFeatureSelector.Params, FeatureSubsetModel> {
  /** Search direction. */
  public enum Direction {
    /** Add columns one at a time. */
    FORWARD,
    /** Remove columns one at a time. */
    BACKWARD,
    /** Forward with conditional removals (SFFS). */
    FLOATING
  }

  /**
   * Hyperparameters.
   *
   * @param estimator any estimator
   * @param nFeatures number of columns to select (≥ 1)
   * @param direction search direction
   * @param cv splitter of the cross-validation
   * @param scorer score to maximise
   */
  public record Params(Estimator<?, ?> estimator, int nFeatures, Direction direction, Splitter cv, Scorer scorer)
      implements praxis.api.Params {
    /** Validates. */
    public Params {
      Check.notNull(estimator, "estimator");
      Check.atLeast(nFeatures, 1, "nFeatures");
      Check.notNull(direction, "direction");
      Check.notNull(cv, "cv");
      Check.notNull(scorer, "scorer");
    }
  }

  private final Params params;

  /** With the given hyperparameters. */
  public SequentialFeatureSelector(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SequentialFeatureSelector withParams(Params p) {
    return new SequentialFeatureSelector(p);
  }

  @Override
  public String name() {
    return "sequential_feature_selector";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "SequentialFeatureSelector");
    Check.sameRows(x, y, "SequentialFeatureSelector");
    int p = x.columnCount();
    int target = params.nFeatures();
    if (target > p) {
      throw new IllegalArgumentException("SequentialFeatureSelector: nFeatures=" + target + " exceeds the " + p
          + " columns of the input; use nFeatures <= " + p);
    }
    List<Fold> folds = params.cv().split(x, y, null);
    double[] score = new double[p];
    Arrays.fill(score, Double.NaN);
    boolean[] in = new boolean[p];
    if (params.direction() == Direction.BACKWARD) {
      Arrays.fill(in, true);
      for (int size = p; size > target; size--) {
        Move best = bestMove(x, y, folds, in, false);
        in[best.column()] = false;
        score[best.column()] = best.score();
      }
    } else {
      double[] bestAtSize = new double[p + 1];
      Arrays.fill(bestAtSize, Double.NEGATIVE_INFINITY);
      int size = 0;
      int guard = 0;
      while (size < target) {
        Move mv = bestMove(x, y, folds, in, true);
        int add = mv.column();
        in[add] = true;
        size++;
        score[add] = mv.score();
        bestAtSize[size] = Math.max(bestAtSize[size], mv.score());
        if (params.direction() == Direction.FLOATING) {
          while (size > 2 && guard++ < 10 * p * p) {
            Move rem = bestMove(x, y, folds, in, false);
            if (rem.column() == add || !(rem.score() > bestAtSize[size - 1])) {
              break;
            }
            in[rem.column()] = false;
            size--;
            bestAtSize[size] = rem.score();
          }
        }
      }
    }
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(),
        FeatureSupport.indices(in), score, nanArray(p));
  }

  private record Move(int column, double score) {}

  /** The column whose addition (or removal) gives the best CV score, with that score. */
  private Move bestMove(Frame x, Target y, List<Fold> folds, boolean[] in, boolean add) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < in.length; j++) {
      if (in[j] == add) {
        continue;
      }
      in[j] = add;
      double s = FeatureSupport.cvScore(params.estimator(), x, y, FeatureSupport.indices(in), folds, params.scorer());
      in[j] = !add;
      if (best < 0 || s > bestScore) {
        best = j;
        bestScore = s;
      }
    }
    return new Move(best, bestScore);
  }

  private static double[] nanArray(int p) {
    double[] a = new double[p];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
