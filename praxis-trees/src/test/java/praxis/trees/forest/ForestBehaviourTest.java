package praxis.trees.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.io.Datasets;

/** Forest behaviour: OOB estimates, importances, proximities, imputation, thread invariance. */
class ForestBehaviourTest {
  private static final Datasets.XY IRIS = Datasets.xy("iris");

  private static ForestClassifierModel rf(int trees, int threads) {
    return new RandomForestClassifier(RandomForestClassifier.DEFAULTS.withNTrees(trees).withOobScore(true)
        .withNThreads(threads).withSeed(7)).fit(IRIS.x(), IRIS.y());
  }

  @Test
  void oobScoreAndPredictions() {
    ForestClassifierModel m = rf(50, 2);
    double oob = m.oobScore().getAsDouble();
    assertTrue(oob > 0.9 && oob < 1.0, "iris OOB accuracy " + oob);
    double[][] p = m.oobPredictions();
    int correct = 0;
    int counted = 0;
    for (int i = 0; i < p.length; i++) {
      if (Double.isNaN(p[i][0])) {
        continue;
      }
      assertEquals(1.0, p[i][0] + p[i][1] + p[i][2], 1e-12);
      int best = p[i][0] >= p[i][1] && p[i][0] >= p[i][2] ? 0 : p[i][1] >= p[i][2] ? 1 : 2;
      correct += best == IRIS.y().code(i) ? 1 : 0;
      counted++;
    }
    assertEquals(oob, (double) correct / counted, 1e-12, "OOB score is the accuracy of the OOB predictions");
    var reg = new RandomForestRegressor(RandomForestRegressor.DEFAULTS.withNTrees(30).withOobScore(true))
        .fit(Datasets.xy("diabetes").x(), Datasets.xy("diabetes").y());
    double r2 = reg.oobScore().getAsDouble();
    assertTrue(r2 > 0.3 && r2 < 0.6, "diabetes OOB R2 " + r2);
    assertThrows(IllegalArgumentException.class, () -> new RandomForestClassifier(ForestClassifierParams
        .DEFAULTS.withBootstrap(false).withOobScore(true)).fit(IRIS.x(), IRIS.y()));
  }

  @Test
  void sameForestForAnyThreadCount() {
    double[][] a = rf(12, 1).predictProba(IRIS.x());
    double[][] b = rf(12, 3).predictProba(IRIS.x());
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
    }
  }

  @Test
  void importancesPointAtThePetalFeatures() {
    ForestClassifierModel m = rf(50, 2);
    double[] mdi = m.featureImportances();
    assertEquals(1.0, mdi[0] + mdi[1] + mdi[2] + mdi[3], 1e-12);
    assertTrue(mdi[2] + mdi[3] > mdi[0] + mdi[1], java.util.Arrays.toString(mdi));
    double[] perm = m.permutationImportance(IRIS.x(), IRIS.y(), 3, 1L);
    assertTrue(Math.max(perm[2], perm[3]) > Math.max(perm[0], perm[1]), java.util.Arrays.toString(perm));
    double[] oobPerm = m.oobPermutationImportance(IRIS.x(), IRIS.y(), 1L);
    assertTrue(Math.max(oobPerm[2], oobPerm[3]) > Math.max(oobPerm[0], oobPerm[1]),
        java.util.Arrays.toString(oobPerm));
    Frame other = IRIS.x().rows(new int[] {0, 1, 2});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.oobPermutationImportance(other, IRIS.y().rows(new int[] {0, 1, 2}), 1L));
    assertTrue(e.getMessage().contains("fingerprint"), e.getMessage());
  }

  @Test
  void proximitiesAreSymmetricWithUnitDiagonal() {
    double[][] prox = rf(20, 1).proximity(IRIS.x());
    for (int i = 0; i < prox.length; i++) {
      assertEquals(1.0, prox[i][i], 0);
      for (int j = 0; j < prox.length; j++) {
        assertEquals(prox[i][j], prox[j][i], 0);
        assertTrue(prox[i][j] >= 0 && prox[i][j] <= 1);
      }
    }
    // rows of the same species are closer than rows of different species (setosa 0..49, virginica 100..149)
    assertTrue(prox[0][1] > prox[0][149], prox[0][1] + " vs " + prox[0][149]);
  }

  @Test
  void proximityImputationBeatsTheMedian() {
    Frame x = IRIS.x();
    int n = x.rowCount();
    double[] petal = x.doubleColumn("petal length (cm)").toArray();
    double[] holed = petal.clone();
    SplittableRandom rng = new SplittableRandom(3);
    boolean[] hole = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (rng.nextDouble() < 0.2) {
        hole[i] = true;
        holed[i] = Double.NaN;
      }
    }
    Frame xh = x.with(DoubleColumn.wrap("petal length (cm)", holed));
    Frame filled = ProximityImputer.impute(xh, IRIS.y(), 3, 50, 0L, 2);
    double[] f = filled.doubleColumn("petal length (cm)").toArray();
    double[] obs = java.util.stream.IntStream.range(0, n).filter(i -> !hole[i]).mapToDouble(i -> petal[i]).sorted()
        .toArray();
    double median = obs[obs.length / 2];
    double errImp = 0;
    double errMed = 0;
    for (int i = 0; i < n; i++) {
      if (hole[i]) {
        errImp += (f[i] - petal[i]) * (f[i] - petal[i]);
        errMed += (median - petal[i]) * (median - petal[i]);
      } else {
        assertEquals(petal[i], f[i], 0, "observed cells are kept");
      }
    }
    assertTrue(errImp < 0.25 * errMed, "proximity imputation SSE " + errImp + " vs median fill " + errMed);
    for (Column c : filled.columns()) {
      assertEquals(0, c.missingCount(), c.name());
    }
  }

  @Test
  void extraTreesAreAccurateAndDifferFromRandomForests() {
    var et = new ExtraTreesClassifier(ExtraTreesClassifier.DEFAULTS.withNTrees(30)).fit(IRIS.x(), IRIS.y());
    int[] pred = et.predict(IRIS.x());
    int correct = 0;
    for (int i = 0; i < pred.length; i++) {
      correct += pred[i] == IRIS.y().code(i) ? 1 : 0;
    }
    assertTrue(correct >= 145, "extra trees training accuracy " + correct + "/150");
    var d = Datasets.xy("diabetes");
    var etr = new ExtraTreesRegressor(ExtraTreesRegressor.DEFAULTS.withNTrees(20).withOobScore(true)
        .withBootstrap(true)).fit(d.x(), d.y());
    assertTrue(etr.oobScore().getAsDouble() > 0.3, "extra trees OOB R2 " + etr.oobScore());
  }
}
