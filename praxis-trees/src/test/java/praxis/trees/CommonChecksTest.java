package praxis.trees;

import org.junit.jupiter.api.Test;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;
import praxis.trees.bagging.BaggingClassifier;
import praxis.trees.bagging.BaggingRegressor;
import praxis.trees.forest.ExtraTreesClassifier;
import praxis.trees.forest.ExtraTreesRegressor;
import praxis.trees.forest.RandomForestClassifier;
import praxis.trees.forest.RandomForestRegressor;

/** Every praxis-trees estimator passes the testkit's common checks (NaN accepted, infinities refused). */
class CommonChecksTest {
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");

  @Test
  void decisionTrees() {
    EstimatorChecks.runAll(Config.classifier(DecisionTreeClassifier::new, IRIS.x(), IRIS.y()).nanSupported(true));
    var p = DecisionTreeClassifier.Params.DEFAULTS;
    EstimatorChecks.runAll(Config.classifier(new DecisionTreeClassifier(
        p.withCriterion(ClassificationCriterion.ENTROPY).withMaxLeafNodes(5).withMaxFeatures("sqrt")
            .withClassWeight(ClassWeight.BALANCED).withCcpAlpha(0.01)), IRIS.x(), IRIS.y()).nanSupported(true));
    EstimatorChecks.runAll(Config.regressor(DecisionTreeRegressor::new, DIABETES.x(), DIABETES.y())
        .nanSupported(true));
    for (RegressionCriterion c : RegressionCriterion.values()) {
      EstimatorChecks.runAll(Config.regressor(new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS
          .withCriterion(c).withMaxDepth(5)), DIABETES.x(), DIABETES.y()).nanSupported(true));
    }
  }

  @Test
  void forests() {
    EstimatorChecks.runAll(Config.classifier(new RandomForestClassifier(RandomForestClassifier.DEFAULTS
        .withNTrees(8).withOobScore(true)), IRIS.x(), IRIS.y()).nanSupported(true));
    EstimatorChecks.runAll(Config.regressor(new RandomForestRegressor(RandomForestRegressor.DEFAULTS
        .withNTrees(6).withMaxDepth(6).withOobScore(true)), DIABETES.x(), DIABETES.y()).nanSupported(true));
    EstimatorChecks.runAll(Config.classifier(new ExtraTreesClassifier(ExtraTreesClassifier.DEFAULTS
        .withNTrees(8)), IRIS.x(), IRIS.y()).nanSupported(true));
    EstimatorChecks.runAll(Config.regressor(new ExtraTreesRegressor(ExtraTreesRegressor.DEFAULTS
        .withNTrees(6).withMaxDepth(6)), DIABETES.x(), DIABETES.y()).nanSupported(true));
    // histogram split search
    EstimatorChecks.runAll(Config.classifier(new RandomForestClassifier(RandomForestClassifier.DEFAULTS
        .withNTrees(8).withMaxBins(16).withOobScore(true)), IRIS.x(), IRIS.y()).nanSupported(true));
    EstimatorChecks.runAll(Config.regressor(new RandomForestRegressor(RandomForestRegressor.DEFAULTS
        .withNTrees(6).withMaxDepth(6).withMaxBins(32)), DIABETES.x(), DIABETES.y()).nanSupported(true));
  }

  @Test
  void bagging() {
    EstimatorChecks.runAll(Config.classifier(new BaggingClassifier(BaggingClassifier.DEFAULTS
        .withNEstimators(5).withMaxFeatures(0.75).withOobScore(true)), IRIS.x(), IRIS.y()).nanSupported(true));
    EstimatorChecks.runAll(Config.regressor(new BaggingRegressor(new DecisionTreeRegressor(
        DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(4)), BaggingRegressor.DEFAULTS.withNEstimators(5)
        .withOobScore(true)), DIABETES.x(), DIABETES.y()).nanSupported(true));
  }
}
