package praxis.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.api.ProbabilisticClassifier;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;
import praxis.testkit.Fixtures;
import praxis.text.CountVectorizer;
import praxis.text.CountVectorizerModel;

/**
 * The sparse paths of the count naive Bayes models: on sparse and dense copies of the same data (word counts of
 * 400 Debian descriptions, 6 sections) fits give identical statistics and log probabilities, and predictions
 * identical probabilities (asserted to 1e-12 absolute; they are in fact bit-identical since the sums run in the
 * same order); partial fits agree too; invalid sparse input is refused naming column and row; and a sparse
 * input whose dense copy would need 3.2 GB fits without densifying.
 */
class SparseNBTest {
  static final double TOL = 1e-12;

  record Data(Frame sparse, Frame dense, Target y) {}

  private static Data cached;

  static synchronized Data data() {
    if (cached == null) {
      cached = makeData();
    }
    return cached;
  }

  static Data makeData() {
    Fixtures.XY top = Fixtures.debianTopSections(6);
    int[] rows = new int[400];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i * 34;
    }
    Frame docs = top.x().rows(rows);
    Target y = top.y().rows(rows);
    CountVectorizerModel cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withMinDf(2))
        .fit(docs, Target.none(docs.rowCount()));
    Frame sparse = cv.transform(docs);
    List<Column> dense = new ArrayList<>();
    for (Column c : sparse.columns()) {
      dense.add(DoubleColumn.of(c.name(), ((DoubleColumn) c).toArray()));
    }
    return new Data(sparse, Frame.of(dense), y);
  }

  static void assertSame(ProbabilisticClassifier a, ProbabilisticClassifier b, Frame xa, Frame xb, String what) {
    assertArrayEquals(a.predict(xa), b.predict(xb), what + ": predictions");
    double[][] pa = a.predictProba(xa);
    double[][] pb = b.predictProba(xb);
    for (int i = 0; i < pa.length; i++) {
      assertArrayEquals(pa[i], pb[i], TOL, what + ": probabilities of row " + i);
    }
  }

  static void assertMatrix(double[][] e, double[][] a, String what) {
    for (int c = 0; c < e.length; c++) {
      assertArrayEquals(e[c], a[c], TOL, what + " class " + c);
    }
  }

  @Test
  void multinomialSparseEqualsDense() {
    Data d = data();
    assertTrue(d.sparse().hasSparseColumns() && !d.dense().hasSparseColumns());
    MultinomialNBModel s = new MultinomialNB().fit(d.sparse(), d.y());
    MultinomialNBModel m = new MultinomialNB().fit(d.dense(), d.y());
    assertMatrix(m.featureCount(), s.featureCount(), "featureCount");
    assertArrayEquals(m.classCount(), s.classCount(), 0, "classCount");
    assertMatrix(m.featureLogProb(), s.featureLogProb(), "featureLogProb");
    assertSame(m, s, d.dense(), d.sparse(), "MultinomialNB dense vs sparse");
    assertSame(m, m, d.dense(), d.sparse(), "dense model on sparse input");
    double[][] js = s.jointLogLikelihood(d.sparse());
    double[][] jd = m.jointLogLikelihood(d.dense());
    for (int i = 0; i < js.length; i++) {
      assertArrayEquals(jd[i], js[i], TOL, "joint log likelihood row " + i);
    }
  }

  @Test
  void complementAndBernoulliSparseEqualsDense() {
    Data d = data();
    for (boolean norm : new boolean[] {false, true}) {
      var p = new ComplementNB.Params(0.5, true, new double[0], norm);
      ComplementNBModel s = new ComplementNB(p).fit(d.sparse(), d.y());
      ComplementNBModel m = new ComplementNB(p).fit(d.dense(), d.y());
      assertMatrix(m.featureLogProb(), s.featureLogProb(), "ComplementNB featureLogProb norm=" + norm);
      assertSame(m, s, d.dense(), d.sparse(), "ComplementNB norm=" + norm);
    }
    for (OptionalDouble bin : List.of(OptionalDouble.of(0.0), OptionalDouble.of(1.5), OptionalDouble.empty())) {
      var p = new BernoulliNB.Params(1.0, true, new double[0], bin);
      BernoulliNBModel s = new BernoulliNB(p).fit(d.sparse(), d.y());
      BernoulliNBModel m = new BernoulliNB(p).fit(d.dense(), d.y());
      assertMatrix(m.featureCount(), s.featureCount(), "BernoulliNB featureCount binarize=" + bin);
      assertSame(m, s, d.dense(), d.sparse(), "BernoulliNB binarize=" + bin);
    }
  }

  @Test
  void partialFitSparseEqualsDense() {
    Data d = data();
    int n = d.y().size();
    int[] a = new int[n / 2];
    int[] b = new int[n - n / 2];
    for (int i = 0; i < n; i++) {
      if (i < a.length) {
        a[i] = i;
      } else {
        b[i - a.length] = i;
      }
    }
    List<String> classes = d.y().classList();
    MultinomialNBModel s = new MultinomialNB().partialFit(d.sparse().rows(a), d.y().rows(a), classes)
        .partialFit(d.sparse().rows(b), d.y().rows(b));
    MultinomialNBModel m = new MultinomialNB().partialFit(d.dense().rows(a), d.y().rows(a), classes)
        .partialFit(d.dense().rows(b), d.y().rows(b));
    assertMatrix(m.featureCount(), s.featureCount(), "featureCount after two batches");
    assertSame(m, s, d.dense(), d.sparse(), "partial fits");
    MultinomialNBModel whole = new MultinomialNB().fit(d.sparse(), d.y());
    assertMatrix(whole.featureCount(), s.featureCount(), "two sparse batches vs one sparse fit");
  }

  @Test
  void invalidSparseInputIsRefused() {
    Frame x = Frame.of(DoubleColumn.sparse("w_ok", 4, new int[] {0, 2}, new double[] {1, 2}),
        DoubleColumn.sparse("w_neg", 4, new int[] {1, 3}, new double[] {3, -1}));
    Target y = Target.classes("a", "b", "a", "b");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MultinomialNB().fit(x, y));
    assertTrue(e.getMessage().contains("w_neg") && e.getMessage().contains("row 3")
        && e.getMessage().contains("non-negative"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ComplementNB().fit(x, y));
    assertTrue(e.getMessage().contains("w_neg"), e.getMessage());
    Frame nan = Frame.of(DoubleColumn.sparse("w_nan", 4, new int[] {1}, new double[] {Double.NaN}),
        DoubleColumn.sparse("w_ok", 4, new int[] {0}, new double[] {1}));
    e = assertThrows(IllegalArgumentException.class, () -> new MultinomialNB().fit(nan, y));
    assertTrue(e.getMessage().contains("w_nan"), e.getMessage());
    var neg = new BernoulliNB.Params(1.0, true, new double[0], OptionalDouble.of(-0.5));
    Frame ok = x.select("w_ok");
    e = assertThrows(IllegalArgumentException.class, () -> new BernoulliNB(neg).fit(ok, y));
    assertTrue(e.getMessage().contains("binarize=-0.5"), e.getMessage());
    MultinomialNBModel fitted = new MultinomialNB().fit(ok, y);
    Frame bad = Frame.of(DoubleColumn.sparse("w_ok", 2, new int[] {1}, new double[] {-2}));
    e = assertThrows(IllegalArgumentException.class, () -> fitted.predict(bad));
    assertTrue(e.getMessage().contains("w_ok") && e.getMessage().contains("row 1"), e.getMessage());
  }

  @Test
  void hugeSparseInputIsNeverDensified() {
    // 20,000 x 20,000 with 5 non-zeros per row: a dense copy would be 3.2 GB.
    int n = 20000;
    int p = 20000;
    SplittableRandom rng = new SplittableRandom(5L);
    int[] ptr = new int[n + 1];
    int[] idx = new int[n * 5];
    double[] val = new double[n * 5];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      int[] cols = rng.ints(0, p).distinct().limit(5).sorted().toArray();
      for (int t = 0; t < 5; t++) {
        idx[i * 5 + t] = cols[t];
        val[i * 5 + t] = 1 + rng.nextInt(3);
      }
      ptr[i + 1] = (i + 1) * 5;
      labels[i] = cols[0] < p / 2 ? "low" : "high";
    }
    Frame x = Frame.ofCsr(CsrMatrix.wrap(n, p, ptr, idx, val), null);
    Target y = Target.classes("label", Arrays.asList(labels));
    MultinomialNBModel m = new MultinomialNB().fit(x, y);
    double acc = praxis.metrics.ClassificationMetrics.accuracy(y.codes(), m.predict(x));
    assertTrue(acc > 0.6, "training accuracy " + acc);
    assertEquals(n, m.predictProba(x).length);
    assertEquals(n, new BernoulliNB().fit(x, y).predict(x).length);
    assertEquals(n, new ComplementNB().fit(x, y).predict(x).length);
  }
}
