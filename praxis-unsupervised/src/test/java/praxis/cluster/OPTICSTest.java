package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimators;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * OPTICS against scikit-learn 1.2.1 ({@code reference/make_optics_reference.py}) on standardized iris (Euclidean
 * and Manhattan), raw iris (duplicate rows; Euclidean with minSamples 2, Minkowski p = 3) and on 300 blobs of three
 * densities (maxEps infinite and 1.0): ordering, predecessors, XI labels,
 * cluster hierarchy and DBSCAN-extraction labels identical; reachabilities and core distances within 1e-12
 * (infinities identical); every search algorithm gives the same result.
 */
class OPTICSTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/optics_reference.json");
  private static final double TOL = 1e-12;

  private static Frame data(String name) {
    double[][] rows = ReferenceFile.toMatrix(REF.get("data", name));
    String[] names = new String[rows[0].length];
    for (int j = 0; j < names.length; j++) {
      names[j] = "x" + j;
    }
    return Frame.ofRows(rows, java.util.List.of(names));
  }

  private static double[] withInfinity(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).isNull() ? Double.POSITIVE_INFINITY : n.get(i).asDouble();
    }
    return out;
  }

  private static void assertClose(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      if (Double.isInfinite(expected[i]) || Double.isInfinite(actual[i])) {
        assertEquals(expected[i], actual[i], what + "[" + i + "]");
      } else {
        assertEquals(expected[i], actual[i], TOL, what + "[" + i + "]");
      }
    }
  }

  private static OPTICS.Params params(JsonNode kw) {
    OPTICS.Params p = OPTICS.Params.DEFAULTS.withMinSamples(kw.get("min_samples").asInt());
    if (kw.has("metric")) {
      p = p.withMetric(Metric.valueOf(kw.get("metric").asText().toUpperCase(Locale.ROOT)));
    }
    if (kw.has("p")) {
      p = p.withMinkowski(kw.get("p").asDouble());
    }
    if (kw.has("xi")) {
      p = p.withXi(kw.get("xi").asDouble());
    }
    if (kw.has("predecessor_correction")) {
      p = p.withPredecessorCorrection(kw.get("predecessor_correction").asBoolean());
    }
    if (kw.has("min_cluster_size")) {
      p = p.withMinClusterSize(kw.get("min_cluster_size").asInt());
    }
    if (kw.has("max_eps")) {
      p = p.withMaxEps(kw.get("max_eps").asDouble());
    }
    return p;
  }

  @Test
  void matchesScikitLearn() {
    JsonNode cases = REF.get("cases");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      String ci = Integer.toString(i);
      Frame x = data(c.get("dataset").asText());
      OPTICS.Params base = params(c.get("params"));
      for (Algorithm a : new Algorithm[] {Algorithm.AUTO, Algorithm.BRUTE, Algorithm.BALL_TREE}) {
        String what = "case " + i + " " + a;
        OPTICSModel m = new OPTICS(base.withAlgorithm(a)).fit(x, Target.none(x.rowCount()));
        assertArrayEquals(REF.ints("cases", ci, "ordering"), m.ordering(), what + " ordering");
        assertArrayEquals(REF.ints("cases", ci, "predecessor"), m.predecessor(), what + " predecessor");
        assertClose(withInfinity(c.get("reachability")), m.reachability(), what + " reachability");
        assertClose(withInfinity(c.get("core_distances")), m.coreDistances(), what + " core distances");
        assertArrayEquals(REF.ints("cases", ci, "labels_xi"), m.labels(), what + " xi labels");
        int[][] h = m.clusterHierarchy();
        JsonNode eh = c.get("cluster_hierarchy");
        assertEquals(eh.size(), h.length, what + " hierarchy size");
        for (int k = 0; k < h.length; k++) {
          assertArrayEquals(new int[] {eh.get(k).get(0).asInt(), eh.get(k).get(1).asInt()}, h[k],
              what + " hierarchy " + k);
        }
        JsonNode eps = c.get("eps");
        for (int e = 0; e < eps.size(); e++) {
          OPTICSModel d = new OPTICS(base.withAlgorithm(a).withClusterMethod(OPTICS.ClusterMethod.DBSCAN)
              .withEps(eps.get(e).asDouble())).fit(x, Target.none(x.rowCount()));
          assertArrayEquals(REF.ints("cases", ci, "labels_dbscan", Integer.toString(e)), d.labels(),
              what + " dbscan eps " + eps.get(e).asDouble());
        }
      }
    }
  }

  @Test
  void threadsDoNotChangeTheResult() {
    Frame x = data("blobs");
    OPTICS.Params p = OPTICS.Params.DEFAULTS.withMinSamples(8).withMaxEps(1.0);
    OPTICSModel one = new OPTICS(p).fit(x, Target.none(x.rowCount()));
    OPTICSModel three = new OPTICS(p.withThreads(3)).fit(x, Target.none(x.rowCount()));
    assertArrayEquals(one.ordering(), three.ordering());
    assertArrayEquals(one.reachability(), three.reachability());
    assertArrayEquals(one.labels(), three.labels());
  }

  @Test
  void commonChecksSaveLoadAndPrediction(@TempDir Path dir) {
    Frame iris = Fixtures.xy("iris").x();
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(() -> new OPTICS(), iris));
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(() -> new OPTICS(OPTICS.Params.DEFAULTS
        .withClusterMethod(OPTICS.ClusterMethod.DBSCAN).withMaxEps(2.0).withEps(0.5)), iris));
    Frame x = data("iris_std");
    OPTICSModel m = new OPTICS().fit(x, Target.none(150));
    int[] pred = m.predict(x);
    int[] labels = m.labels();
    for (int i = 0; i < 150; i++) {
      assertEquals(labels[i], pred[i], "a training row predicts its own label (iris_std has no duplicate rows)");
    }
    assertTrue(m.clusterCount() > 0);
    double[] plot = m.reachabilityPlot();
    assertEquals(Double.POSITIVE_INFINITY, plot[0], "the first visited row has no reachability");
    Path f = dir.resolve("optics.praxis");
    ModelIO.save(m, f);
    OPTICSModel back = (OPTICSModel) ModelIO.load(f);
    assertArrayEquals(pred, back.predict(x));
    assertArrayEquals(m.ordering(), back.ordering());
    assertArrayEquals(m.reachability(), back.reachability());
    assertArrayEquals(m.coreDistances(), back.coreDistances());
    assertArrayEquals(m.predecessor(), back.predecessor());
    assertArrayEquals(m.clusterHierarchy(), back.clusterHierarchy());
    assertEquals(m.params(), back.params().withAlgorithm(m.params().algorithm()));

    OPTICSModel d = new OPTICS(OPTICS.Params.DEFAULTS.withClusterMethod(OPTICS.ClusterMethod.DBSCAN).withMaxEps(3)
        .withEps(0.5)).fit(x, Target.none(150));
    ModelIO.save(d, f);
    OPTICSModel dBack = (OPTICSModel) ModelIO.load(f);
    assertArrayEquals(d.labels(), dBack.labels());
    IllegalStateException e = assertThrows(IllegalStateException.class, dBack::clusterHierarchy);
    assertTrue(e.getMessage().contains("XI"), e.getMessage());
  }

  @Test
  void registeredForTheCli() {
    Object est = Estimators.create("optics", Map.of("minSamples", "7", "clusterMethod", "DBSCAN", "eps", "0.6"));
    assertTrue(est instanceof OPTICS, String.valueOf(est));
    assertEquals(7, ((OPTICS) est).params().minSamples());
    assertEquals(OPTICS.ClusterMethod.DBSCAN, ((OPTICS) est).params().clusterMethod());
  }

  @Test
  void badInputIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OPTICS(OPTICS.Params.DEFAULTS.withMinSamples(151)).fit(data("iris_std"), Target.none(150)));
    assertTrue(e.getMessage().contains("minSamples = 151") && e.getMessage().contains("150"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OPTICS.Params.DEFAULTS.withMinSamples(1));
    assertTrue(e.getMessage().contains("minSamples"), e.getMessage());
    for (double xi : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
      e = assertThrows(IllegalArgumentException.class, () -> OPTICS.Params.DEFAULTS.withXi(xi));
      assertTrue(e.getMessage().contains("xi") && e.getMessage().contains("(0, 1)"), e.getMessage());
    }
    for (double eps : new double[] {0, -1}) {
      e = assertThrows(IllegalArgumentException.class, () -> OPTICS.Params.DEFAULTS.withEps(eps));
      assertTrue(e.getMessage().contains("eps must be > 0"), e.getMessage());
    }
    for (double maxEps : new double[] {0, -2, Double.NaN}) {
      e = assertThrows(IllegalArgumentException.class, () -> OPTICS.Params.DEFAULTS.withMaxEps(maxEps));
      assertTrue(e.getMessage().contains("maxEps must be > 0"), e.getMessage());
    }
    e = assertThrows(IllegalArgumentException.class,
        () -> OPTICS.Params.DEFAULTS.withMaxEps(1.0).withEps(2.0));
    assertTrue(e.getMessage().contains("maxEps = 1.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OPTICS.Params.DEFAULTS.withMinClusterSize(1));
    assertTrue(e.getMessage().contains("minClusterSize"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new OPTICS(OPTICS.Params.DEFAULTS.withMinClusterSize(200)).fit(data("iris_std"), Target.none(150)));
    assertTrue(e.getMessage().contains("minClusterSize = 200"), e.getMessage());
  }
}
