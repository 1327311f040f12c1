package praxis.manifold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;
import org.junit.jupiter.api.Test;

/**
 * t-SNE and trustworthiness. References: {@code reference/make_manifold_reference.py} (scikit-learn 1.2.1):
 * trustworthiness to 1e-12; the exact method's affinity matrix P to 1e-6 relative to its largest entry
 * (scikit-learn calibrates the perplexity in float32); KL divergence and gradient for a given P and embedding to
 * 1e-10 (exact) and 1e-4 relative (Barnes-Hut with angle 0; scikit-learn computes it in float32).
 */
class TSNETest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/manifold_reference.json");
  private static final Frame IRIS = Fixtures.xy("iris").x();
  private static final TSNE.Params FAST = TSNE.Params.DEFAULTS.withNIter(300).withPerplexity(10);

  private static Frame frame(double[][] rows) {
    String[] names = new String[rows[0].length];
    for (int j = 0; j < names.length; j++) {
      names[j] = "f" + j;
    }
    return Frame.ofRows(rows, List.of(names));
  }

  @Test
  void trustworthinessMatchesScikitLearn() {
    double[][] x = ReferenceFile.toMatrix(REF.get("trust_x"));
    double[][] e = ReferenceFile.toMatrix(REF.get("trust_embedding"));
    for (JsonNode c : REF.get("trustworthiness")) {
      int k = c.get("k").asInt();
      assertEquals(c.get("value").asDouble(), Trustworthiness.of(x, e, k), 1e-12, "k = " + k);
      assertEquals(c.get("value").asDouble(), Trustworthiness.of(frame(x), frame(e), k), 1e-12, "frames, k = " + k);
    }
    assertEquals(1.0, Trustworthiness.of(x, x, 5), 0.0);
    assertThrows(IllegalArgumentException.class, () -> Trustworthiness.of(x, e, 30));
  }

  @Test
  void exactAffinitiesMatchScikitLearn() {
    double[][] a = ReferenceFile.toMatrix(REF.get("affinity_x"));
    double[][] expected = ReferenceFile.toMatrix(REF.get("affinity_p"));
    int n = a.length;
    int p = a[0].length;
    double[] rows = new double[n * p];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, rows, i * p, p);
    }
    TSNE t = new TSNE(TSNE.Params.DEFAULTS.withPerplexity(REF.get("affinity_perplexity").asDouble())
        .withMethod(TSNE.Method.EXACT));
    TSNE.Parallel par = new TSNE.Parallel(1);
    double[] got = t.exactAffinities(rows, n, p, par).dense();
    par.close();
    double max = 0;
    for (double[] r : expected) {
      for (double v : r) {
        max = Math.max(max, v);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double e = i == j ? 0.0 : expected[i][j];
        assertEquals(e, got[i * n + j], 1e-6 * max, "P[" + i + "][" + j + "]");
      }
    }
  }

  @Test
  void gradientsMatchScikitLearn() {
    double[][] pm = ReferenceFile.toMatrix(REF.get("grad_p"));
    double[][] y = ReferenceFile.toMatrix(REF.get("grad_y"));
    int n = y.length;
    double[] dense = new double[n * n];
    int nnz = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dense[i * n + j] = pm[i][j];
        nnz += pm[i][j] != 0 ? 1 : 0;
      }
    }
    int[] rowPtr = new int[n + 1];
    int[] col = new int[nnz];
    double[] val = new double[nnz];
    int t = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (pm[i][j] != 0) {
          col[t] = j;
          val[t++] = pm[i][j];
        }
      }
      rowPtr[i + 1] = t;
    }
    double[] flat = new double[n * 2];
    for (int i = 0; i < n; i++) {
      flat[2 * i] = y[i][0];
      flat[2 * i + 1] = y[i][1];
    }
    try (TSNE.Parallel par = new TSNE.Parallel(1)) {
      String[] names = {"exact", "bh"};
      TSNE.Affinities[] affs = {new TSNE.Affinities(dense, null, null, null),
          new TSNE.Affinities(null, rowPtr, col, val)};
      // exact: float64 in both; Barnes-Hut: scikit-learn works in float32
      double[] tol = {1e-10, 1e-4};
      for (int c = 0; c < 2; c++) {
        double[][] expected = ReferenceFile.toMatrix(REF.get("grad_" + names[c]));
        double scale = 0;
        for (double[] r : expected) {
          scale = Math.max(scale, Math.max(Math.abs(r[0]), Math.abs(r[1])));
        }
        double[] g = new double[n * 2];
        double kl = new TSNE.Optimizer(affs[c], n, 2, 1.0, 0.0, par).gradient(flat, 1.0, g, true);
        double ekl = REF.get("grad_" + names[c] + "_kl").asDouble();
        assertEquals(ekl, kl, tol[c] * Math.abs(ekl), names[c] + " KL");
        for (int i = 0; i < n; i++) {
          assertArrayEquals(expected[i], new double[] {g[2 * i], g[2 * i + 1]}, tol[c] * scale,
              names[c] + " gradient row " + i);
        }
      }
    }
  }

  @Test
  void resultsAreIdenticalForAnyThreadCount() {
    for (TSNE.Method method : TSNE.Method.values()) {
      TSNE.Params p = FAST.withMethod(method);
      TSNEModel one = new TSNE(p.withNThreads(1)).fit(IRIS, Target.none(150));
      TSNEModel three = new TSNE(p.withNThreads(3)).fit(IRIS, Target.none(150));
      double[][] a = one.embedding();
      double[][] b = three.embedding();
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], 0.0, method + " row " + i);
      }
      assertEquals(one.klDivergence(), three.klDivergence(), 0.0);
    }
  }

  @Test
  void embeddingsPreserveNeighbourhoods() {
    // iris, full 1000 iterations: exact and Barnes-Hut 2-D, Barnes-Hut 3-D (octree), random init
    TSNE.Params p = TSNE.Params.DEFAULTS.withNThreads(2);
    for (TSNE.Params q : new TSNE.Params[] {p, p.withMethod(TSNE.Method.EXACT), p.withNComponents(3),
        p.withInit(TSNE.Init.RANDOM).withSeed(4)}) {
      TSNEModel m = new TSNE(q).fit(IRIS, Target.none(150));
      double t = Trustworthiness.of(IRIS, m.transform(IRIS), 5);
      assertTrue(t >= 0.97, q + ": trustworthiness " + t);
      assertTrue(m.klDivergence() > 0 && m.klDivergence() < 1.0, q + ": KL " + m.klDivergence());
      assertEquals(q.nComponents(), m.embedding()[0].length);
    }
  }

  @Test
  void transformAcceptsOnlyTrainingRows() {
    TSNEModel m = new TSNE(FAST).fit(IRIS, Target.none(150));
    Frame sub = IRIS.rows(new int[] {7, 3, 100});
    double[][] e = m.embedding();
    double[][] got = m.transform(sub).toRowArrays();
    assertArrayEquals(e[7], got[0], 0.0);
    assertArrayEquals(e[3], got[1], 0.0);
    assertArrayEquals(e[100], got[2], 0.0);
    double[][] fresh = IRIS.rowRange(0, 2).toRowArrays();
    fresh[1][0] += 0.01;
    Frame newRows = Frame.ofRows(fresh, IRIS.schema().names());
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> m.transform(newRows));
    assertTrue(ex.getMessage().contains("row 1") && ex.getMessage().contains("out-of-sample"), ex.getMessage());
  }

  @Test
  void badInputGivesClearErrors() {
    Frame small = IRIS.rowRange(0, 20);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TSNE().fit(small, Target.none(20)));
    assertTrue(e.getMessage().contains("perplexity = 30.0") && e.getMessage().contains("20"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TSNE.Params.DEFAULTS.withNComponents(0));
    assertTrue(e.getMessage().contains("nComponents"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TSNE.Params.DEFAULTS.withNComponents(4));
    assertTrue(e.getMessage().contains("Barnes-Hut") && e.getMessage().contains("EXACT"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TSNE.Params.DEFAULTS.withPerplexity(0));
    assertTrue(e.getMessage().contains("perplexity"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TSNE.Params.DEFAULTS.withNIter(100));
    assertTrue(e.getMessage().contains("nIter"), e.getMessage());
  }

  @Test
  void registeredForTheCli() {
    praxis.api.Estimator<?, ?> e = praxis.api.Estimators.create("tsne",
        java.util.Map.of("perplexity", "20", "method", "exact", "nThreads", "2"));
    TSNE.Params p = ((TSNE) e).params();
    assertEquals(20.0, p.perplexity());
    assertEquals(TSNE.Method.EXACT, p.method());
    assertEquals(2, p.nThreads());
  }

  @Test
  void commonChecks() {
    Frame x = Fixtures.standardize(IRIS).rowRange(0, 60);
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new TSNE(FAST.withPerplexity(5)), x, Target.none(x.rowCount())));
  }
}
