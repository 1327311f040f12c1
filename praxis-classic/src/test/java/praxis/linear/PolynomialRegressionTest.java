package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Target;
import praxis.pipeline.Pipeline;
import praxis.pipeline.PipelineModel;
import praxis.preprocess.PolynomialFeatures;
import praxis.preprocess.PolynomialFeaturesModel;
import praxis.preprocess.StandardScaler;
import praxis.testkit.Fixtures;

/**
 * Polynomial regression through a pipeline against scikit-learn 1.2.1 ({@code
 * reference/make_polynomial_reference.py} -> {@code polynomial_reference.json}) on raw diabetes:
 * PolynomialFeatures(2) + StandardScaler + Ridge(alpha 0.1, 10), and PolynomialFeatures(2, interaction only) +
 * LinearRegression. Coefficients, intercepts and training predictions to 1e-6 relative to max(1, |value|);
 * output names exactly.
 */
class PolynomialRegressionTest {
  private static final double TOL = 1e-6;
  private static final JsonNode REF = load();
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");
  private static double worst;

  private static JsonNode load() {
    try (InputStream in = PolynomialRegressionTest.class.getResourceAsStream("/reference/polynomial_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void close(JsonNode expected, double[] actual, String what) {
    assertEquals(expected.size(), actual.length, what + " length");
    for (int i = 0; i < actual.length; i++) {
      close(expected.get(i).asDouble(), actual[i], what + "[" + i + "]");
    }
  }

  private static void close(double e, double a, String what) {
    double err = Math.abs(e - a) / Math.max(1, Math.abs(e));
    worst = Math.max(worst, err);
    assertTrue(err <= TOL, what + ": expected " + e + ", got " + a + " (error " + err + ")");
  }

  @Test
  void ridgeOnStandardizedSquaresAndProductsMatchesScikitLearn() {
    for (double alpha : new double[] {0.1, 10.0}) {
      JsonNode r = REF.get("ridge").get(Double.toString(alpha));
      PipelineModel m = Pipeline.of(new PolynomialFeatures(new PolynomialFeatures.Params(2, false, false)),
          new StandardScaler(), new Ridge(Ridge.Params.DEFAULTS.withAlpha(alpha))).fit(DIABETES.x(), DIABETES.y());
      RidgeModel ridge = (RidgeModel) m.finalModel();
      close(r.get("coef"), ridge.coefficients(), "ridge " + alpha + " coef");
      close(r.get("intercept").asDouble(), ridge.intercept(), "ridge " + alpha + " intercept");
      close(r.get("predictions"), ((praxis.api.Regressor) m).predict(DIABETES.x()), "ridge " + alpha + " predictions");
    }
    System.out.println("polynomial ridge vs scikit-learn: worst relative error " + worst);
  }

  @Test
  void leastSquaresOnInteractionsMatchesScikitLearn() {
    JsonNode r = REF.get("ols_interactions");
    PipelineModel m = Pipeline.of(new PolynomialFeatures(new PolynomialFeatures.Params(2, true, false)),
        new LinearRegression()).fit(DIABETES.x(), DIABETES.y());
    LinearRegressionModel ols = (LinearRegressionModel) m.finalModel();
    close(r.get("coef"), ols.coefficients(), "ols coef");
    close(r.get("intercept").asDouble(), ols.intercept(), "ols intercept");
    close(r.get("predictions"), ((praxis.api.Regressor) m).predict(DIABETES.x()), "ols predictions");
    System.out.println("polynomial OLS vs scikit-learn: worst relative error " + worst);
  }

  @Test
  void outputNamesAreScikitLearns() {
    Target none = Target.none(DIABETES.x().rowCount());
    PolynomialFeaturesModel cubic = new PolynomialFeatures(3).fit(DIABETES.x(), none);
    PolynomialFeaturesModel inter = new PolynomialFeatures(new PolynomialFeatures.Params(2, true, true))
        .fit(DIABETES.x(), none);
    assertEquals(strings(REF.get("names_degree3")), cubic.outputSchema().names());
    assertEquals(strings(REF.get("names_interactions")), inter.outputSchema().names());
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(v -> out.add(v.asText()));
    return out;
  }
}
