package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;

/** Hand-checkable cases and the behaviour of each option. */
class HgbBehaviourTest {
  private static HistGradientBoostingRegressor.Params tiny(int maxIter, double lr, double l2, double l1) {
    var d = HistGradientBoostingRegressor.Params.DEFAULTS;
    return new HistGradientBoostingRegressor.Params(d.loss(), d.huberDelta(), d.quantile(), lr, maxIter, 31,
        OptionalInt.empty(), 1, 0, l2, l1, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10, 1e-7,
        0L, 1);
  }

  /**
   * x = 1,2,3,4 and y = 1,1,3,3: the start is mean(y) = 2; gradients raw - y = 1,1,-1,-1; the only useful split
   * is at 2.5 (threshold = midpoint). With lambda = 1 each leaf is -G/(H + 1) = -+2/3 (times learning rate 1),
   * so predictions are 2 -+ 2/3. With alpha = 0.5 as well: -(2 - 0.5)/3 = -0.5.
   */
  @Test
  void oneSplitByHand() {
    Frame x = Frame.of(DoubleColumn.of("x", 1, 2, 3, 4));
    Target y = Target.values(1, 1, 3, 3);
    var m = new HistGradientBoostingRegressor(tiny(1, 1.0, 1.0, 0)).fit(x, y);
    assertArrayEquals(new double[] {2 - 2.0 / 3, 2 - 2.0 / 3, 2 + 2.0 / 3, 2 + 2.0 / 3}, m.predict(x), 1e-12);
    assertEquals(2.5, m.ensemble().nodes() == 3 ? threshold(m) : Double.NaN, 0);
    var m1 = new HistGradientBoostingRegressor(tiny(1, 1.0, 1.0, 0.5)).fit(x, y);
    assertArrayEquals(new double[] {1.5, 1.5, 2.5, 2.5}, m1.predict(x), 1e-12);
    // no regularization, learning rate 1: exact fit in one tree
    var m2 = new HistGradientBoostingRegressor(tiny(1, 1.0, 0, 0)).fit(x, y);
    assertArrayEquals(new double[] {1, 1, 3, 3}, m2.predict(x), 1e-12);
    // shrinkage 0.5 over two trees: residual halves each time -> 2 -+ (1 - 0.25)
    var m3 = new HistGradientBoostingRegressor(tiny(2, 0.5, 0, 0)).fit(x, y);
    assertArrayEquals(new double[] {1.25, 1.25, 2.75, 2.75}, m3.predict(x), 1e-12);
  }

  private static double threshold(HistGradientBoostingRegressorModel m) {
    return m.toState().getDoubles("threshold")[0];
  }

  @Test
  void missingValuesGoToTheLearnedSide() {
    // y is high exactly where x is missing or large
    double[] xv = {1, 2, 3, 4, Double.NaN, Double.NaN, 5, 6};
    Target y = Target.values(0, 0, 0, 0, 10, 10, 10, 10);
    Frame x = Frame.of(DoubleColumn.of("x", xv));
    var m = new HistGradientBoostingRegressor(tiny(1, 1.0, 0, 0)).fit(x, y);
    assertArrayEquals(new double[] {0, 0, 0, 0, 10, 10, 10, 10}, m.predict(x), 1e-12);
    assertEquals(10, m.predict(new double[] {Double.NaN}), 1e-12);
  }

  @Test
  void categoricalSplitGroupsLevels() {
    String[] lv = {"a", "b", "c", "d", "a", "b", "c", "d"};
    Frame x = Frame.of(CategoricalColumn.of("c", lv));
    Target y = Target.values(5, 0, 5, 0, 5, 0, 5, 0);
    var p = tiny(1, 1.0, 0, 0);
    var m = new HistGradientBoostingRegressor(p).fit(x, y);
    assertArrayEquals(new double[] {5, 0, 5, 0, 5, 0, 5, 0}, m.predict(x), 1e-12);
  }

