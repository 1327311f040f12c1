package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.ParamsCodec;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;

/** Class weights of the MLP classifier: loss scaling per sample through the Trainer's mask. */
class MlpClassWeightTest {
  private static Frame standardized(Frame x) {
    return new praxis.preprocess.StandardScaler().fit(x, Target.none(x.rowCount())).transform(x);
  }

  @Test
  void balancedRaisesMinorityRecallOnImbalancedSpam() {
    // 95/5 subsample of spam: all non-spam rows, every 12th spam row; train on 2/3, test on the other third
    Datasets.XY s = Datasets.xy("spam");
    int[] counts = s.y().classCounts();
    int minority = counts[0] < counts[1] ? 0 : 1;
    int n = s.y().size();
    int[] keep = new int[n];
    int m = 0;
    int seen = 0;
    for (int i = 0; i < n; i++) {
      if (s.y().code(i) != minority || seen++ % 12 == 0) {
        keep[m++] = i;
      }
    }
    keep = Arrays.copyOf(keep, m);
    Frame x = standardized(s.x().rows(keep));
    Target y = s.y().rows(keep);
    int[] train = java.util.stream.IntStream.range(0, m).filter(i -> i % 3 != 0).toArray();
    int[] test = java.util.stream.IntStream.range(0, m).filter(i -> i % 3 == 0).toArray();
    var p = MLPClassifier.Params.DEFAULTS.withHidden("32").withBatches(64, 30).withSeed(3);
    var none = new MLPClassifier(p).fit(x.rows(train), y.rows(train));
    var bal = new MLPClassifier(p.withClassWeight(MLPClassifier.ClassWeight.BALANCED))
        .fit(x.rows(train), y.rows(train));
    double rNone = recall(none.predict(x.rows(test)), y.rows(test), minority);
    double rBal = recall(bal.predict(x.rows(test)), y.rows(test), minority);
    System.out.printf("spam 95/5 minority recall: MLP none %.3f, MLP balanced %.3f%n", rNone, rBal);
    assertTrue(rBal > rNone + 0.05, "balanced " + rBal + " vs none " + rNone);
  }

  private static double recall(int[] pred, Target y, int minority) {
    int tp = 0;
    int pos = 0;
    for (int i = 0; i < pred.length; i++) {
      if (y.code(i) == minority) {
        pos++;
        tp += pred[i] == minority ? 1 : 0;
      }
    }
    return (double) tp / pos;
  }

  @Test
  void balancedEqualsDuplicatingRowsInFullBatch() {
    // wine: 59/71/48 rows; with one full batch, no L2, the balanced loss sum w_i l_i / sum w_i equals the
    // mean loss over rows duplicated in proportion to the weights. Counts 59,71,48 have no common small
    // integer weights, so take 48 rows of class 0, 48 of class 1 and 24 of class 2: balanced weights
    // (120/(3 n_k)) are 5/6, 5/6, 5/3, i.e. proportional to 1, 1, 2 -> class 2 rows duplicated once.
    Datasets.XY w = Datasets.xy("wine");
    Target y0 = w.y();
    int[] quota = {48, 48, 24};
    int[] taken = new int[3];
    int[] rows = new int[120];
    int r = 0;
    for (int i = 0; i < y0.size(); i++) {
      int c = y0.code(i);
      if (taken[c] < quota[c]) {
        taken[c]++;
        rows[r++] = i;
      }
    }
    Frame x = standardized(w.x().rows(rows));
    Target y = y0.rows(rows);
    int[] dup = new int[144];
    int d = 0;
    for (int i = 0; i < 120; i++) {
      dup[d++] = i;
      if (y.code(i) == 2) {
        dup[d++] = i;
      }
    }
    var p = MLPClassifier.Params.DEFAULTS.withHidden("6").withBatches(1000, 25).withAlpha(0).withSeed(5);
    double[][] a = new MLPClassifier(p.withClassWeight(MLPClassifier.ClassWeight.BALANCED)).fit(x, y)
        .predictProba(x);
    double[][] b = new MLPClassifier(p).fit(x.rows(dup), y.rows(dup)).predictProba(x);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(b[i], a[i], 1e-9, "row " + i);
    }
  }

  @Test
  void paramsRoundTripSaveLoadAndChecks() throws Exception {
    var p = ParamsCodec.with(MLPClassifier.Params.DEFAULTS.withHidden("8").withBatches(16, 20),
        Map.of("classWeight", "balanced"));
    assertEquals(MLPClassifier.ClassWeight.BALANCED, p.classWeight());
    assertEquals(p, ParamsCodec.with(MLPClassifier.Params.DEFAULTS, ParamsCodec.toStrings(p)));
    Datasets.XY iris = Datasets.xy("iris");
    Frame x = standardized(iris.x());
    var m = new MLPClassifier(p).fit(x, iris.y());
    Path f = Files.createTempFile("mlp-cw", ".praxis");
    try {
      ModelIO.save(m, f);
      var back = (MLPClassifierModel) ModelIO.load(f);
      double[][] a = m.predictProba(x);
      double[][] b = back.predictProba(x);
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], 0.0);
      }
    } finally {
      Files.deleteIfExists(f);
    }
    EstimatorChecks.runAll(Config.classifier(new MLPClassifier(p), x, iris.y()));
  }
}
