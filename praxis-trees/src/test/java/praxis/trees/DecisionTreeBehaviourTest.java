package praxis.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;

/** Hand-checked behaviour of the CART trees: missing values, categorical splits, limits, weights, errors. */
class DecisionTreeBehaviourTest {
  private static final DecisionTreeClassifier.Params STUMP = DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(1);

  @Test
  void missingValuesGoToTheLearnedSide() {
    Frame x = Frame.of(DoubleColumn.of("v", 1, 2, 3, 4, Double.NaN, Double.NaN));
    // NaN rows are 'b' like the large values: they must join the right child
    var m = new DecisionTreeClassifier(STUMP).fit(x, Target.classes("a", "a", "b", "b", "b", "b"));
    assertEquals(3, m.nodeCount());
    assertEquals(2.5, m.nodes()[0][3], 0);
    Frame q = Frame.of(DoubleColumn.of("v", Double.NaN, 1.5, 3.5));
    assertArrayEquals(new int[] {1, 0, 1}, m.predict(q));
    // NaN rows are 'a' like the small values: they join the left child
    var m2 = new DecisionTreeClassifier(STUMP).fit(x, Target.classes("a", "a", "b", "b", "a", "a"));
    assertArrayEquals(new int[] {0, 0, 1}, m2.predict(q));
    assertTrue(m2.toText().contains("v <= 2.50000 or missing"), m2.toText());
  }

  @Test
  void missingValuesUnseenInTrainingFollowTheLargerChild() {
    Frame x = Frame.of(DoubleColumn.of("v", 1, 2, 3, 4, 5));
    var m = new DecisionTreeClassifier(STUMP).fit(x, Target.classes("a", "a", "a", "b", "b"));
    assertArrayEquals(new int[] {0}, m.predict(Frame.of(DoubleColumn.of("v", Double.NaN))));
  }

