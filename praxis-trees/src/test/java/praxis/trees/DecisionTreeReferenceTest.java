package praxis.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.io.Datasets;
import praxis.testkit.ReferenceFile;

/**
 * Trees and pruning paths against scikit-learn 1.2.1 (fixture {@code reference/trees_reference.json} made by
 * {@code make_trees_reference.py}). Tolerances: node weights exact, impurities 1e-12, ccp alphas and
 * impurities 1e-9 (absolute), thresholds 1e-6 relative (scikit-learn rounds X to float32).
 */
class DecisionTreeReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/trees_reference.json");

  private static void assertStructure(String key, double[][] nodes, int ties) {
    int[] left = REF.ints(key, "children_left");
    int[] right = REF.ints(key, "children_right");
    double[] imp = REF.vector(key, "impurity");
    double[] wn = REF.vector(key, "weighted_n_node_samples");
    int[] feat = REF.ints(key, "feature");
    double[] thr = REF.vector(key, "threshold");
    assertEquals(left.length, nodes.length, key + " node count");
    int same = 0;
    int splits = 0;
    for (int i = 0; i < left.length; i++) {
      assertEquals(left[i], (int) nodes[i][0], key + " left child of node " + i);
      assertEquals(right[i], (int) nodes[i][1], key + " right child of node " + i);
      assertEquals(wn[i], nodes[i][5], 0, key + " weighted samples of node " + i);
      assertEquals(imp[i], nodes[i][4], 1e-12, key + " impurity of node " + i);
      if (left[i] >= 0) {
        splits++;
        // another feature inducing the very same partition is an exact tie (scikit-learn picks by its random
        // feature order); the training-row predictions compared by the callers pin the partitions down
        if (feat[i] == (int) nodes[i][2]) {
          same++;
          assertEquals(thr[i], nodes[i][3], 1e-6 * Math.abs(thr[i]), key + " threshold of node " + i);
        }
      }
    }
    assertEquals(splits - ties, same, key + ": splits on scikit-learn's feature");
  }

  @Test
  void breastCancerTreeWithoutFeatureTiesIsScikitLearnsTree() {
    var d = Datasets.xy("breast_cancer");
    var est = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(3));
    var x = d.x().selectIndices(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    DecisionTreeClassifierModel m = est.fit(x, d.y());
    assertStructure("breast_cancer_mean10_depth3", m.nodes(), 0);
    double[][] p = m.predictProba(x);
    double[] expected = REF.vector("breast_cancer_mean10_depth3", "proba");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], p[i][1], 1e-12, "P(class 1) of row " + i);
    }
    assertArrayEquals(REF.vector("breast_cancer_mean10_depth3", "feature_importances"), m.featureImportances(),
        1e-12);
    CostComplexityPath path = est.costComplexityPruningPath(x, d.y());
    assertArrayEquals(REF.vector("breast_cancer_mean10_depth3", "ccp_alphas"), path.ccpAlphas(), 1e-9);
    assertArrayEquals(REF.vector("breast_cancer_mean10_depth3", "ccp_impurities"), path.impurities(), 1e-9);
  }

  @Test
  void breastCancerFullTreePruningPathMatchesScikitLearn() {
    var d = Datasets.xy("breast_cancer");
    DecisionTreeClassifier est = new DecisionTreeClassifier();
    DecisionTreeClassifierModel m = est.fit(d.x(), d.y());
    // the full tree has equal-gain ties between features (scikit-learn resolves them by its random feature
    // order), so compare sizes and impurities only: same node count and root impurity
    assertEquals(REF.ints("breast_cancer_tree", "children_left").length, m.nodeCount(), "node count");
    assertEquals(REF.vector("breast_cancer_tree", "impurity")[0], m.nodes()[0][4], 1e-12, "root impurity");
    CostComplexityPath path = est.costComplexityPruningPath(d.x(), d.y());
    assertArrayEquals(REF.vector("breast_cancer_tree", "ccp_alphas"), path.ccpAlphas(), 1e-9, "ccp alphas");
    assertArrayEquals(REF.vector("breast_cancer_tree", "ccp_impurities"), path.impurities(), 1e-9, "impurities");
    double alpha = REF.get("breast_cancer_tree", "pruned_alpha").asDouble();
    var pruned = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withCcpAlpha(alpha))
        .fit(d.x(), d.y());
    assertEquals(REF.get("breast_cancer_tree", "pruned_node_count").asInt(), pruned.nodeCount(), "pruned size");
  }

  @Test
  void diabetesRegressionTreeMatchesScikitLearn() {
    var d = Datasets.xy("diabetes");
    var m = new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(4)).fit(d.x(), d.y());
    // one split (node 10) is an exact tie: another feature gives the same partition of the training rows,
    // so the training predictions below still match
    assertStructure("diabetes_tree", m.nodes(), 1);
    assertArrayEquals(REF.vector("diabetes_tree", "predictions"), m.predict(d.x()), 1e-9);
  }
}
