package praxis.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import praxis.classic.internal.ModelStates;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.State;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/**
 * Radius neighbours against scikit-learn 1.2.1 ({@code reference/make_neighbors3_reference.py}), tree-based kNN
 * estimators against brute force, old kNN model files, and the common estimator checks.
 */
class RadiusNeighborsTest {
  private static final JsonNode REF = load();
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");

  private static JsonNode load() {
    try (InputStream in = RadiusNeighborsTest.class.getResourceAsStream("/reference/neighbors3_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double[] vec(JsonNode a) {
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asDouble();
    }
    return v;
  }

  private static int[] ints(JsonNode a) {
    int[] v = new int[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asInt();
    }
    return v;
  }

  /**
   * scikit-learn RadiusNeighborsClassifier(radius=1.0, outlier_label="most_frequent", algorithm="kd_tree") on
   * standardized iris, trained on the even rows, queried on all 150 rows (three of which are outliers);
   * predictions equal, probabilities to 1e-12; the same for every Praxis algorithm.
   */
  @Test
  void irisClassifierMatchesScikitLearn() {
    JsonNode ref = REF.get("radius_classifier_iris");
    Frame xs = Fixtures.standardize(IRIS.x());
    int[] train = ints(ref.get("train_rows"));
    assertEquals(java.util.List.of("setosa", "versicolor", "virginica"), IRIS.y().classList());
    for (Weights w : Weights.values()) {
      JsonNode r = ref.get(w.name().toLowerCase(java.util.Locale.ROOT));
      for (Algorithm a : Algorithm.values()) {
        var p = RadiusNeighborsClassifier.Params.DEFAULTS.withWeights(w).withAlgorithm(a, 5)
            .withOutlierLabel(RadiusNeighborsClassifier.MOST_FREQUENT);
        var m = new RadiusNeighborsClassifier(p).fit(xs.rows(train), IRIS.y().rows(train));
        assertArrayEquals(ints(r.get("predict")), m.predict(xs), w + " " + a);
        double[][] proba = m.predictProba(xs);
        for (int i = 0; i < proba.length; i++) {
          assertArrayEquals(vec(r.get("proba").get(i)), proba[i], 1e-12, w + " " + a + " row " + i);
        }
      }
    }
    // without an outlier label, the first outlier row is reported
    var strict = new RadiusNeighborsClassifier().fit(xs.rows(train), IRIS.y().rows(train));
    int first = ref.get("outliers").get(0).asInt();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strict.predict(xs));
    assertTrue(e.getMessage().contains("row " + first + " has no training row within radius 1.0"), e.getMessage());
    // an explicit label
    var lab = new RadiusNeighborsClassifier(RadiusNeighborsClassifier.Params.DEFAULTS.withOutlierLabel("virginica"))
        .fit(xs.rows(train), IRIS.y().rows(train));
    assertArrayEquals(new double[] {0, 0, 1}, lab.predictProba(xs.rows(new int[] {first}))[0], 0.0);
    e = assertThrows(IllegalArgumentException.class,
        () -> new RadiusNeighborsClassifier(RadiusNeighborsClassifier.Params.DEFAULTS.withOutlierLabel("rose"))
            .fit(xs, IRIS.y()));
    assertTrue(e.getMessage().contains("outlierLabel 'rose' is not a training class"), e.getMessage());
  }

  /**
   * scikit-learn RadiusNeighborsRegressor(radius=3.0, algorithm="kd_tree") on standardized diabetes, trained on
   * the first 300 rows, queried on the other 142; to 1e-10 (sums of up to a few hundred targets near 150 in a
   * different order).
   */
  @Test
  void diabetesRegressorMatchesScikitLearn() {
    JsonNode ref = REF.get("radius_regressor_diabetes");
    Frame xs = Fixtures.standardize(DIABETES.x());
    int n = ref.get("train_rows").asInt();
    int[] tr = java.util.stream.IntStream.range(0, n).toArray();
    int[] te = java.util.stream.IntStream.range(n, xs.rowCount()).toArray();
    for (Weights w : Weights.values()) {
      for (Algorithm a : Algorithm.values()) {
        var p = RadiusNeighborsRegressor.Params.DEFAULTS.withRadius(ref.get("radius").asDouble()).withWeights(w)
            .withAlgorithm(a, 8);
        var m = new RadiusNeighborsRegressor(p).fit(xs.rows(tr), DIABETES.y().rows(tr));
        assertArrayEquals(vec(ref.get(w.name().toLowerCase(java.util.Locale.ROOT))), m.predict(xs.rows(te)), 1e-10,
            w + " " + a);
      }
    }
  }

