package praxis.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.api.FeatureImportance;
import praxis.boost.HistGradientBoostingClassifier;
import praxis.data.Frame;
import praxis.select.features.SelectFromModel;
import praxis.testkit.Fixtures;
import praxis.trees.forest.RandomForestClassifier;

/**
 * Tree, forest and boosting models are {@link FeatureImportance}s, so {@link SelectFromModel} (issue 7, D6)
 * selects columns by their impurity or gain importances.
 */
class TreeFeatureSelectionTest {
  @Test
  void selectFromModelUsesTreeImportances() {
    Fixtures.XY bc = Fixtures.xy("breast_cancer");
    var forest = new RandomForestClassifier();
    FeatureImportance m = (FeatureImportance) forest.fit(bc.x(), bc.y());
    double[] imp = m.featureImportances();
    assertEquals(30, imp.length);
    double sum = 0;
    for (double v : imp) {
      assertTrue(v >= 0);
      sum += v;
    }
    assertEquals(1.0, sum, 1e-9, "impurity importances are normalized");
    var selected = new SelectFromModel(new SelectFromModel.Params(forest, "mean", 0)).fit(bc.x(), bc.y());
    double mean = sum / imp.length;
    List<String> expected = new java.util.ArrayList<>();
    for (int j = 0; j < imp.length; j++) {
      if (imp[j] >= mean) {
        expected.add(bc.x().schema().names().get(j));
      }
    }
    assertEquals(expected, selected.selectedNames());
    assertTrue(selected.selectedNames().size() < 30 && !selected.selectedNames().isEmpty());
    Frame reduced = selected.transform(bc.x());
    assertEquals(expected.size(), reduced.columnCount());
    assertArrayEquals(imp, selected.scores(), 0.0);
  }

  @Test
  void boostingAndSingleTreesReportImportances() {
    Fixtures.XY wine = Fixtures.xy("wine");
    double[] tree = ((FeatureImportance) new DecisionTreeClassifier().fit(wine.x(), wine.y())).featureImportances();
    double[] boost = ((FeatureImportance) new HistGradientBoostingClassifier().fit(wine.x(), wine.y()))
        .featureImportances();
    assertEquals(13, tree.length);
    assertEquals(13, boost.length);
    assertEquals(1.0, java.util.Arrays.stream(tree).sum(), 1e-9);
    assertTrue(java.util.Arrays.stream(boost).sum() > 0);
  }
}
