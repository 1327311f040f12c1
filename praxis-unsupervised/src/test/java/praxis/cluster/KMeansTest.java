package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimators;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.metrics.ClusteringMetrics;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;

class KMeansTest {
  private static final Frame BLOBS = Fixtures.blobs(600, 4, 5, 3L).x();

  @Test
  void commonChecks() {
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(() -> KMeans.of(3), Fixtures.xy("iris").x()));
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(
        () -> new KMeans(KMeans.Params.DEFAULTS.withNClusters(3).withAlgorithm(KMeans.Algorithm.ELKAN)),
        Fixtures.xy("iris").x()));
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(
        () -> new MiniBatchKMeans(MiniBatchKMeans.Params.DEFAULTS.withNClusters(3).withBatchSize(64)),
        Fixtures.xy("iris").x()));
  }

  @Test
  void elkanEqualsLloydAndThreadsDoNotMatter() {
    Frame digits = Fixtures.xy("digits").x();
    KMeans.Params p = KMeans.Params.DEFAULTS.withNClusters(10).withNInit(2);
    KMeansModel lloyd = new KMeans(p).fit(digits, Target.none(digits.rowCount()));
    KMeansModel elkan = new KMeans(p.withAlgorithm(KMeans.Algorithm.ELKAN)).fit(digits,
        Target.none(digits.rowCount()));
    KMeansModel threaded = new KMeans(p.withNThreads(3)).fit(digits, Target.none(digits.rowCount()));
    assertArrayEquals(lloyd.predict(digits), elkan.predict(digits));
    assertEquals(lloyd.inertia(), elkan.inertia(), 1e-9 * lloyd.inertia());
    assertEquals(lloyd.inertia(), threaded.inertia(), 0.0, "bit-identical for any thread count");
    assertArrayEquals(lloyd.centers()[4], threaded.centers()[4], 0.0);
  }

  @Test
  void transformGivesDistancesAndInertiaOfNewData() {
    Frame iris = Fixtures.xy("iris").x();
    KMeansModel m = KMeans.of(3).fit(iris, Target.none(150));
    Frame d = m.transform(iris);
    assertEquals(3, d.columnCount());
    assertEquals("distance_0", d.column(0).name());
    int[] labels = m.predict(iris);
    double inertia = 0;
    for (int i = 0; i < 150; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int c = 0; c < 3; c++) {
        best = Math.min(best, d.getDouble(i, c));
      }
      assertEquals(best, d.getDouble(i, labels[i]), 0.0);
      inertia += best * best;
    }
    assertEquals(m.inertia(), inertia, 1e-9 * inertia);
    assertEquals(m.inertia(), m.inertia(iris), 1e-9 * inertia);
  }

  @Test
  void miniBatchComesCloseToFullKMeans() {
    int n = BLOBS.rowCount();
    KMeansModel full = KMeans.of(5).fit(BLOBS, Target.none(n));
    KMeansModel mini = new MiniBatchKMeans(MiniBatchKMeans.Params.DEFAULTS.withNClusters(5).withBatchSize(100))
        .fit(BLOBS, Target.none(n));
    assertTrue(mini.inertia() <= 1.05 * full.inertia(), mini.inertia() + " vs " + full.inertia());
    assertTrue(ClusteringMetrics.adjustedRand(full.predict(BLOBS), mini.predict(BLOBS)) > 0.95);
    KMeansModel again = new MiniBatchKMeans(MiniBatchKMeans.Params.DEFAULTS.withNClusters(5).withBatchSize(100))
        .fit(BLOBS, Target.none(n));
    assertEquals(mini.inertia(), again.inertia(), 0.0, "same seed, same model");
  }

  @Test
  void elbowAndSilhouettePickTheTrueK() {
    ClusterCount.Curve elbow = ClusterCount.elbow(BLOBS, 1, 10, KMeans.Params.DEFAULTS.withNInit(3));
    assertEquals(10, elbow.scores().length);
    for (int t = 1; t < 10; t++) {
      assertTrue(elbow.scores()[t] <= elbow.scores()[t - 1] * (1 + 1e-9), "inertia decreases with k");
    }
    assertEquals(5, elbow.bestK());
    ClusterCount.Curve sil = ClusterCount.silhouette(BLOBS, 2, 8, KMeans.Params.DEFAULTS.withNInit(3));
    assertEquals(5, sil.bestK());
    assertEquals(0, ClusterCount.knee(new double[] {3, 3, 3}));
    assertEquals(1, ClusterCount.knee(new double[] {10, 2, 1.5, 1}));
  }

  @Test
  void weightsActLikeRepeatedRows() {
    Frame iris = Fixtures.xy("iris").x();
    double[] w = new double[150];
    int[] rows = new int[300];
    for (int i = 0; i < 150; i++) {
      w[i] = 2;
      rows[2 * i] = i;
      rows[2 * i + 1] = i;
    }
    KMeans.Params p = KMeans.Params.DEFAULTS.withNClusters(3).withNInit(1).withInit(KMeans.Init.RANDOM);
    KMeansModel weighted = new KMeans(p).fit(iris, Target.none(150), w);
    KMeansModel plain = new KMeans(p).fit(iris, Target.none(150));
    assertEquals(2 * plain.inertia(), weighted.inertia(), 1e-9 * weighted.inertia());
  }

  @Test
  void savesLoadsAndIsRegistered(@TempDir Path dir) {
    Frame iris = Fixtures.xy("iris").x();
    KMeansModel m = (KMeansModel) Estimators.create("kmeans", Map.of("nClusters", "4")).fit(iris, Target.none(150));
    assertEquals(4, m.clusterCount());
    Path f = dir.resolve("km.praxis");
    ModelIO.save(m, f);
    KMeansModel back = (KMeansModel) ModelIO.load(f);
    assertArrayEquals(m.predict(iris), back.predict(iris));
    assertEquals(m.inertia(), back.inertia(), 0.0);
  }

  @Test
  void badInputIsExplained() {
    Frame small = Fixtures.xy("iris").x().rowRange(0, 4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KMeans.of(5).fit(small, Target.none(4)));
    assertTrue(e.getMessage().contains("nClusters = 5") && e.getMessage().contains("only 4 rows"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> KMeans.of(0));
    assertTrue(e.getMessage().contains("nClusters"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> KMeans.of(2).fit(small, Target.none(4), new double[] {1, -1, 1, 1}));
    assertTrue(e.getMessage().contains("sampleWeight[1]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClusterCount.elbow(small, 3, 3, KMeans.Params.DEFAULTS));
  }
}
