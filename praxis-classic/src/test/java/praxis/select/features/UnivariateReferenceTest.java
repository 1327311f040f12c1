package praxis.select.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.testkit.ReferenceFile;

/**
 * Univariate scores against scikit-learn 1.2.1 ({@code reference/features/make_features_reference.py}): chi2,
 * f_classif on digits and wine, f_regression on diabetes; scores and p-values to 1e-9 relative (NaN where
 * scikit-learn gives NaN).
 */
class UnivariateReferenceTest {
  static final ReferenceFile REF = ReferenceFile.load("/reference/features/features_reference.json");
  static final double TOL = 1e-9;

  static double[] vec(String... path) {
    JsonNode n = REF.get(path);
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).isNull() ? Double.NaN : n.get(i).asDouble();
    }
    return out;
  }

  static void close(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int j = 0; j < expected.length; j++) {
      if (Double.isNaN(expected[j])) {
        assertTrue(Double.isNaN(actual[j]), what + "[" + j + "] should be NaN, got " + actual[j]);
      } else {
        double tol = TOL * Math.max(Math.abs(expected[j]), Double.MIN_NORMAL);
        assertEquals(expected[j], actual[j], tol, what + "[" + j + "]");
      }
    }
  }

  @Test
  void classificationScoresMatchScikitLearn() {
    for (String name : List.of("digits", "wine")) {
      Datasets.XY d = Datasets.xy(name);
      UnivariateScores.Result c = UnivariateScores.chi2(d.x(), d.y());
      close(vec(name, "chi2"), c.scores(), name + " chi2");
      close(vec(name, "chi2_p"), c.pValues(), name + " chi2 p");
      UnivariateScores.Result f = UnivariateScores.fClassif(d.x(), d.y());
      close(vec(name, "f"), f.scores(), name + " f_classif");
      close(vec(name, "f_p"), f.pValues(), name + " f_classif p");
    }
  }

  @Test
  void regressionScoresMatchScikitLearn() {
    Datasets.XY d = Datasets.xy("diabetes");
    UnivariateScores.Result f = UnivariateScores.fRegression(d.x(), d.y(), true);
    close(vec("diabetes", "f"), f.scores(), "f_regression");
    close(vec("diabetes", "f_p"), f.pValues(), "f_regression p");
    UnivariateScores.Result g = UnivariateScores.fRegression(d.x(), d.y(), false);
    close(vec("diabetes", "f_nocenter"), g.scores(), "f_regression(center=False)");
    close(vec("diabetes", "f_nocenter_p"), g.pValues(), "f_regression(center=False) p");
  }

  @Test
  void selectKBestKeepsTheTopScoresAndRoundTrips() throws Exception {
    Datasets.XY d = Datasets.xy("wine");
    FeatureSubsetModel m = new SelectKBest(UnivariateScores.Function.F_CLASSIF, 3).fit(d.x(), d.y());
    double[] f = vec("wine", "f");
    // the three largest ANOVA F values of wine, by hand from the fixture
    Integer[] order = new Integer[f.length];
    for (int j = 0; j < f.length; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(f[b], f[a]));
    int[] top = {order[0], order[1], order[2]};
    java.util.Arrays.sort(top);
    assertArrayEquals(top, m.selectedIndices());
    assertEquals(3, m.transform(d.x()).columnCount());
    assertEquals(m.selectedNames(), m.transform(d.x()).schema().names());
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fs");
    ModelIO.save(m, dir.resolve("m.praxis"));
    FeatureSubsetModel back = (FeatureSubsetModel) ModelIO.load(dir.resolve("m.praxis"));
    assertEquals(m.selectedNames(), back.selectedNames());
    assertArrayEquals(m.scores(), back.scores());
    assertArrayEquals(m.pValues(), back.pValues());
  }

  @Test
  void selectKBestRanksNanLowestOnDigits() throws Exception {
    Datasets.XY d = Datasets.xy("digits");
    FeatureSubsetModel m = new SelectKBest(UnivariateScores.Function.CHI2, 60).fit(d.x(), d.y());
    double[] s = m.scores();
    for (int j : m.selectedIndices()) {
      assertTrue(!Double.isNaN(s[j]), "NaN-scored column " + j + " must not be chosen while finite ones remain");
    }
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fs");
    ModelIO.save(m, dir.resolve("m.praxis"));
    FeatureSubsetModel back = (FeatureSubsetModel) ModelIO.load(dir.resolve("m.praxis"));
    assertArrayEquals(s, back.scores(), "NaN scores survive save/load");
  }

  @Test
  void selectPercentileFollowsScikitLearnTies() {
    // scores 1,2,2,2,5: 40th percentile of the 5 scores is 2 → keep 5 (above), then ties in column order up to
    // floor(5*60/100)=3 columns: x1, x2 — hand-checked with sklearn's _get_support_mask logic
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 3, 4, 5, 6), DoubleColumn.of("b", 1, 1, 2, 2, 3, 3));
    Target y = Target.values(1, 2, 3, 4, 5, 6);
    FeatureSubsetModel all = new SelectPercentile(UnivariateScores.Function.F_REGRESSION, 100).fit(x, y);
    assertEquals(List.of("a", "b"), all.selectedNames());
    FeatureSubsetModel half = new SelectPercentile(UnivariateScores.Function.F_REGRESSION, 50).fit(x, y);
    assertEquals(List.of("a"), half.selectedNames(), "a is perfectly correlated with y (F = max)");
  }

  @Test
  void varianceThresholdDropsConstantColumns() {
    Datasets.XY d = Datasets.xy("digits");
    FeatureSubsetModel m = new VarianceThreshold().fit(d.x(), Target.none(d.x().rowCount()));
    double[] var = vec("digits", "var");
    int zero = 0;
    for (int j = 0; j < var.length; j++) {
      assertEquals(var[j], m.scores()[j], 1e-12 * Math.max(1, var[j]), "variance " + j);
      zero += var[j] == 0 ? 1 : 0;
      assertEquals(var[j] > 0, m.support()[j], "column " + j);
    }
    assertEquals(64 - zero, m.selectedNames().size());
    assertTrue(zero >= 1, "digits has constant pixels");
  }

  @Test
  void badInputsAreClearErrors() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, -2, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnivariateScores.chi2(x, Target.classes("u", "v", "u")));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("non-negative"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new SelectKBest(UnivariateScores.Function.F_REGRESSION, 3).fit(x, Target.values(1, 2, 3)));
    assertTrue(e.getMessage().contains("k=3"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> UnivariateScores.fClassif(x, Target.values(1, 2, 3)));
    assertTrue(e.getMessage().contains("F_REGRESSION"), e.getMessage());
    Frame nan = Frame.of(DoubleColumn.of("a", 1, Double.NaN, 3));
    e = assertThrows(IllegalArgumentException.class, () -> new VarianceThreshold().fit(nan, Target.none(3)));
    assertTrue(e.getMessage().contains("'a' row 1 is missing"), e.getMessage());
  }

  @Test
  void mutualInformationMatchesScikitLearnWithTheSameSeed() {
    for (String name : List.of("wine", "digits")) {
      Datasets.XY d = Datasets.xy(name);
      double[] mi = MutualInformation.classif(d.x(), d.y(), 3, 0L);
      double[] ref = vec(name, "mi");
      for (int j = 0; j < ref.length; j++) {
        assertEquals(ref[j], mi[j], 1e-9, name + " MI of column " + j);
      }
    }
    Datasets.XY d = Datasets.xy("diabetes");
    double[] mi = MutualInformation.regression(d.x(), d.y(), 3, 0L);
    double[] ref = vec("diabetes", "mi");
    for (int j = 0; j < ref.length; j++) {
      assertEquals(ref[j], mi[j], 1e-9, "diabetes MI of column " + j);
    }
    FeatureSubsetModel m = new SelectKBest(UnivariateScores.Function.MUTUAL_INFO_REGRESSION, 3).fit(d.x(), d.y());
    assertEquals(3, m.selectedNames().size());
    assertTrue(Double.isNaN(m.pValues()[0]), "no p-values for mutual information");
  }
}
