package praxis.manifold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimators;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * UMAP. References: {@code reference/make_umap_reference.py} (umap-learn 0.5's find_ab_params with SciPy's
 * curve_fit, and its smooth_knn_dist / compute_membership_strengths / fuzzy union re-implemented in NumPy):
 * a and b to 1e-6 relative (curve_fit stops at its default tolerance 1.49e-8 on the parameters); sigmas and
 * rhos to 1e-12 (same bisection); the symmetric fuzzy graph to 1e-12.
 */
class UMAPTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/umap_reference.json");
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final UMAP.Params FAST = UMAP.Params.DEFAULTS.withNEpochs(200).withNNeighbors(10);

  @Test
  void abParamsMatchUmapLearn() {
    for (JsonNode c : REF.get("ab")) {
      double[] ab = UmapGraph.findAbParams(c.get("spread").asDouble(), c.get("min_dist").asDouble());
      double ea = c.get("a").asDouble();
      double eb = c.get("b").asDouble();
      assertEquals(ea, ab[0], 1e-6 * ea, "a for " + c);
      assertEquals(eb, ab[1], 1e-6 * eb, "b for " + c);
    }
    // the documented defaults
    double[] ab = UmapGraph.findAbParams(1.0, 0.1);
    assertEquals(1.5769, ab[0], 1e-4);
    assertEquals(0.8951, ab[1], 1e-4);
  }

  @Test
  void smoothKnnAndFuzzyUnionMatchReference() {
    double[][] x = ReferenceFile.toMatrix(REF.get("knn_x"));
    int k = REF.get("knn_k").asInt();
    int n = x.length;
    int p = x[0].length;
    double[] rows = new double[n * p];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x[i], 0, rows, i * p, p);
    }
    NeighborIndex index = NeighborIndex.build(rows, n, p, false, Metric.EUCLIDEAN, 2.0, Algorithm.BRUTE, 30);
    int[] idx = new int[n * k];
    double[] dist = new double[n * k];
    index.kNearest(rows, n, k, 1, idx, dist);
    UMAP.selfFirst(idx, dist, n, k);
    double[][] expIdx = ReferenceFile.toMatrix(REF.get("knn_indices"));
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        assertEquals((int) expIdx[i][t], idx[i * k + t], "neighbour " + t + " of row " + i);
      }
    }
    double[] sigmas = new double[n];
    double[] rhos = new double[n];
    UmapGraph.smoothKnnDist(dist, k, 0, n, 1.0, UmapGraph.mean(dist), sigmas, rhos);
    assertArrayEquals(ReferenceFile.toVector(REF.get("sigmas")), sigmas, 1e-12);
    assertArrayEquals(ReferenceFile.toVector(REF.get("rhos")), rhos, 1e-12);
    double[] w = new double[n * k];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        w[i * k + t] = UmapGraph.membership(i, idx[i * k + t], dist[i * k + t], sigmas[i], rhos[i], true);
      }
    }
    String[] keys = {"graph_union", "graph_mix05"};
    double[] mix = {1.0, 0.5};
    for (int c = 0; c < 2; c++) {
      UmapGraph.Csr g = UmapGraph.fuzzyUnion(idx, w, n, k, mix[c]);
      double[][] dense = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int t = g.rowPtr()[i]; t < g.rowPtr()[i + 1]; t++) {
          assertTrue(t == g.rowPtr()[i] || g.col()[t] > g.col()[t - 1], "sorted columns");
          dense[i][g.col()[t]] = g.val()[t];
        }
      }
      double[][] expected = ReferenceFile.toMatrix(REF.get(keys[c]));
      for (int i = 0; i < n; i++) {
        assertArrayEquals(expected[i], dense[i], 1e-12, keys[c] + " row " + i);
      }
    }
  }

  @Test
  void spectralInitMatchesADenseEigendecomposition() {
    // fuzzy 10-neighbour graph of 300 points of an anisotropic Gaussian in 5-D (connected): Lanczos (128
    // steps) against all eigenvectors of D^-1/2 G D^-1/2 from LinAlg.eigenSymmetric; vectors 2 and 3 agree
    // up to sign to 1e-6 (|cosine| of the angle)
    int n = 300;
    int k = 10;
    double[][] x = new double[n][5];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
    double[] scale = {3, 2, 1, 0.5, 0.2};
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 5; j++) {
        x[i][j] = scale[j] * UMAP.gaussian(rng);
      }
    }
    double[] rows = new double[n * 5];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x[i], 0, rows, i * 5, 5);
    }
    NeighborIndex index = NeighborIndex.build(rows, n, 5, false, Metric.EUCLIDEAN, 2.0, Algorithm.BRUTE, 30);
    int[] idx = new int[n * k];
    double[] dist = new double[n * k];
    index.kNearest(rows, n, k, 1, idx, dist);
    UMAP.selfFirst(idx, dist, n, k);
    double[] sig = new double[n];
    double[] rho = new double[n];
    UmapGraph.smoothKnnDist(dist, k, 0, n, 1.0, UmapGraph.mean(dist), sig, rho);
    double[] w = new double[n * k];
    for (int i = 0; i < n * k; i++) {
      w[i] = UmapGraph.membership(i / k, idx[i], dist[i], sig[i / k], rho[i / k], true);
    }
    UmapGraph.Csr g = UmapGraph.fuzzyUnion(idx, w, n, k, 1.0);
    assertEquals(1, UmapGraph.components(g));
    double[] deg = new double[n];
    for (int i = 0; i < n; i++) {
      for (int t = g.rowPtr()[i]; t < g.rowPtr()[i + 1]; t++) {
        deg[i] += g.val()[t];
      }
    }
    praxis.linalg.DenseMatrix nm = new praxis.linalg.DenseMatrix(n, n);
    for (int i = 0; i < n; i++) {
      for (int t = g.rowPtr()[i]; t < g.rowPtr()[i + 1]; t++) {
        int j = g.col()[t];
        nm.set(i, j, g.val()[t] / Math.sqrt(deg[i] * deg[j]));
      }
    }
    praxis.linalg.DenseMatrix vec = praxis.linalg.LinAlg.eigenSymmetric(nm).vectors();
    double[] y = UmapGraph.spectral(g, 2, new java.util.SplittableRandom(3));
    for (int a = 0; a < 2; a++) {
      double dot = 0;
      double nrm = 0;
      for (int i = 0; i < n; i++) {
        dot += y[i * 2 + a] * vec.get(i, a + 1);
        nrm += y[i * 2 + a] * y[i * 2 + a];
      }
      assertEquals(1.0, Math.abs(dot) / Math.sqrt(nrm), 1e-6, "eigenvector " + (a + 2));
    }
  }

  @Test
  void disconnectedGraphsAreLaidOutPerComponent() {
    // two separated clouds of 40 points: umap-learn's multi_component_layout centres them at +e1 and -e1,
    // each scaled to a largest offset of 1 (half the distance between the centres)
    int n = 80;
    double[] rows = new double[n * 3];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(2);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        rows[i * 3 + j] = UMAP.gaussian(rng) + (i < 40 ? 0 : 100);
      }
    }
    int k = 8;
    NeighborIndex index = NeighborIndex.build(rows, n, 3, false, Metric.EUCLIDEAN, 2.0, Algorithm.BRUTE, 30);
    int[] idx = new int[n * k];
    double[] dist = new double[n * k];
    index.kNearest(rows, n, k, 1, idx, dist);
    UMAP.selfFirst(idx, dist, n, k);
    double[] sig = new double[n];
    double[] rho = new double[n];
    UmapGraph.smoothKnnDist(dist, k, 0, n, 1.0, UmapGraph.mean(dist), sig, rho);
    double[] w = new double[n * k];
    for (int i = 0; i < n * k; i++) {
      w[i] = UmapGraph.membership(i / k, idx[i], dist[i], sig[i / k], rho[i / k], true);
    }
    UmapGraph.Csr g = UmapGraph.fuzzyUnion(idx, w, n, k, 1.0);
    int[] labels = new int[n];
    assertEquals(2, UmapGraph.componentLabels(g, labels));
    double[] y = UmapGraph.multiComponent(g, labels, 2, 2, new java.util.SplittableRandom(1));
    for (int c = 0; c < 2; c++) {
      double centre = labels[0] == c ? 1.0 : -1.0;
      double max = 0;
      for (int i = 0; i < n; i++) {
        if (labels[i] == c) {
          assertEquals(i < 40 ? labels[0] : labels[40], c);
          max = Math.max(max, Math.max(Math.abs(y[2 * i] - centre), Math.abs(y[2 * i + 1])));
        }
      }
      assertEquals(1.0, max, 1e-12, "component " + c);
    }
    assertEquals(null, UmapGraph.multiComponent(g, labels, 5, 2, new java.util.SplittableRandom(1)));
  }

  @Test
  void sameSeedSameEmbeddingOtherSeedOther() {
    Frame x = IRIS.x();
    double[][] a = new UMAP(FAST).fit(x, Target.none(150)).embedding();
    double[][] b = new UMAP(FAST.withNThreads(3)).fit(x, Target.none(150)).embedding();
    double[][] c = new UMAP(FAST.withSeed(5)).fit(x, Target.none(150)).embedding();
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0.0, "row " + i);
    }
    assertFalse(Arrays.deepEquals(a, c), "another seed gives another embedding");
  }

  @Test
  void everyInitPreservesNeighbourhoods() {
    // iris, default epochs (500): umap-learn reaches about 0.98-0.99 here
    Frame x = IRIS.x();
    for (UMAP.Init init : UMAP.Init.values()) {
      for (UMAP.Metric metric : UMAP.Metric.values()) {
        UMAPModel m = new UMAP(UMAP.Params.DEFAULTS.withInit(init).withMetric(metric)).fit(x, Target.none(150));
        // cosine: trustworthiness on unit-length rows, where Euclidean order = cosine order
        double[][] ref = metric == UMAP.Metric.EUCLIDEAN ? x.toRowArrays() : unitRows(x.toRowArrays());
        double t = Trustworthiness.of(ref, m.transform(x).toRowArrays(), 5);
        assertTrue(t >= 0.97, init + " " + metric + ": trustworthiness " + t);
        // setosa is a separate component of the 15-neighbour graph (spectral init: one layout per component)
        assertEquals(2, m.graphComponents(), init + " " + metric);
        assertEquals(500, m.epochs());
      }
    }
    UMAPModel three = new UMAP(FAST.withNComponents(3)).fit(x, Target.none(150));
    assertEquals(3, three.embedding()[0].length);
    assertTrue(Trustworthiness.of(x, three.transform(x), 5) >= 0.97);
  }

  private static double[][] unitRows(double[][] r) {
    for (double[] row : r) {
      double s = 0;
      for (double v : row) {
        s += v * v;
      }
      for (int j = 0; j < row.length; j++) {
        row[j] /= Math.sqrt(s);
      }
    }
    return r;
  }

  @Test
  void transformPlacesNewRowsAmongTheirNeighbours() {
    // fit on 4 of every 5 iris rows, embed the rest: their nearest training point in the embedding has the
    // same species (1-NN accuracy in the embedding; 1-NN in the input space gets 29/30 here)
    Frame x = IRIS.x();
    int[] codes = IRIS.y().codes();
    int[] train = new int[120];
    int[] test = new int[30];
    for (int i = 0, a = 0, b = 0; i < 150; i++) {
      if (i % 5 == 0) {
        test[b++] = i;
      } else {
        train[a++] = i;
      }
    }
    UMAPModel m = new UMAP(UMAP.Params.DEFAULTS.withNThreads(2)).fit(x.rows(train), Target.none(120));
    double[][] e = m.embedding();
    double[][] z = m.transform(x.rows(test)).toRowArrays();
    int correct = 0;
    for (int r = 0; r < test.length; r++) {
      int best = -1;
      double bd = Double.POSITIVE_INFINITY;
      for (int i = 0; i < e.length; i++) {
        double d = Math.hypot(e[i][0] - z[r][0], e[i][1] - z[r][1]);
        if (d < bd) {
          bd = d;
          best = i;
        }
      }
      correct += codes[train[best]] == codes[test[r]] ? 1 : 0;
    }
    assertTrue(correct >= 27, correct + " of 30 held-out rows next to their species");
    // training rows map to their embedding; a row's result does not depend on the others in the batch
    double[][] self = m.transform(x.rows(new int[] {train[7], train[3]})).toRowArrays();
    assertArrayEquals(e[7], self[0], 0.0);
    assertArrayEquals(e[3], self[1], 0.0);
    double[][] part = m.transform(x.rows(new int[] {test[9], test[2]})).toRowArrays();
    assertArrayEquals(z[9], part[0], 0.0);
    assertArrayEquals(z[2], part[1], 0.0);
    UMAPModel m4 = new UMAP(UMAP.Params.DEFAULTS.withNThreads(1)).fit(x.rows(train), Target.none(120));
    double[][] z1 = m4.transform(x.rows(test)).toRowArrays();
    for (int r = 0; r < 30; r++) {
      assertArrayEquals(z[r], z1[r], 0.0, "1 vs 2 threads, row " + r);
    }
  }

  @Test
  void saveLoadKeepsTheEmbeddingAndTransform(@TempDir Path dir) throws Exception {
    Frame x = IRIS.x();
    UMAPModel m = new UMAP(FAST).fit(x.rowRange(0, 120), Target.none(120));
    Path f = dir.resolve("umap.praxis");
    ModelIO.save(m, f);
    assertTrue(Files.size(f) > 0);
    UMAPModel back = (UMAPModel) ModelIO.load(f);
    assertEquals(m.params(), back.params());
    assertEquals(m.a(), back.a(), 0.0);
    assertEquals(m.b(), back.b(), 0.0);
    assertTrue(Arrays.deepEquals(m.embedding(), back.embedding()));
    Frame fresh = x.rowRange(120, 150);
    assertTrue(Arrays.deepEquals(m.transform(fresh).toRowArrays(), back.transform(fresh).toRowArrays()));
  }

  @Test
  void badInputGivesClearErrors() {
    Frame small = IRIS.x().rowRange(0, 15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new UMAP().fit(small, Target.none(15)));
    assertTrue(e.getMessage().contains("nNeighbors = 15") && e.getMessage().contains("15"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withMinDist(2.0));
    assertTrue(e.getMessage().contains("minDist = 2.0") && e.getMessage().contains("spread"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withNNeighbors(1));
    assertTrue(e.getMessage().contains("nNeighbors"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withNComponents(0));
    assertTrue(e.getMessage().contains("nComponents"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withLearningRate(0));
    assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withSpread(-1));
    assertTrue(e.getMessage().contains("spread"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withSetOpMixRatio(1.5));
    assertTrue(e.getMessage().contains("setOpMixRatio"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UMAP.Params.DEFAULTS.withNegativeSampleRate(-1));
    assertTrue(e.getMessage().contains("negativeSampleRate"), e.getMessage());
    UMAPModel m = new UMAP(FAST).fit(IRIS.x(), Target.none(150));
    Frame other = Frame.ofRows(new double[][] {{1, 2}}, List.of("a", "b"));
    assertThrows(IllegalArgumentException.class, () -> m.transform(other));
  }

  @Test
  void registeredForTheCli() {
    praxis.api.Estimator<?, ?> e = Estimators.create("umap",
        Map.of("nNeighbors", "10", "minDist", "0.3", "init", "random", "metric", "cosine", "nThreads", "2"));
    UMAP.Params p = ((UMAP) e).params();
    assertEquals(10, p.nNeighbors());
    assertEquals(0.3, p.minDist());
    assertEquals(UMAP.Init.RANDOM, p.init());
    assertEquals(UMAP.Metric.COSINE, p.metric());
    assertEquals(2, p.nThreads());
  }

  @Test
  void commonChecks() {
    Frame x = Fixtures.standardize(IRIS.x()).rowRange(0, 60);
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new UMAP(FAST.withNNeighbors(5).withNEpochs(50)), x, Target.none(x.rowCount())));
  }
}
