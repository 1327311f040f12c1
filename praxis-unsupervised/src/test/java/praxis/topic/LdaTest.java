package praxis.topic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.linalg.CsrMatrix;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;
import praxis.text.CountVectorizer;
import praxis.text.CountVectorizerModel;
import praxis.text.StopWords;

/**
 * {@link LatentDirichletAllocation} against scikit-learn 1.2.1 ({@code reference/make_topics_reference.py}) and
 * hand-checkable properties. The initial draws are NumPy's {@code RandomState(0).gamma(100, 1/100)}, as in
 * scikit-learn, so the fits follow the same path: components and document–topic distributions equal to 1e-6
 * (relative to the largest entry), perplexity and bound to 1e-8 relative.
 */
class LdaTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/topics_reference.json");

  static Frame counts(double[][] rows) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < rows[0].length; j++) {
      names.add("w" + j);
    }
    Frame dense = Frame.ofRows(rows, names);
    return Frame.ofCsr(dense.toCsr(), names);
  }

  private static final Frame SMALL = counts(REF.matrix("small_counts"));

  private static void assertMatrix(double[][] expected, double[][] actual, double relTol, String what) {
    double scale = 0;
    for (double[] r : expected) {
      for (double v : r) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], relTol * scale, what + " row " + i);
    }
  }

  @Test
  void batchAndOnlineMatchScikitLearn() {
    LatentDirichletAllocation.Params base = LatentDirichletAllocation.Params.DEFAULTS.withNComponents(3);
    for (String mode : new String[] {"batch", "online"}) {
      LatentDirichletAllocation.Params p = mode.equals("batch") ? base.withMaxIter(5)
          : base.withOnline(0.7, 10, 16).withMaxIter(3);
      LatentDirichletAllocationModel m = new LatentDirichletAllocation(p).fit(SMALL, Target.none(60));
      assertMatrix(REF.matrix("small_" + mode, "components"), m.components(), 1e-6, mode + " components");
      double pp = REF.get("small_" + mode, "perplexity").asDouble();
      assertEquals(pp, m.perplexity(SMALL), 1e-8 * pp, mode + " perplexity");
      double sc = REF.get("small_" + mode, "score").asDouble();
      assertEquals(sc, m.score(SMALL), 1e-8 * Math.abs(sc), mode + " score");
      assertMatrix(REF.matrix("small_" + mode, "transform5"), m.documentTopics(SMALL.rowRange(0, 5)), 1e-6,
          mode + " transform");
    }
  }

  @Test
  void debianSliceMatchesScikitLearn() {
    Frame all = Fixtures.debianDescriptions().select("text");
    var f = new praxis.select.HoldOut(0.1, false, 0).split(all, Target.none(all.rowCount()), null).get(0);
    Frame train = all.rows(Arrays.copyOf(f.train(), 3000));
    Frame test = all.rows(Arrays.copyOf(f.test(), 500));
    CountVectorizerModel cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withStopWords(StopWords.ENGLISH)
        .withMinDf(5).withMaxDf(0.5)).fit(train, Target.none(3000));
    assertEquals(REF.get("debian_small", "vocabulary").asInt(), cv.vocabulary().size());
    Frame xtr = cv.transform(train);
    LatentDirichletAllocationModel m = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
        .withNComponents(5).withMaxIter(3)).fit(xtr, Target.none(3000));
    double ptr = REF.get("debian_small", "perplexity_train").asDouble();
    double pte = REF.get("debian_small", "perplexity_heldout").asDouble();
    assertEquals(ptr, m.perplexity(xtr), 1e-6 * ptr);
    assertEquals(pte, m.perplexity(cv.transform(test)), 1e-6 * pte);
    List<List<String>> top = m.topWords(10);
    for (int t = 0; t < 5; t++) {
      List<String> expected = new ArrayList<>();
      REF.get("debian_small", "top10", Integer.toString(t)).forEach(n -> expected.add(n.asText()));
      assertEquals(expected, top.get(t), "topic " + t);
    }
  }

  @Test
  void eStepHandCases() {
    // one document with counts 2, 3, 0, 5 (total 10)
    CsrMatrix x = CsrMatrix.fromDense(new double[][] {{2, 3, 0, 5}});
    int p = 4;
    double alpha = 0.25;
    // k = 1: phi = 1 for every word, so gamma = alpha + total count exactly
    double[] ew1 = {0.1, 0.4, 0.2, 0.3};
    double[] g1 = LdaMath.eStep(x, 0, 1, ew1, 1, alpha, 100, 1e-12, null, false, 1).gamma();
    assertEquals(alpha + 10, g1[0], 1e-12);
    // k = 2 with identical topics: by symmetry each topic gets half the words
    double[] ew2 = new double[p * 2];
    for (int w = 0; w < p; w++) {
      ew2[w * 2] = ew1[w];
      ew2[w * 2 + 1] = ew1[w];
    }
    double[] g2 = LdaMath.eStep(x, 0, 1, ew2, 2, alpha, 100, 1e-12, null, false, 1).gamma();
    assertEquals(alpha + 5, g2[0], 1e-9);
    assertEquals(alpha + 5, g2[1], 1e-9);
    // disjoint topics (topic 0 owns words 0,1; topic 1 owns words 2,3): gamma = alpha + the owned counts
    double[] ew3 = {1, 0, 1, 0, 0, 1, 0, 1};
    double[] g3 = LdaMath.eStep(x, 0, 1, ew3, 2, alpha, 100, 1e-12, null, true, 1).gamma();
    assertEquals(alpha + 5, g3[0], 1e-9);
    assertEquals(alpha + 5, g3[1], 1e-9);
    // psi(1) = -Euler's constant (scikit-learn's series stops at the x^-6 term: error about 1/(240 6^8) < 3e-9),
    // psi(x + 1) = psi(x) + 1 / x
    assertEquals(-0.5772156649015329, LdaMath.psi(1), 3e-9);
    assertEquals(LdaMath.psi(0.3) + 1 / 0.3, LdaMath.psi(1.3), 1e-13);
  }

  @Test
  void perplexityDecreasesOverPasses() {
    double last = Double.POSITIVE_INFINITY;
    for (int passes : new int[] {1, 2, 4, 8, 16}) {
      LatentDirichletAllocationModel m = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
          .withNComponents(3).withMaxIter(passes)).fit(SMALL, Target.none(60));
      double pp = m.perplexity(SMALL);
      assertTrue(pp < last, passes + " passes: " + pp + " not below " + last);
      last = pp;
    }
  }

  private static Frame synthetic(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] rows = new double[n][30];
    for (int i = 0; i < n; i++) {
      int topic = r.nextInt(3);
      for (int k = 0; k < 8; k++) {
        rows[i][topic * 10 + r.nextInt(10)] += 1;
      }
      rows[i][r.nextInt(30)] += 1;
    }
    return counts(rows);
  }

  @Test
  void deterministicBySeedAndThreadCount() {
    Frame x = synthetic(4500, 3);
    LatentDirichletAllocation.Params p = LatentDirichletAllocation.Params.DEFAULTS.withNComponents(3).withMaxIter(2);
    double[][] a = new LatentDirichletAllocation(p).fit(x, Target.none(4500)).components();
    double[][] b = new LatentDirichletAllocation(p.withNThreads(3)).fit(x, Target.none(4500)).components();
    double[][] c = new LatentDirichletAllocation(p.withSeed(7)).fit(x, Target.none(4500)).components();
    for (int t = 0; t < 3; t++) {
      assertArrayEquals(a[t], b[t], 0.0, "thread count changed topic " + t);
    }
    assertFalse(Arrays.equals(a[0], c[0]), "another seed gives another start");
    // the planted topics are found: each topic's top words come from one block of 10 words
    LatentDirichletAllocationModel m = new LatentDirichletAllocation(p.withMaxIter(10)).fit(x, Target.none(4500));
    for (List<String> words : m.topWords(5)) {
      int block = Integer.parseInt(words.get(0).substring(1)) / 10;
      for (String w : words) {
        assertEquals(block, Integer.parseInt(w.substring(1)) / 10, "top words " + words);
      }
    }
  }

  @Test
  void saveLoadAndCommonChecks(@TempDir Path dir) {
    LatentDirichletAllocationModel m = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
        .withNComponents(3)).fit(SMALL, Target.none(60));
    Path f = dir.resolve("lda.praxis");
    ModelIO.save(m, f);
    LatentDirichletAllocationModel back = (LatentDirichletAllocationModel) ModelIO.load(f);
    assertEquals(m.perplexity(SMALL), back.perplexity(SMALL), 0.0);
    assertMatrix(m.components(), back.components(), 0.0, "components");
    Frame t = back.transform(SMALL);
    assertEquals(List.of("topic0", "topic1", "topic2"), t.schema().names());
    for (int i = 0; i < 60; i++) {
      double s = t.getDouble(i, 0) + t.getDouble(i, 1) + t.getDouble(i, 2);
      assertEquals(1.0, s, 1e-12);
    }
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new LatentDirichletAllocation(
        LatentDirichletAllocation.Params.DEFAULTS.withNComponents(2).withMaxIter(3)), SMALL, Target.none(60)));
  }

  @Test
  void registeredForTheCli() {
    var est = (LatentDirichletAllocation) praxis.api.Estimators.create("latent_dirichlet_allocation",
        java.util.Map.of("nComponents", "4", "method", "ONLINE", "seed", "3"));
    assertEquals(4, est.params().nComponents());
    assertEquals(LatentDirichletAllocation.Method.ONLINE, est.params().method());
    assertEquals(3L, est.params().seed());
    var env = (praxis.outlier.EllipticEnvelope) praxis.api.Estimators.create("elliptic_envelope",
        java.util.Map.of("contamination", "0.05"));
    assertEquals(0.05, env.params().contamination(), 0.0);
  }

  @Test
  void badInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LatentDirichletAllocation.Params.DEFAULTS.withNComponents(0));
    assertTrue(e.getMessage().contains("nComponents"), e.getMessage());
    Frame neg = Frame.of(DoubleColumn.of("cat", 1, 2), DoubleColumn.of("dog", 0, -1));
    e = assertThrows(IllegalArgumentException.class, () -> new LatentDirichletAllocation().fit(neg, Target.none(2)));
    assertTrue(e.getMessage().contains("non-negative") && e.getMessage().contains("dog"), e.getMessage());
    LatentDirichletAllocationModel m = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
        .withNComponents(2)).fit(SMALL, Target.none(60));
    Frame zeros = counts(new double[][] {new double[25]});
    e = assertThrows(IllegalArgumentException.class, () -> m.perplexity(zeros));
    assertTrue(e.getMessage().contains("undefined"), e.getMessage());
  }
}
