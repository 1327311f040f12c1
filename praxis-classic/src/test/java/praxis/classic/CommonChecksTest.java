package praxis.classic;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import praxis.bayes.BernoulliNB;
import praxis.bayes.CategoricalNB;
import praxis.bayes.ComplementNB;
import praxis.bayes.GaussianNB;
import praxis.bayes.MultinomialNB;
import praxis.dummy.DummyClassifier;
import praxis.dummy.DummyRegressor;
import praxis.linear.LinearRegression;
import praxis.linear.LogisticRegression;
import praxis.linear.SGDClassifier;
import praxis.linear.SGDMode;
import praxis.linear.SGDRegressor;
import praxis.neighbors.KNeighborsClassifier;
import praxis.neighbors.KNeighborsRegressor;
import praxis.neighbors.Metric;
import praxis.neighbors.Weights;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** Every praxis-classic estimator passes the testkit's common checks. */
class CommonChecksTest {
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");
  private static final Fixtures.XY BLOBS = Fixtures.blobs(40, 3, 2, 11L);

  @Test
  void dummyClassifierAllStrategies() {
    for (DummyClassifier.Strategy s : DummyClassifier.Strategy.values()) {
      var p = new DummyClassifier.Params(s, 3L, s == DummyClassifier.Strategy.CONSTANT ? "versicolor" : "");
      EstimatorChecks.runAll(Config.classifier(new DummyClassifier(p), IRIS.x(), IRIS.y())
          .nanSupported(true).infinitySupported(true));
    }
  }

  @Test
  void dummyRegressorAllStrategies() {
    for (DummyRegressor.Strategy s : DummyRegressor.Strategy.values()) {
      var p = new DummyRegressor.Params(s, 0.25,
          s == DummyRegressor.Strategy.CONSTANT ? OptionalDouble.of(1.5) : OptionalDouble.empty());
      EstimatorChecks.runAll(Config.regressor(new DummyRegressor(p), DIABETES.x(), DIABETES.y())
          .nanSupported(true).infinitySupported(true));
    }
  }

  @Test
  void linearRegression() {
    EstimatorChecks.runAll(Config.regressor(LinearRegression::new, DIABETES.x(), DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new LinearRegression(new LinearRegression.Params(false)),
        DIABETES.x(), DIABETES.y()));
  }

  @Test
  void logisticRegressionBinaryAndMultinomial() {
    EstimatorChecks.runAll(Config.classifier(LogisticRegression::new, BLOBS.x(), BLOBS.y()));
    EstimatorChecks.runAll(Config.classifier(new LogisticRegression(), Fixtures.standardize(IRIS.x()), IRIS.y()));
  }

  @Test
  void sgdClassifierProbabilisticAndNot() {
    var xs = Fixtures.standardize(IRIS.x());
    for (SGDClassifier.Loss loss : SGDClassifier.Loss.values()) {
      EstimatorChecks.runAll(Config.classifier(new SGDClassifier(SGDClassifier.Params.DEFAULTS.withLoss(loss)), xs,
          IRIS.y()));
    }
    EstimatorChecks.runAll(Config.classifier(new SGDClassifier(SGDClassifier.Params.DEFAULTS
        .withLoss(SGDClassifier.Loss.LOG).withMode(SGDMode.MINI_BATCH, 8)), BLOBS.x(), BLOBS.y()));
  }

  @Test
  void sgdRegressor() {
    var xs = Fixtures.standardize(DIABETES.x());
    for (SGDRegressor.Loss loss : SGDRegressor.Loss.values()) {
      EstimatorChecks.runAll(Config.regressor(new SGDRegressor(SGDRegressor.Params.DEFAULTS.withLoss(loss, 1.0)), xs,
          DIABETES.y()));
    }
  }

  @Test
  void gaussianNB() {
    EstimatorChecks.runAll(Config.classifier(GaussianNB::new, IRIS.x(), IRIS.y()));
  }

  @Test
  void discreteNaiveBayes() {
    EstimatorChecks.runAll(Config.classifier(MultinomialNB::new, IRIS.x(), IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(ComplementNB::new, IRIS.x(), IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(BernoulliNB::new, Fixtures.standardize(IRIS.x()), IRIS.y()));
    Fixtures.XY bc = Fixtures.xy("BreastCancer");
    int[] complete = java.util.stream.IntStream.range(0, bc.x().rowCount())
        .filter(i -> bc.x().columns().stream().noneMatch(c -> c.isMissing(i))).toArray();
    EstimatorChecks.runAll(Config.classifier(CategoricalNB::new, bc.x().rows(complete), bc.y().rows(complete)));
  }

  @Test
  void kNeighborsClassifierAllMetrics() {
    for (Metric m : Metric.values()) {
      for (Weights w : Weights.values()) {
        var p = KNeighborsClassifier.Params.DEFAULTS.withMetric(m, 3.0).withWeights(w).withK(7);
        EstimatorChecks.runAll(Config.classifier(new KNeighborsClassifier(p), IRIS.x(), IRIS.y()));
      }
    }
  }

  @Test
  void kNeighborsRegressor() {
    for (Weights w : Weights.values()) {
      var p = KNeighborsRegressor.Params.DEFAULTS.withWeights(w);
      EstimatorChecks.runAll(Config.regressor(new KNeighborsRegressor(p), DIABETES.x(), DIABETES.y()));
    }
  }
}
