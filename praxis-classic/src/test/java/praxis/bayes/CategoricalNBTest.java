package praxis.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

/**
 * CategoricalNB against scikit-learn 1.2.1 on BreastCancer (bayes_reference.json from make_bayes_reference.py;
 * tolerances: counts 1e-9, log probabilities, log priors and probabilities 1e-10 absolute, classes exact),
 * a hand-computed example, partial fits (equal to one fit to 1e-12) and the unseen-category errors.
 */
class CategoricalNBTest {
  private static final Fixtures.XY BC = complete(Fixtures.xy("BreastCancer"));

  private static Fixtures.XY complete(Fixtures.XY d) {
    int[] rows = IntStream.range(0, d.x().rowCount())
        .filter(i -> d.x().columns().stream().noneMatch(c -> c.isMissing(i))).toArray();
    return new Fixtures.XY(d.x().rows(rows), d.y().rows(rows));
  }

  private static void assertMatrix(double[][] expected, double[][] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + " rows");
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], tol, what + " row " + i);
    }
  }

  private static void assertReference(String key, CategoricalNBModel m) {
    assertEquals(BayesReference.REF.get(key, "n_rows").asInt(), BC.x().rowCount());
    for (int j = 0; j < BC.x().columnCount(); j++) {
      assertMatrix(BayesReference.REF.matrix(key, "category_count", String.valueOf(j)), m.categoryCount(j), 1e-9,
          key + " category_count " + j);
      assertMatrix(BayesReference.REF.matrix(key, "feature_log_prob", String.valueOf(j)), m.featureLogProb(j), 1e-10,
          key + " feature_log_prob " + j);
    }
    assertArrayEquals(BayesReference.REF.vector(key, "class_count"), m.classCount(), 1e-9);
    assertArrayEquals(BayesReference.REF.vector(key, "class_log_prior"), m.classLogPrior(), 1e-10);
    int[] rows = BayesReference.REF.ints(key, "rows");
    assertMatrix(BayesReference.REF.matrix(key, "predict_proba"), m.predictProba(BC.x().rows(rows)), 1e-10,
        key + " predict_proba");
    assertArrayEquals(BayesReference.REF.ints(key, "predict"), m.predict(BC.x()));
  }

  @Test
  void breastCancerMatchesScikitLearn() {
    assertEquals(683, BC.x().rowCount());
    CategoricalNBModel m = new CategoricalNB().fit(BC.x(), BC.y());
    assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 9}, m.categoryCounts());
    assertReference("categorical_breast_cancer", m);
    m = new CategoricalNB(new CategoricalNB.Params(0.5, false, new double[0], 0)).fit(BC.x(), BC.y());
    assertReference("categorical_breast_cancer_alpha", m);
  }

  @Test
  void handComputedWithIntegerCodes() {
    // feature codes: class a rows 0, 0, 1; class b row 2 -> 3 categories; Laplace:
    // theta_a = (3, 2, 1) / 6, theta_b = (1, 1, 2) / 4; priors 3/4, 1/4
    Frame x = Frame.of(DoubleColumn.of("f", 0, 0, 1, 2));
    CategoricalNBModel m = new CategoricalNB().fit(x, Target.classes("a", "a", "a", "b"));
    assertArrayEquals(new int[] {3}, m.categoryCounts());
    assertArrayEquals(new double[] {Math.log(3.0 / 6), Math.log(2.0 / 6), Math.log(1.0 / 6)},
        m.featureLogProb(0)[0], 1e-15);
    assertArrayEquals(new double[] {Math.log(1.0 / 4), Math.log(1.0 / 4), Math.log(2.0 / 4)},
        m.featureLogProb(0)[1], 1e-15);
    // row with code 2: 3/4 * 1/6 = 1/8 versus 1/4 * 2/4 = 1/8 -> a tie, probability 1/2 each
    double[][] p = m.predictProba(Frame.of(DoubleColumn.of("f", 2)));
    assertArrayEquals(new double[] {0.5, 0.5}, p[0], 1e-15);
    // code 3 was never seen and minCategories was not raised: a clear error
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.predict(Frame.of(DoubleColumn.of("f", 0, 3))));
    assertTrue(e.getMessage().contains("column 'f' row 1 has category 3 but the model knows categories 0..2"),
        e.getMessage());
    // minCategories 5: codes 3 and 4 get the zero-count smoothed probability 1 / (3 + 5)
    CategoricalNBModel m5 = new CategoricalNB(new CategoricalNB.Params(1, true, new double[0], 5))
        .fit(x, Target.classes("a", "a", "a", "b"));
    assertEquals(Math.log(1.0 / 8), m5.featureLogProb(0)[0][4], 1e-15);
    assertEquals(Math.log(1.0 / 6), m5.featureLogProb(0)[1][4], 1e-15);
    // code 4: 3/4 * 1/8 = 3/32 for a versus 1/4 * 1/6 = 1/24 for b -> a with probability 9/13
    assertArrayEquals(new double[] {9.0 / 13, 4.0 / 13}, m5.predictProba(Frame.of(DoubleColumn.of("f", 4)))[0], 1e-15);
  }

  @Test
  void categoricalColumnsMatchByLevelName() {
    Frame x = Frame.of(CategoricalColumn.of("colour", List.of("blue", "green", "red"), false,
        "red", "red", "blue", "green"));
    CategoricalNBModel m = new CategoricalNB().fit(x, Target.classes("a", "a", "b", "b"));
    assertArrayEquals(new int[] {3}, m.categoryCounts());
    // same levels in another order: matched by name
    Frame q = Frame.of(CategoricalColumn.of("colour", List.of("red", "blue"), false, "red", "blue"));
    Frame same = Frame.of(CategoricalColumn.of("colour", List.of("blue", "green", "red"), false, "red", "blue"));
    assertMatrix(m.predictProba(same), m.predictProba(q), 0, "level order");
    Frame unknown = Frame.of(CategoricalColumn.of("colour", List.of("red", "pink"), false, "red", "pink"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predict(unknown));
    assertTrue(e.getMessage().contains("column 'colour' row 1 has level 'pink'"), e.getMessage());
    Frame missing = Frame.of(CategoricalColumn.of("colour", List.of("blue", "green", "red"), false, "red", null));
    e = assertThrows(IllegalArgumentException.class, () -> m.predict(missing));
    assertTrue(e.getMessage().contains("column 'colour' row 1 is missing"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CategoricalNB().fit(Frame.of(DoubleColumn.of("f", 0, 1.5)), Target.classes("a", "b")));
    assertTrue(e.getMessage().contains("column 'f' row 1 is 1.5"), e.getMessage());
  }

  @Test
  void partialFitsOverBatchesEqualOneFit() {
    CategoricalNBModel full = new CategoricalNB().fit(BC.x(), BC.y());
    int n = BC.x().rowCount();
    int[] cuts = {0, 1, 200, 201, 500, n};
    CategoricalNBModel m = null;
    for (int b = 0; b + 1 < cuts.length; b++) {
      int[] r = IntStream.range(cuts[b], cuts[b + 1]).toArray();
      m = m == null ? new CategoricalNB().partialFit(BC.x().rows(r), BC.y().rows(r), BC.y().classList())
          : m.partialFit(BC.x().rows(r), BC.y().rows(r));
    }
    for (int j = 0; j < BC.x().columnCount(); j++) {
      assertMatrix(full.categoryCount(j), m.categoryCount(j), 1e-12, "category_count " + j);
      assertMatrix(full.featureLogProb(j), m.featureLogProb(j), 1e-12, "feature_log_prob " + j);
    }
    assertMatrix(full.predictProba(BC.x()), m.predictProba(BC.x()), 1e-12, "predictProba");
    // integer codes: a later batch may bring a larger code, which widens that feature
    CategoricalNBModel c = new CategoricalNB().fit(Frame.of(DoubleColumn.of("f", 0, 1)), Target.classes("a", "b"));
    c = c.partialFit(Frame.of(DoubleColumn.of("f", 3)), Target.classes("a"));
    assertArrayEquals(new int[] {4}, c.categoryCounts());
    CategoricalNBModel once = new CategoricalNB().fit(Frame.of(DoubleColumn.of("f", 0, 1, 3)),
        Target.classes("a", "b", "a"));
    assertMatrix(once.featureLogProb(0), c.featureLogProb(0), 1e-15, "widened");
  }
}
