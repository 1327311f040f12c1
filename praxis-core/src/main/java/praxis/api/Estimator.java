package praxis.api;

import praxis.data.Frame;
import praxis.data.Target;

/**
 * An algorithm with its hyperparameters: immutable; {@link #fit} produces a new {@link Model} and mutates
 * neither the estimator nor its inputs.
 *
 * <pre>{@code
 * Estimator<LogisticRegression.Params, LogisticRegressionModel> est = new LogisticRegression();
 * var model = est.withParams(est.params().withC(0.5)).fit(x, y);
 * }</pre>
 *
 * @param <P> hyperparameter record
 * @param <M> fitted model type
 */
public interface Estimator<P extends Params, M extends Model> {
  /** Current hyperparameters. */
  P params();

  /** A copy of this estimator with other hyperparameters. */
  Estimator<P, M> withParams(P params);

  /**
   * Fits on {@code x} and {@code y} (use {@link Target#none(int)} for unsupervised estimators).
   *
   * @throws IllegalArgumentException on empty input, wrong types, unsupported missing values, etc.
   */
  M fit(Frame x, Target y);

  /** Short registry name, e.g. {@code "logreg"}; by default the lower-case simple class name. */
  default String name() {
    return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }
}
