package praxis.outlier;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers {@link EllipticEnvelope} with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> env = Estimators.create("elliptic_envelope", Map.of("contamination", "0.05"));
 * }</pre>
 */
public final class EnvelopeEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(new EstimatorInfo("elliptic_envelope",
        "elliptic envelope: robust Gaussian (FastMCD) squared Mahalanobis distance", Task.OUTLIER_DETECTION, true,
        EllipticEnvelope::new));
  }
}
