package praxis.discriminant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import praxis.api.Estimator;
import praxis.api.Estimators;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Task;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/**
 * LDA and QDA against scikit-learn 1.2.1 ({@code reference/make_discriminant_reference.py} →
 * {@code reference/discriminant_reference.json}). Tolerance 1e-8, relative to {@code max(1, |reference|)}, on
 * coefficients, intercepts, explained variance ratios, projections and probabilities; predictions exactly.
 * Projection columns are compared up to a per-column sign (their sign is arbitrary in both libraries).
 */
class DiscriminantAnalysisTest {
  private static final double TOL = 1e-8;
  private static final JsonNode REF = load();
  private static final String[] DATA = {"iris", "wine"};

  private static JsonNode load() {
    try (InputStream in = DiscriminantAnalysisTest.class.getResourceAsStream("/reference/discriminant_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double[][] matrix(JsonNode n) {
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vector(n.get(i));
    }
    return out;
  }

  private static double[] vector(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  private static int[] ints(JsonNode n) {
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asInt();
    }
    return out;
  }

  private static void close(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      double tol = TOL * Math.max(1, Math.abs(expected[i]));
      assertEquals(expected[i], actual[i], tol, what + "[" + i + "]");
    }
  }

  private static void close(double[][] expected, double[][] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": rows");
    for (int i = 0; i < expected.length; i++) {
      close(expected[i], actual[i], what + " row " + i);
    }
  }

  private static Estimator<?, ?> estimator(String key) {
    return switch (key) {
      case "lda_svd" -> new LinearDiscriminantAnalysis();
      case "lda_eigen_auto" -> new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS
          .withSolver(LinearDiscriminantAnalysis.Solver.EIGEN).withShrinkage("auto"));
      case "lda_eigen_0.3" -> new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS
          .withSolver(LinearDiscriminantAnalysis.Solver.EIGEN).withShrinkage("0.3"));
      case "qda_0" -> new QuadraticDiscriminantAnalysis();
      case "qda_0.1" -> new QuadraticDiscriminantAnalysis(QuadraticDiscriminantAnalysis.Params.DEFAULTS
          .withRegParam(0.1));
      default -> throw new IllegalArgumentException(key);
    };
  }

  @Test
  void ldaMatchesScikitLearn() {
    int[] rows = ints(REF.get("rows"));
    for (String data : DATA) {
      Fixtures.XY d = Fixtures.xy(data);
      for (String key : List.of("lda_svd", "lda_eigen_auto", "lda_eigen_0.3")) {
        JsonNode r = REF.get(data).get(key);
        String what = data + " " + key;
        var m = (LinearDiscriminantAnalysisModel) estimator(key).fit(d.x(), d.y());
        close(matrix(r.get("coef")), m.coefficients(), what + " coef");
        close(vector(r.get("intercept")), m.intercepts(), what + " intercept");
        close(vector(r.get("explained_variance_ratio")), m.explainedVarianceRatio(), what + " explained variance");
        close(matrix(r.get("predict_proba")), m.predictProba(d.x().rows(rows)), what + " predict_proba");
        assertArrayEquals(ints(r.get("predict")), m.predict(d.x()), what + " predict");
        double[][] ref = matrix(r.get("transform"));
        Frame z = m.transform(d.x().rows(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        assertEquals(ref[0].length, z.columnCount(), what + " transform columns");
        for (int c = 0; c < z.columnCount(); c++) {
          assertEquals("ld" + (c + 1), z.column(c).name());
          double[] got = ((DoubleColumn) z.column(c)).toArray();
          double sign = Math.signum(got[0]) == Math.signum(ref[0][c]) ? 1 : -1;
          double[] exp = new double[10];
          for (int i = 0; i < 10; i++) {
            exp[i] = sign * ref[i][c];
          }
          close(exp, got, what + " transform column " + c + " (up to sign)");
        }
      }
    }
  }

  @Test
  void qdaMatchesScikitLearn() {
    int[] rows = ints(REF.get("rows"));
    for (String data : DATA) {
      Fixtures.XY d = Fixtures.xy(data);
      for (String key : List.of("qda_0", "qda_0.1")) {
        JsonNode r = REF.get(data).get(key);
        var m = (QuadraticDiscriminantAnalysisModel) estimator(key).fit(d.x(), d.y());
        close(matrix(r.get("predict_proba")), m.predictProba(d.x().rows(rows)), data + " " + key + " predict_proba");
        assertArrayEquals(ints(r.get("predict")), m.predict(d.x()), data + " " + key + " predict");
      }
    }
  }

  @Test
  void crossValidatedAccuracyMatchesScikitLearnFolds() {
    // the folds are scikit-learn's StratifiedKFold(5, shuffle=True, random_state=0); the accuracy of each fold
    // must equal scikit-learn's exactly (same models on the same rows)
    for (String data : DATA) {
      Fixtures.XY d = Fixtures.xy(data);
      int[] folds = ints(REF.get(data).get("cv").get("folds"));
      for (String key : List.of("lda_svd", "lda_eigen_auto", "lda_eigen_0.3", "qda_0", "qda_0.1")) {
        double[] ref = vector(REF.get(data).get("cv").get("accuracy").get(key).get("fold_accuracy"));
        double[] acc = new double[5];
        for (int f = 0; f < 5; f++) {
          List<Integer> train = new ArrayList<>();
          List<Integer> test = new ArrayList<>();
          for (int i = 0; i < folds.length; i++) {
            (folds[i] == f ? test : train).add(i);
          }
          int[] tr = train.stream().mapToInt(Integer::intValue).toArray();
          int[] te = test.stream().mapToInt(Integer::intValue).toArray();
          var m = (ProbabilisticClassifier) estimator(key).fit(d.x().rows(tr), d.y().rows(tr));
          int[] pred = m.predict(d.x().rows(te));
          int hit = 0;
          for (int i = 0; i < te.length; i++) {
            hit += m.classes().get(pred[i]).equals(d.y().classList().get(d.y().code(te[i]))) ? 1 : 0;
          }
          acc[f] = hit / (double) te.length;
        }
        assertArrayEquals(ref, acc, 1e-12, data + " " + key + " fold accuracies");
      }
    }
  }

  @Test
  void nComponentsLimitsTheProjection() {
    Fixtures.XY d = Fixtures.xy("wine");
    var full = new LinearDiscriminantAnalysis().fit(d.x(), d.y());
    var one = new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS.withNComponents(1))
        .fit(d.x(), d.y());
    assertEquals(1, one.transform(d.x()).columnCount());
    assertEquals(List.of("ld1"), one.outputSchema().names());
    assertArrayEquals(((DoubleColumn) full.transform(d.x()).column(0)).toArray(),
        ((DoubleColumn) one.transform(d.x()).column(0)).toArray(), 0.0);
    var e = assertThrows(IllegalArgumentException.class,
        () -> new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS.withNComponents(3))
            .fit(d.x(), d.y()));
    assertTrue(e.getMessage().contains("nComponents is 3") && e.getMessage().contains("= 2"), e.getMessage());
  }

  @Test
  void clearErrors() {
    var bad = assertThrows(IllegalArgumentException.class,
        () -> LinearDiscriminantAnalysis.Params.DEFAULTS.withShrinkage("auto"));
    assertTrue(bad.getMessage().contains("solver SVD"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LinearDiscriminantAnalysis.Params.DEFAULTS
        .withSolver(LinearDiscriminantAnalysis.Solver.EIGEN).withShrinkage("1.5"));
    assertThrows(IllegalArgumentException.class, () -> QuadraticDiscriminantAnalysis.Params.DEFAULTS
        .withRegParam(-0.1));

    Frame x = Frame.of(DoubleColumn.of("a", 0, 1, 2, 3, 4), DoubleColumn.of("b", 1, 0, 3, 2, 5));
    Target y = Target.classes("p", "p", "p", "p", "q");
    var one = assertThrows(IllegalArgumentException.class, () -> new QuadraticDiscriminantAnalysis().fit(x, y));
    assertTrue(one.getMessage().contains("class 'q' has 1 row"), one.getMessage());

    // b = 2a: collinear features
    Frame col = Frame.of(DoubleColumn.of("a", 0, 1, 2, 3, 4, 5, 6, 7), DoubleColumn.of("b", 0, 2, 4, 6, 8, 10, 12, 14));
    Target yc = Target.classes("p", "q", "p", "q", "p", "q", "p", "q");
    var sing = assertThrows(IllegalArgumentException.class, () -> new QuadraticDiscriminantAnalysis().fit(col, yc));
    assertTrue(sing.getMessage().contains("regParam > 0"), sing.getMessage());
    var regularized = new QuadraticDiscriminantAnalysis(QuadraticDiscriminantAnalysis.Params.DEFAULTS
        .withRegParam(0.1)).fit(col, yc);
    assertEquals(8, regularized.predict(col).length);
    var eig = assertThrows(IllegalArgumentException.class, () -> new LinearDiscriminantAnalysis(
        LinearDiscriminantAnalysis.Params.DEFAULTS.withSolver(LinearDiscriminantAnalysis.Solver.EIGEN)).fit(col, yc));
    assertTrue(eig.getMessage().contains("shrinkage"), eig.getMessage());
    // the SVD solver works in the rank-1 subspace, the EIGEN solver with shrinkage regularizes
    var svd = new LinearDiscriminantAnalysis().fit(col, yc);
    assertEquals(1, svd.components());
    var shrunk = new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS
        .withSolver(LinearDiscriminantAnalysis.Solver.EIGEN).withShrinkage("auto")).fit(col, yc);
    assertEquals(1, shrunk.components());

    var single = assertThrows(IllegalArgumentException.class,
        () -> new LinearDiscriminantAnalysis().fit(x, Target.classes("p", "p", "p", "p", "p")));
    assertTrue(single.getMessage().contains("at least 2"), single.getMessage());
    var priors = assertThrows(IllegalArgumentException.class, () -> new LinearDiscriminantAnalysis(
        LinearDiscriminantAnalysis.Params.DEFAULTS.withPriors(0.2, 0.3, 0.5)).fit(x, y));
    assertTrue(priors.getMessage().contains("one prior per class"), priors.getMessage());
  }

  @Test
  void givenPriorsShiftTheIntercepts() {
    Fixtures.XY d = Fixtures.xy("iris");
    var freq = new LinearDiscriminantAnalysis().fit(d.x(), d.y());
    var skew = new LinearDiscriminantAnalysis(LinearDiscriminantAnalysis.Params.DEFAULTS.withPriors(0.5, 0.25, 0.25))
        .fit(d.x(), d.y());
    // equal class counts, so the SVD solver's weighting changes; the log-prior term must show in the intercepts
    assertArrayEquals(new double[] {0.5, 0.25, 0.25}, skew.priors(), 0.0);
    assertFalse(java.util.Arrays.equals(freq.intercepts(), skew.intercepts()));
    var qda = new QuadraticDiscriminantAnalysis(QuadraticDiscriminantAnalysis.Params.DEFAULTS.withPriors(0.5, 0.25,
        0.25)).fit(d.x(), d.y());
    var qdaFreq = new QuadraticDiscriminantAnalysis().fit(d.x(), d.y());
    double[][] a = qda.decisionFunction(d.x().rows(new int[] {0}));
    double[][] b = qdaFreq.decisionFunction(d.x().rows(new int[] {0}));
    assertEquals(Math.log(0.5) - Math.log(1.0 / 3), a[0][0] - b[0][0], 1e-12);
    assertEquals(Math.log(0.25) - Math.log(1.0 / 3), a[0][1] - b[0][1], 1e-12);
  }

  @Test
  void registeredWithCodecs() {
    for (String name : List.of("lda", "qda")) {
      var info = Estimators.info(name);
      assertEquals(name, info.factory().get().name());
      assertEquals(Task.CLASSIFICATION, info.task());
      assertFalse(info.scaleSensitive());
      assertTrue(ModelIO.codecs().containsKey(name), "codec for " + name);
    }
    var e = Estimators.create("lda", Map.of("solver", "eigen", "shrinkage", "auto", "nComponents", "1"));
    assertEquals("auto", ((LinearDiscriminantAnalysis) e).params().shrinkage());
  }

  @Test
  void commonChecks() {
    Fixtures.XY iris = Fixtures.xy("iris");
    Fixtures.XY wine = Fixtures.xy("wine");
    List<Supplier<Estimator<?, ?>>> ldas = List.of(LinearDiscriminantAnalysis::new,
        () -> estimator("lda_eigen_auto"), () -> estimator("lda_eigen_0.3"));
    for (Supplier<Estimator<?, ?>> lda : ldas) {
      EstimatorChecks.runAll(Config.classifier(lda, iris.x(), iris.y()));
      EstimatorChecks.runAll(Config.transformer(lda, wine.x(), wine.y()));
    }
    EstimatorChecks.runAll(Config.classifier(QuadraticDiscriminantAnalysis::new, iris.x(), iris.y()));
    EstimatorChecks.runAll(Config.classifier(() -> estimator("qda_0.1"), wine.x(), wine.y()));
  }
}
