package praxis.select;

import java.util.Map;
import praxis.api.Estimator;

/**
 * An estimator whose hyperparameters are not (only) its own record components, e.g. a pipeline whose
 * steps are addressed as {@code step.param}. Search and validation curves call {@link #withParameters}
 * instead of {@link praxis.api.Estimators#configure} when the estimator implements this interface.
 *
 * <pre>{@code
 * // a pipeline implementing Tunable accepts "scaler.withMean" and "logreg.c"
 * Estimator<?, ?> e = ((Tunable) pipeline).withParameters(Map.of("logreg.c", "0.5"));
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
