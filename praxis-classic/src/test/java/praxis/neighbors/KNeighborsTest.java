package praxis.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.classic.Reference;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

class KNeighborsTest {

  /**
   * scikit-learn 1.2.1 KNeighborsClassifier(n_neighbors=5, algorithm="brute"), trained on the even iris rows,
   * queried on the odd rows and on the training rows; predictions equal and probabilities to 1e-12. Rows whose
   * 5th and 6th neighbour distances tie in exact arithmetic (iris has one-decimal values, so there are many;
   * listed in the fixture) are excluded: there scikit-learn's |x|^2 - 2x.y + |y|^2 rounding, not the index,
   * decides which neighbour is taken. At least 55 of 75 query rows and 60 of 75 training rows are compared.
   */
  @Test
  void irisClassifierMatchesScikitLearn() {
    Fixtures.XY d = Fixtures.xy("iris");
    int[] train = Reference.REF.ints("knn_classifier_iris", "train_rows");
    int[] query = Reference.REF.ints("knn_classifier_iris", "query_rows");
    java.util.Set<Integer> tiedQuery = asSet(Reference.REF.ints("knn_classifier_iris", "tied_query"));
    java.util.Set<Integer> tiedTrain = asSet(Reference.REF.ints("knn_classifier_iris", "tied_train"));
    assertTrue(tiedQuery.size() <= 20 && tiedTrain.size() <= 15, "tied rows " + tiedQuery + " " + tiedTrain);
    Frame xt = d.x().rows(train);
    Target yt = d.y().rows(train);
    for (Weights w : Weights.values()) {
      String key = w.name().toLowerCase(java.util.Locale.ROOT);
      var m = new KNeighborsClassifier(KNeighborsClassifier.Params.DEFAULTS.withWeights(w)).fit(xt, yt);
      compareRows(Reference.REF.ints("knn_classifier_iris", key, "predict_query"),
          Reference.REF.matrix("knn_classifier_iris", key, "proba_query"), m, d.x().rows(query), tiedQuery, key + " query");
      compareRows(Reference.REF.ints("knn_classifier_iris", key, "predict_train"),
          Reference.REF.matrix("knn_classifier_iris", key, "proba_train"), m, xt, tiedTrain, key + " train");
    }
  }

  private static java.util.Set<Integer> asSet(int[] v) {
    java.util.Set<Integer> s = new java.util.HashSet<>();
    for (int i : v) {
      s.add(i);
    }
    return s;
  }

  private static void compareRows(int[] refPred, double[][] refProba, KNeighborsClassifierModel m, Frame x,
      java.util.Set<Integer> skip, String what) {
    int[] pred = m.predict(x);
    double[][] proba = m.predictProba(x);
    for (int i = 0; i < pred.length; i++) {
      if (skip.contains(i)) {
        continue;
      }
      assertEquals(refPred[i], pred[i], what + " row " + i);
      assertArrayEquals(refProba[i], proba[i], 1e-12, what + " row " + i);
    }
  }

  @Test
  void diabetesRegressorMatchesScikitLearn() {
    // scikit-learn 1.2.1 KNeighborsRegressor(n_neighbors=5, algorithm="brute") on standardized diabetes
    Fixtures.XY d = Fixtures.xy("diabetes");
    Frame xs = Fixtures.standardize(d.x());
    int n = Reference.REF.get("knn_regressor_diabetes", "train_rows").asInt();
    int[] tr = new int[n];
    int[] te = new int[xs.rowCount() - n];
    for (int i = 0; i < xs.rowCount(); i++) {
      if (i < n) {
        tr[i] = i;
      } else {
        te[i - n] = i;
      }
    }
    for (Weights w : Weights.values()) {
      var m = new KNeighborsRegressor(KNeighborsRegressor.Params.DEFAULTS.withWeights(w)).fit(xs.rows(tr), d.y().rows(tr));
      assertArrayEquals(Reference.REF.vector("knn_regressor_diabetes", w.name().toLowerCase(java.util.Locale.ROOT)),
          m.predict(xs.rows(te)), 1e-9, w.name());
    }
  }

  private static final Frame LINE = Frame.of(DoubleColumn.of("a", 0, 1, 3, 6), DoubleColumn.of("b", 0, 1, 0, 0));

  @Test
  void metricsHandChecked() {
    // query (2, 0): Euclidean distances 2, sqrt 2, 1, 4; Manhattan 2, 2, 1, 4; Chebyshev 2, 1, 1, 4
    Frame q = Frame.of(DoubleColumn.of("a", 2), DoubleColumn.of("b", 0));
    Target y = Target.values(10, 20, 30, 40);
    var p = KNeighborsRegressor.Params.DEFAULTS.withK(2);
    assertEquals(25, new KNeighborsRegressor(p).fit(LINE, y).predict(q)[0], 1e-15); // rows 2, 1
    var man = new KNeighborsRegressor(p.withMetric(Metric.MANHATTAN, 2)).fit(LINE, y);
    assertEquals(20, man.predict(q)[0], 1e-15); // row 2 (1), then tie 0/1 at 2 -> row 0
    var cheb = new KNeighborsRegressor(p.withMetric(Metric.CHEBYSHEV, 2)).fit(LINE, y);
    assertEquals(25, cheb.predict(q)[0], 1e-15); // rows 1 and 2 at distance 1
    // Minkowski p=1 equals Manhattan; p=2 equals Euclidean
    assertEquals(man.predict(q)[0],
        new KNeighborsRegressor(p.withMetric(Metric.MINKOWSKI, 1)).fit(LINE, y).predict(q)[0]);
    // distance weights with Minkowski p = 3: neighbours row 2 (d=1) and row 1 (d=(1+1)^(1/3))
    var mk = new KNeighborsRegressor(p.withMetric(Metric.MINKOWSKI, 3).withWeights(Weights.DISTANCE)).fit(LINE, y);
    double d1 = Math.cbrt(2);
    assertEquals((30 / 1.0 + 20 / d1) / (1 + 1 / d1), mk.predict(q)[0], 1e-12);
  }

