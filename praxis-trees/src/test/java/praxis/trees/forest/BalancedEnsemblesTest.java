package praxis.trees.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.ParamsCodec;
import praxis.io.Datasets;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.trees.bagging.BaggingClassifier;
import praxis.trees.bagging.BaggingClassifierModel;
import praxis.trees.bagging.BalancedBaggingClassifier;

/**
 * Balanced random forest and balanced bagging: common checks, higher minority recall than their plain
 * counterparts on a 95/5 subsample of spam, identical models for any thread count.
 */
class BalancedEnsemblesTest {
  private static final ImbalancedSpam DATA = new ImbalancedSpam();

  @Test
  void subsetIsImbalanced() {
    double share = DATA.minorityShare();
    assertTrue(share > 0.04 && share < 0.06, "minority share " + share);
  }

  @Test
  void balancedForestRaisesMinorityRecall() {
    ForestClassifierModel plain = new RandomForestClassifier(RandomForestClassifier.DEFAULTS.withNTrees(50))
        .fit(DATA.xTrain, DATA.yTrain);
    ForestClassifierModel balanced = new BalancedRandomForestClassifier(
        BalancedRandomForestClassifier.Params.DEFAULTS.withNTrees(50)).fit(DATA.xTrain, DATA.yTrain);
    double rPlain = DATA.minorityRecall(plain);
    double rBal = DATA.minorityRecall(balanced);
    System.out.printf("spam 95/5 minority recall: random forest %.3f, balanced random forest %.3f%n", rPlain, rBal);
    assertTrue(rBal > rPlain + 0.05, "balanced " + rBal + " vs plain " + rPlain);
  }

  @Test
  void balancedBaggingRaisesMinorityRecall() {
    BaggingClassifierModel plain = new BaggingClassifier(BaggingClassifier.DEFAULTS.withNEstimators(20))
        .fit(DATA.xTrain, DATA.yTrain);
    BaggingClassifierModel balanced = new BalancedBaggingClassifier(
        BalancedBaggingClassifier.Params.DEFAULTS.withNEstimators(20)).fit(DATA.xTrain, DATA.yTrain);
    double rPlain = DATA.minorityRecall(plain);
    double rBal = DATA.minorityRecall(balanced);
    System.out.printf("spam 95/5 minority recall: bagging %.3f, balanced bagging %.3f%n", rPlain, rBal);
    assertTrue(rBal > rPlain + 0.05, "balanced " + rBal + " vs plain " + rPlain);
  }

  @Test
  void identicalForAnyThreadCount() {
    var p = BalancedRandomForestClassifier.Params.DEFAULTS.withNTrees(12).withSeed(7);
    double[][] one = new BalancedRandomForestClassifier(p).fit(DATA.xTrain, DATA.yTrain).predictProba(DATA.xTest);
    double[][] three = new BalancedRandomForestClassifier(p.withNThreads(3)).fit(DATA.xTrain, DATA.yTrain)
        .predictProba(DATA.xTest);
    for (int i = 0; i < one.length; i++) {
      assertArrayEquals(one[i], three[i], 0.0);
    }
    var q = BalancedBaggingClassifier.Params.DEFAULTS.withNEstimators(6).withSeed(7).withMaxFeatures(0.5);
    double[][] b1 = new BalancedBaggingClassifier(q).fit(DATA.xTrain, DATA.yTrain).predictProba(DATA.xTest);
    double[][] b3 = new BalancedBaggingClassifier(q.withNThreads(3)).fit(DATA.xTrain, DATA.yTrain)
        .predictProba(DATA.xTest);
    for (int i = 0; i < b1.length; i++) {
      assertArrayEquals(b1[i], b3[i], 0.0);
    }
  }

  @Test
  void balancedSampleHasMinoritySizePerClass() {
    int[] yc = {0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2};
    int[][] by = BalancedRandomForestClassifier.rowsByClass(yc, 3);
    for (boolean replacement : new boolean[] {true, false}) {
      int[] c = BalancedRandomForestClassifier.balancedSample(42L, by, yc.length, replacement);
      int[] perClass = new int[3];
      for (int i = 0; i < yc.length; i++) {
        perClass[yc[i]] += c[i];
        if (!replacement) {
          assertTrue(c[i] <= 1, "without replacement row " + i + " drawn " + c[i] + " times");
        }
      }
      assertArrayEquals(new int[] {2, 2, 2}, perClass);
    }
  }

  @Test
  void paramsRoundTripByName() {
    var p = ParamsCodec.with(BalancedRandomForestClassifier.Params.DEFAULTS,
        Map.of("nTrees", "30", "replacement", "false"));
    assertEquals(30, p.nTrees());
    assertEquals(false, p.replacement());
    assertEquals(p, ParamsCodec.with(BalancedRandomForestClassifier.Params.DEFAULTS, ParamsCodec.toStrings(p)));
    var q = ParamsCodec.with(BalancedBaggingClassifier.Params.DEFAULTS, Map.of("nEstimators", "4"));
    assertEquals(4, q.nEstimators());
  }

  @Test
  void commonChecks() {
    Datasets.XY iris = Datasets.xy("iris");
    EstimatorChecks.runAll(Config.classifier(new BalancedRandomForestClassifier(
        BalancedRandomForestClassifier.Params.DEFAULTS.withNTrees(10)), iris.x(), iris.y()).nanSupported(true));
    // decision-tree members take NaN natively
    EstimatorChecks.runAll(Config.classifier(new BalancedBaggingClassifier(), iris.x(), iris.y()).nanSupported(true));
  }
}
