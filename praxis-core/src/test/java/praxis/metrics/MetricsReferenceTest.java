package praxis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every case of {@code reference/metrics/metrics_reference.json}, written by
 * {@code make_metrics_reference.py} with scikit-learn 1.2.1 (plus small independent NumPy implementations for
 * metrics scikit-learn lacks). Tolerance: {@code |actual - expected| <= 1e-12 * max(1, |expected|)}, i.e.
 * 1e-12 absolute for values up to 1 in magnitude and 1e-12 relative beyond; NaN must match NaN; counts and
 * thresholds are compared the same way; infinities must match exactly.
 */
class MetricsReferenceTest {
  static final double TOL = 1e-12;

  static JsonNode load() throws IOException {
    JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    try (InputStream in = MetricsReferenceTest.class.getResourceAsStream("/reference/metrics/metrics_reference.json")) {
      if (in == null) {
        throw new IOException("reference/metrics/metrics_reference.json is not on the test classpath");
      }
      return mapper.readTree(in);
    }
  }

  @Test
  void fixtureWasWrittenByScikitLearn121() throws IOException {
    JsonNode root = load();
    assertEquals("1.2.1", root.get("sklearn").asText());
    assertTrue(root.get("cases").size() > 500, "expected the full case list");
  }

  @TestFactory
  Stream<DynamicTest> referenceCases() throws IOException {
    JsonNode cases = load().get("cases");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      String name = i + " " + c.get("fn").asText() + " [" + c.get("note").asText() + "] "
          + summary(c.get("args"));
      tests.add(DynamicTest.dynamicTest(name, () -> run(c)));
    }
    return tests.stream();
  }

  private static String summary(JsonNode args) {
    StringBuilder sb = new StringBuilder();
    args.fields().forEachRemaining(e -> {
      if (e.getValue().isValueNode()) {
        sb.append(e.getKey()).append('=').append(e.getValue().asText()).append(' ');
      }
    });
    return sb.toString().trim();
  }

  static void close(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN but got " + actual);
      return;
    }
    if (Double.isInfinite(expected)) {
      assertEquals(expected, actual, what);
      return;
    }
    double tol = TOL * Math.max(1.0, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tol)) {
      fail(what + ": expected " + expected + " but got " + actual + " (diff " + (actual - expected) + ", tol " + tol + ")");
    }
  }

  static void close(JsonNode expected, double[] actual, String what) {
    assertEquals(expected.size(), actual.length, what + ": length");
    for (int i = 0; i < actual.length; i++) {
      close(expected.get(i).asDouble(), actual[i], what + "[" + i + "]");
    }
  }

  static int[] ints(JsonNode n) {
    int[] a = new int[n.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = n.get(i).asInt();
    }
    return a;
  }

  static double[] doubles(JsonNode n) {
    double[] a = new double[n.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = n.get(i).asDouble();
    }
    return a;
  }

  static double[][] matrix(JsonNode n) {
    double[][] a = new double[n.size()][];
    for (int i = 0; i < a.length; i++) {
      a[i] = doubles(n.get(i));
    }
    return a;
  }

  static int[][] intMatrix(JsonNode n) {
    int[][] a = new int[n.size()][];
    for (int i = 0; i < a.length; i++) {
      a[i] = ints(n.get(i));
    }
    return a;
  }

  static Average avg(JsonNode a) {
    return Average.valueOf(a.get("average").asText().toUpperCase(Locale.ROOT));
  }

  private static void run(JsonNode c) {
    String fn = c.get("fn").asText();
    JsonNode a = c.get("args");
    JsonNode e = c.get("expected");
    double ex = e.isNumber() ? e.asDouble() : Double.NaN;
    switch (fn) {
      // classification
      case "accuracy" -> close(ex, ClassificationMetrics.accuracy(ints(a.get("yTrue")), ints(a.get("yPred"))), fn);
      case "balancedAccuracy" -> close(ex,
          ClassificationMetrics.balancedAccuracy(ints(a.get("yTrue")), ints(a.get("yPred"))), fn);
      case "balancedAccuracyAdjusted" -> close(ex,
          ClassificationMetrics.balancedAccuracy(ints(a.get("yTrue")), ints(a.get("yPred")), true), fn);
      case "confusionMatrix" -> {
        long[][] m = ClassificationMetrics.confusionMatrix(ints(a.get("yTrue")), ints(a.get("yPred")),
            a.get("nClasses").asInt()).toArray();
        for (int t = 0; t < m.length; t++) {
          for (int p = 0; p < m.length; p++) {
            assertEquals(e.get(t).get(p).asLong(), m[t][p], "count(" + t + "," + p + ")");
          }
        }
      }
      case "typeCounts" -> {
        ConfusionMatrix m = ClassificationMetrics.confusionMatrix(ints(a.get("yTrue")), ints(a.get("yPred")),
            a.get("nClasses").asInt());
        for (int k = 0; k < m.classCount(); k++) {
          assertEquals(e.get("tp").get(k).asLong(), m.truePositives(k), "tp " + k);
          assertEquals(e.get("fp").get(k).asLong(), m.typeI(k), "type I " + k);
          assertEquals(e.get("fn").get(k).asLong(), m.typeII(k), "type II " + k);
          assertEquals(e.get("tn").get(k).asLong(), m.trueNegatives(k), "tn " + k);
        }
      }
      case "precision" -> close(ex, ClassificationMetrics.precision(ints(a.get("yTrue")), ints(a.get("yPred")),
          a.get("nClasses").asInt(), avg(a)), fn);
      case "recall" -> close(ex, ClassificationMetrics.recall(ints(a.get("yTrue")), ints(a.get("yPred")),
          a.get("nClasses").asInt(), avg(a)), fn);
      case "f1" -> close(ex, ClassificationMetrics.f1(ints(a.get("yTrue")), ints(a.get("yPred")),
          a.get("nClasses").asInt(), avg(a)), fn);
      case "fBeta" -> close(ex, ClassificationMetrics.fBeta(ints(a.get("yTrue")), ints(a.get("yPred")),
          a.get("nClasses").asInt(), a.get("beta").asDouble(), avg(a)), fn);
      case "specificity" -> close(ex, ClassificationMetrics.specificity(ints(a.get("yTrue")), ints(a.get("yPred")),
          a.get("nClasses").asInt(), avg(a)), fn);
      case "matthews" -> close(ex, ClassificationMetrics.matthews(ints(a.get("yTrue")), ints(a.get("yPred"))), fn);
      case "cohenKappa" -> close(ex, ClassificationMetrics.cohenKappa(ints(a.get("yTrue")), ints(a.get("yPred"))), fn);
      case "cohenKappaWeighted" -> close(ex, ClassificationMetrics.cohenKappa(ints(a.get("yTrue")),
          ints(a.get("yPred")), a.get("nClasses").asInt(),
          ClassificationMetrics.KappaWeights.valueOf(a.get("weights").asText().toUpperCase(Locale.ROOT))), fn);
      case "logLoss" -> close(ex, ClassificationMetrics.logLoss(ints(a.get("yTrue")), matrix(a.get("proba"))), fn);
      // curves
      case "roc" -> {
        RocCurve r = Curves.roc(ints(a.get("yTrue")), doubles(a.get("score")), a.get("dropIntermediate").asBoolean());
        close(e.get("fpr"), r.fpr(), "fpr");
        close(e.get("tpr"), r.tpr(), "tpr");
        close(e.get("thresholds"), r.thresholds(), "thresholds");
      }
      case "rocAuc" -> close(ex, Curves.rocAuc(ints(a.get("yTrue")), doubles(a.get("score"))), fn);
      case "rocAucRejected" -> {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
            () -> Curves.rocAuc(ints(a.get("yTrue")), doubles(a.get("score"))));
        assertTrue(x.getMessage().contains("only class"), x.getMessage());
      }
      case "rocAucOvr" -> close(ex, Curves.rocAucOvr(ints(a.get("yTrue")), matrix(a.get("proba"))), fn);
      case "precisionRecall" -> {
        PrCurve p = Curves.precisionRecall(ints(a.get("yTrue")), doubles(a.get("score")));
        close(e.get("precision"), p.precision(), "precision");
        close(e.get("recall"), p.recall(), "recall");
        close(e.get("thresholds"), p.thresholds(), "thresholds");
      }
      case "averagePrecision" -> close(ex, Curves.averagePrecision(ints(a.get("yTrue")), doubles(a.get("score"))), fn);
      case "calibration" -> {
        CalibrationCurve cc = Curves.calibration(ints(a.get("yTrue")), doubles(a.get("prob")), a.get("nBins").asInt());
        close(e.get("probTrue"), cc.probTrue(), "probTrue");
        close(e.get("probPred"), cc.probPred(), "probPred");
      }
      case "gain" -> {
        GainCurve g = Curves.gain(ints(a.get("yTrue")), doubles(a.get("score")));
        close(e.get("fraction"), g.fraction(), "fraction");
        close(e.get("gain"), g.gain(), "gain");
        close(e.get("lift"), g.lift(), "lift");
        close(e.get("thresholds"), g.thresholds(), "thresholds");
      }
      // regression
      case "mae" -> close(ex, RegressionMetrics.mae(doubles(a.get("yTrue")), doubles(a.get("yPred"))), fn);
      case "mse" -> close(ex, RegressionMetrics.mse(doubles(a.get("yTrue")), doubles(a.get("yPred"))), fn);
      case "rmse" -> close(ex, RegressionMetrics.rmse(doubles(a.get("yTrue")), doubles(a.get("yPred"))), fn);
      case "r2" -> close(ex, RegressionMetrics.r2(doubles(a.get("yTrue")), doubles(a.get("yPred"))), fn);
      case "mape" -> close(ex, RegressionMetrics.mape(doubles(a.get("yTrue")), doubles(a.get("yPred"))), fn);
      case "explainedVariance" -> close(ex,
          RegressionMetrics.explainedVariance(doubles(a.get("yTrue")), doubles(a.get("yPred"))), fn);
      case "adjustedR2" -> close(ex, RegressionMetrics.adjustedR2(doubles(a.get("yTrue")), doubles(a.get("yPred")),
          a.get("nFeatures").asInt()), fn);
      // clustering
      case "silhouette" -> close(ex, ClusteringMetrics.silhouette(matrix(a.get("x")), ints(a.get("labels"))), fn);
      case "daviesBouldin" -> close(ex, ClusteringMetrics.daviesBouldin(matrix(a.get("x")), ints(a.get("labels"))), fn);
      case "calinskiHarabasz" -> close(ex,
          ClusteringMetrics.calinskiHarabasz(matrix(a.get("x")), ints(a.get("labels"))), fn);
      case "silhouetteRejected" -> rejected(() -> ClusteringMetrics.silhouette(matrix(a.get("x")), ints(a.get("labels"))));
      case "daviesBouldinRejected" -> rejected(
          () -> ClusteringMetrics.daviesBouldin(matrix(a.get("x")), ints(a.get("labels"))));
      case "calinskiHarabaszRejected" -> rejected(
          () -> ClusteringMetrics.calinskiHarabasz(matrix(a.get("x")), ints(a.get("labels"))));
      case "adjustedRand" -> close(ex,
          ClusteringMetrics.adjustedRand(ints(a.get("labelsTrue")), ints(a.get("labelsPred"))), fn);
      case "mutualInfo" -> close(ex,
          ClusteringMetrics.mutualInfo(ints(a.get("labelsTrue")), ints(a.get("labelsPred"))), fn);
      case "normalizedMutualInfo" -> close(ex,
          ClusteringMetrics.normalizedMutualInfo(ints(a.get("labelsTrue")), ints(a.get("labelsPred"))), fn);
      case "adjustedMutualInfo" -> close(ex,
          ClusteringMetrics.adjustedMutualInfo(ints(a.get("labelsTrue")), ints(a.get("labelsPred"))), fn);
      // ranking
      case "precisionAtK" -> close(ex,
          RankingMetrics.precisionAtK(ints(a.get("ranked")), ints(a.get("relevant")), a.get("k").asInt()), fn);
      case "recallAtK" -> close(ex,
          RankingMetrics.recallAtK(ints(a.get("ranked")), ints(a.get("relevant")), a.get("k").asInt()), fn);
      case "averagePrecisionAtK" -> close(ex,
          RankingMetrics.averagePrecisionAtK(ints(a.get("ranked")), ints(a.get("relevant")), a.get("k").asInt()), fn);
      case "ndcgAtKBinary" -> close(ex,
          RankingMetrics.ndcgAtK(ints(a.get("ranked")), ints(a.get("relevant")), a.get("k").asInt()), fn);
      case "meanAveragePrecision" -> close(ex, RankingMetrics.meanAveragePrecision(intMatrix(a.get("ranked")),
          intMatrix(a.get("relevant")), a.get("k").asInt()), fn);
      case "mrr" -> close(ex, RankingMetrics.mrr(intMatrix(a.get("ranked")), intMatrix(a.get("relevant"))), fn);
      case "ndcgAtK" -> close(ex,
          RankingMetrics.ndcgAtK(doubles(a.get("relevance")), doubles(a.get("score")), a.get("k").asInt()), fn);
      case "ndcgAtKMean" -> close(ex,
          RankingMetrics.ndcgAtK(matrix(a.get("relevance")), matrix(a.get("score")), a.get("k").asInt()), fn);
      default -> fail("no replay for reference function '" + fn + "'");
    }
  }

  private static void rejected(org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, call);
    assertTrue(x.getMessage().contains("between 2 and n_samples - 1"), x.getMessage());
  }

  @Test
  void toleranceHelperRejectsLargeDifferences() {
    assertThrows(AssertionError.class, () -> close(0.5, 0.5 + 1e-9, "probe"));
    assertThrows(AssertionError.class, () -> close(Double.NaN, 0.5, "probe"));
    close(1000.0, 1000.0 + 5e-10, "probe");
    assertArrayEquals(new int[] {1, 2}, ints(JsonMapper.builder().build().createArrayNode().add(1).add(2)));
  }
}