  @Test
  void cosineDistanceIgnoresLength() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 0, 10), DoubleColumn.of("b", 0, 1, 1));
    Target y = Target.classes("east", "north", "east");
    var m = new KNeighborsClassifier(KNeighborsClassifier.Params.DEFAULTS.withK(1).withMetric(Metric.COSINE, 2))
        .fit(x, y);
    // (0.1, 5) points north although it is closest to nothing in Euclidean terms
    assertEquals(1, m.predict(Frame.of(DoubleColumn.of("a", 0.1), DoubleColumn.of("b", 5)))[0]);
    // a zero query is at cosine distance 1 from everything: tie -> smallest training index
    assertArrayEquals(new int[] {0}, m.kneighbors(Frame.of(DoubleColumn.of("a", 0.0), DoubleColumn.of("b", 0.0)))[0]);
  }

  @Test
  void distanceTiesBrokenByTrainingIndexAndVoteTiesBySmallestClass() {
    // four training points at equal distance from the origin
    Frame x = Frame.of(DoubleColumn.of("a", 1, -1, 0, 0), DoubleColumn.of("b", 0, 0, 1, -1));
    Target y = Target.classes("z", "y", "x", "y");
    Frame origin = Frame.of(DoubleColumn.of("a", 0.0), DoubleColumn.of("b", 0.0));
    var m2 = new KNeighborsClassifier(KNeighborsClassifier.Params.DEFAULTS.withK(2)).fit(x, y);
    assertArrayEquals(new int[] {0, 1}, m2.kneighbors(origin)[0]);
    // neighbours 0 (z) and 1 (y): a 1-1 vote tie goes to the smallest class code: classes [x, y, z] -> y
    assertEquals(1, m2.predict(origin)[0]);
    var m4 = new KNeighborsClassifier(KNeighborsClassifier.Params.DEFAULTS.withK(4)).fit(x, y);
    assertArrayEquals(new double[] {0.25, 0.5, 0.25}, m4.predictProba(origin)[0], 1e-15);
  }

  @Test
  void exactMatchesTakeAllTheDistanceWeight() {
    Frame x = Frame.of(DoubleColumn.of("a", 0, 0, 1, 2));
    var m = new KNeighborsRegressor(KNeighborsRegressor.Params.DEFAULTS.withK(3).withWeights(Weights.DISTANCE))
        .fit(x, Target.values(1, 3, 100, 1000));
    assertEquals(2, m.predict(Frame.of(DoubleColumn.of("a", 0.0)))[0], 1e-15);
  }

  @Test
  void overflowingDistancesFallBackToEqualWeights() {
    Frame x = Frame.of(DoubleColumn.of("a", 1e200, -1e200));
    var m = new KNeighborsRegressor(KNeighborsRegressor.Params.DEFAULTS.withK(2).withWeights(Weights.DISTANCE))
        .fit(x, Target.values(1, 3));
    assertEquals(2, m.predict(Frame.of(DoubleColumn.of("a", 0.0)))[0], 1e-15);
  }

  @Test
  void threadCountDoesNotChangeResults() {
    Fixtures.XY d = Fixtures.blobs(300, 4, 3, 3L);
    var p = KNeighborsClassifier.Params.DEFAULTS.withK(9).withWeights(Weights.DISTANCE);
    double[][] one = new KNeighborsClassifier(p).fit(d.x(), d.y()).predictProba(d.x());
    for (int t : new int[] {2, 3, 8}) {
      double[][] many = new KNeighborsClassifier(p.withNThreads(t)).fit(d.x(), d.y()).predictProba(d.x());
      for (int i = 0; i < one.length; i++) {
        assertArrayEquals(one[i], many[i], 0.0);
      }
    }
  }

  @Test
  void rejectsKAboveRowCountAndBadParams() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KNeighborsRegressor(KNeighborsRegressor.Params.DEFAULTS.withK(9)).fit(LINE, Target.values(1, 2, 3, 4)));
    assertTrue(e.getMessage().contains("k = 9 exceeds the 4 training rows"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> KNeighborsClassifier.Params.DEFAULTS.withMetric(Metric.MINKOWSKI, 0.5));
    assertTrue(e.getMessage().contains("p must be"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> KNeighborsClassifier.Params.DEFAULTS.withK(0));
    assertTrue(e.getMessage().contains("k must be >= 1"), e.getMessage());
  }
}
