package praxis.classic;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.linear.ElasticNet;
import praxis.linear.Lasso;
import praxis.linear.LogisticRegression;
import praxis.linear.Ridge;
import praxis.linear.SGDClassifier;
import praxis.linear.SGDRegressor;
import praxis.neighbors.KNeighborsClassifier;
import praxis.neighbors.KNeighborsRegressor;
import praxis.neighbors.RadiusNeighborsClassifier;
import praxis.neighbors.RadiusNeighborsRegressor;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/**
 * The estimators with a sparse path pass the testkit's common checks (idempotence, thread invariance, input
 * unchanged, empty / non-finite / schema errors, save-load round trip, row subsets) on sparse frames: the
 * standardized fixtures with their negative values clipped to 0 (about half the cells), stored sparsely.
 */
class SparseChecksTest {
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");

  /** Standardized, negatives set to 0, stored as sparse columns. */
  private static Frame sparseCopy(Frame x) {
    double[][] a = Fixtures.standardize(x).toRowArrays();
    for (double[] r : a) {
      for (int j = 0; j < r.length; j++) {
        r[j] = Math.max(0, r[j]);
      }
    }
    List<String> names = new ArrayList<>();
    for (Column c : x.columns()) {
      names.add(c.name());
    }
    Frame s = Frame.ofCsr(praxis.linalg.CsrMatrix.fromDense(a), names);
    if (!s.hasSparseColumns()) {
      throw new AssertionError("expected sparse columns");
    }
    return s;
  }

  @Test
  void classifiers() {
    Frame x = sparseCopy(IRIS.x());
    EstimatorChecks.runAll(Config.classifier(LogisticRegression::new, x, IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(new LogisticRegression(LogisticRegression.Params.DEFAULTS
        .withPenalty(LogisticRegression.Penalty.L1)), x, IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(SGDClassifier::new, x, IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(KNeighborsClassifier::new, x, IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(new RadiusNeighborsClassifier(RadiusNeighborsClassifier.Params.DEFAULTS
        .withRadius(1.5).withOutlierLabel(RadiusNeighborsClassifier.MOST_FREQUENT)), x, IRIS.y()));
  }

  @Test
  void regressors() {
    Frame x = sparseCopy(DIABETES.x());
    EstimatorChecks.runAll(Config.regressor(SGDRegressor::new, x, DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new Lasso(Lasso.Params.DEFAULTS.withAlpha(0.1)), x, DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(ElasticNet::new, x, DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(Ridge::new, x, DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(KNeighborsRegressor::new, x, DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new RadiusNeighborsRegressor(RadiusNeighborsRegressor.Params.DEFAULTS
        .withRadius(2.0).withOutlierValue(0)), x, DIABETES.y()));
  }
}
