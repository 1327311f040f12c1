package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;

class AgglomerativeTest {
  @Test
  void commonChecks() {
    Frame wine = Fixtures.standardize(Fixtures.xy("wine").x());
    for (AgglomerativeClustering.Linkage l : AgglomerativeClustering.Linkage.values()) {
      EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(() -> new AgglomerativeClustering(
          AgglomerativeClustering.Params.DEFAULTS.withNClusters(3).withLinkage(l)), wine));
    }
  }

  @Test
  void cutsAreNestedAndMergesAreOrdered() {
    Frame wine = Fixtures.standardize(Fixtures.xy("wine").x());
    AgglomerativeModel m = new AgglomerativeClustering().fit(wine, Target.none(178));
    double[][] merges = m.merges();
    assertEquals(177, merges.length);
    assertEquals(178.0, merges[176][3], 0.0, "the root holds every row");
    for (int t = 1; t < merges.length; t++) {
      assertTrue(merges[t][2] >= merges[t - 1][2], "non-decreasing merge distances");
    }
    int[] three = m.cut(3);
    int[] six = m.cut(6);
    // Every 6-cluster is inside one 3-cluster.
    for (int a = 0; a < 178; a++) {
      for (int b = 0; b < 178; b++) {
        if (six[a] == six[b]) {
          assertEquals(three[a], three[b]);
        }
      }
    }
    assertEquals(1, java.util.Arrays.stream(m.cutAtDistance(1e9)).distinct().count());
    assertEquals(178, java.util.Arrays.stream(m.cut(178)).distinct().count());
  }

  @Test
  void savesLoadsAndPredictsNearestRow(@TempDir Path dir) {
    Frame wine = Fixtures.standardize(Fixtures.xy("wine").x());
    AgglomerativeModel m = new AgglomerativeClustering(AgglomerativeClustering.Params.DEFAULTS.withNClusters(3))
        .fit(wine.rowRange(0, 150), Target.none(150));
    Path f = dir.resolve("a.praxis");
    ModelIO.save(m, f);
    AgglomerativeModel back = (AgglomerativeModel) ModelIO.load(f);
    assertArrayEquals(m.predict(wine), back.predict(wine));
    assertArrayEquals(m.merges()[10], back.merges()[10], 0.0);
  }

  @Test
  void badInputIsExplained() {
    Frame small = Fixtures.xy("iris").x().rowRange(0, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AgglomerativeClustering(
        AgglomerativeClustering.Params.DEFAULTS.withNClusters(4)).fit(small, Target.none(3)));
    assertTrue(e.getMessage().contains("only 3 rows"), e.getMessage());
    AgglomerativeModel m = new AgglomerativeClustering().fit(small, Target.none(3));
    e = assertThrows(IllegalArgumentException.class, () -> m.cut(4));
    assertTrue(e.getMessage().contains("[1, 3]"), e.getMessage());
  }
}
