package praxis.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.preprocess.StandardScaler;
import praxis.select.TestEstimators.Metric;
import praxis.select.TestEstimators.NearestCentroid;
import praxis.select.TestEstimators.Ridge;
import praxis.select.TestEstimators.WrappedRidge;

/** Hand-checked cross-validation, thread-count invariance, parameter handling and errors. */
class SelectionBehaviourTest {
  /** Three Gaussian blobs in 4 dimensions, 40 rows each. */
  private static Frame blobs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] rows = new double[120][4];
    for (int i = 0; i < 120; i++) {
      for (int j = 0; j < 4; j++) {
        rows[i][j] = (i % 3) * 1.2 + r.nextGaussian();
      }
    }
    return Frame.ofRows(rows, null);
  }

  private static Target blobLabels() {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      l.add("k" + (i % 3));
    }
    return Target.classes("y", l);
  }

  private static Frame regression(double[] y, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] rows = new double[y.length][2];
    for (int i = 0; i < y.length; i++) {
      rows[i][0] = r.nextGaussian();
      rows[i][1] = r.nextGaussian();
      y[i] = 2 * rows[i][0] - rows[i][1] + 0.5 * r.nextGaussian();
    }
    return Frame.ofRows(rows, null);
  }

  @Test
  void crossValidationHandChecked() {
    // a constant feature makes Ridge predict the training mean; y = 1..10, 5 unshuffled folds of 2 rows
    double[] yv = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Frame x = Frame.of(DoubleColumn.wrap("c", new double[10]));
    Target y = Target.values(yv);
    CvResult r = CrossValidation.run(new Ridge(), x, y, new KFold(5), List.of(Scorers.NEG_MSE), 1);
    double[] expected = new double[5];
    for (int f = 0; f < 5; f++) {
      double a = 2 * f + 1;
      double b = 2 * f + 2;
      double m = (55 - a - b) / 8;
      expected[f] = -((a - m) * (a - m) + (b - m) * (b - m)) / 2;
    }
    assertArrayEquals(expected, r.scores("neg_mse"), 1e-12);
    double mean = 0;
    for (double e : expected) {
      mean += e;
    }
    mean /= 5;
    double ss = 0;
    for (double e : expected) {
      ss += (e - mean) * (e - mean);
    }
    assertEquals(mean, r.mean("neg_mse"), 1e-12);
    assertEquals(Math.sqrt(ss / 5), r.std("neg_mse"), 1e-12);
    assertEquals(Math.sqrt(ss / 4), r.sampleStd("neg_mse"), 1e-12);
    assertEquals(5, r.fitSeconds().length);
    assertEquals(5, r.scoreSeconds().length);
    for (int f = 0; f < 5; f++) {
      assertTrue(r.fitSeconds()[f] >= 0 && r.scoreSeconds()[f] >= 0);
    }
    assertArrayEquals(new int[] {8, 8, 8, 8, 8}, r.trainSizes());
    assertFalse(r.hasTrainScores());
    assertThrows(IllegalStateException.class, () -> r.trainScores("neg_mse"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> r.scores("r2")).getMessage().contains("neg_mse"));
    assertTrue(r.table().contains("neg_mse"));
  }

  @Test
  void resultsIdenticalForAnyThreadCount() {
    Frame x = blobs(1);
    Target y = blobLabels();
    Splitter s = new RepeatedStratifiedKFold(4, 3, 8);
    CvResult one = CrossValidation.run(new NearestCentroid(), x, y, s.split(x, y, null),
        List.of(Scorers.ACCURACY), true, 1);
    for (int t : new int[] {2, 4, 16}) {
      CvResult many = CrossValidation.run(new NearestCentroid(), x, y, s.split(x, y, null),
          List.of(Scorers.ACCURACY), true, t);
      assertArrayEquals(one.scores("accuracy"), many.scores("accuracy"), 0.0, t + " threads");
      assertArrayEquals(one.trainScores("accuracy"), many.trainScores("accuracy"), 0.0, t + " threads");
    }
    assertTrue(one.mean("accuracy") > 0.6, "blobs are separable: " + one);

    double[] yv = new double[80];
    Frame rx = regression(yv, 3);
    Target ry = Target.values(yv);
    ParamGrid grid = ParamGrid.builder().add("alpha", 0.01, 1.0, 100.0).build();
    SearchResult a = new GridSearch(new Ridge(), grid, new KFold(4, true, 1), List.of(Scorers.R2)).fit(rx, ry);
    SearchResult b = new GridSearch(new Ridge(), grid, new KFold(4, true, 1), List.of(Scorers.R2))
        .withNThreads(3).fit(rx, ry);
    assertArrayEquals(a.meanScores("r2"), b.meanScores("r2"), 0.0);
    assertEquals(a.bestParams(), b.bestParams());
    assertNoWorkerThreadsLeft();
  }

  private static void assertNoWorkerThreadsLeft() {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      boolean alive = Thread.getAllStackTraces().keySet().stream()
          .anyMatch(t -> t.getName().startsWith("praxis-select-") && t.isAlive());
      if (!alive) {
        return;
      }
      assertTrue(System.nanoTime() < deadline, "worker threads still alive 5 s after the call returned");
      Thread.onSpinWait();
    }
  }

  @Test
  void foldFailuresNameTheFold() {
    double[] yv = new double[20];
    Frame x = regression(yv, 2);
    Target y = Target.values(yv);
    for (int t : new int[] {1, 2}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(
          new TestEstimators.Failing(), x, y, new KFold(4), List.of(Scorers.R2), t));
      assertTrue(e.getMessage().contains("fold 0 of 4") && e.getMessage().contains("column 'x0'"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class,
        () -> CrossValidation.run(new Ridge(), x, y, new KFold(4), List.of(Scorers.R2), 0));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(new Ridge(), x, y,
        new KFold(4), List.of(Scorers.R2, Scorers.R2), 1)).getMessage().contains("unique"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(new Ridge(), x, y,
        List.of(new Fold(new int[] {0, 1}, new int[] {25})), List.of(Scorers.R2), false, 1)).getMessage()
        .contains("row 25"));
  }

  @Test
  void parametersAsStringsTypedValuesOrThroughTunable() {
    Frame x = blobs(5);
    Target y = blobLabels();
    Splitter s = new StratifiedKFold(3, true, 2);
    SearchResult text = new GridSearch(new NearestCentroid(), ParamGrid.builder().add("metric", "euclidean",
        "manhattan").build(), s, List.of(Scorers.ACCURACY)).fit(x, y);
    SearchResult typed = new GridSearch(new NearestCentroid(), ParamGrid.builder().add("metric", Metric.EUCLIDEAN,
        Metric.MANHATTAN).build(), s, List.of(Scorers.ACCURACY)).fit(x, y);
    assertArrayEquals(text.meanScores("accuracy"), typed.meanScores("accuracy"), 0.0);
    assertEquals(Map.of("metric", "manhattan"), typed.candidates().get(1).params());
    assertEquals(Metric.MANHATTAN, typed.candidates().get(1).values().get("metric"));

    double[] yv = new double[60];
    Frame rx = regression(yv, 4);
    Target ry = Target.values(yv);
    SearchResult plain = new GridSearch(new Ridge(), ParamGrid.builder().add("alpha", "0.1", "30").build(),
        new KFold(3), List.of(Scorers.R2)).fit(rx, ry);
    SearchResult wrapped = new GridSearch(new WrappedRidge(new Ridge()),
        ParamGrid.builder().add("inner.alpha", 0.1, 30.0).build(), new KFold(3), List.of(Scorers.R2))
        .fit(rx, ry);
    assertArrayEquals(plain.meanScores("r2"), wrapped.meanScores("r2"), 0.0);
    assertEquals(Map.of("inner.alpha", "30.0"), wrapped.candidates().get(1).params());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GridSearch(new Ridge(),
        ParamGrid.builder().add("alpah", 1.0).build(), new KFold(3), List.of(Scorers.R2)).fit(rx, ry));
    assertTrue(e.getMessage().contains("candidate 0") && e.getMessage().contains("alpah")
        && e.getMessage().contains("alpha"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new GridSearch(new Ridge(),
        ParamGrid.builder().add("alpha", -1.0).build(), new KFold(3), List.of(Scorers.R2)).fit(rx, ry));
    assertTrue(e.getMessage().contains("alpha"), e.getMessage());
  }

  @Test
  void gridOrderRankingAndRefitOptions() {
    ParamGrid g = ParamGrid.builder().add("b", "x", "y").add("a", 1, 2).build();
    assertEquals(4, g.size());
    assertEquals(List.of(Map.of("a", 1, "b", "x"), Map.of("a", 1, "b", "y"), Map.of("a", 2, "b", "x"),
        Map.of("a", 2, "b", "y")), g.candidates());
    assertEquals(List.of("a", "b"), new ArrayList<>(g.candidates().get(0).keySet()));
    // as scikit-learn: NaN means are replaced by (lowest mean - 1), so they tie for last
    assertArrayEquals(new int[] {3, 1, 1, 4, 4}, Search.rankMin(new double[] {0.5, 0.7, 0.7, Double.NaN, Double.NaN}));

    double[] yv = new double[50];
    Frame rx = regression(yv, 6);
    Target ry = Target.values(yv);
    GridSearch gs = new GridSearch(new Ridge(), ParamGrid.builder().add("alpha", 0.1, 1000.0).build(), new KFold(5),
        List.of(Scorers.R2, Scorers.NEG_MSE));
    SearchResult noRefit = gs.withRefit(false).withRefitScorer("neg_mse").withTrainScores(true).fit(rx, ry);
    assertEquals("neg_mse", noRefit.refitScorer());
    assertEquals(Map.of("alpha", "0.1"), noRefit.bestParams());
    assertFalse(noRefit.hasBestModel());
    assertThrows(IllegalStateException.class, noRefit::bestModel);
    assertTrue(noRefit.best().cv().hasTrainScores());
    assertEquals(1, noRefit.best().ranks().get("r2"));
    assertThrows(IllegalArgumentException.class, () -> gs.withRefitScorer("accuracy"));
    assertThrows(IllegalArgumentException.class, () -> ParamGrid.builder().add("a").build());
    assertThrows(IllegalArgumentException.class, () -> ParamGrid.builder().build());
  }

  @Test
  void randomSearchIsSeededAndRespectsDistributions() {
    Map<String, Distribution> space = new TreeMap<>();
    space.put("alpha", Distribution.logUniform(1e-3, 1e3));
    RandomSearch rs = new RandomSearch(new Ridge(), space, 12, 7, new KFold(3), List.of(Scorers.R2));
    assertEquals(rs.candidates(), rs.candidates());
    assertNotEquals(rs.candidates(), new RandomSearch(new Ridge(), space, 12, 8, new KFold(3),
        List.of(Scorers.R2)).candidates());
    for (Map<String, Object> c : rs.candidates()) {
      double a = (Double) c.get("alpha");
      assertTrue(a >= 1e-3 && a < 1e3, "alpha " + a);
    }
    double[] yv = new double[45];
    Frame rx = regression(yv, 9);
    Target ry = Target.values(yv);
    SearchResult one = rs.fit(rx, ry);
    SearchResult two = rs.withNThreads(2).fit(rx, ry);
    assertEquals(12, one.candidates().size());
    assertArrayEquals(one.meanScores("r2"), two.meanScores("r2"), 0.0);
    double bestSeen = Double.NEGATIVE_INFINITY;
    for (double m : one.meanScores("r2")) {
      bestSeen = Math.max(bestSeen, m);
    }
    assertEquals(bestSeen, one.bestScore(), 0.0);

    SplittableRandom r = new SplittableRandom(1);
    Distribution k = Distribution.intRange(2, 4);
    Distribution u = Distribution.uniform(-1, 1);
    Distribution ch = Distribution.choice("a", "b");
    boolean[] seen = new boolean[5];
    boolean[] seenChoice = new boolean[2];
    for (int i = 0; i < 200; i++) {
      seen[(Integer) k.sample(r)] = true;
      double v = (Double) u.sample(r);
      assertTrue(v >= -1 && v < 1);
      seenChoice[ch.sample(r).equals("a") ? 0 : 1] = true;
    }
    assertArrayEquals(new boolean[] {false, false, true, true, true}, seen);
    assertArrayEquals(new boolean[] {true, true}, seenChoice);
    assertThrows(IllegalArgumentException.class, () -> Distribution.logUniform(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Distribution.intRange(3, 2));
  }

  @Test
  void learningCurveSizesAreClippedAndDeduplicated() {
    double[] yv = new double[40];
    Frame rx = regression(yv, 10);
    Target ry = Target.values(yv);
    LearningCurve lc = LearningCurve.run(new Ridge(), rx, ry, new KFold(4), Scorers.R2,
        new double[] {1.0, 0.01, 0.02, 0.5}, 2);
    assertArrayEquals(new int[] {1, 15, 30}, lc.trainSizes());
    assertEquals(3, lc.trainScores().length);
    assertEquals(4, lc.testScores()[0].length);
    assertTrue(lc.testMean()[2] > lc.testMean()[0], lc.toString());
    assertThrows(IllegalArgumentException.class, () -> LearningCurve.run(new Ridge(), rx, ry, new KFold(4),
        Scorers.R2, new double[] {0}, 1));
  }

  @Test
  void gridSearchTunesInsideAPipeline() {
    Frame x = blobs(12);
    Target y = blobLabels();
    Splitter s = new StratifiedKFold(4, true, 1);
    Pipeline p = Pipeline.of(new StandardScaler(), new NearestCentroid());
    String key = new NearestCentroid().name() + ".metric";
    SearchResult r = new GridSearch(p, ParamGrid.builder().add(key, "euclidean", Metric.MANHATTAN).build(), s,
        List.of(Scorers.ACCURACY)).withNThreads(2).fit(x, y);
    Pipeline manhattan = p.withStepParams(Map.of(key, "manhattan"));
    CvResult direct = CrossValidation.run(manhattan, x, y, s, List.of(Scorers.ACCURACY), 1);
    assertArrayEquals(direct.scores("accuracy"), r.candidates().get(1).cv().scores("accuracy"), 0.0);
    assertEquals(Map.of(key, "manhattan"), r.candidates().get(1).params());
    assertTrue(r.bestModel() instanceof praxis.api.Classifier);
  }
}
