package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;
import praxis.api.Task;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** The penalized linear regressors pass the testkit's common checks and are registered for the CLI. */
class PenalizedChecksTest {
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");

  @Test
  void ridge() {
    EstimatorChecks.runAll(Config.regressor(Ridge::new, DIABETES.x(), DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new Ridge(new Ridge.Params(0.3, false, Ridge.Solver.SVD)),
        DIABETES.x(), DIABETES.y()));
  }

  @Test
  void lassoAndElasticNet() {
    EstimatorChecks.runAll(Config.regressor(Lasso::new, DIABETES.x(), DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(ElasticNet::new, DIABETES.x(), DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new ElasticNet(ElasticNet.Params.DEFAULTS.withAlpha(0.01)
        .withL1Ratio(0.8).withFitIntercept(false)), Fixtures.standardize(DIABETES.x()), DIABETES.y()));
  }

  @Test
  void crossValidated() {
    EstimatorChecks.runAll(Config.regressor(LassoCV::new, DIABETES.x(), DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new ElasticNetCV(ElasticNetCV.Params.DEFAULTS.withL1Ratios(0.2, 0.9)
        .withFolds(3)), DIABETES.x(), DIABETES.y()));
  }

  @Test
  void registeredWithNameTaskScaleSensitivityAndCodec() {
    for (String name : List.of("ridge", "lasso", "elastic_net", "lasso_cv", "elastic_net_cv")) {
      EstimatorInfo info = Estimators.info(name);
      Estimator<?, ?> e = info.factory().get();
      assertEquals(name, e.name(), "estimator name() equals its registry name");
      assertEquals(Task.REGRESSION, info.task());
      assertTrue(info.scaleSensitive(), name + " is scale-sensitive");
      assertTrue(ModelIO.codecs().containsKey(name), "a model codec is registered for " + name);
    }
  }
}
