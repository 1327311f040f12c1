package praxis.imbalance;

import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.Fold;
import praxis.select.Splitter;

/**
 * Decision-threshold tuning for a binary probabilistic classifier: out-of-fold probabilities of the positive
 * class (cross-validation with {@code cv}, every model fitted on training folds only) are scanned for the
 * threshold {@code t} — predict positive when {@code P(positive) >= t} — that best meets the objective: maximal
 * F1; maximal recall with precision at least {@code minPrecision}; or minimal cost
 * {@code costFp·FP + costFn·FN}. The estimator is then refitted on all rows and wrapped with that threshold.
 * Ties go to the higher threshold. The positive class is the second of the sorted class list unless named.
 *
 * <pre>{@code
 * ThresholdModel m = new ThresholdTuner(new ThresholdTuner.Params(new LogisticRegression(),
 *     ThresholdTuner.Objective.F1, 0, 1, 1, new StratifiedKFold(5, true, 0), "")).fit(x, y);
 * double t = m.threshold();
 * }</pre>
 */
public final class ThresholdTuner implements Estimator<ThresholdTuner.Params, ThresholdModel> {
  /** What the threshold optimises. */
  public enum Objective {
    /** F1 of the positive class. */
    F1,
    /** Recall of the positive class subject to precision ≥ minPrecision. */
    RECALL_AT_PRECISION,
    /** Expected misclassification cost costFp·FP + costFn·FN (minimised). */
    COST
  }

  /**
   * Hyperparameters.
   *
   * @param estimator estimator fitting a ProbabilisticClassifier
   * @param objective what to optimise
   * @param minPrecision precision floor for RECALL_AT_PRECISION, in [0, 1]
   * @param costFp cost of a false positive for COST (≥ 0)
   * @param costFn cost of a false negative for COST (≥ 0)
   * @param cv splitter for the out-of-fold probabilities
   * @param positiveClass label of the positive class ("" = the second class in sorted order)
   */
  public record Params(Estimator<?, ?> estimator, Objective objective, double minPrecision, double costFp,
      double costFn, Splitter cv, String positiveClass) implements praxis.api.Params {
    /** Validates. */
    public Params {
      Check.notNull(estimator, "estimator");
      Check.notNull(objective, "objective");
      Check.inRange(minPrecision, 0, 1, "minPrecision");
      Check.nonNegative(costFp, "costFp");
      Check.nonNegative(costFn, "costFn");
      Check.notNull(cv, "cv");
      Check.notNull(positiveClass, "positiveClass");
    }
  }

  private final Params params;

  /** With the given hyperparameters. */
  public ThresholdTuner(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public ThresholdTuner withParams(Params p) {
    return new ThresholdTuner(p);
  }

  @Override
  public String name() {
    return "threshold_tuner";
  }

  @Override
  public ThresholdModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "ThresholdTuner");
    Check.sameRows(x, y, "ThresholdTuner");
    if (y.kind() != Target.Kind.CLASSES || y.classCount() != 2) {
      throw new IllegalArgumentException("ThresholdTuner tunes binary classifiers but the target has "
          + (y.kind() == Target.Kind.CLASSES ? y.classCount() + " classes " + y.classList() : "kind " + y.kind())
          + "; use it on two-class problems");
    }
    List<String> classes = y.classList();
    int pos = params.positiveClass().isEmpty() ? 1 : classes.indexOf(params.positiveClass());
    if (pos < 0) {
      throw new IllegalArgumentException("positiveClass '" + params.positiveClass() + "' is not one of the classes "
          + classes);
    }
    int n = x.rowCount();
    double[] oof = new double[n];
    for (Fold f : params.cv().split(x, y, null)) {
      ProbabilisticClassifier m = probabilistic(params.estimator().fit(x.rows(f.train()), y.rows(f.train())));
      int mpos = m.classes().indexOf(classes.get(pos));
      double[][] pr = m.predictProba(x.rows(f.test()));
      for (int i = 0; i < f.test().length; i++) {
        oof[f.test()[i]] = mpos < 0 ? 0.0 : pr[i][mpos];
      }
    }
    int[] codes = y.codes();
    double t = best(oof, codes, pos);
    ProbabilisticClassifier fitted = probabilistic(params.estimator().fit(x, y));
    return new ThresholdModel(fitted, classes.get(pos), t, Provenance.of(name(), params, x, y, 0L));
  }

  private ProbabilisticClassifier probabilistic(Model m) {
    if (!(m instanceof ProbabilisticClassifier p)) {
      throw new IllegalArgumentException("ThresholdTuner needs an estimator that fits a ProbabilisticClassifier but '"
          + params.estimator().name() + "' fitted a " + m.getClass().getSimpleName());
    }
    return p;
  }

  /** The best threshold among the distinct out-of-fold scores. */
  double best(double[] score, int[] codes, int pos) {
    int n = score.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    int totalPos = 0;
    for (int c : codes) {
      totalPos += c == pos ? 1 : 0;
    }
    int tp = 0;
    int fp = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    double bestT = 0.5;
    int i = 0;
    while (i < n) {
      double t = score[order[i]];
      while (i < n && score[order[i]] == t) {
        if (codes[order[i]] == pos) {
          tp++;
        } else {
          fp++;
        }
        i++;
      }
      int fn = totalPos - tp;
      double value;
      switch (params.objective()) {
        case F1 -> value = 2.0 * tp / (2.0 * tp + fp + fn);
        case RECALL_AT_PRECISION -> {
          double precision = (double) tp / (tp + fp);
          value = precision >= params.minPrecision() ? (double) tp / Math.max(totalPos, 1) : Double.NEGATIVE_INFINITY;
        }
        default -> value = -(params.costFp() * fp + params.costFn() * fn);
      }
      if (value > bestValue) {
        bestValue = value;
        bestT = t;
      }
    }
    if (params.objective() == Objective.COST && -(params.costFn() * totalPos) > bestValue) {
      bestT = Math.nextUp(score[order[0]]);
    }
    if (bestValue == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("ThresholdTuner: no threshold reaches precision >= " + params.minPrecision()
          + " on the out-of-fold probabilities; lower minPrecision");
    }
    return bestT;
  }
}
