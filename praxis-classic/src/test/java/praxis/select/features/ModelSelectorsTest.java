package praxis.select.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.linear.Lasso;
import praxis.linear.LinearRegression;
import praxis.linear.LogisticRegression;
import praxis.metrics.Scorers;
import praxis.neighbors.KNeighborsClassifier;
import praxis.select.KFold;
import praxis.select.StratifiedKFold;
import praxis.testkit.ReferenceFile;

/**
 * RFE, RFECV, SelectFromModel and sequential selection over praxis-classic estimators, against scikit-learn
 * 1.2.1 choices on diabetes ({@code make_features_reference.py}): exact rankings/supports.
 */
class ModelSelectorsTest {
  static final ReferenceFile REF = ReferenceFile.load("/reference/features/features_reference.json");

  static int[] support(FeatureSubsetModel m) {
    boolean[] s = m.support();
    int[] out = new int[s.length];
    for (int j = 0; j < s.length; j++) {
      out[j] = s[j] ? 1 : 0;
    }
    return out;
  }

  @Test
  void rfeRankingEqualsScikitLearn() throws Exception {
    Datasets.XY d = Datasets.xy("diabetes");
    FeatureSubsetModel m = new RFE(new RFE.Params(new LinearRegression(), 3, 1)).fit(d.x(), d.y());
    int[] rank = new int[10];
    for (int j = 0; j < 10; j++) {
      rank[j] = (int) m.scores()[j];
    }
    assertArrayEquals(REF.ints("diabetes", "rfe3_ranking"), rank);
    assertEquals(List.of("sex", "bmi", "s5"), m.selectedNames());
    Path f = Files.createTempDirectory("rfe").resolve("m.praxis");
    ModelIO.save(m, f);
    assertEquals(m.selectedNames(), ((FeatureSubsetModel) ModelIO.load(f)).selectedNames());
  }

  @Test
  void selectFromModelWithLassoEqualsScikitLearn() {
    Datasets.XY d = Datasets.xy("diabetes");
    FeatureSubsetModel m = new SelectFromModel(new SelectFromModel.Params(new Lasso(), "mean", 0)).fit(d.x(), d.y());
    assertArrayEquals(REF.ints("diabetes", "sfm_lasso_mean_support"), support(m));
    FeatureSubsetModel one = new SelectFromModel(new SelectFromModel.Params(new Lasso(), "mean", 1)).fit(d.x(), d.y());
    assertEquals(1, one.selectedNames().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SelectFromModel.Params(new Lasso(), "average", 0));
    assertTrue(e.getMessage().contains("'average'"), e.getMessage());
  }

  @Test
  void sequentialSelectionEqualsScikitLearn() {
    Datasets.XY d = Datasets.xy("diabetes");
    for (SequentialFeatureSelector.Direction dir : List.of(SequentialFeatureSelector.Direction.FORWARD,
        SequentialFeatureSelector.Direction.BACKWARD)) {
      FeatureSubsetModel m = new SequentialFeatureSelector(new SequentialFeatureSelector.Params(new LinearRegression(),
          4, dir, new KFold(5), Scorers.R2)).fit(d.x(), d.y());
      assertArrayEquals(REF.ints("diabetes", "sfs4_" + dir.name().toLowerCase()), support(m), dir.name());
    }
    FeatureSubsetModel fl = new SequentialFeatureSelector(new SequentialFeatureSelector.Params(new LinearRegression(),
        4, SequentialFeatureSelector.Direction.FLOATING, new KFold(5), Scorers.R2)).fit(d.x(), d.y());
    double floating = FeatureSupport.cvScore(new LinearRegression(), d.x(), d.y(), fl.selectedIndices(),
        new KFold(5).split(d.x(), d.y(), null), Scorers.R2);
    double forward = FeatureSupport.cvScore(new LinearRegression(), d.x(), d.y(),
        FeatureSupport.indices(toBool(REF.ints("diabetes", "sfs4_forward"))), new KFold(5).split(d.x(), d.y(), null),
        Scorers.R2);
    assertEquals(4, fl.selectedNames().size());
    assertTrue(floating >= forward - 1e-12, "floating search is never worse than plain forward: " + floating
        + " vs " + forward);
  }

  static boolean[] toBool(int[] s) {
    boolean[] b = new boolean[s.length];
    for (int j = 0; j < s.length; j++) {
      b[j] = s[j] == 1;
    }
    return b;
  }

  @Test
  void rfecvPicksTheBestSubsetSizeAndRecordsCvScores() {
    Datasets.XY d = Datasets.xy("wine");
    Frame xs = new praxis.preprocess.StandardScaler().fit(d.x(), d.y()).transform(d.x());
    FeatureSubsetModel m = new RFECV(new RFECV.Params(new LogisticRegression(), 1, 1, new StratifiedKFold(5, true, 0),
        Scorers.ACCURACY)).fit(xs, d.y());
    var metrics = m.provenance().metrics();
    assertEquals(13, metrics.size(), "one CV score per subset size 1..13");
    int k = m.selectedNames().size();
    double best = metrics.get("cv_score_k=" + k);
    for (double v : metrics.values()) {
      assertTrue(v <= best, "chosen size " + k + " has the best CV score");
    }
    assertTrue(best > 0.95, "wine is easy: " + best);
  }

  @Test
  void estimatorsWithoutImportancesAreRejectedClearly() {
    Datasets.XY d = Datasets.xy("wine");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RFE(new RFE.Params(new KNeighborsClassifier(), 3, 1)).fit(d.x(), d.y()));
    assertTrue(e.getMessage().contains("FeatureImportance"), e.getMessage());
  }

  @Test
  void logisticImportancesSumAbsoluteCoefficientsOverClasses() {
    Datasets.XY d = Datasets.xy("wine");
    var m = new LogisticRegression().fit(new praxis.preprocess.StandardScaler().fit(d.x(), d.y()).transform(d.x()),
        d.y());
    double[][] c = m.coefficients();
    double[] w = m.featureImportances();
    assertEquals(Math.abs(c[0][0]) + Math.abs(c[1][0]) + Math.abs(c[2][0]), w[0], 1e-15);
  }
}
