package praxis.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;
import praxis.api.Task;
import praxis.io.ModelIO;
import praxis.neighbors.KNeighborsClassifier;

class RegistryTest {
  private static final List<String> NAMES = List.of("dummy_classifier", "dummy_regressor", "gaussian_nb",
      "knn_classifier", "knn_regressor", "linear_regression", "logistic_regression");

  @Test
  void everyEstimatorIsRegisteredWithItsNameTaskAndCodec() {
    for (String name : NAMES) {
      EstimatorInfo info = Estimators.info(name);
      Estimator<?, ?> e = info.factory().get();
      assertEquals(name, e.name(), "estimator name() equals its registry name");
      assertFalse(info.description().isBlank());
      assertTrue(ModelIO.codecs().containsKey(name), "a model codec is registered for " + name);
    }
    assertEquals(Task.REGRESSION, Estimators.info("linear_regression").task());
    assertEquals(Task.CLASSIFICATION, Estimators.info("gaussian_nb").task());
    assertTrue(Estimators.info("logistic_regression").scaleSensitive());
    assertTrue(Estimators.info("knn_classifier").scaleSensitive());
    assertTrue(Estimators.info("knn_regressor").scaleSensitive());
    assertFalse(Estimators.info("gaussian_nb").scaleSensitive());
  }

  @Test
  void createsConfiguredEstimatorsFromStrings() {
    var e = (KNeighborsClassifier) Estimators.create("knn_classifier",
        Map.of("k", "3", "metric", "manhattan", "weights", "distance", "nThreads", "2"));
    assertEquals(3, e.params().k());
    assertEquals(praxis.neighbors.Metric.MANHATTAN, e.params().metric());
    assertEquals(2, e.params().nThreads());
  }
}
