package praxis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Small cases worked out by hand (arithmetic in the comments); tolerance 1e-12 unless exact. */
class HandComputedMetricsTest {
  static final double TOL = 1e-12;

  @Test
  void confusionMatrixCountsAndErrorTypes() {
    // truth 0,1,2,2 ; prediction 0,2,2,2 -> class 1 is missed once (Type II), class 2 over-predicted once (Type I)
    ConfusionMatrix cm = ClassificationMetrics.confusionMatrix(new int[] {0, 1, 2, 2}, new int[] {0, 2, 2, 2}, 3);
    assertArrayEquals(new long[] {1, 0, 0}, cm.toArray()[0]);
    assertArrayEquals(new long[] {0, 0, 1}, cm.toArray()[1]);
    assertArrayEquals(new long[] {0, 0, 2}, cm.toArray()[2]);
    assertEquals(1, cm.typeI(2));
    assertEquals(0, cm.typeII(2));
    assertEquals(1, cm.typeII(1));
    assertEquals(0, cm.typeI(1));
    assertEquals(3, cm.trueNegatives(0));
    assertEquals(0.75, cm.accuracy(), 0.0);
    // class 1 is never predicted: precision 0/0 -> 0, no exception
    assertEquals(0.0, cm.precision(1), 0.0);
    // precision per class: 1, 0, 2/3 ; macro = 5/9
    assertEquals(5.0 / 9, cm.precision(Average.MACRO), TOL);
    // recall per class: 1, 0, 1 ; weighted by support 1,1,2 -> 3/4
    assertEquals(0.75, cm.recall(Average.WEIGHTED), TOL);
    // specificity class 2 = TN/(TN+FP) = 1/2
    assertEquals(0.5, cm.specificity(2), TOL);
    // micro precision = micro recall = accuracy
    assertEquals(0.75, cm.precision(Average.MICRO), TOL);
    assertEquals(0.75, cm.fBeta(1.0, Average.MICRO), TOL);
    // F1 class 2 = 2 * (2/3) * 1 / (2/3 + 1) = 0.8
    assertEquals(0.8, cm.fBeta(2, 1.0), TOL);
    // building from counts gives the same matrix
    ConfusionMatrix same = ConfusionMatrix.of(cm.toArray());
    assertEquals(cm.precision(Average.WEIGHTED), same.precision(Average.WEIGHTED), 0.0);
    rejects(() -> ConfusionMatrix.of(new long[][] {{0, 0}, {0, 0}}), "counts are all 0");
    rejects(() -> ConfusionMatrix.of(new long[][] {{1, 0}, {0}}), "row 1 has 1 entries");
  }

  @Test
  void binaryMetricsOnHalfRightPredictions() {
    int[] t = {1, 1, 0, 0};
    int[] p = {1, 0, 1, 0};
    assertEquals(0.5, ClassificationMetrics.precision(t, p, 2, Average.BINARY), TOL);
    assertEquals(0.5, ClassificationMetrics.recall(t, p, 2, Average.BINARY), TOL);
    assertEquals(0.5, ClassificationMetrics.f1(t, p, 2, Average.BINARY), TOL);
    assertEquals(0.5, ClassificationMetrics.specificity(t, p, 2, Average.BINARY), TOL);
    assertEquals(0.0, ClassificationMetrics.matthews(t, p), TOL);
    assertEquals(0.0, ClassificationMetrics.cohenKappa(t, p), TOL);
    // F2 with P = 1/3 (class 1 predicted 3 times, 1 right), R = 1: 5 * (1/3) / (4/3 + 1) = 5/7
    assertEquals(5.0 / 7, ClassificationMetrics.fBeta(new int[] {1, 0, 0, 0}, new int[] {1, 1, 1, 0}, 2, 2.0,
        Average.BINARY), TOL);
    // perfect agreement
    assertEquals(1.0, ClassificationMetrics.matthews(t, t), TOL);
    assertEquals(1.0, ClassificationMetrics.cohenKappa(t, t), TOL);
    // all wrong: MCC = -1
    assertEquals(-1.0, ClassificationMetrics.matthews(t, new int[] {0, 0, 1, 1}), TOL);
  }

