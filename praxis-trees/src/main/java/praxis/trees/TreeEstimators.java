package praxis.trees;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;
import praxis.trees.bagging.BaggingClassifier;
import praxis.trees.bagging.BaggingRegressor;
import praxis.trees.forest.ExtraTreesClassifier;
import praxis.trees.forest.ExtraTreesRegressor;
import praxis.trees.forest.RandomForestClassifier;
import praxis.trees.forest.RandomForestRegressor;

/**
 * Registers the tree, forest and bagging estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}). None needs scaling; all take numeric, boolean and
 * categorical columns and NaN natively.
 *
 * <pre>{@code
 * var est = praxis.api.Estimators.create("random_forest_classifier", java.util.Map.of("nTrees", "200"));
 * }</pre>
 */
public final class TreeEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("decision_tree_classifier", "CART classification tree (Gini/entropy, pruning)",
            Task.CLASSIFICATION, false, DecisionTreeClassifier::new),
        new EstimatorInfo("decision_tree_regressor", "CART regression tree (squared/absolute error, Poisson)",
            Task.REGRESSION, false, DecisionTreeRegressor::new),
        new EstimatorInfo("random_forest_classifier", "random forest, 100 trees", Task.CLASSIFICATION, false,
            RandomForestClassifier::new),
        new EstimatorInfo("random_forest_regressor", "random forest, 100 trees", Task.REGRESSION, false,
            RandomForestRegressor::new),
        new EstimatorInfo("extra_trees_classifier", "extremely randomized trees, 100 trees", Task.CLASSIFICATION,
            false, ExtraTreesClassifier::new),
        new EstimatorInfo("extra_trees_regressor", "extremely randomized trees, 100 trees", Task.REGRESSION, false,
            ExtraTreesRegressor::new),
        new EstimatorInfo("bagging_classifier", "bagging of decision trees (any estimator via the API)",
            Task.CLASSIFICATION, false, BaggingClassifier::new),
        new EstimatorInfo("bagging_regressor", "bagging of regression trees (any estimator via the API)",
            Task.REGRESSION, false, BaggingRegressor::new),
        new EstimatorInfo("balanced_random_forest_classifier",
            "random forest on class-balanced bootstrap samples (imbalanced classes)", Task.CLASSIFICATION, false,
            praxis.trees.forest.BalancedRandomForestClassifier::new),
        new EstimatorInfo("balanced_bagging_classifier",
            "bagging of decision trees on randomly undersampled balanced samples", Task.CLASSIFICATION, false,
            praxis.trees.bagging.BalancedBaggingClassifier::new));
  }
}
