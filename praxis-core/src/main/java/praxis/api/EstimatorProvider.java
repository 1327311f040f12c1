package praxis.api;

import java.util.List;

/**
 * Service interface through which modules contribute estimators to {@link Estimators} (register the
 * implementation in {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * public final class ClassicEstimators implements EstimatorProvider {
 *   public List<EstimatorInfo> estimators() { return List.of(new EstimatorInfo("ols", ...)); }
 * }
 * }</pre>
 */
public interface EstimatorProvider {
  /** The estimators this module provides. */
  List<EstimatorInfo> estimators();
}
