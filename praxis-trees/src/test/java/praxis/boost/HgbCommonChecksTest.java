package praxis.boost;

import org.junit.jupiter.api.Test;
import praxis.io.Datasets;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** The histogram boosting estimators pass the testkit's common checks (NaN and infinities are supported). */
class HgbCommonChecksTest {
  private static final HistGradientBoostingClassifier.Params SMALL_C =
      HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(20);
  private static final HistGradientBoostingRegressor.Params SMALL_R =
      HistGradientBoostingRegressor.Params.DEFAULTS.withMaxIter(20);

  @Test
  void classifierMulticlass() {
    Fixtures.XY iris = Fixtures.xy("iris");
    EstimatorChecks.runAll(Config.classifier(new HistGradientBoostingClassifier(SMALL_C), iris.x(), iris.y())
        .nanSupported(true).infinitySupported(true));
  }

  @Test
  void classifierBinaryWithCategoricalColumns() {
    Datasets.XY bc = Datasets.xy("BreastCancer");
    EstimatorChecks.runAll(Config.classifier(new HistGradientBoostingClassifier(SMALL_C), bc.x(), bc.y())
        .nanSupported(true).infinitySupported(true));
  }

  @Test
  void regressor() {
    Fixtures.XY d = Fixtures.xy("diabetes");
    EstimatorChecks.runAll(Config.regressor(new HistGradientBoostingRegressor(SMALL_R), d.x(), d.y())
        .nanSupported(true).infinitySupported(true));
  }

  @Test
  void regressorCategoricalAndPoisson() {
    Datasets.XY s = Datasets.xy("Servo");
    EstimatorChecks.runAll(Config.regressor(new HistGradientBoostingRegressor(
        SMALL_R.withLoss(HistGradientBoostingRegressor.RegressionLoss.POISSON)), s.x(), s.y())
        .nanSupported(true).infinitySupported(true));
  }
}