  @Test
  void regressorOutliersAndBadRadius() {
    Frame x = Frame.of(DoubleColumn.of("a", 0, 1, 2));
    Frame far = Frame.of(DoubleColumn.of("a", 0.5, 10));
    var strict = new RadiusNeighborsRegressor().fit(x, Target.values(1, 2, 4));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strict.predict(far));
    assertTrue(e.getMessage().contains("row 1 has no training row within radius 1.0"), e.getMessage());
    var lenient = new RadiusNeighborsRegressor(RadiusNeighborsRegressor.Params.DEFAULTS.withOutlierValue(-1))
        .fit(x, Target.values(1, 2, 4));
    assertArrayEquals(new double[] {1.5, -1}, lenient.predict(far), 1e-15); // rows 0 and 1 at 0.5; none
    for (double r : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      e = assertThrows(IllegalArgumentException.class, () -> RadiusNeighborsRegressor.Params.DEFAULTS.withRadius(r));
      assertTrue(e.getMessage().contains("radius must be a finite number > 0"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> RadiusNeighborsClassifier.Params.DEFAULTS.withRadius(r));
      assertTrue(e.getMessage().contains("radius must be a finite number > 0"), e.getMessage());
    }
  }

  /**
   * KD_TREE and BALL_TREE give exactly the brute-force neighbours and probabilities (iris: all tree metrics; 64-d
   * digits: Euclidean and Manhattan; the first 250 rows as queries), and the regressor on diabetes.
   */
  @Test
  void treeAlgorithmsPredictLikeBruteForce() {
    Fixtures.XY digits = Fixtures.xy("digits");
    for (Fixtures.XY d : new Fixtures.XY[] {IRIS, digits}) {
      for (Metric m : new Metric[] {Metric.EUCLIDEAN, Metric.MANHATTAN, Metric.CHEBYSHEV, Metric.MINKOWSKI}) {
        if (d == digits && m != Metric.EUCLIDEAN && m != Metric.MANHATTAN) {
          continue; // keep the test short: 64-d digits with two metrics
        }
        var base = KNeighborsClassifier.Params.DEFAULTS.withMetric(m, 3).withWeights(Weights.DISTANCE).withK(7);
        var brute = new KNeighborsClassifier(base.withAlgorithm(Algorithm.BRUTE, 30)).fit(d.x(), d.y());
        Frame q = d.x().rows(java.util.stream.IntStream.range(0, Math.min(250, d.x().rowCount())).toArray());
        double[][] want = brute.predictProba(q);
        int[][] wantNn = brute.kneighbors(q);
        for (Algorithm a : new Algorithm[] {Algorithm.KD_TREE, Algorithm.BALL_TREE, Algorithm.AUTO}) {
          var t = new KNeighborsClassifier(base.withAlgorithm(a, 10)).fit(d.x(), d.y());
          double[][] got = t.predictProba(q);
          int[][] gotNn = t.kneighbors(q);
          for (int i = 0; i < want.length; i++) {
            assertArrayEquals(want[i], got[i], 0.0, a + " " + m + " row " + i);
            assertArrayEquals(wantNn[i], gotNn[i], a + " " + m + " row " + i);
          }
        }
      }
    }
    var rb = KNeighborsRegressor.Params.DEFAULTS.withWeights(Weights.DISTANCE);
    Frame xs = Fixtures.standardize(DIABETES.x());
    double[] want = new KNeighborsRegressor(rb.withAlgorithm(Algorithm.BRUTE, 30)).fit(xs, DIABETES.y()).predict(xs);
    for (Algorithm a : new Algorithm[] {Algorithm.KD_TREE, Algorithm.BALL_TREE}) {
      assertArrayEquals(want, new KNeighborsRegressor(rb.withAlgorithm(a, 3)).fit(xs, DIABETES.y()).predict(xs), 0.0);
    }
  }