  @Test
  void missingVersusPresentSplit() {
    // only missingness separates the classes
    Frame x = Frame.of(DoubleColumn.of("v", 1, 5, 3, Double.NaN, Double.NaN, 2));
    var m = new DecisionTreeClassifier(STUMP).fit(x, Target.classes("a", "a", "a", "b", "b", "a"));
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 0}, m.predict(x));
  }

  @Test
  void categoricalSubsetSplitSeparatesInOneStep() {
    // red and blue are 'a', green and yellow are 'b': no single threshold on the level order separates them
    String[] colors = {"red", "green", "blue", "yellow", "red", "green", "blue", "yellow"};
    Frame x = Frame.of(CategoricalColumn.of("color", colors));
    Target y = Target.classes("a", "b", "a", "b", "a", "b", "a", "b");
    var m = new DecisionTreeClassifier(STUMP).fit(x, y);
    assertEquals(3, m.nodeCount());
    assertArrayEquals(y.codes(), m.predict(x));
    // a prediction frame with other level lists is matched by level name
    assertArrayEquals(new int[] {0, 1}, m.predict(Frame.of(CategoricalColumn.of("color", "blue", "yellow"))));
    String text = m.toText();
    assertTrue(text.contains("color in {") && text.contains("color not in {"), text);
    assertTrue(m.toDot().startsWith("digraph Tree {"), m.toDot());
  }

  @Test
  void unseenLevelsAndMissingCategoriesFollowTheLargerChild() {
    Frame x = Frame.of(CategoricalColumn.of("color", "red", "blue", "blue", "blue"));
    var m = new DecisionTreeClassifier(STUMP).fit(x, Target.classes("a", "b", "b", "b"));
    // red (1 row) goes left, blue (3 rows) right: a missing or never-seen level joins the larger, right child
    Frame q = Frame.of(CategoricalColumn.of("color", "green", null, "red"));
    assertArrayEquals(new int[] {1, 1, 0}, m.predict(q));
  }

  @Test
  void regressionCategoricalSplitOrdersLevelsByMean() {
    Frame x = Frame.of(CategoricalColumn.of("g", "p", "q", "r", "s", "p", "q", "r", "s"));
    Target y = Target.values(10, 0, 11, 1, 10, 0, 11, 1);
    var m = new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(1)).fit(x, y);
    double[] p = m.predict(x);
    assertArrayEquals(new double[] {10.5, 0.5, 10.5, 0.5, 10.5, 0.5, 10.5, 0.5}, p, 1e-12);
  }

  @Test
  void absoluteErrorLeavesPredictTheMedianAndPoissonTheMean() {
    Frame x = Frame.of(DoubleColumn.of("v", 1, 2, 3, 10, 11, 12));
    Target y = Target.values(1, 2, 9, 100, 101, 150);
    var mae = new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(1)
        .withCriterion(RegressionCriterion.ABSOLUTE_ERROR)).fit(x, y);
    assertArrayEquals(new double[] {2, 2, 2, 101, 101, 101}, mae.predict(x), 0);
    var poisson = new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(1)
        .withCriterion(RegressionCriterion.POISSON)).fit(x, y);
    assertEquals(4.0, poisson.predict(x)[0], 1e-12);
    assertEquals(117.0, poisson.predict(x)[5], 1e-12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DecisionTreeRegressor(
        DecisionTreeRegressor.Params.DEFAULTS.withCriterion(RegressionCriterion.POISSON))
        .fit(x, Target.values(1, -2, 3, 4, 5, 6)));
    assertTrue(e.getMessage().contains("POISSON") && e.getMessage().contains("-2.0"), e.getMessage());
  }

  @Test
  void limitsAreRespected() {
    var d = Datasets.xy("iris");
    var p = DecisionTreeClassifier.Params.DEFAULTS;
    assertEquals(4, new DecisionTreeClassifier(p.withMaxLeafNodes(4)).fit(d.x(), d.y()).leafCount());
    assertEquals(2, new DecisionTreeClassifier(p.withMaxDepth(2)).fit(d.x(), d.y()).depth());
    var leafy = new DecisionTreeClassifier(p.withMinSamplesLeaf(10)).fit(d.x(), d.y());
    for (double[] node : leafy.nodes()) {
      assertTrue(node[6] >= 10, "leaf with " + node[6] + " rows");
    }
    var full = new DecisionTreeClassifier(p).fit(d.x(), d.y());
    var fewer = new DecisionTreeClassifier(p.withMinImpurityDecrease(0.01)).fit(d.x(), d.y());
    assertTrue(fewer.nodeCount() < full.nodeCount());
    double[] imp = full.featureImportances();
    assertEquals(1.0, imp[0] + imp[1] + imp[2] + imp[3], 1e-12);
    assertTrue(imp[2] + imp[3] > 0.8, "petal features dominate: " + java.util.Arrays.toString(imp));
  }

  @Test
  void integerWeightsEqualRepeatedRows() {
    var d = Datasets.xy("iris");
    int n = d.x().rowCount();
    double[] w = new double[n];
    int[] rows = new int[n + n / 3];
    int k = 0;
    for (int i = 0; i < n; i++) {
      w[i] = i % 3 == 0 ? 2 : 1;
      rows[k++] = i;
      if (i % 3 == 0) {
        rows[k++] = i;
      }
    }
    rows = java.util.Arrays.copyOf(rows, k);
    var p = DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(3);
    var weighted = new DecisionTreeClassifier(p).fit(d.x(), d.y(), w);
    var repeated = new DecisionTreeClassifier(p).fit(d.x().rows(rows), d.y().rows(rows));
    double[][] a = weighted.predictProba(d.x());
    double[][] b = repeated.predictProba(d.x());
    for (int i = 0; i < n; i++) {
      assertArrayEquals(b[i], a[i], 1e-12, "row " + i);
    }
  }

  @Test
  void balancedClassWeightsEqualiseTheRootDistribution() {
    Frame x = Frame.of(DoubleColumn.of("v", 1, 2, 3, 4, 5, 6, 7, 8));
    Target y = Target.classes("a", "a", "a", "a", "a", "a", "b", "b");
    var m = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withClassWeight(ClassWeight.BALANCED)
        .withMaxDepth(1).withMinImpurityDecrease(1.0)).fit(x, y);
    assertEquals(1, m.nodeCount());
    assertArrayEquals(new double[] {0.5, 0.5}, m.predictProba(Frame.of(DoubleColumn.of("v", 1)))[0], 1e-12);
  }

  @Test
  void badInputIsRefusedClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(0));
    assertTrue(e.getMessage().contains("maxDepth") && e.getMessage().contains("0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DecisionTreeClassifier.Params.DEFAULTS.withMaxFeatures("half"));
    assertTrue(e.getMessage().contains("maxFeatures") && e.getMessage().contains("sqrt"), e.getMessage());
    Frame x = Frame.of(DoubleColumn.of("v", 1, 2, 3));
    e = assertThrows(IllegalArgumentException.class, () -> new DecisionTreeRegressor().fit(x,
        Target.values(1, Double.NaN, 3)));
    assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("NaN"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().fit(x,
        Target.values(1, 2, 3)));
    assertTrue(e.getMessage().contains("class labels"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().fit(x,
        Target.classes("a", "b", "a"), new double[] {1, -1, 1}));
    assertTrue(e.getMessage().contains("sampleWeight[1]"), e.getMessage());
    Frame inf = Frame.of(DoubleColumn.of("v", 1, Double.POSITIVE_INFINITY, 3));
    e = assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().fit(inf,
        Target.classes("a", "b", "a")));
    assertTrue(e.getMessage().contains("'v'"), e.getMessage());
  }

  @Test
  void pruningWithTheLastPathAlphaLeavesTheRoot() {
    var d = Datasets.xy("wine");
    var est = new DecisionTreeClassifier();
    double[] alphas = est.costComplexityPruningPath(d.x(), d.y()).ccpAlphas();
    double[] imps = est.costComplexityPruningPath(d.x(), d.y()).impurities();
    for (int i = 1; i < alphas.length; i++) {
      assertTrue(alphas[i] >= alphas[i - 1] && imps[i] >= imps[i - 1] - 1e-15, "path must be monotone at " + i);
    }
    var root = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS
        .withCcpAlpha(alphas[alphas.length - 1])).fit(d.x(), d.y());
    assertEquals(1, root.nodeCount());
    var some = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS
        .withCcpAlpha(alphas[alphas.length - 2])).fit(d.x(), d.y());
    assertEquals(3, some.nodeCount());
    assertEquals(List.of("class_0", "class_1", "class_2").size(), some.classes().size());
    assertEquals(OptionalInt.empty(), DecisionTreeClassifier.Params.DEFAULTS.maxDepth());
  }
}
