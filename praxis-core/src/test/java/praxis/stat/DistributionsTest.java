package praxis.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Distribution functions against SciPy 1.10.1 ({@code reference/stat/make_stat_reference.py} ->
 * {@code stat_reference.json}) and against printed statistical tables.
 */
class DistributionsTest {
  /** Relative tolerance met against SciPy for every tabulated case (measured worst case 2.2e-13, Normal.cdf at z = -37; most groups below 2e-14). */
  static final double RTOL = 1e-12;
  private static final JsonNode REF = load();

  private static JsonNode load() {
    try (InputStream in = DistributionsTest.class.getResourceAsStream("/reference/stat/stat_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Checks every row of a reference group: the last element is the expected value, the rest the inputs. */
  private static void group(String name, double rtol, ToDoubleFunction<double[]> f) {
    JsonNode rows = REF.get(name);
    assertTrue(rows != null && rows.size() > 0, name);
    double worst = 0;
    for (JsonNode r : rows) {
      double[] in = new double[r.size() - 1];
      for (int i = 0; i < in.length; i++) {
        in[i] = r.get(i).asDouble();
      }
      double expected = r.get(in.length).asDouble();
      double actual = f.applyAsDouble(in);
      double err = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
      worst = Math.max(worst, err);
      assertTrue(err <= rtol, name + " " + r + ": got " + actual + ", relative error " + err);
    }
    System.out.printf("%-10s worst relative error %.2e%n", name, worst);
  }

  @Test
  void specialFunctionsMatchScipy() {
    group("lgamma", RTOL, a -> SpecialFunctions.logGamma(a[0]));
    group("ibeta", RTOL, a -> SpecialFunctions.regularizedBeta(a[2], a[0], a[1]));
    group("igamma_p", RTOL, a -> SpecialFunctions.regularizedGammaP(a[0], a[1]));
    group("igamma_q", RTOL, a -> SpecialFunctions.regularizedGammaQ(a[0], a[1]));
  }

  @Test
  void normalMatchesScipy() {
    group("norm_cdf", RTOL, a -> Normal.STANDARD.cdf(a[0]));
    group("norm_sf", RTOL, a -> Normal.STANDARD.sf(a[0]));
    group("norm_ppf", RTOL, a -> Normal.STANDARD.quantile(a[0]));
    group("norm_isf", RTOL, a -> Normal.STANDARD.isf(a[0]));
  }

  @Test
  void studentTMatchesScipy() {
    group("t_cdf", RTOL, a -> new StudentT(a[0]).cdf(a[1]));
    group("t_sf", RTOL, a -> new StudentT(a[0]).sf(a[1]));
    group("t_ppf", RTOL, a -> new StudentT(a[0]).quantile(a[1]));
    group("t_isf", RTOL, a -> new StudentT(a[0]).isf(a[1]));
  }

  @Test
  void fisherFMatchesScipy() {
    group("f_cdf", RTOL, a -> new FisherF(a[0], a[1]).cdf(a[2]));
    group("f_sf", RTOL, a -> new FisherF(a[0], a[1]).sf(a[2]));
    group("f_ppf", RTOL, a -> new FisherF(a[0], a[1]).quantile(a[2]));
  }

  @Test
  void chiSquaredMatchesScipy() {
    group("chi2_cdf", RTOL, a -> new ChiSquared(a[0]).cdf(a[1]));
    group("chi2_sf", RTOL, a -> new ChiSquared(a[0]).sf(a[1]));
    group("chi2_ppf", RTOL, a -> new ChiSquared(a[0]).quantile(a[1]));
  }

  /** Two-sided 5% critical values t(0.975; df) from a standard printed t table (3 decimals). */
  @Test
  void tTable() {
    double[] df = {1, 2, 5, 10, 30, Double.POSITIVE_INFINITY};
    double[] table = {12.706, 4.303, 2.571, 2.228, 2.042, 1.960};
    for (int i = 0; i < df.length; i++) {
      assertEquals(table[i], new StudentT(df[i]).quantile(0.975), 5e-4, "df " + df[i]);
    }
  }

  /** Upper critical values of F and chi-squared from printed tables. */
  @Test
  void fAndChiSquaredTables() {
    assertEquals(3.10, new FisherF(3, 20).quantile(0.95), 5e-3);
    assertEquals(3.33, new FisherF(5, 10).quantile(0.95), 5e-3);
    assertEquals(7.56, new FisherF(2, 10).quantile(0.99), 5e-3);
    assertEquals(161.4, new FisherF(1, 1).quantile(0.95), 5e-2);
    assertEquals(3.841, new ChiSquared(1).quantile(0.95), 5e-4);
    assertEquals(5.991, new ChiSquared(2).quantile(0.95), 5e-4);
    assertEquals(18.307, new ChiSquared(10).quantile(0.95), 5e-4);
    assertEquals(15.086, new ChiSquared(5).quantile(0.99), 5e-4);
  }

  @Test
  void closedFormsAndIdentities() {
    // Cauchy (t with 1 df): cdf = 1/2 + atan(t)/pi; t with 2 df: cdf = 1/2 + t / (2 sqrt(2 + t^2))
    for (double t : new double[] {-5, -0.3, 0.7, 4}) {
      assertEquals(0.5 + Math.atan(t) / Math.PI, new StudentT(1).cdf(t), 1e-15);
      assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), new StudentT(2).cdf(t), 1e-15);
    }
    // chi2 with 2 df is exponential(1/2): sf = exp(-x/2), exact also far in the tail
    assertEquals(Math.exp(-500), new ChiSquared(2).sf(1000), 1e-13 * Math.exp(-500));
    // the upper tail keeps relative precision where 1 - cdf would be 0
    double tiny = new StudentT(10).sf(1e4);
    assertTrue(tiny > 0 && tiny < 1e-35);
    assertEquals(1.0, new StudentT(10).cdf(1e4));
    // quantile inverts cdf; isf inverts sf
    StudentT t5 = new StudentT(5);
    for (double p : new double[] {1e-200, 1e-9, 0.2, 0.5, 0.8}) {
      double x = t5.quantile(p);
      assertEquals(p, t5.cdf(x), 1e-13 * p);
      assertEquals(p, t5.sf(t5.isf(p)), 1e-13 * p);
    }
    assertEquals(Double.POSITIVE_INFINITY, new FisherF(3, 4).quantile(1));
    assertEquals(0.0, new ChiSquared(3).quantile(0));
    assertEquals(Double.NEGATIVE_INFINITY, Normal.STANDARD.quantile(0));
    // F(1, d) is t^2
    assertEquals(2 * new StudentT(12).sf(2.3), new FisherF(1, 12).sf(2.3 * 2.3), 1e-14);
  }

  @Test
  void badParametersAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StudentT(0));
    assertTrue(e.getMessage().contains("df"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new FisherF(1, -2));
    assertThrows(IllegalArgumentException.class, () -> new ChiSquared(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new Normal(0, 0));
    e = assertThrows(IllegalArgumentException.class, () -> Normal.STANDARD.quantile(1.5));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
  }
}
