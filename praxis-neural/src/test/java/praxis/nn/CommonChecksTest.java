package praxis.nn;

import org.junit.jupiter.api.Test;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** The network estimators pass the testkit's common checks (small settings keep them fast). */
class CommonChecksTest {
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final Fixtures.XY BLOBS = Fixtures.blobs(40, 3, 2, 11L);
  private static final Fixtures.XY LINEAR = Fixtures.linear(60, 3, 0.1, 5L);

  @Test
  void mlpClassifier() {
    var p = MLPClassifier.Params.DEFAULTS.withHidden("8").withBatches(16, 30);
    EstimatorChecks.runAll(Config.classifier(new MLPClassifier(p), BLOBS.x(), BLOBS.y()));
    EstimatorChecks.runAll(Config.classifier(new MLPClassifier(p.withBatchNorm(true).withDropout(0.1)
        .withEarlyStopping(true, 0.2)), Fixtures.standardize(IRIS.x()), IRIS.y()));
  }

  @Test
  void mlpRegressor() {
    var p = MLPRegressor.Params.DEFAULTS.withHidden("8,4").withBatches(16, 30);
    EstimatorChecks.runAll(Config.regressor(new MLPRegressor(p), LINEAR.x(), LINEAR.y()));
    EstimatorChecks.runAll(Config.regressor(new MLPRegressor(new MLPRegressor.Params(Loss.HUBER, "6",
        Activation.Fn.TANH, OptimizerKind.NESTEROV, 0.01, 8, 20, 1e-3, 0, false, false, 0.1, 5, 1e-4, 3L)),
        LINEAR.x(), LINEAR.y()));
  }
}
