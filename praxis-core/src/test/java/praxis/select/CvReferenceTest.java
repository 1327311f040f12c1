package praxis.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorers;
import praxis.select.TestEstimators.NearestCentroid;
import praxis.select.TestEstimators.Ridge;
import praxis.select.TestEstimators.RidgeModel;

/**
 * Cross-validation, grid search, validation and learning curves against scikit-learn 1.2.1
 * ({@code reference/select/make_cv_reference.py} → {@code cv_reference.json}). Accuracies must match
 * exactly; regression scores to 1e-9 relative (different linear solvers for the same Ridge problem).
 */
class CvReferenceTest {
  private static final double TOL = 1e-9;
  private static Map<String, Object> ref;
  private static Frame irisX;
  private static Target irisY;
  private static Frame regX;
  private static Target regY;

  @BeforeAll
  static void load() throws IOException {
    ref = MiniJson.obj(MiniJson.parseResource("/reference/select/cv_reference.json"));
    irisX = frame(MiniJson.arr(ref.get("iris_x")));
    irisY = Target.classes("species", Arrays.asList(MiniJson.strings(ref.get("iris_y"))));
    regX = frame(MiniJson.arr(ref.get("reg_x")));
    regY = Target.values("y", MiniJson.doubles(ref.get("reg_y")));
  }

  private static Frame frame(List<Object> rows) {
    double[][] r = new double[rows.size()][];
    for (int i = 0; i < r.length; i++) {
      r[i] = MiniJson.doubles(rows.get(i));
    }
    return Frame.ofRows(r, null);
  }

  private static void close(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], TOL * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
    }
  }

  @Test
  void crossValidateNearestCentroidOnIris() {
    Map<String, Object> exp = MiniJson.obj(ref.get("nc_cv"));
    List<Fold> folds = new StratifiedKFold(5, true, 0).split(irisX, irisY, null);
    CvResult r = CrossValidation.run(new NearestCentroid(), irisX, irisY, folds, List.of(Scorers.ACCURACY),
        true, 2);
    assertArrayEquals(MiniJson.doubles(exp.get("test")), r.scores("accuracy"), 0.0);
    assertArrayEquals(MiniJson.doubles(exp.get("train")), r.trainScores("accuracy"), 0.0);
  }

  @Test
  void gridSearchRidgeMatchesGridSearchCV() {
    Map<String, Object> g = MiniJson.obj(ref.get("grid"));
    double[] alphas = MiniJson.doubles(g.get("alphas"));
    ParamGrid grid = ParamGrid.builder().add("alpha", Arrays.stream(alphas).boxed().toArray()).build();
    SearchResult r = new GridSearch(new Ridge(), grid, new KFold(5, true, 42),
        List.of(Scorers.NEG_MSE, Scorers.R2)).withNThreads(3).fit(regX, regY);
    close(MiniJson.doubles(g.get("mean_neg_mse")), r.meanScores("neg_mse"), "mean neg_mse");
    close(MiniJson.doubles(g.get("mean_r2")), r.meanScores("r2"), "mean r2");
    for (int c = 0; c < alphas.length; c++) {
      SearchResult.Candidate cand = r.candidates().get(c);
      assertEquals(MiniJson.doubles(g.get("std_neg_mse"))[c], cand.stdScores().get("neg_mse"), TOL, "std " + c);
      assertEquals(MiniJson.doubles(g.get("std_r2"))[c], cand.stdScores().get("r2"), TOL, "std r2 " + c);
      assertEquals(MiniJson.ints(g.get("rank_neg_mse"))[c], cand.ranks().get("neg_mse"), "rank " + c);
      assertEquals(MiniJson.ints(g.get("rank_r2"))[c], cand.ranks().get("r2"), "rank r2 " + c);
    }
    assertEquals("neg_mse", r.refitScorer());
    assertEquals(Double.toString(((Number) g.get("best_alpha")).doubleValue()), r.bestParams().get("alpha"));
    assertEquals(((Number) g.get("best_score")).doubleValue(), r.bestScore(), TOL);
    RidgeModel best = (RidgeModel) r.bestModel();
    close(MiniJson.doubles(g.get("best_coef")), best.coef(), "refitted coef");
    assertEquals(((Number) g.get("best_intercept")).doubleValue(), best.intercept(), TOL);
    assertTrue(r.table().contains("alpha=1.0"), r.table());
  }

  @Test
  void validationCurveMatchesSklearn() {
    Map<String, Object> v = MiniJson.obj(ref.get("validation"));
    List<Object> values = MiniJson.arr(v.get("values"));
    ValidationCurve vc = ValidationCurve.run(new Ridge(), regX, regY, new KFold(4), Scorers.R2, "alpha",
        values, 2);
    List<Object> train = MiniJson.arr(v.get("train"));
    List<Object> test = MiniJson.arr(v.get("test"));
    for (int i = 0; i < values.size(); i++) {
      close(MiniJson.doubles(train.get(i)), vc.trainScores()[i], "train scores alpha=" + values.get(i));
      close(MiniJson.doubles(test.get(i)), vc.testScores()[i], "test scores alpha=" + values.get(i));
    }
    assertEquals(List.of("0.1", "10.0", "1000.0"), vc.values());
  }

  @Test
  void learningCurveMatchesSklearn() {
    Map<String, Object> l = MiniJson.obj(ref.get("learning"));
    LearningCurve lc = LearningCurve.run(new Ridge(), regX, regY, new KFold(5), Scorers.NEG_MSE,
        MiniJson.doubles(l.get("fractions")), 2);
    assertArrayEquals(MiniJson.ints(l.get("sizes")), lc.trainSizes());
    List<Object> train = MiniJson.arr(l.get("train"));
    List<Object> test = MiniJson.arr(l.get("test"));
    for (int s = 0; s < train.size(); s++) {
      close(MiniJson.doubles(train.get(s)), lc.trainScores()[s], "train size " + lc.trainSizes()[s]);
      close(MiniJson.doubles(test.get(s)), lc.testScores()[s], "test size " + lc.trainSizes()[s]);
    }
  }
}
