package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.preprocess.OneHotEncoder;

/**
 * {@link RegressionSummary} against R 4.2.2 {@code summary(lm)}, {@code confint}, {@code logLik},
 * {@code AIC}/{@code BIC} and VIF ({@code reference/make_ols_summary_reference.R} ->
 * {@code ols_summary_reference.json}), relative tolerance 1e-6 (measured worst case 3.7e-13 over both datasets).
 */
class RegressionSummaryTest {
  static final double RTOL = 1e-6;
  private static final JsonNode REF = load();
  private static double worst;

  private static JsonNode load() {
    try (InputStream in = RegressionSummaryTest.class.getResourceAsStream("/reference/ols_summary_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] vec(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  private static void close(double expected, double actual, String what) {
    double err = Math.abs(actual - expected) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
    worst = Math.max(worst, err);
    assertTrue(err <= RTOL, what + ": expected " + expected + ", got " + actual + " (relative error " + err + ")");
  }

  private static void close(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      close(expected[i], actual[i], what + "[" + i + "]");
    }
  }

  private static void compare(JsonNode r, RegressionSummary s) {
    close(vec(r.get("estimate")), s.estimates(), "estimate");
    close(vec(r.get("std_error")), s.standardErrors(), "std error");
    close(vec(r.get("t")), s.tValues(), "t");
    close(vec(r.get("p")), s.pValues(), "p");
    close(vec(r.get("ci_low")), s.confidenceLower(), "ci low");
    close(vec(r.get("ci_high")), s.confidenceUpper(), "ci high");
    close(r.get("sigma").asDouble(), s.sigma(), "sigma");
    assertEquals(r.get("df_residual").asInt(), s.residualDf());
    assertEquals(r.get("n").asInt(), s.observations());
    close(r.get("r_squared").asDouble(), s.rSquared(), "R^2");
    close(r.get("adj_r_squared").asDouble(), s.adjustedRSquared(), "adjusted R^2");
    close(r.get("f_statistic").asDouble(), s.fStatistic(), "F");
    assertEquals(r.get("f_df1").asInt(), s.fDf1());
    close(r.get("f_p_value").asDouble(), s.fPValue(), "F p-value");
    close(r.get("log_likelihood").asDouble(), s.logLikelihood(), "log-likelihood");
    close(r.get("aic").asDouble(), s.aic(), "AIC (statsmodels)");
    close(r.get("bic").asDouble(), s.bic(), "BIC (statsmodels)");
    close(r.get("r_aic").asDouble() - 2, s.aic(), "R AIC - 2");
    close(vec(r.get("vif")), s.vif(), "VIF");
    close(vec(r.get("car_vif")), s.vif(), "car::vif");
    double[] tol = s.tolerance();
    for (int j = 0; j < tol.length; j++) {
      close(1 / r.get("vif").get(j).asDouble(), tol[j], "tolerance[" + j + "]");
    }
    System.out.printf("RegressionSummary vs R: worst relative error so far %.2e%n", worst);
  }

  @Test
  void diabetesMatchesR() {
    Datasets.XY d = Datasets.xy("diabetes");
    RegressionSummary s = new LinearRegression().summary(d.x(), d.y());
    JsonNode r = REF.get("diabetes");
    compare(r, s);
    // 90% intervals
    RegressionSummary s90 = RegressionSummary.of(d.x(), d.y(), 0.90);
    close(vec(r.get("ci90_low")), s90.confidenceLower(), "90% ci low");
    close(vec(r.get("ci90_high")), s90.confidenceUpper(), "90% ci high");
    assertEquals(0.90, s90.level());
    // coefficients agree with the fitted estimator
    LinearRegressionModel m = new LinearRegression().fit(d.x(), d.y());
    assertEquals(m.intercept(), s.estimates()[0], 1e-9 * Math.abs(m.intercept()));
    assertEquals(List.of("(Intercept)", "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"), s.terms());
  }

  @Test
  void servoOneHotMatchesRTreatmentContrasts() {
    Datasets.XY d = Datasets.xy("Servo");
    OneHotEncoder enc = new OneHotEncoder(new OneHotEncoder.Params(OneHotEncoder.HandleUnknown.ERROR,
        OneHotEncoder.Drop.FIRST, OneHotEncoder.Missing.ERROR, OneHotEncoder.Categories.DECLARED));
    Frame x = enc.fit(d.x(), Target.none(d.x().rowCount())).transform(d.x());
    RegressionSummary s = RegressionSummary.of(x, d.y());
    JsonNode r = REF.get("servo");
    assertEquals(r.get("names").size(), x.columnCount());
    for (int j = 0; j < x.columnCount(); j++) {
      assertEquals(r.get("names").get(j).asText(), x.column(j).name().replace("=", ""));
    }
    compare(r, s);
  }

  @Test
  void servoThroughDropFirstPreprocessingMatchesR() {
    // the design the CLI's `train --model linear_regression --summary` fits: standard preprocessing with the
    // first level of every nominal column dropped (Servo has only nominal features, nothing is scaled)
    Datasets.XY d = Datasets.xy("Servo");
    praxis.pipeline.ColumnTransformerModel ct = praxis.pipeline.Preprocessing.standard(false, OneHotEncoder.Drop.FIRST)
        .fit(d.x(), d.y());
    Frame x = ct.transform(d.x());
    JsonNode r = REF.get("servo");
    assertEquals(r.get("names").size(), x.columnCount());
    for (int j = 0; j < x.columnCount(); j++) {
      String name = x.column(j).name();
      assertTrue(name.replace("=", "").endsWith(r.get("names").get(j).asText()), name);
    }
    compare(r, RegressionSummary.of(x, d.y()));
    // the same design with every level kept is rank-deficient, and says which column
    Frame full = praxis.pipeline.Preprocessing.standard(false).fit(d.x(), d.y()).transform(d.x());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegressionSummary.of(full, d.y()));
    assertTrue(e.getMessage().contains("Motor"), e.getMessage());
  }

