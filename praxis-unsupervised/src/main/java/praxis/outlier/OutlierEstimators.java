package praxis.outlier;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the outlier detectors with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> f = Estimators.create("isolation_forest", Map.of("nEstimators", "200"));
 * }</pre>
 */
public final class OutlierEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("isolation_forest", "isolation forest: anomalies are isolated by few random splits",
            Task.OUTLIER_DETECTION, false, IsolationForest::new),
        new EstimatorInfo("local_outlier_factor", "local outlier factor: density relative to the k neighbours",
            Task.OUTLIER_DETECTION, true, LocalOutlierFactor::new));
  }
}
