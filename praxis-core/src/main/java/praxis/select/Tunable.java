package praxis.select;

import java.util.Map;
import praxis.api.Estimator;

/**
 * An estimator whose hyperparameters are not (only) its own record components, e.g. a composite whose
 * parts are addressed as {@code part.param}. Search and validation curves call {@link #withParameters}
 * instead of {@link praxis.api.Estimators#configure} when the estimator implements this interface
 * ({@link praxis.pipeline.Pipeline} and {@link praxis.pipeline.ColumnTransformer} are handled directly).
 *
 * <pre>{@code
 * // an ensemble of two models implementing Tunable could accept "first.c" and "second.maxDepth"
 * Estimator<?, ?> e = ((Tunable) ensemble).withParameters(Map.of("first.c", "0.5"));
 * }</pre>
 */
public interface Tunable {
  /**
   * A copy of this estimator with the named hyperparameters set from their text form (as
   * {@link praxis.api.ParamsCodec#format} writes them).
   *
   * @throws IllegalArgumentException naming an unknown parameter or a value that does not parse
   */
  Estimator<?, ?> withParameters(Map<String, String> values);
}
