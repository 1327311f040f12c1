package praxis.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.bayes.GaussianNB;
import praxis.data.Frame;
import praxis.dummy.DummyClassifier;
import praxis.dummy.DummyRegressor;
import praxis.io.ModelIO;
import praxis.linear.LinearRegression;
import praxis.linear.LogisticRegression;
import praxis.neighbors.KNeighborsClassifier;
import praxis.neighbors.KNeighborsRegressor;
import praxis.neighbors.Metric;
import praxis.neighbors.Weights;
import praxis.pipeline.Pipeline;
import praxis.pipeline.Preprocessing;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/**
 * Model files written by Praxis 0.1.0 (model format version 1), committed under {@code models/}: they must keep
 * loading and predicting like a fresh fit of the same estimator on the same data (house rule 8: every format
 * change keeps old files loading or refuses them clearly).
 */
class ModelFilesTest {

  /** The estimator and data behind each committed file. */
  static Map<String, Config> cases() {
    Fixtures.XY iris = Fixtures.xy("iris");
    Fixtures.XY diabetes = Fixtures.xy("diabetes");
    Frame irisZ = Fixtures.standardize(iris.x());
    Map<String, Config> m = new LinkedHashMap<>();
    m.put("dummy_classifier", Config.classifier(new DummyClassifier(
        new DummyClassifier.Params(DummyClassifier.Strategy.STRATIFIED, 42L, "")), iris.x(), iris.y()));
    m.put("dummy_regressor", Config.regressor(new DummyRegressor(
        new DummyRegressor.Params(DummyRegressor.Strategy.QUANTILE, 0.3, OptionalDouble.empty())), diabetes.x(),
        diabetes.y()));
    m.put("linear_regression", Config.regressor(new LinearRegression(), diabetes.x(), diabetes.y()));
    m.put("logistic_regression", Config.classifier(new LogisticRegression(), irisZ, iris.y()));
    m.put("gaussian_nb", Config.classifier(new GaussianNB(), iris.x(), iris.y()));
    m.put("knn_classifier", Config.classifier(new KNeighborsClassifier(
        KNeighborsClassifier.Params.DEFAULTS.withWeights(Weights.DISTANCE).withMetric(Metric.MANHATTAN, 2)),
        iris.x(), iris.y()));
    m.put("knn_regressor", Config.regressor(new KNeighborsRegressor(), diabetes.x(), diabetes.y()));
    // a whole pipeline on mixed data with missing values: imputers, ordinal and one-hot encoders, scaler,
    // column transformer and the final classifier, all nested in one file
    Fixtures.XY bc = Fixtures.xy("BreastCancer");
    m.put("pipeline_breastcancer_logistic_regression", Config.classifier(
        Pipeline.of(Preprocessing.standard(true), new LogisticRegression()), bc.x(), bc.y()));
    return m;
  }

  /**
   * Regenerates the committed files (only when the format version changes and the old files are kept
   * beside the new ones): {@code java -cp <test classpath> praxis.classic.ModelFilesTest OUTPUT_DIR}.
   */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    for (Map.Entry<String, Config> e : cases().entrySet()) {
      Config c = e.getValue();
      ModelIO.save(c.estimator().fit(c.x(), c.y()), dir.resolve(e.getKey() + ".praxis"));
    }
  }

  @Test
  void committedModelFilesLoadAndPredictLikeAFreshFit() throws URISyntaxException {
    for (Map.Entry<String, Config> e : cases().entrySet()) {
      Path file = Path.of(ModelFilesTest.class.getResource("/models/" + e.getKey() + ".praxis").toURI());
      Model loaded = ModelIO.load(file);
      Config c = e.getValue();
      Estimator<?, ?> est = c.estimator();
      Model fresh = est.fit(c.x(), c.y());
      assertEquals(fresh.getClass(), loaded.getClass(), e.getKey());
      assertEquals(c.x().schema(), loaded.inputSchema(), e.getKey());
      assertEquals(fresh.provenance().estimator(), loaded.provenance().estimator(), e.getKey());
      assertEquals("0.1.0", loaded.provenance().libraryVersion(), e.getKey());
      assertEquals(fresh.provenance().dataFingerprint(), loaded.provenance().dataFingerprint(), e.getKey());
      // predictions of the stored model equal those of a fresh fit (to 1e-9 for real values)
      EstimatorChecks.assertOutputsEqual(EstimatorChecks.outputs(c, fresh, c.x()),
          EstimatorChecks.outputs(c, loaded, c.x()), 1e-9, e.getKey() + " file vs fresh fit");
    }
  }
}
