package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.ParamsCodec;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.trees.ClassWeight;
import praxis.trees.forest.ImbalancedSpam;

/** Class weights of the histogram gradient boosting classifier. */
class HgbClassWeightTest {
  private static final HistGradientBoostingClassifier.Params EXACT = HistGradientBoostingClassifier.Params.DEFAULTS
      .withMaxIter(15).withEarlyStopping(EarlyStopping.OFF);

  @Test
  void balancedRaisesMinorityRecallOnImbalancedSpam() {
    ImbalancedSpam d = new ImbalancedSpam();
    var p = HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(50);
    var none = new HistGradientBoostingClassifier(p).fit(d.xTrain, d.yTrain);
    var bal = new HistGradientBoostingClassifier(p.withClassWeight(ClassWeight.BALANCED)).fit(d.xTrain, d.yTrain);
    double rNone = d.minorityRecall(none);
    double rBal = d.minorityRecall(bal);
    System.out.printf("spam 95/5 minority recall: HGB none %.3f, HGB balanced %.3f%n", rNone, rBal);
    assertTrue(rBal > rNone + 0.05, "balanced " + rBal + " vs none " + rNone);
  }

  @Test
  void balancedEqualsExplicitClassWeightsAsSampleWeights() {
    Datasets.XY pima = Datasets.xy("PimaIndiansDiabetes2");
    Target y = pima.y();
    int[] cnt = y.classCounts();
    double[] w = new double[y.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = (double) y.size() / (2.0 * cnt[y.code(i)]);
    }
    double[][] a = new HistGradientBoostingClassifier(EXACT.withClassWeight(ClassWeight.BALANCED))
        .fit(pima.x(), y).predictProba(pima.x());
    double[][] b = new HistGradientBoostingClassifier(EXACT).fit(pima.x(), y, w).predictProba(pima.x());
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(b[i], a[i], 0.0);
    }
  }

  @Test
  void integerClassWeightEqualsDuplicatedMinorityRows() {
    // iris has < 255 distinct values per column, so the bins do not depend on duplication; minSamplesLeaf = 1
    // and no subsampling or early stopping: weight 2 on class 2 must give the same model as its rows twice
    Datasets.XY iris = Datasets.xy("iris");
    Target y = iris.y();
    int n = y.size();
    double[] w = new double[n];
    int extra = 0;
    for (int i = 0; i < n; i++) {
      w[i] = y.code(i) == 2 ? 2 : 1;
      extra += y.code(i) == 2 ? 1 : 0;
    }
    int[] dup = new int[n + extra];
    int m = 0;
    for (int i = 0; i < n; i++) {
      dup[m++] = i;
      if (y.code(i) == 2) {
        dup[m++] = i;
      }
    }
    var p = new HistGradientBoostingClassifier.Params(0.1, 10, 8, java.util.OptionalInt.empty(), 1, 1e-3, 0, 0, 0,
        0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10, 1e-7, 0L, 1);
    double[][] weighted = new HistGradientBoostingClassifier(p).fit(iris.x(), y, w).predictProba(iris.x());
    double[][] duplicated = new HistGradientBoostingClassifier(p).fit(iris.x().rows(dup), y.rows(dup))
        .predictProba(iris.x());
    for (int i = 0; i < n; i++) {
      assertArrayEquals(duplicated[i], weighted[i], 1e-12);
    }
  }

  @Test
  void paramsRoundTripAndSaveLoad() throws Exception {
    var p = ParamsCodec.with(EXACT, Map.of("classWeight", "balanced"));
    assertEquals(ClassWeight.BALANCED, p.classWeight());
    assertEquals("balanced", ParamsCodec.toStrings(p).get("classWeight"));
    Datasets.XY iris = Datasets.xy("iris");
    var m = new HistGradientBoostingClassifier(p).fit(iris.x(), iris.y());
    Path f = Files.createTempFile("hgb-cw", ".praxis");
    try {
      ModelIO.save(m, f);
      var back = (HistGradientBoostingClassifierModel) ModelIO.load(f);
      double[][] a = m.predictProba(iris.x());
      double[][] b = back.predictProba(iris.x());
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], 0.0);
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @Test
  void commonChecksWithBalancedWeights() {
    Datasets.XY bc = Datasets.xy("BreastCancer");
    EstimatorChecks.runAll(Config.classifier(new HistGradientBoostingClassifier(
        HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(20).withClassWeight(ClassWeight.BALANCED)),
        bc.x(), bc.y()).nanSupported(true).infinitySupported(true));
  }
}
