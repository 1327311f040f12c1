package praxis.boost;

import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Fits a model with one non-negative weight per row: the weak learner of {@link AdaBoostClassifier}. Any
 * estimator with a {@code fit(Frame, Target, double[])} method fits this shape through a method reference.
 *
 * <pre>{@code
 * WeightedLearner<DecisionStumpModel> stump = new DecisionStump()::fit;
 * var ada = new AdaBoostClassifier(AdaBoostClassifier.Params.DEFAULTS, stump);
 * }</pre>
 *
 * @param <M> the fitted model type
 */
@FunctionalInterface
public interface WeightedLearner<M extends Model> {
  /** Fits on {@code x, y} with {@code sampleWeight} (one weight &gt;= 0 per row). */
  M fit(Frame x, Target y, double[] sampleWeight);
}
