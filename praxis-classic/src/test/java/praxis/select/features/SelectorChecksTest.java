package praxis.select.features;

import org.junit.jupiter.api.Test;
import praxis.io.Datasets;
import praxis.linear.Lasso;
import praxis.linear.LinearRegression;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;

/** The common estimator checks (determinism, validation, persistence, params round trip) on the selectors. */
class SelectorChecksTest {
  static final EstimatorChecks.Check NF = EstimatorChecks.Check.NON_FINITE;
  /** Fitting refuses NaN (tested in UnivariateReferenceTest); transform only picks columns, values pass through. */
  static final EstimatorChecks.Check PRT = EstimatorChecks.Check.PARAMS_ROUND_TRIP;
  static final String NESTED = "params hold the wrapped estimator, which has no DEFAULTS or string form";
  static final String PASS = "a fitted selector keeps columns without reading their values";

  @Test
  void selectorsPassTheCommonChecks() {
    Datasets.XY wine = Datasets.xy("wine");
    Datasets.XY diabetes = Datasets.xy("diabetes");
    EstimatorChecks.runAll(Config.transformer(VarianceThreshold::new, wine.x(), wine.y()).skip(NF, PASS));
    EstimatorChecks.runAll(Config.transformer(() -> new SelectKBest(UnivariateScores.Function.F_CLASSIF, 5),
        wine.x(), wine.y()).skip(NF, PASS));
    EstimatorChecks.runAll(Config.transformer(() -> new SelectPercentile(UnivariateScores.Function.CHI2, 50),
        wine.x(), wine.y()).skip(NF, PASS));
    EstimatorChecks.runAll(Config.transformer(VifElimination::new, diabetes.x(), diabetes.y()).skip(NF, PASS));
    EstimatorChecks.runAll(Config.transformer(CorrelationFilter::new, diabetes.x(), diabetes.y()).skip(NF, PASS));
    EstimatorChecks.runAll(Config.transformer(() -> new RFE(new RFE.Params(new LinearRegression(), 4, 2)),
        diabetes.x(), diabetes.y()).skip(NF, PASS).skip(PRT, NESTED));
    EstimatorChecks.runAll(Config.transformer(
        () -> new SelectFromModel(new SelectFromModel.Params(new Lasso(), "median", 0)), diabetes.x(), diabetes.y())
        .skip(NF, PASS).skip(PRT, NESTED));
  }
}
