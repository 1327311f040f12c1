package praxis.classic;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;
import praxis.bayes.BernoulliNB;
import praxis.bayes.CategoricalNB;
import praxis.bayes.ComplementNB;
import praxis.bayes.GaussianNB;
import praxis.bayes.MultinomialNB;
import praxis.dummy.DummyClassifier;
import praxis.dummy.DummyRegressor;
import praxis.linear.LinearRegression;
import praxis.linear.LogisticRegression;
import praxis.neighbors.KNeighborsClassifier;
import praxis.neighbors.KNeighborsRegressor;
import praxis.neighbors.RadiusNeighborsClassifier;
import praxis.neighbors.RadiusNeighborsRegressor;

/**
 * Registers the praxis-classic estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> knn = Estimators.create("knn_classifier", Map.of("k", "3"));
 * }</pre>
 */
public final class ClassicEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("dummy_classifier", "baseline: most frequent class / priors / random, ignores features",
            Task.CLASSIFICATION, false, DummyClassifier::new),
        new EstimatorInfo("dummy_regressor", "baseline: mean / median / quantile / constant, ignores features",
            Task.REGRESSION, false, DummyRegressor::new),
        new EstimatorInfo("linear_regression", "ordinary least squares (pivoted QR)", Task.REGRESSION, false,
            LinearRegression::new),
        new EstimatorInfo("logistic_regression", "logistic regression, binary or multinomial, L2 penalty, L-BFGS",
            Task.CLASSIFICATION, true, LogisticRegression::new),
        new EstimatorInfo("gaussian_nb", "Gaussian naive Bayes", Task.CLASSIFICATION, false, GaussianNB::new),
        new EstimatorInfo("multinomial_nb", "multinomial naive Bayes for non-negative counts", Task.CLASSIFICATION,
            false, MultinomialNB::new),
        new EstimatorInfo("complement_nb", "complement naive Bayes for non-negative counts (imbalanced text)",
            Task.CLASSIFICATION, false, ComplementNB::new),
        new EstimatorInfo("bernoulli_nb", "Bernoulli naive Bayes for binary (binarized) features",
            Task.CLASSIFICATION, false, BernoulliNB::new),
        new EstimatorInfo("categorical_nb", "categorical naive Bayes for categorical columns / integer codes",
            Task.CLASSIFICATION, false, CategoricalNB::new),
        new EstimatorInfo("knn_classifier", "k-nearest-neighbours vote (brute force)", Task.CLASSIFICATION, true,
            KNeighborsClassifier::new),
        new EstimatorInfo("knn_regressor", "k-nearest-neighbours average (brute force)", Task.REGRESSION, true,
            KNeighborsRegressor::new),
        new EstimatorInfo("radius_neighbors_classifier", "vote of all training rows within a radius",
            Task.CLASSIFICATION, true, RadiusNeighborsClassifier::new),
        new EstimatorInfo("radius_neighbors_regressor", "average of all training rows within a radius",
            Task.REGRESSION, true, RadiusNeighborsRegressor::new));
  }
}
