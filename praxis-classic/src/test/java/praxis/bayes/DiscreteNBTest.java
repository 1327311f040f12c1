package praxis.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

/**
 * MultinomialNB, ComplementNB and BernoulliNB against scikit-learn 1.2.1 (bayes_reference.json from
 * make_bayes_reference.py), a hand-computed example, partial fits and input checks. Tolerances: counts 1e-9
 * absolute (they are sums of integers), log probabilities, log priors and probabilities 1e-10 absolute,
 * predicted classes exact; partial fits equal one full fit to 1e-12.
 */
class DiscreteNBTest {
  private static final Fixtures.XY DIGITS = Fixtures.xy("digits");

  private static void assertMatrix(double[][] expected, double[][] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + " rows");
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], tol, what + " row " + i);
    }
  }

  private static void assertReference(String key, CountNBModel<?> m, double[][] flp, double[] clp, Fixtures.XY d) {
    assertMatrix(BayesReference.REF.matrix(key, "feature_count"), m.featureCount(), 1e-9, key + " feature_count");
    assertArrayEquals(BayesReference.REF.vector(key, "class_count"), m.classCount(), 1e-9, key + " class_count");
    assertMatrix(BayesReference.REF.matrix(key, "feature_log_prob"), flp, 1e-10, key + " feature_log_prob");
    assertArrayEquals(BayesReference.REF.vector(key, "class_log_prior"), clp, 1e-10, key + " class_log_prior");
    int[] rows = BayesReference.REF.ints(key, "rows");
    assertMatrix(BayesReference.REF.matrix(key, "predict_proba"), m.predictProba(d.x().rows(rows)), 1e-10,
        key + " predict_proba");
    assertArrayEquals(BayesReference.REF.ints(key, "predict"), m.predict(d.x()), key + " predict");
  }

  @Test
  void multinomialDigitsMatchesScikitLearn() {
    MultinomialNBModel m = new MultinomialNB().fit(DIGITS.x(), DIGITS.y());
    assertReference("multinomial_digits", m, m.featureLogProb(), m.classLogPrior(), DIGITS);
    // Lidstone smoothing alpha 0.25 with uniform priors
    m = new MultinomialNB(new MultinomialNB.Params(0.25, false, new double[0])).fit(DIGITS.x(), DIGITS.y());
    assertReference("multinomial_digits_lidstone", m, m.featureLogProb(), m.classLogPrior(), DIGITS);
  }

  @Test
  void complementDigitsMatchesScikitLearn() {
    ComplementNBModel m = new ComplementNB().fit(DIGITS.x(), DIGITS.y());
    assertReference("complement_digits", m, m.featureLogProb(), m.classLogPrior(), DIGITS);
    m = new ComplementNB(new ComplementNB.Params(1, true, new double[0], true)).fit(DIGITS.x(), DIGITS.y());
    assertReference("complement_digits_norm", m, m.featureLogProb(), m.classLogPrior(), DIGITS);
  }

  @Test
  void bernoulliDigitsAndSpamMatchScikitLearn() {
    var p8 = BernoulliNB.Params.DEFAULTS.withBinarize(OptionalDouble.of(8));
    BernoulliNBModel m = new BernoulliNB(p8).fit(DIGITS.x(), DIGITS.y());
    assertReference("bernoulli_digits_8", m, m.featureLogProb(), m.classLogPrior(), DIGITS);
    Fixtures.XY spam = Fixtures.xy("spam");
    m = new BernoulliNB().fit(spam.x(), spam.y());
    assertReference("bernoulli_spam_0", m, m.featureLogProb(), m.classLogPrior(), spam);
  }

  @Test
  void handComputedMultinomial() {
    // class a rows (2, 0), (1, 1): counts (3, 1), Laplace theta_a = (4/6, 2/6); class b row (0, 3): theta_b =
    // (1/5, 4/5); priors 2/3, 1/3. Query (1, 2).
    Frame x = Frame.of(DoubleColumn.of("u", 2, 1, 0), DoubleColumn.of("v", 0, 1, 3));
    MultinomialNBModel m = new MultinomialNB().fit(x, Target.classes("a", "a", "b"));
    assertArrayEquals(new double[] {Math.log(4.0 / 6), Math.log(2.0 / 6)}, m.featureLogProb()[0], 1e-15);
    assertArrayEquals(new double[] {Math.log(1.0 / 5), Math.log(4.0 / 5)}, m.featureLogProb()[1], 1e-15);
    assertArrayEquals(new double[] {Math.log(2.0 / 3), Math.log(1.0 / 3)}, m.classLogPrior(), 1e-15);
    double la = Math.log(2.0 / 3) + Math.log(4.0 / 6) + 2 * Math.log(2.0 / 6);
    double lb = Math.log(1.0 / 3) + Math.log(1.0 / 5) + 2 * Math.log(4.0 / 5);
    Frame q = Frame.of(DoubleColumn.of("u", 1), DoubleColumn.of("v", 2));
    assertArrayEquals(new double[] {la, lb}, m.jointLogLikelihood(q)[0], 1e-14);
    double pa = 1 / (1 + Math.exp(lb - la));
    assertArrayEquals(new double[] {pa, 1 - pa}, m.predictProba(q)[0], 1e-14);
    assertArrayEquals(new int[] {0}, m.predict(q)); // la = -3.008 > lb = -3.154
  }

  /** Splits the rows into batches of the given sizes (in row order). */
  private static int[][] batches(int n, int... sizes) {
    int[][] out = new int[sizes.length + 1][];
    int start = 0;
    for (int b = 0; b <= sizes.length; b++) {
      int end = b < sizes.length ? start + sizes[b] : n;
      out[b] = new int[end - start];
      for (int i = start; i < end; i++) {
        out[b][i - start] = i;
      }
      start = end;
    }
    return out;
  }

  private static <M extends CountNBModel<M>> void assertPartialEqualsFull(M full, M first,
      BiFunction<M, int[], M> step, int[][] parts) {
    M m = first;
    for (int b = 1; b < parts.length; b++) {
      m = step.apply(m, parts[b]);
    }
    assertMatrix(full.featureCount(), m.featureCount(), 1e-12, "featureCount");
    assertArrayEquals(full.classCount(), m.classCount(), 1e-12);
    assertMatrix(full.predictProba(DIGITS.x()), m.predictProba(DIGITS.x()), 1e-12, "predictProba");
  }

  @Test
  void partialFitsOverBatchesEqualOneFit() {
    Frame x = DIGITS.x();
    Target y = DIGITS.y();
    // the first batch (7 rows: digits 0..6) lacks classes 7, 8, 9: the class list is given up front
    int[][] parts = batches(x.rowCount(), 7, 500, 1);
    List<String> classes = y.classList();
    Frame x0 = x.rows(parts[0]);
    // rebuilt from its labels, so that its own class list has only the 7 digits it holds
    List<String> labels0 = new java.util.ArrayList<>();
    for (int c : y.rows(parts[0]).codes()) {
      labels0.add(classes.get(c));
    }
    Target y0 = Target.classes("class", labels0);
    assertEquals(7, y0.classCount());

    MultinomialNB mn = new MultinomialNB();
    assertPartialEqualsFull(mn.fit(x, y), mn.partialFit(x0, y0, classes),
        (m, r) -> m.partialFit(x.rows(r), y.rows(r)), parts);
    ComplementNB cn = new ComplementNB();
    assertPartialEqualsFull(cn.fit(x, y), cn.partialFit(x0, y0, classes),
        (m, r) -> m.partialFit(x.rows(r), y.rows(r)), parts);
    BernoulliNB bn = new BernoulliNB(BernoulliNB.Params.DEFAULTS.withBinarize(OptionalDouble.of(8)));
    assertPartialEqualsFull(bn.fit(x, y), bn.partialFit(x0, y0, classes),
        (m, r) -> m.partialFit(x.rows(r), y.rows(r)), parts);
  }

  @Test
  void partialFitLeavesTheModelUnchangedAndKeepsTheClassList() {
    Frame x = Frame.of(DoubleColumn.of("u", 2, 1, 0), DoubleColumn.of("v", 0, 1, 3));
    MultinomialNBModel m = new MultinomialNB().fit(x, Target.classes("a", "a", "b"));
    double[][] before = m.featureCount();
    MultinomialNBModel m2 = m.partialFit(x.rows(new int[] {2}), Target.classes("b"));
    assertMatrix(before, m.featureCount(), 0, "original featureCount");
    assertArrayEquals(new double[] {0, 6}, m2.featureCount()[1], 0);
    assertEquals(List.of("a", "b"), m2.classes());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> m.partialFit(x.rows(new int[] {0}), Target.classes("c")));
    assertTrue(e.getMessage().contains("'c' is not one of the classes [a, b]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new MultinomialNB().partialFit(x, Target.classes("a", "a", "b"), List.of("b", "a")));
    assertTrue(e.getMessage().contains("must be sorted"), e.getMessage());
  }

  @Test
  void negativeCountsAndNaNAreRejectedWithTheirPlace() {
    Frame neg = Frame.of(DoubleColumn.of("u", 2, 1, 0), DoubleColumn.of("v", 0, -1, 3));
    Target y = Target.classes("a", "a", "b");
    for (Runnable r : List.<Runnable>of(() -> new MultinomialNB().fit(neg, y), () -> new ComplementNB().fit(neg, y))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
      assertTrue(e.getMessage().contains("non-negative counts but column 'v' row 1 is -1.0"), e.getMessage());
    }
    Frame ok = Frame.of(DoubleColumn.of("u", 2, 1, 0), DoubleColumn.of("v", 0, 1, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MultinomialNB().fit(ok, y).predict(neg));
    assertTrue(e.getMessage().contains("column 'v' row 1"), e.getMessage());
    Frame nan = Frame.of(DoubleColumn.of("u", 2, Double.NaN, 0), DoubleColumn.of("v", 0, 1, 3));
    for (Runnable r : List.<Runnable>of(() -> new MultinomialNB().fit(nan, y), () -> new ComplementNB().fit(nan, y),
        () -> new BernoulliNB().fit(nan, y))) {
      e = assertThrows(IllegalArgumentException.class, r::run);
      assertTrue(e.getMessage().contains("column 'u' row 1"), e.getMessage());
    }
    // Bernoulli accepts negative values (they binarize to 0)
    assertEquals(2, new BernoulliNB().fit(neg, y).classes().size());
  }

  @Test
  void classPriorAndAlphaAreValidatedAndUsed() {
    Frame x = Frame.of(DoubleColumn.of("u", 2, 1, 0), DoubleColumn.of("v", 0, 1, 3));
    Target y = Target.classes("a", "a", "b");
    var m = new MultinomialNB(new MultinomialNB.Params(1, true, new double[] {0.25, 0.75})).fit(x, y);
    assertArrayEquals(new double[] {Math.log(0.25), Math.log(0.75)}, m.classLogPrior(), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MultinomialNB(new MultinomialNB.Params(1, true, new double[] {0.2, 0.3, 0.5})).fit(x, y));
    assertTrue(e.getMessage().contains("classPrior has 3 values but there are 2 classes"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MultinomialNB.Params(-1, true, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> new ComplementNB.Params(1, true, new double[] {0.5}, false));
    // alpha 0 is floored at 1e-10 like scikit-learn, so an unseen feature keeps a finite log probability
    var m0 = new MultinomialNB(new MultinomialNB.Params(0, true, new double[0])).fit(x, y);
    assertEquals(Math.log(1e-10 / (3 + 2e-10)), m0.featureLogProb()[1][0], 1e-12);
  }
}
