package praxis.metrics;

import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Scores a fitted model on data; higher is always better (losses are negated, as in scikit-learn's
 * {@code neg_*} scorers). Used by cross-validation, search and learning curves.
 *
 * <pre>{@code
 * Scorer acc = Scorers.ACCURACY;
 * double s = acc.score(model, xTest, yTest);
 * }</pre>
 */
@FunctionalInterface
public interface Scorer {
  /** The score of {@code model} on {@code x, y}; higher is better. */
  double score(Model model, Frame x, Target y);

  /** Name for tables and reports; defaults to the class name. */
  default String name() {
    return getClass().getSimpleName();
  }
}