  @Test
  void categoricalWithTooManyLevelsIsRefused() {
    int n = 10_000;
    String[] v = new String[n];
    double[] yv = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = "level" + i;
      yv[i] = i % 7;
    }
    Frame x = Frame.of(CategoricalColumn.of("id", v));
    var e = assertThrows(IllegalArgumentException.class,
        () -> new HistGradientBoostingRegressor().fit(x, Target.values(yv)));
    assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("10000 levels"), e.getMessage());
  }

  @Test
  void badInputs() {
    Frame x = Frame.of(DoubleColumn.of("x", 1, 2, 3, 4));
    var e = assertThrows(IllegalArgumentException.class,
        () -> new HistGradientBoostingRegressor().fit(x, Target.values(1, Double.NaN, 2, 3)));
    assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    var d = HistGradientBoostingRegressor.Params.DEFAULTS;
    var e2 = assertThrows(IllegalArgumentException.class, () -> new HistGradientBoostingRegressor.Params(
        d.loss(), 1, 0.5, 0.1, 100, 31, OptionalInt.empty(), 20, 1e-3, 0, 0, 0, 0, 256, 1, 1, 1, 1, new double[0],
        EarlyStopping.AUTO, 0.1, 10, 1e-7, 0L, 1));
    assertTrue(e2.getMessage().contains("maxBins") && e2.getMessage().contains("256"), e2.getMessage());
    Frame xe = Frame.of(DoubleColumn.of("z", 1, 2));
    var e3 = assertThrows(IllegalArgumentException.class,
        () -> new HistGradientBoostingRegressor().fit(x, Target.values(1, 2, 3, 4), xe, Target.values(1, 2)));
    assertTrue(e3.getMessage().contains("eval set") && e3.getMessage().contains("'z'"), e3.getMessage());
    var e4 = assertThrows(IllegalArgumentException.class, () -> new HistGradientBoostingRegressor(
        d.withMonotonicConstraints(1, 1)).fit(x, Target.values(1, 2, 3, 4)));
    assertTrue(e4.getMessage().contains("monotonicConstraints"), e4.getMessage());
  }

  @Test
  void monotonicConstraintIsRespected() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 400;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextDouble(-2, 2);
      b[i] = r.nextDouble(-2, 2);
      y[i] = a[i] + Math.sin(3 * a[i]) + b[i] + r.nextGaussian() * 0.3;
    }
    Frame x = Frame.of(DoubleColumn.wrap("a", a), DoubleColumn.wrap("b", b));
    var p = HistGradientBoostingRegressor.Params.DEFAULTS.withMonotonicConstraints(1, 0);
    var m = new HistGradientBoostingRegressor(p).fit(x, Target.values(y));
    for (double bv : new double[] {-1.5, 0, 1.5}) {
      double prev = Double.NEGATIVE_INFINITY;
      for (double av = -2; av <= 2; av += 0.01) {
        double v = m.predict(new double[] {av, bv});
        assertTrue(v >= prev - 1e-12, "prediction decreased at a=" + av + ", b=" + bv);
        prev = v;
      }
    }
  }

  @Test
  void earlyStoppingWithEvalSetRecordsHistoryAndStops() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    int n = d.x().rowCount();
    int[] tr = new int[n * 4 / 5];
    int[] va = new int[n - tr.length];
    for (int i = 0, a = 0, b = 0; i < n; i++) {
      if (i % 5 == 0) {
        va[b++] = i;
      } else {
        tr[a++] = i;
      }
    }
    var p = HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(500);
    var m = new HistGradientBoostingClassifier(p).fit(d.x().rows(tr), d.y().rows(tr), d.x().rows(va),
        d.y().rows(va));
    double[] hist = m.validationLoss();
    assertTrue(hist.length < 500, "early stopping ran all " + hist.length + " iterations");
    assertEquals(m.trainLoss().length, hist.length);
    int best = 0;
    for (int i = 1; i < hist.length; i++) {
      if (hist[i] < hist[best] - 1e-7) {
        best = i;
      }
    }
    assertEquals(best + 1, m.iterations(), "kept trees up to the best validation iteration");
    assertEquals(hist.length - 1 - best, 10, "stopped after 10 iterations without improvement");
    // eval-set loss without stopping is still recorded
    var off = new HistGradientBoostingClassifier(p.withMaxIter(30).withEarlyStopping(EarlyStopping.OFF))
        .fit(d.x().rows(tr), d.y().rows(tr), d.x().rows(va), d.y().rows(va));
    assertEquals(30, off.validationLoss().length);
    assertEquals(30, off.iterations());
  }

  @Test
  void importancesPointAtTheInformativeFeature() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 300;
    double[] a = new double[n];
    double[] noise = new double[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextGaussian();
      noise[i] = r.nextGaussian();
      labels[i] = a[i] > 0.3 ? "yes" : "no";
    }
    Frame x = Frame.of(DoubleColumn.wrap("noise", noise), DoubleColumn.wrap("a", a));
    var m = new HistGradientBoostingClassifier(HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(10))
        .fit(x, Target.classes(labels));
    double[] gain = m.featureImportances(ImportanceType.GAIN);
    assertEquals(1.0, gain[0] + gain[1], 1e-12);
    assertTrue(gain[1] > 0.9, Arrays.toString(gain));
    double[] splits = m.featureImportances(ImportanceType.SPLIT);
    assertTrue(splits[1] >= 10, Arrays.toString(splits));
  }

  @Test
  void identicalModelsForAnyThreadCountOnLargerData() throws Exception {
    SplittableRandom r = new SplittableRandom(9);
    int n = 6000;
    int p = 12;
    DoubleColumn[] cols = new DoubleColumn[p];
    double[][] v = new double[p][n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        v[j][i] = r.nextDouble() < 0.05 ? Double.NaN : r.nextGaussian();
        s += Double.isNaN(v[j][i]) ? 0.5 : v[j][i] * (j % 3 - 1);
      }
      labels[i] = "c" + (s > 0.5 ? 2 : s > -0.5 ? 1 : 0);
    }
    for (int j = 0; j < p; j++) {
      cols[j] = DoubleColumn.wrap("f" + j, v[j]);
    }
    Frame x = Frame.of(cols);
    Target y = Target.classes(labels);
    var base = HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(15);
    var p1 = with(base, 0.8, 0.7, 0.8, 1);
    var m1 = new HistGradientBoostingClassifier(p1).fit(x, y);
    var m3 = new HistGradientBoostingClassifier(with(base, 0.8, 0.7, 0.8, 3)).fit(x, y);
    assertEquals(m1.ensemble().nodes(), m3.ensemble().nodes());
    assertArrayEquals(m1.toState().getDoubles("value"), m3.toState().getDoubles("value"));
    assertTrue(Arrays.deepEquals(m1.predictProba(x), m3.predictProba(x)));
    // a different seed gives a different model (subsampling is active)
    var other = new HistGradientBoostingClassifier(withSeed(p1, 1L)).fit(x, y);
    assertNotEquals(Arrays.toString(m1.toState().getDoubles("value")),
        Arrays.toString(other.toState().getDoubles("value")));
    // single-row prediction equals the batch one; save/load keeps it
    double[][] batch = m1.predictProba(x);
    double[] row = new double[p];
    for (int j = 0; j < p; j++) {
      row[j] = v[j][17];
    }
    assertArrayEquals(batch[17], m1.predictProba(row), 0);
    Path dir = Files.createTempDirectory("hgb");
    Path f = dir.resolve("m.praxis");
    ModelIO.save(m1, f);
    var back = (HistGradientBoostingClassifierModel) ModelIO.load(f);
    assertTrue(Arrays.deepEquals(batch, back.predictProba(x)));
    Files.delete(f);
    Files.delete(dir);
  }

  private static HistGradientBoostingClassifier.Params with(HistGradientBoostingClassifier.Params b, double sub,
      double byTree, double byNode, int threads) {
    return new HistGradientBoostingClassifier.Params(b.learningRate(), b.maxIter(), b.maxLeafNodes(), b.maxDepth(),
        b.minSamplesLeaf(), b.minChildWeight(), 1.0, 0.1, b.minSplitGain(), b.maxDeltaStep(), 64, sub, byTree,
        0.9, byNode, b.monotonicConstraints(), EarlyStopping.OFF, b.validationFraction(), b.nIterNoChange(), b.tol(),
        b.seed(), threads);
  }

  private static HistGradientBoostingClassifier.Params withSeed(HistGradientBoostingClassifier.Params b, long s) {
    return new HistGradientBoostingClassifier.Params(b.learningRate(), b.maxIter(), b.maxLeafNodes(), b.maxDepth(),
        b.minSamplesLeaf(), b.minChildWeight(), b.l2Regularization(), b.l1Regularization(), b.minSplitGain(),
        b.maxDeltaStep(), b.maxBins(), b.subsample(), b.colsampleByTree(), b.colsampleByLevel(),
        b.colsampleByNode(), b.monotonicConstraints(), b.earlyStopping(), b.validationFraction(), b.nIterNoChange(),
        b.tol(), s, b.nThreads());
  }

  @Test
  void depthWiseGrowthRespectsMaxDepth() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    var b = HistGradientBoostingClassifier.Params.DEFAULTS;
    var p = new HistGradientBoostingClassifier.Params(b.learningRate(), 5, 0, OptionalInt.of(2), 1, 0, 1, 0, 0,
        0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10, 1e-7, 0L, 1);
    var m = new HistGradientBoostingClassifier(p).fit(d.x(), d.y());
    assertEquals(5 * 7, m.ensemble().nodes(), "5 full trees of depth 2");
  }

  @Test
  void customLossAndBuiltInRobustLosses() throws Exception {
    SplittableRandom r = new SplittableRandom(11);
    int n = 600;
    double[] a = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextDouble(0, 3);
      y[i] = Math.exp(0.5 * a[i]) + r.nextGaussian() * 0.5;
    }
    Frame x = Frame.of(DoubleColumn.wrap("a", a));
    Target t = Target.values(y);
    // log-cosh as a custom loss with the identity link: close to the squared-loss fit
    Loss logCosh = new Loss() {
      @Override
      public double value(double yi, double raw) {
        return Math.log(Math.cosh(raw - yi));
      }

      @Override
      public double gradient(double yi, double raw) {
        return Math.tanh(raw - yi);
      }

      @Override
      public double hessian(double yi, double raw) {
        double th = Math.tanh(raw - yi);
        return Math.max(1 - th * th, 1e-6);
      }
    };
    var p = HistGradientBoostingRegressor.Params.DEFAULTS;
    var custom = new HistGradientBoostingRegressor(p, logCosh).fit(x, t);
    var squared = new HistGradientBoostingRegressor(p).fit(x, t);
    double diff = 0;
    double[] pc = custom.predict(x);
    double[] ps = squared.predict(x);
    for (int i = 0; i < n; i++) {
      diff = Math.max(diff, Math.abs(pc[i] - ps[i]));
    }
    assertTrue(diff < 0.5, "log-cosh and squared fits differ by " + diff);
    double[] hist = custom.trainLoss();
    assertTrue(hist[hist.length - 1] < hist[0], "training loss decreased");
    // the 0.9 quantile model covers about 90% of the training targets
    var q = new HistGradientBoostingRegressor(new HistGradientBoostingRegressor.Params(
        HistGradientBoostingRegressor.RegressionLoss.QUANTILE, 1, 0.9, 0.1, 200, 31, OptionalInt.empty(), 20, 1e-3,
        0, 0, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10, 1e-7, 0L, 1)).fit(x, t);
    double[] pq = q.predict(x);
    int below = 0;
    for (int i = 0; i < n; i++) {
      below += y[i] <= pq[i] ? 1 : 0;
    }
    assertEquals(0.9, below / (double) n, 0.05);
    // Poisson: predictions positive, saved link restores them
    double[] counts = new double[n];
    for (int i = 0; i < n; i++) {
      counts[i] = Math.floor(Math.exp(0.6 * a[i]) * r.nextDouble(0.5, 1.5));
    }
    var pois = new HistGradientBoostingRegressor(p.withLoss(HistGradientBoostingRegressor.RegressionLoss.POISSON))
        .fit(x, Target.values(counts));
    assertEquals(Loss.Link.LOG, pois.link());
    Path dir = Files.createTempDirectory("hgb");
    Path f = dir.resolve("m.praxis");
    ModelIO.save(pois, f);
    var back = (HistGradientBoostingRegressorModel) ModelIO.load(f);
    assertArrayEquals(pois.predict(x), back.predict(x), 0);
    for (double v : back.predict(x)) {
      assertTrue(v > 0);
    }
    Files.delete(f);
    Files.delete(dir);
  }

  @Test
  void maxDeltaStepMinSplitGainAndMinChildWeight() {
    Frame x = Frame.of(DoubleColumn.of("x", 1, 2, 3, 4));
    Target y = Target.values(1, 1, 3, 3);
    var d = tiny(1, 1.0, 0, 0);
    // maxDeltaStep 0.25 clips the leaf values -1 and +1 (before shrinkage)
    var clipped = new HistGradientBoostingRegressor(new HistGradientBoostingRegressor.Params(d.loss(), 1, 0.5, 1.0,
        1, 31, OptionalInt.empty(), 1, 0, 0, 0, 0, 0.25, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10,
        1e-7, 0L, 1)).fit(x, y);
    assertArrayEquals(new double[] {1.75, 1.75, 2.25, 2.25}, clipped.predict(x), 1e-12);
    // gain of the split at 2.5: G_L^2/(2 H_L) + G_R^2/(2 H_R) - G^2/(2 H) = 4/4 + 4/4 - 0 = 2, so minSplitGain
    // 2.5 forbids it and 1.5 allows it
    var noSplit = new HistGradientBoostingRegressor(new HistGradientBoostingRegressor.Params(d.loss(), 1, 0.5, 1.0,
        1, 31, OptionalInt.empty(), 1, 0, 0, 0, 2.5, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10,
        1e-7, 0L, 1)).fit(x, y);
    assertArrayEquals(new double[] {2, 2, 2, 2}, noSplit.predict(x), 1e-12);
    var split = new HistGradientBoostingRegressor(new HistGradientBoostingRegressor.Params(d.loss(), 1, 0.5, 1.0,
        1, 31, OptionalInt.empty(), 1, 0, 0, 0, 1.5, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10,
        1e-7, 0L, 1)).fit(x, y);
    assertArrayEquals(new double[] {1, 1, 3, 3}, split.predict(x), 1e-12);
    // squared loss has hessian 1 per row: minChildWeight 2.5 leaves no valid split of 4 rows
    var heavy = new HistGradientBoostingRegressor(new HistGradientBoostingRegressor.Params(d.loss(), 1, 0.5, 1.0,
        1, 31, OptionalInt.empty(), 1, 2.5, 0, 0, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10,
        1e-7, 0L, 1)).fit(x, y);
    assertArrayEquals(new double[] {2, 2, 2, 2}, heavy.predict(x), 1e-12);
  }
}