  @Test
  void tableLooksLikeR() {
    Datasets.XY d = Datasets.xy("diabetes");
    String t = RegressionSummary.of(d.x(), d.y()).table();
    System.out.println(t);
    assertTrue(t.contains("Coefficients:"), t);
    assertTrue(t.contains("(Intercept)"), t);
    assertTrue(t.contains("Residual standard error: 54.15 on 431 degrees of freedom"), t);
    assertTrue(t.contains("Multiple R-squared:  0.5177,\tAdjusted R-squared:  0.5066"), t);
    assertTrue(t.contains("F-statistic: 46.27 on 10 and 431 DF,  p-value: < 2e-16"), t);
    assertTrue(t.contains("Signif. codes"), t);
    assertTrue(t.contains("Variance inflation factors:"), t);
  }

  @Test
  void rankDeficientDesignsNameTheColumns() {
    Datasets.XY d = Datasets.xy("diabetes");
    int n = d.x().rowCount();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 3.0);
    Frame withConst = d.x().with(DoubleColumn.of("const", ones));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RegressionSummary.of(withConst, d.y()));
    assertTrue(e.getMessage().contains("const") && e.getMessage().contains("constant"), e.getMessage());

    double[] bmi = new double[n];
    for (int i = 0; i < n; i++) {
      bmi[i] = d.x().getDouble(i, 2);
    }
    Frame withDup = d.x().with(DoubleColumn.of("bmi_copy", bmi));
    e = assertThrows(IllegalArgumentException.class, () -> RegressionSummary.of(withDup, d.y()));
    assertTrue(e.getMessage().contains("'bmi_copy' duplicates 'bmi'"), e.getMessage());

    double[] sum = new double[n];
    for (int i = 0; i < n; i++) {
      sum[i] = d.x().getDouble(i, 0) + 2 * d.x().getDouble(i, 3);
    }
    Frame withCombo = d.x().with(DoubleColumn.of("age_plus_2bp", sum));
    e = assertThrows(IllegalArgumentException.class, () -> RegressionSummary.of(withCombo, d.y()));
    assertTrue(e.getMessage().contains("age_plus_2bp") && e.getMessage().contains("age")
        && e.getMessage().contains("bp") && !e.getMessage().contains("s6"), e.getMessage());
  }

  @Test
  void badArguments() {
    Datasets.XY d = Datasets.xy("diabetes");
    assertThrows(IllegalArgumentException.class, () -> RegressionSummary.of(d.x(), d.y(), 1.0));
    assertThrows(IllegalArgumentException.class, () -> RegressionSummary.of(d.x().rowRange(0, 11), d.y().rows(
        java.util.stream.IntStream.range(0, 11).toArray())));
    assertThrows(IllegalStateException.class,
        () -> new LinearRegression(new LinearRegression.Params(false)).summary(d.x(), d.y()));
  }
}
