package praxis.trees.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.ParamsCodec;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.trees.RegressionCriterion;
import praxis.trees.internal.Features;

/**
 * Histogram split search ({@code maxBins > 0}): the quantile bins, identity with exact search when every
 * feature has at most {@code maxBins} distinct values, accuracy close to exact search on continuous data,
 * thread invariance, missing values, save/load and parameter validation.
 */
class HistogramForestTest {
  private static final Datasets.XY IRIS = Datasets.xy("iris");

  @Test
  void binsCutSortedValuesIntoEqualCountRunsWithoutSplittingTies() {
    int n = 1000;
    double[] v = new double[n];
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      v[i] = i % 10 == 0 ? Double.NaN : i < 300 ? 5.0 : rng.nextDouble();
    }
    double[] few = new double[n];
    for (int i = 0; i < n; i++) {
      few[i] = i % 3 - 1;
    }
    Frame x = Frame.of(DoubleColumn.wrap("v", v), DoubleColumn.wrap("few", few));
    Features.Bins b = Features.forFit(x, "test").bins(16, 2);
    assertTrue(b.count[0] <= 16 && b.count[0] >= 8, "bins " + b.count[0]);
    assertTrue(b.hasMissing[0]);
    assertFalse(b.hasMissing[1]);
    int[] rows = new int[b.count[0]];
    for (int i = 0; i < n; i++) {
      int c = b.codes[0][i] & 0xFF;
      if (Double.isNaN(v[i])) {
        assertEquals(Features.Bins.MISSING, c);
        continue;
      }
      rows[c]++;
      assertTrue(b.lo[0][c] <= v[i] && v[i] <= b.hi[0][c], "row " + i + " value " + v[i] + " bin " + c);
    }
    for (int c = 1; c < b.count[0]; c++) {
      assertTrue(b.hi[0][c - 1] < b.lo[0][c], "bins are disjoint and ascending");
    }
    // the 270 present rows equal to 5.0 (the largest value) are never split: one bin holds them all
    int five = b.codes[0][1] & 0xFF;
    assertEquals(b.count[0] - 1, five);
    assertEquals(5.0, b.hi[0][five]);
    assertTrue(rows[five] >= 270, "5.0 bin has " + rows[five] + " rows");
    // 900 other present values, cut in about equal parts
    for (int c = 0; c < b.count[0]; c++) {
      if (c != five) {
        assertTrue(rows[c] <= 2 * 900 / 16 + 1, "bin " + c + " has " + rows[c] + " rows");
      }
    }
    // at most maxBins distinct values: one bin per value
    assertEquals(3, b.count[1]);
    assertArrayEquals(new double[] {-1, 0, 1}, b.lo[1]);
    assertArrayEquals(new double[] {-1, 0, 1}, b.hi[1]);
  }

  /** Iris has fewer than 255 distinct values per feature, so histogram search finds exactly the same splits. */
  @Test
  void sameForestAsExactSearchWhenEveryValueHasItsBin() {
    ForestClassifierParams p = RandomForestClassifier.DEFAULTS.withNTrees(20).withSeed(5);
    assertSameProba(p, IRIS.x(), IRIS.y());
    // two classes: the packed weight/class scan
    String[] two = new String[IRIS.y().size()];
    for (int i = 0; i < two.length; i++) {
      two[i] = IRIS.y().code(i) == 2 ? "virginica" : "other";
    }
    assertSameProba(p, IRIS.x(), Target.classes(two));
    // regression
    Datasets.XY servo = Datasets.xy("Servo");
    var r = RandomForestRegressor.DEFAULTS.withNTrees(10).withSeed(2);
    double[] a = new RandomForestRegressor(r).fit(servo.x(), servo.y()).predict(servo.x());
    double[] b = new RandomForestRegressor(r.withMaxBins(255)).fit(servo.x(), servo.y()).predict(servo.x());
    assertArrayEquals(a, b, 1e-9);
  }

  private static void assertSameProba(ForestClassifierParams p, Frame x, Target y) {
    double[][] a = new RandomForestClassifier(p).fit(x, y).predictProba(x);
    double[][] b = new RandomForestClassifier(p.withMaxBins(255)).fit(x, y).predictProba(x);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0, "row " + i);
    }
  }

  /** Held-out accuracy on continuous data (breast_cancer, spam, Sonar): within 2 points of exact search. */
  @Test
  void accuracyCloseToExactSearch() {
    for (String name : new String[] {"breast_cancer", "spam", "Sonar"}) {
      Datasets.XY d = Datasets.xy(name);
      int n = d.x().rowCount();
      int[] perm = permutation(n, 11);
      int nTrain = (int) (0.7 * n);
      int[] tr = java.util.Arrays.copyOf(perm, nTrain);
      int[] te = java.util.Arrays.copyOfRange(perm, nTrain, n);
      Frame xTr = d.x().rows(tr);
      Target yTr = d.y().rows(tr);
      Frame xTe = d.x().rows(te);
      int[] yTe = d.y().rows(te).codes();
      ForestClassifierParams p = RandomForestClassifier.DEFAULTS.withNTrees(40).withSeed(1).withNThreads(2);
      double exact = accuracy(new RandomForestClassifier(p).fit(xTr, yTr).predict(xTe), yTe);
      double h255 = accuracy(new RandomForestClassifier(p.withMaxBins(255)).fit(xTr, yTr).predict(xTe), yTe);
      double h32 = accuracy(new RandomForestClassifier(p.withMaxBins(32)).fit(xTr, yTr).predict(xTe), yTe);
      assertEquals(exact, h255, 0.02, name + ": exact " + exact + " vs 255 bins " + h255);
      assertEquals(exact, h32, 0.03, name + ": exact " + exact + " vs 32 bins " + h32);
    }
    Datasets.XY db = Datasets.xy("diabetes");
    var r = RandomForestRegressor.DEFAULTS.withNTrees(30).withOobScore(true).withSeed(4);
    double exact = new RandomForestRegressor(r).fit(db.x(), db.y()).oobScore().getAsDouble();
    double hist = new RandomForestRegressor(r.withMaxBins(64)).fit(db.x(), db.y()).oobScore().getAsDouble();
    assertEquals(exact, hist, 0.03, "diabetes OOB R2 exact " + exact + " vs 64 bins " + hist);
  }

  @Test
  void sameForestForAnyThreadCountWithMissingValues() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    Frame x = withMissing(d.x(), 0.1, 9);
    ForestClassifierParams p = RandomForestClassifier.DEFAULTS.withNTrees(12).withMaxBins(64).withSeed(3);
    ForestClassifierModel one = new RandomForestClassifier(p.withNThreads(1)).fit(x, d.y());
    ForestClassifierModel three = new RandomForestClassifier(p.withNThreads(3)).fit(x, d.y());
    double[][] a = one.predictProba(x);
    double[][] b = three.predictProba(x);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
    }
    assertTrue(accuracy(one.predict(x), d.y().codes()) > 0.95, "training accuracy with 10% missing cells");
    // three classes with missing values: the generic histogram scan
    Frame xi = withMissing(IRIS.x(), 0.15, 4);
    ForestClassifierModel m = new RandomForestClassifier(p.withMaxBins(8).withOobScore(true)).fit(xi, IRIS.y());
    assertTrue(m.oobScore().getAsDouble() > 0.8, "iris OOB accuracy with 15% missing cells, 8 bins");
  }

  @Test
  void saveAndLoadKeepPredictionsAndParams(@TempDir Path dir) throws Exception {
    ForestClassifierParams p = RandomForestClassifier.DEFAULTS.withNTrees(10).withMaxBins(20).withSeed(8);
    ForestClassifierModel m = new RandomForestClassifier(p).fit(IRIS.x(), IRIS.y());
    Path f = dir.resolve("rf.praxis");
    ModelIO.save(m, f);
    assertTrue(Files.size(f) > 0);
    ForestClassifierModel back = (ForestClassifierModel) ModelIO.load(f);
    double[][] a = m.predictProba(IRIS.x());
    double[][] b = back.predictProba(IRIS.x());
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
    }
    assertEquals("20", ParamsCodec.toStrings(p).get("maxBins"));
    assertEquals(p, ParamsCodec.with(RandomForestClassifier.DEFAULTS, ParamsCodec.toStrings(p)));
    assertEquals(0, ParamsCodec.with(RandomForestClassifier.DEFAULTS, Map.of("nTrees", "5")).maxBins());
    // the CLI's name=value flags reach the parameter through the estimator registry
    var est = praxis.api.Estimators.create("random_forest_classifier", Map.of("maxBins", "255"));
    assertEquals(255, ((ForestClassifierParams) est.params()).maxBins());
  }

  @Test
  void invalidSettingsAreRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> RandomForestClassifier.DEFAULTS.withMaxBins(1));
    assertTrue(e.getMessage().contains("maxBins") && e.getMessage().contains("1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RandomForestRegressor.DEFAULTS.withMaxBins(256));
    var et = assertThrows(IllegalArgumentException.class, () -> new ExtraTreesClassifier(
        ExtraTreesClassifier.DEFAULTS.withMaxBins(64)).fit(IRIS.x(), IRIS.y()));
    assertTrue(et.getMessage().contains("maxBins=64"), et.getMessage());
    Datasets.XY db = Datasets.xy("diabetes");
    ForestRegressorParams mae = ParamsCodec.with(RandomForestRegressor.DEFAULTS,
        Map.of("criterion", RegressionCriterion.ABSOLUTE_ERROR.name(), "maxBins", "64"));
    assertThrows(IllegalArgumentException.class, () -> new RandomForestRegressor(mae).fit(db.x(), db.y()));
  }

  private static Frame withMissing(Frame x, double rate, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    DoubleColumn[] cols = new DoubleColumn[x.columnCount()];
    for (int j = 0; j < cols.length; j++) {
      double[] v = ((DoubleColumn) x.column(j)).toArray();
      for (int i = 0; i < v.length; i++) {
        if (rng.nextDouble() < rate) {
          v[i] = Double.NaN;
        }
      }
      cols[j] = DoubleColumn.wrap(x.column(j).name(), v);
    }
    return Frame.of(cols);
  }

  private static int[] permutation(int n, long seed) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int k = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[k];
      p[k] = t;
    }
    return p;
  }

  private static double accuracy(int[] pred, int[] y) {
    int ok = 0;
    for (int i = 0; i < y.length; i++) {
      ok += pred[i] == y[i] ? 1 : 0;
    }
    return (double) ok / y.length;
  }
}