  @Test
  void degenerateClassificationCasesMatchScikitLearn() {
    // one class present in both: MCC 0 (constant marginals), kappa 0/0 = NaN, balanced accuracy 1
    int[] ones = {1, 1, 1};
    assertEquals(0.0, ClassificationMetrics.matthews(ones, ones), 0.0);
    assertTrue(Double.isNaN(ClassificationMetrics.cohenKappa(ones, ones)));
    assertEquals(1.0, ClassificationMetrics.balancedAccuracy(ones, ones), 0.0);
    // only negatives in the truth, only positives predicted: precision 0, recall 0/0 -> 0, F1 0
    int[] t = {0, 0, 0};
    int[] p = {1, 1, 1};
    assertEquals(0.0, ClassificationMetrics.precision(t, p, 2, Average.BINARY), 0.0);
    assertEquals(0.0, ClassificationMetrics.recall(t, p, 2, Average.BINARY), 0.0);
    assertEquals(0.0, ClassificationMetrics.f1(t, p, 2, Average.BINARY), 0.0);
  }

  @Test
  void logLossByHand() {
    // -(ln 0.8 + ln 0.6) / 2
    double expected = -(Math.log(0.8) + Math.log(0.6)) / 2;
    assertEquals(expected, ClassificationMetrics.logLoss(new int[] {0, 1}, new double[][] {{0.8, 0.2}, {0.4, 0.6}}),
        TOL);
    // a zero probability on the true class is clipped to eps = 2^-52 (the 1 becomes 1 - eps, the row still sums
    // to 1), so the loss is -ln(2^-52) = 52 ln 2
    double clipped = ClassificationMetrics.logLoss(new int[] {1}, new double[][] {{1.0, 0.0}});
    assertEquals(52 * Math.log(2), clipped, TOL * 52 * Math.log(2));
  }

