package praxis.calibration;

import org.junit.jupiter.api.Test;
import praxis.bayes.GaussianNB;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** The calibration estimators pass the testkit's common checks. */
class CalibrationChecksTest {
  @Test
  void isotonicRegression() {
    Fixtures.XY d = Fixtures.xy("diabetes");
    EstimatorChecks.runAll(Config.regressor(IsotonicRegression::new, d.x().select("bmi"), d.y()));
    EstimatorChecks.runAll(Config.regressor(new IsotonicRegression(IsotonicRegression.Params.DEFAULTS
        .withIncreasing(false).withOutOfBounds(IsotonicRegression.OutOfBounds.CLIP)), d.x().select("s3"), d.y()));
  }

  @Test
  void calibratedClassifier() {
    Fixtures.XY iris = Fixtures.xy("iris");
    EstimatorChecks.runAll(Config.classifier(() -> new CalibratedClassifier(new GaussianNB(),
        CalibratedClassifier.Params.DEFAULTS), iris.x(), iris.y()));
    EstimatorChecks.runAll(Config.classifier(() -> new CalibratedClassifier(new GaussianNB(),
        CalibratedClassifier.Params.DEFAULTS.withMethod(CalibratedClassifier.Method.ISOTONIC).withCv(3)),
        iris.x(), iris.y()));
  }
}
