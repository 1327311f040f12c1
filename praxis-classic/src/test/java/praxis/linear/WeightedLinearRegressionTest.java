package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;

/**
 * {@link LinearRegression#fit(Frame, Target, double[])} against R 4.2.2 {@code lm(weights = w)}
 * ({@code reference/make_ols_summary_reference.R}, entry {@code diabetes_weighted}), relative tolerance 1e-9,
 * and against the equivalent fit on repeated rows.
 */
class WeightedLinearRegressionTest {

  private static JsonNode ref() {
    try (InputStream in = WeightedLinearRegressionTest.class.getResourceAsStream(
        "/reference/ols_summary_reference.json")) {
      return new ObjectMapper().readTree(in).get("diabetes_weighted");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void matchesRWeightedLm() {
    Datasets.XY d = Datasets.xy("diabetes");
    JsonNode r = ref();
    double[] w = new double[r.get("weights").size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = r.get("weights").get(i).asDouble();
    }
    LinearRegressionModel m = new LinearRegression().fit(d.x(), d.y(), w);
    double[] coef = m.coefficients();
    for (int j = 0; j < coef.length; j++) {
      double e = r.get("coef").get(j).asDouble();
      assertEquals(e, coef[j], 1e-9 * Math.abs(e), "coef " + j);
    }
    double b = r.get("intercept").asDouble();
    assertEquals(b, m.intercept(), 1e-9 * Math.abs(b));
  }

  @Test
  void integerWeightsEqualRepeatedRowsAndUnitWeightsEqualOls() {
    Datasets.XY d = Datasets.xy("diabetes");
    int n = d.x().rowCount();
    double[] w = new double[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = i % 3; // 0, 1, 2: zero weight drops the row
      total += (int) w[i];
    }
    int[] rows = new int[total];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < (int) w[i]; c++) {
        rows[k++] = i;
      }
    }
    LinearRegressionModel weighted = new LinearRegression().fit(d.x(), d.y(), w);
    LinearRegressionModel repeated = new LinearRegression().fit(d.x().rows(rows), d.y().rows(rows));
    assertClose(repeated.coefficients(), weighted.coefficients(), 1e-10);
    assertEquals(repeated.intercept(), weighted.intercept(), 1e-10 * Math.abs(repeated.intercept()));

    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    LinearRegressionModel ols = new LinearRegression().fit(d.x(), d.y());
    assertClose(ols.coefficients(), new LinearRegression().fit(d.x(), d.y(), ones).coefficients(), 1e-12);
    // without intercept too
    LinearRegression origin = new LinearRegression(new LinearRegression.Params(false));
    assertClose(origin.fit(d.x().rows(rows), d.y().rows(rows)).coefficients(),
        origin.fit(d.x(), d.y(), w).coefficients(), 1e-10);
  }

  @Test
  void badWeightsAreRejected() {
    Datasets.XY d = Datasets.xy("diabetes");
    int n = d.x().rowCount();
    LinearRegression lr = new LinearRegression();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> lr.fit(d.x(), d.y(), new double[n - 1]));
    assertTrue(e.getMessage().contains("sampleWeight") && e.getMessage().contains(String.valueOf(n)), e.getMessage());
    double[] neg = new double[n];
    Arrays.fill(neg, 1);
    neg[7] = -1;
    e = assertThrows(IllegalArgumentException.class, () -> lr.fit(d.x(), d.y(), neg));
    assertTrue(e.getMessage().contains("sampleWeight[7]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> lr.fit(d.x(), d.y(), new double[n]));
    assertTrue(e.getMessage().contains("positive"), e.getMessage());
  }

  private static void assertClose(double[] expected, double[] actual, double rtol) {
    assertEquals(expected.length, actual.length);
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], actual[j], rtol * Math.max(1, Math.abs(expected[j])), "coefficient " + j);
    }
  }
}
