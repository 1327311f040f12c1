package praxis.nn;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the praxis-neural estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}), so the CLI lists and trains them.
 *
 * <pre>{@code
 * Estimator<?, ?> mlp = Estimators.create("mlp_classifier", Map.of("hiddenLayerSizes", "256,128"));
 * }</pre>
 */
public final class NeuralEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("mlp_classifier", "multi-layer perceptron, softmax output, Adam/SGD/..., dropout, batch "
            + "norm, early stopping", Task.CLASSIFICATION, true, MLPClassifier::new),
        new EstimatorInfo("mlp_regressor", "multi-layer perceptron regression (MSE/MAE/Huber) on the standardized "
            + "target", Task.REGRESSION, true, MLPRegressor::new));
  }
}
