package praxis.boost;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the boosting estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> gb = Estimators.create("hist_gradient_boosting_classifier", Map.of("maxIter", "200"));
 * }</pre>
 */
public final class BoostEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("hist_gradient_boosting_classifier", "histogram gradient boosting (binary/softmax), "
            + "native missing values and categorical columns", Task.CLASSIFICATION, false,
            HistGradientBoostingClassifier::new),
        new EstimatorInfo("hist_gradient_boosting_regressor", "histogram gradient boosting regression (squared, "
            + "absolute, Huber, quantile, Poisson), native missing values and categorical columns",
            Task.REGRESSION, false, HistGradientBoostingRegressor::new));
  }
}