  @Test
  void curvesByHand() {
    int[] y = {0, 0, 1, 1};
    double[] s = {0.1, 0.4, 0.35, 0.8};
    // pairs (pos, neg): (0.35 > 0.1), (0.35 < 0.4), (0.8 > both) -> 3 of 4 ordered correctly
    assertEquals(0.75, Curves.rocAuc(y, s), TOL);
    // PR: thresholds 0.8 (P 1, R .5), 0.4 (P .5, R .5), 0.35 (P 2/3, R 1) -> AP = .5*1 + .5*(2/3) = 5/6
    assertEquals(5.0 / 6, Curves.averagePrecision(y, s), TOL);
    // all-equal scores: a single threshold, AUC 0.5, AP = positive rate
    assertEquals(0.5, Curves.rocAuc(new int[] {0, 1, 1}, new double[] {0.3, 0.3, 0.3}), TOL);
    assertEquals(2.0 / 3, Curves.averagePrecision(new int[] {0, 1, 1}, new double[] {0.3, 0.3, 0.3}), TOL);
    RocCurve r = Curves.roc(new int[] {0, 1, 1}, new double[] {0.3, 0.3, 0.3});
    assertArrayEquals(new double[] {0, 1}, r.fpr(), 0.0);
    assertArrayEquals(new double[] {1.3, 0.3}, r.thresholds(), TOL);
    // calibration: bins [0, .5], (.5, 1]
    CalibrationCurve c = Curves.calibration(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.3, 0.7, 0.9}, 2);
    assertArrayEquals(new double[] {0, 1}, c.probTrue(), TOL);
    assertArrayEquals(new double[] {0.2, 0.8}, c.probPred(), TOL);
    assertArrayEquals(new long[] {2, 2}, c.counts());
    // 0.5 is an inner edge: it falls into the lower bin
    assertArrayEquals(new int[] {0}, Curves.calibration(new int[] {1}, new double[] {0.5}, 2).bins());
    // gain/lift: scores sorted 0.9(+) 0.8(-) 0.7(+) 0.1(-)
    GainCurve g = Curves.gain(new int[] {1, 0, 1, 0}, new double[] {0.9, 0.8, 0.7, 0.1});
    assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1}, g.fraction(), TOL);
    assertArrayEquals(new double[] {0.5, 0.5, 1, 1}, g.gain(), TOL);
    assertArrayEquals(new double[] {2, 1, 4.0 / 3, 1}, g.lift(), TOL);
    // OvR AUC of a perfect 3-class ranking is 1
    assertEquals(1.0, Curves.rocAucOvr(new int[] {0, 1, 2},
        new double[][] {{0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.1, 0.8}}), TOL);
  }

  @Test
  void regressionByHand() {
    double[] y = {3, -0.5, 2, 7};
    double[] f = {2.5, 0.0, 2, 8};
    // |e| = .5, .5, 0, 1 ; e^2 = .25, .25, 0, 1
    assertEquals(0.5, RegressionMetrics.mae(y, f), TOL);
    assertEquals(0.375, RegressionMetrics.mse(y, f), TOL);
    assertEquals(Math.sqrt(0.375), RegressionMetrics.rmse(y, f), TOL);
    // mean y = 2.875, SS_tot = 0.015625 + 11.390625 + 0.765625 + 17.015625 = 29.1875 ; R2 = 1 - 1.5/29.1875
    assertEquals(1 - 1.5 / 29.1875, RegressionMetrics.r2(y, f), TOL);
    // adjusted with 1 feature: 1 - (1.5/29.1875) * 3/2
    assertEquals(1 - 1.5 / 29.1875 * 1.5, RegressionMetrics.adjustedR2(y, f, 1), TOL);
    // MAPE = (.5/3 + .5/.5 + 0 + 1/7) / 4
    assertEquals((0.5 / 3 + 1 + 1.0 / 7) / 4, RegressionMetrics.mape(y, f), TOL);
    // a constant offset costs nothing in explained variance
    assertEquals(1.0, RegressionMetrics.explainedVariance(new double[] {1, 2, 3}, new double[] {2, 3, 4}), TOL);
    // constant truth: 1 if perfect, else 0 (force_finite); single sample: NaN
    assertEquals(1.0, RegressionMetrics.r2(new double[] {2, 2}, new double[] {2, 2}), 0.0);
    assertEquals(0.0, RegressionMetrics.r2(new double[] {2, 2}, new double[] {2, 3}), 0.0);
    assertTrue(Double.isNaN(RegressionMetrics.r2(new double[] {1}, new double[] {2})));
  }

  @Test
  void clusteringByHand() {
    // 1-D points 0, 1 | 10, 11
    double[][] x = {{0}, {1}, {10}, {11}};
    int[] l = {0, 0, 1, 1};
    // point 0: a = 1, b = 10.5 ; point 1: a = 1, b = 9.5 ; symmetric for the other cluster
    double s = ((10.5 - 1) / 10.5 + (9.5 - 1) / 9.5) / 2;
    assertEquals(s, ClusteringMetrics.silhouette(x, l), TOL);
    // between = 2*25 + 2*25 = 100, within = 4 * 0.25 = 1 ; CH = 100 * (4-2) / (1 * 1)
    assertEquals(200.0, ClusteringMetrics.calinskiHarabasz(x, l), TOL);
    // intra = 0.5 each, centroid distance 10 -> (0.5+0.5)/10
    assertEquals(0.1, ClusteringMetrics.daviesBouldin(x, l), TOL);
    // two balanced clusters recovered exactly (labels renamed): MI = ln 2, NMI = AMI = ARI = 1
    int[] a = {0, 0, 1, 1};
    int[] b = {7, 7, -1, -1};
    assertEquals(Math.log(2), ClusteringMetrics.mutualInfo(a, b), TOL);
    assertEquals(1.0, ClusteringMetrics.normalizedMutualInfo(a, b), TOL);
    assertEquals(1.0, ClusteringMetrics.adjustedMutualInfo(a, b), TOL);
    assertEquals(1.0, ClusteringMetrics.adjustedRand(a, b), TOL);
    // scikit-learn docstring: ARI([0,0,1,1],[0,0,1,2]) = 4/7 ; ARI([0,0,1,1],[0,1,0,1]) = -1/2
    assertEquals(4.0 / 7, ClusteringMetrics.adjustedRand(a, new int[] {0, 0, 1, 2}), TOL);
    assertEquals(-0.5, ClusteringMetrics.adjustedRand(a, new int[] {0, 1, 0, 1}), TOL);
    // a single cluster on both sides is a perfect match for NMI/AMI, MI = 0
    assertEquals(1.0, ClusteringMetrics.normalizedMutualInfo(new int[] {1, 1, 1}, new int[] {4, 4, 4}), 0.0);
    assertEquals(0.0, ClusteringMetrics.mutualInfo(new int[] {1, 1, 1}, new int[] {4, 4, 5}), 0.0);
  }

  @Test
  void logFactorialsAreAccurate() {
    double[] lf = ClusteringMetrics.logFactorials(200);
    double exact = 0;
    for (int m = 1; m <= 200; m++) {
      exact += Math.log(m);
      // summed logs drift by at most a few ulps per term
      assertEquals(exact, lf[m], 1e-13 * Math.max(1, exact), "ln(" + m + "!)");
    }
    // Stirling branch vs the exact branch around the switch: ln 23! = ln 22! + ln 23
    assertEquals(lf[22] + Math.log(23), lf[23], 1e-13 * lf[23]);
  }

  @Test
  void rankingByHand() {
    int[] ranked = {7, 3, 9, 1};
    int[] relevant = {3, 1};
    assertEquals(0.5, RankingMetrics.precisionAtK(ranked, relevant, 2), TOL);
    assertEquals(0.5, RankingMetrics.recallAtK(ranked, relevant, 2), TOL);
    // hits at ranks 2 and 4: (1/2 + 2/4) / min(2, 4)
    assertEquals(0.5, RankingMetrics.averagePrecisionAtK(ranked, relevant, 4), TOL);
    // precision@k divides by k even past the end of the list
    assertEquals(0.2, RankingMetrics.precisionAtK(ranked, relevant, 10), TOL);
    // first relevant at rank 2 and rank 1 -> (1/2 + 1) / 2
    assertEquals(0.75, RankingMetrics.mrr(new int[][] {ranked, {1, 2}}, new int[][] {relevant, {1}}), TOL);
    // graded NDCG: order by score 0.9 (rel 3), 0.5 (rel 0), 0.1 (rel 2) -> DCG = 3 + 0 + 2/log2(4) = 4
    // ideal 3, 2, 0 -> 3 + 2/log2(3)
    double ndcg = 4 / (3 + 2 / (Math.log(3) / Math.log(2)));
    assertEquals(ndcg, RankingMetrics.ndcgAtK(new double[] {3, 2, 0}, new double[] {0.9, 0.1, 0.5}, 3), TOL);
    // scikit-learn 1.2.1 ndcg_score([[3,2,0]], [[0.9,0.1,0.5]], k=3)
    assertEquals(0.9385574520455129, ndcg, TOL);
    // tied scores share the mean gain: both ties at ranks 1-2 -> (2.5 * (1 + 1/log2 3)) / (3 + 2/log2 3)
    double tied = 2.5 * (1 + 1 / (Math.log(3) / Math.log(2))) / (3 + 2 / (Math.log(3) / Math.log(2)));
    assertEquals(tied, RankingMetrics.ndcgAtK(new double[] {3, 2}, new double[] {0.5, 0.5}, 2), TOL);
    // all-irrelevant query scores 0
    assertEquals(0.0, RankingMetrics.ndcgAtK(new double[] {0, 0}, new double[] {0.1, 0.2}, 2), 0.0);
    // binary list form: hit at rank 2 of 2 relevant with k=2 -> (1/log2 3) / (1 + 1/log2 3)
    double bin = (1 / (Math.log(3) / Math.log(2))) / (1 + 1 / (Math.log(3) / Math.log(2)));
    assertEquals(bin, RankingMetrics.ndcgAtK(ranked, relevant, 2), TOL);
  }

  static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
    }
  }

  @Test
  void invalidInputsAreRejectedWithClearMessages() {
    rejects(() -> ClassificationMetrics.accuracy(new int[0], new int[0]), "yTrue is empty");
    rejects(() -> ClassificationMetrics.accuracy(new int[] {1, 0, 1}, new int[] {1, 0}),
        "yTrue has 3 elements but yPred has 2");
    rejects(() -> ClassificationMetrics.f1(new int[] {0, 3}, new int[] {0, 1}, 3, Average.MACRO), "yTrue[1] = 3",
        "[0, 3)");
    rejects(() -> ClassificationMetrics.precision(new int[] {0, 2}, new int[] {0, 1}, 3, Average.BINARY),
        "BINARY", "nClasses = 3");
    rejects(() -> ClassificationMetrics.logLoss(new int[] {0}, new double[][] {{Double.NaN, 1}}), "proba[0][0]");
    rejects(() -> Curves.rocAuc(new int[] {0, 1}, new double[] {0.2, Double.NaN}), "score[1] is NaN");
    rejects(() -> Curves.roc(new int[] {0, 2}, new double[] {0.2, 0.3}), "yTrue01[1] = 2");
    rejects(() -> Curves.rocAuc(new int[0], new double[0]), "yTrue01 is empty");
    rejects(() -> Curves.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.3}), "only class 1");
    rejects(() -> Curves.rocAucOvr(new int[] {0, 0, 1}, new double[][] {{0.5, 0.3, 0.2}, {0.5, 0.3, 0.2},
        {0.1, 0.8, 0.1}}), "class 2 does not occur");
    rejects(() -> Curves.rocAucOvr(new int[] {0, 1}, new double[][] {{0.5, 0.6}, {0.5, 0.5}}), "proba[0] sums to");
    rejects(() -> Curves.calibration(new int[] {0}, new double[] {1.5}, 5), "prob[0] = 1.5");
    rejects(() -> Curves.gain(new int[] {0, 0}, new double[] {0.1, 0.2}), "no positive");
    rejects(() -> RegressionMetrics.mse(new double[] {1, Double.NaN}, new double[] {1, 2}), "yTrue[1] is NaN");
    rejects(() -> RegressionMetrics.r2(new double[0], new double[0]), "yTrue is empty");
    rejects(() -> RegressionMetrics.adjustedR2(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 2), "nFeatures = 2");
    rejects(() -> ClusteringMetrics.silhouette(new double[][] {{0}, {1}}, new int[] {0, 0}), "1 distinct clusters");
    rejects(() -> ClusteringMetrics.adjustedRand(new int[] {0}, new int[] {0, 1}), "labelsTrue has 1 elements");
    rejects(() -> RankingMetrics.precisionAtK(new int[] {1, 1}, new int[] {1}, 1), "item 1 twice");
    rejects(() -> RankingMetrics.precisionAtK(new int[] {1}, new int[] {1}, 0), "k must be >= 1");
    rejects(() -> RankingMetrics.ndcgAtK(new double[] {-1, 2}, new double[] {0.1, 0.2}, 2), "relevance[0] = -1.0");
    rejects(() -> RankingMetrics.mrr(new int[0][], new int[0][]), "ranked is empty");
  }
}
