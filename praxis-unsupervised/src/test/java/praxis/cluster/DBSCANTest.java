package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * DBSCAN against scikit-learn 1.2.1 ({@code reference/make_dbscan_reference.py}): identical labels (same
 * numbering, same noise) and core samples, for several radii, metrics and sample weights; every search
 * algorithm gives the same result.
 */
class DBSCANTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/dbscan_reference.json");

  private static Frame data(String name) {
    return name.equals("wine_std") ? Fixtures.standardize(Fixtures.xy("wine").x()) : Fixtures.xy(name).x();
  }

  @Test
  void matchesScikitLearn() {
    JsonNode cases = REF.get("cases");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      Frame x = data(c.get("dataset").asText());
      double[] w = null;
      if (c.get("weighted").asBoolean()) {
        w = new double[x.rowCount()];
        for (int r = 0; r < w.length; r++) {
          w[r] = r % 3 + 1.0;
        }
      }
      for (Algorithm a : new Algorithm[] {Algorithm.AUTO, Algorithm.BRUTE, Algorithm.BALL_TREE}) {
        DBSCAN.Params p = DBSCAN.Params.DEFAULTS.withEps(c.get("eps").asDouble())
            .withMinSamples(c.get("min_samples").asInt())
            .withMetric(Metric.valueOf(c.get("metric").asText().toUpperCase(Locale.ROOT))).withAlgorithm(a);
        DBSCANModel m = new DBSCAN(p).fit(x, Target.none(x.rowCount()), w);
        String what = "case " + i + " " + a;
        assertArrayEquals(REF.ints("cases", Integer.toString(i), "labels"), m.labels(), what + " labels");
        assertArrayEquals(REF.ints("cases", Integer.toString(i), "core"), m.coreSampleIndices(), what + " core");
      }
    }
  }

  @Test
  void commonChecksAndPrediction(@TempDir Path dir) {
    Frame iris = Fixtures.xy("iris").x();
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(() -> new DBSCAN(), iris));
    DBSCANModel m = new DBSCAN().fit(iris, Target.none(150));
    int[] pred = m.predict(iris);
    int[] labels = m.labels();
    for (int i : m.coreSampleIndices()) {
      assertEquals(labels[i], pred[i], "a core sample predicts its own cluster");
    }
    Path f = dir.resolve("db.praxis");
    ModelIO.save(m, f);
    DBSCANModel back = (DBSCANModel) ModelIO.load(f);
    assertArrayEquals(pred, back.predict(iris));
    assertEquals(m.clusterCount(), back.clusterCount());
    Frame far = Frame.ofRows(new double[][] {{100, 100, 100, 100}}, iris.schema().names());
    assertEquals(-1, m.predict(far)[0], "far from every core sample: noise");
  }

  @Test
  void badInputIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DBSCAN.Params.DEFAULTS.withEps(0));
    assertTrue(e.getMessage().contains("eps"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DBSCAN.Params.DEFAULTS.withMinSamples(0));
    assertTrue(e.getMessage().contains("minSamples"), e.getMessage());
  }
}