  /** A model file written before {@code algorithm}/{@code leafSize} existed still loads (AUTO, leaf 30). */
  @Test
  void oldKnnModelStateLoads() {
    var m = new KNeighborsClassifier(KNeighborsClassifier.Params.DEFAULTS.withK(3)).fit(IRIS.x(), IRIS.y());
    State now = m.toState();
    // the state layout before this change: no "algorithm" and "leafSize"
    State old = ModelStates.start(KNeighborsClassifierModel.TYPE, m.inputSchema(), m.provenance())
        .put("classes", m.classes()).put("rows", now.getInt("rows")).put("features", now.getInt("features"))
        .put("train", now.getDoubles("train")).put("codes", now.getInts("codes")).put("k", 3)
        .put("weights", "UNIFORM").put("metric", "EUCLIDEAN").put("p", 2.0).put("nThreads", 1).build();
    KNeighborsClassifierModel back = new KNeighborsClassifierModel.Codec().read(old);
    assertEquals(Algorithm.AUTO, back.params().algorithm());
    assertEquals(30, back.params().leafSize());
    assertArrayEquals(m.predict(IRIS.x()), back.predict(IRIS.x()));
    var r = new KNeighborsRegressor().fit(DIABETES.x(), DIABETES.y());
    State rs = r.toState();
    State rold = ModelStates.start(KNeighborsRegressorModel.TYPE, r.inputSchema(), r.provenance())
        .put("rows", rs.getInt("rows")).put("features", rs.getInt("features")).put("train", rs.getDoubles("train"))
        .put("values", rs.getDoubles("values")).put("k", 5).put("weights", "UNIFORM").put("metric", "EUCLIDEAN")
        .put("p", 2.0).put("nThreads", 1).build();
    assertArrayEquals(r.predict(DIABETES.x()), new KNeighborsRegressorModel.Codec().read(rold).predict(DIABETES.x()),
        0.0);
  }

  @Test
  void commandLineParamsRoundTrip() {
    var c = RadiusNeighborsClassifier.Params.DEFAULTS;
    assertEquals(c, praxis.api.ParamsCodec.with(c, praxis.api.ParamsCodec.toStrings(c)));
    assertEquals(null, praxis.api.ParamsCodec.with(c, java.util.Map.of("outlierLabel", "none")).outlierLabel());
    assertEquals(c.withRadius(0.5).withOutlierLabel("setosa").withAlgorithm(Algorithm.BALL_TREE, 12),
        praxis.api.ParamsCodec.with(c, java.util.Map.of("radius", "0.5", "outlierLabel", "setosa", "algorithm",
            "ball_tree", "leafSize", "12")));
    var r = RadiusNeighborsRegressor.Params.DEFAULTS;
    assertEquals(r, praxis.api.ParamsCodec.with(r, praxis.api.ParamsCodec.toStrings(r)));
    assertEquals(r.withOutlierValue(2.5), praxis.api.ParamsCodec.with(r, java.util.Map.of("outlierValue", "2.5")));
    var k = KNeighborsClassifier.Params.DEFAULTS;
    assertEquals(k.withAlgorithm(Algorithm.KD_TREE, 5),
        praxis.api.ParamsCodec.with(k, java.util.Map.of("algorithm", "kd_tree", "leafSize", "5")));
  }

  @Test
  void cosineRejectsTrees() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KNeighborsClassifier.Params.DEFAULTS.withMetric(Metric.COSINE, 2).withAlgorithm(Algorithm.KD_TREE, 30));
    assertTrue(e.getMessage().contains("does not support metric COSINE"), e.getMessage());
  }

  @Test
  void commonChecks() {
    Algorithm[] algs = {Algorithm.BRUTE, Algorithm.KD_TREE, Algorithm.BALL_TREE};
    for (Weights w : Weights.values()) {
      Algorithm a = algs[w.ordinal()];
      Algorithm b = algs[w.ordinal() + 1];
      var c = RadiusNeighborsClassifier.Params.DEFAULTS.withWeights(w).withAlgorithm(a, 10)
          .withOutlierLabel(RadiusNeighborsClassifier.MOST_FREQUENT);
      EstimatorChecks.runAll(Config.classifier(new RadiusNeighborsClassifier(c), IRIS.x(), IRIS.y()));
      var r = RadiusNeighborsRegressor.Params.DEFAULTS.withRadius(40).withWeights(w).withAlgorithm(b, 10)
          .withOutlierValue(150);
      EstimatorChecks.runAll(Config.regressor(new RadiusNeighborsRegressor(r), DIABETES.x(), DIABETES.y()));
    }
    var k = KNeighborsClassifier.Params.DEFAULTS.withWeights(Weights.DISTANCE).withAlgorithm(Algorithm.BALL_TREE, 7);
    EstimatorChecks.runAll(Config.classifier(new KNeighborsClassifier(k), IRIS.x(), IRIS.y()));
  }
}
