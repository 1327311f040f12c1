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
        new EstimatorInfo("adaboost_classifier", "AdaBoost (SAMME / SAMME.R) over decision stumps",
            Task.CLASSIFICATION, false, AdaBoostClassifier::new),
        new EstimatorInfo("adaboost_regressor", "AdaBoost.R2 over depth-3 regression trees (weighted median)",
            Task.REGRESSION, false, AdaBoostRegressor::new),
        new EstimatorInfo("decision_stump", "weighted depth-1 classification tree (Gini)", Task.CLASSIFICATION,
            false, DecisionStump::new),
        new EstimatorInfo("hist_gradient_boosting_classifier", "histogram gradient boosting (binary/softmax), "
            + "native missing values and categorical columns", Task.CLASSIFICATION, false,
            HistGradientBoostingClassifier::new),
        new EstimatorInfo("hist_gradient_boosting_regressor", "histogram gradient boosting regression (squared, "
            + "absolute, Huber, quantile, Poisson), native missing values and categorical columns",
            Task.REGRESSION, false, HistGradientBoostingRegressor::new));
  }
}
