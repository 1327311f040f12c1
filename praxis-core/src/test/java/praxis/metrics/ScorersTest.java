package praxis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;

/**
 * Scorers on stub models returning fixed outputs. Expected numbers are hand-computed or, where noted, from
 * scikit-learn 1.2.1 on the same string labels (tolerance 1e-12).
 */
class ScorersTest {
  static final double TOL = 1e-12;

  /** A model that returns fixed outputs for frames of the expected row count. */
  abstract static class Stub implements Model {
    @Override
    public Schema inputSchema() {
      return frame(1).schema();
    }

    @Override
    public Provenance provenance() {
      return new Provenance("stub", Map.of(), "0", 0, "test", 0L, "1970-01-01T00:00:00Z", Map.of());
    }

    @Override
    public State toState() {
      return State.builder("stub").build();
    }
  }

  static final class StubClassifier extends Stub implements Classifier {
    final List<String> classes;
    final int[] pred;

    StubClassifier(List<String> classes, int[] pred) {
      this.classes = classes;
      this.pred = pred;
    }

    @Override
    public List<String> classes() {
      return classes;
    }

    @Override
    public int[] predict(Frame x) {
      assertEquals(pred.length, x.rowCount());
      return pred.clone();
    }
  }

  static final class StubProba extends Stub implements ProbabilisticClassifier {
    final List<String> classes;
    final double[][] proba;

    StubProba(List<String> classes, double[][] proba) {
      this.classes = classes;
      this.proba = proba;
    }

    @Override
    public List<String> classes() {
      return classes;
    }

    @Override
    public int[] predict(Frame x) {
      int[] p = new int[proba.length];
      for (int i = 0; i < p.length; i++) {
        for (int c = 1; c < classes.size(); c++) {
          if (proba[i][c] > proba[i][p[i]]) {
            p[i] = c;
          }
        }
      }
      return p;
    }

    @Override
    public double[][] predictProba(Frame x) {
      assertEquals(proba.length, x.rowCount());
      return proba;
    }
  }

  static final class StubRegressor extends Stub implements Regressor {
    final double[] pred;

    StubRegressor(double[] pred) {
      this.pred = pred;
    }

    @Override
    public double[] predict(Frame x) {
      return pred.clone();
    }
  }

  static final class StubClusterer extends Stub implements Clusterer {
    final int[] labels;

    StubClusterer(int[] labels) {
      this.labels = labels;
    }

    @Override
    public int[] predict(Frame x) {
      return labels.clone();
    }
  }

  static Frame frame(int rows) {
    double[] v = new double[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = i;
    }
    return Frame.of(DoubleColumn.of("x", v));
  }

  @Test
  void classifierScorersAlignClassesByLabel() {
    // model knows a, b, c ; the test labels hold b, c and an unknown d (codes in y are b=0, c=1, d=2)
    Classifier m = new StubClassifier(List.of("a", "b", "c"), new int[] {1, 2, 2, 0, 2, 1}); // b c c a c b
    Target y = Target.classes("b", "b", "c", "d", "c", "b");
    Frame x = frame(6);
    // correct at rows 0, 2, 4, 5
    assertEquals(4.0 / 6, Scorers.ACCURACY.score(m, x, y), TOL);
    // recalls b 2/3, c 2/2, d 0/1 -> 5/9 (scikit-learn 1.2.1: 0.5555555555555555)
    assertEquals(5.0 / 9, Scorers.BALANCED_ACCURACY.score(m, x, y), TOL);
    // labels present a, b, c, d: F1 = 0, 0.8, 0.8, 0 (scikit-learn 1.2.1 f1_score(average='macro') = 0.4)
    assertEquals(0.4, Scorers.F1_MACRO.score(m, x, y), TOL);
    // weighted by support b 3, c 2, d 1: (2.4 + 1.6) / 6 (scikit-learn 1.2.1: 0.6666666666666666)
    assertEquals(4.0 / 6, Scorers.F1_WEIGHTED.score(m, x, y), TOL);
  }

  @Test
  void rocAucUsesSecondClassAsPositive() {
    double[][] p = {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}, {0.55, 0.45}, {0.3, 0.7}};
    ProbabilisticClassifier m = new StubProba(List.of("x", "y"), p);
    Target y = Target.classes("x", "y", "x", "y", "x");
    // positives (y) have 0.8, 0.45 ; negatives 0.1, 0.4, 0.7 -> 5 of 6 pairs ordered (scikit-learn 0.8333333333333334)
    assertEquals(5.0 / 6, Scorers.ROC_AUC.score(m, frame(5), y), TOL);
    // scikit-learn 1.2.1 log_loss(y, p, labels=['x','y']) = 0.5683620382563468
    assertEquals(-0.5683620382563468, Scorers.NEG_LOG_LOSS.score(m, frame(5), y), TOL);
    // a test fold holding only one label still gets a log loss over the model's classes
    Target yOnlyX = Target.classes("x", "x", "x", "x", "x");
    double expected = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.6) + Math.log(0.55) + Math.log(0.3)) / 5;
    assertEquals(-expected, Scorers.NEG_LOG_LOSS.score(m, frame(5), yOnlyX), TOL);
    // ... but ROC AUC is undefined there
    assertThrows(IllegalArgumentException.class, () -> Scorers.ROC_AUC.score(m, frame(5), yOnlyX));
  }

  @Test
  void rocAucMulticlassIsMacroOneVsRest() {
    double[][] p = {{0.7, 0.2, 0.1}, {0.3, 0.4, 0.3}, {0.2, 0.2, 0.6}, {0.1, 0.5, 0.4}, {0.4, 0.1, 0.5}};
    ProbabilisticClassifier m = new StubProba(List.of("p", "q", "r"), p);
    Target y = Target.classes("p", "q", "r", "r", "p");
    int[] codes = {0, 1, 2, 2, 0};
    assertEquals(Curves.rocAucOvr(codes, p), Scorers.ROC_AUC.score(m, frame(5), y), 0.0);
    // hand check of the average: class p scores (.7,.3,.2,.1,.4) pos {.7,.4} -> 6/6 ; class q pos {.4} vs
    // (.2,.2,.5,.1) -> 3/4 ; class r pos {.6,.4} vs (.1,.3,.5) -> (3 + 2)/6
    assertEquals((1 + 0.75 + 5.0 / 6) / 3, Scorers.ROC_AUC.score(m, frame(5), y), TOL);
  }

  @Test
  void probabilityScorersNeedAProbabilisticClassifier() {
    Classifier m = new StubClassifier(List.of("a", "b"), new int[] {0, 1});
    Target y = Target.classes("a", "b");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scorers.ROC_AUC.score(m, frame(2), y));
    assertTrue(e.getMessage().contains("not a ProbabilisticClassifier"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scorers.NEG_LOG_LOSS.score(m, frame(2), y));
    // a label the model never saw cannot be given a probability
    ProbabilisticClassifier pm = new StubProba(List.of("a", "b"), new double[][] {{0.5, 0.5}, {0.5, 0.5}});
    IllegalArgumentException u = assertThrows(IllegalArgumentException.class,
        () -> Scorers.NEG_LOG_LOSS.score(pm, frame(2), Target.classes("a", "z")));
    assertTrue(u.getMessage().contains("'z'"), u.getMessage());
  }

  @Test
  void regressionScorersAreNegatedLosses() {
    Regressor m = new StubRegressor(new double[] {2.5, 0.0, 2, 8});
    Target y = Target.values(3, -0.5, 2, 7);
    Frame x = frame(4);
    assertEquals(1 - 1.5 / 29.1875, Scorers.R2.score(m, x, y), TOL);
    assertEquals(-Math.sqrt(0.375), Scorers.NEG_RMSE.score(m, x, y), TOL);
    assertEquals(-0.5, Scorers.NEG_MAE.score(m, x, y), TOL);
    assertEquals(-0.375, Scorers.NEG_MSE.score(m, x, y), TOL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scorers.ACCURACY.score(m, x, y));
    assertTrue(e.getMessage().contains("needs a Classifier"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scorers.R2.score(m, x, Target.classes("a", "b", "a", "b")));
    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
        () -> Scorers.R2.score(m, frame(3), y));
    assertTrue(rows.getMessage().contains("x has 3 rows but y has 4"), rows.getMessage());
  }

  @Test
  void clusterScorers() {
    Clusterer m = new StubClusterer(new int[] {5, 5, 9, 9});
    Frame x = Frame.of(DoubleColumn.of("v", 0, 1, 10, 11));
    assertEquals(((10.5 - 1) / 10.5 + (9.5 - 1) / 9.5) / 2, Scorers.SILHOUETTE.score(m, x, Target.none(4)), TOL);
    assertEquals(1.0, Scorers.ADJUSTED_RAND.score(m, x, Target.classes("u", "u", "w", "w")), TOL);
    assertSame(Scorers.SILHOUETTE, Scorers.defaultFor(m));
  }

  @Test
  void namesAndDefaults() {
    for (String n : List.of("accuracy", "balanced_accuracy", "f1_macro", "f1_weighted", "roc_auc", "neg_log_loss",
        "r2", "neg_rmse", "neg_mae", "neg_mse")) {
      assertEquals(n, Scorers.byName(n).name());
    }
    assertSame(Scorers.NEG_RMSE, Scorers.byName("NEG_RMSE"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorers.byName("auc"));
    assertTrue(e.getMessage().contains("known names") && e.getMessage().contains("roc_auc"), e.getMessage());
    assertSame(Scorers.ACCURACY, Scorers.defaultFor(new StubClassifier(List.of("a"), new int[] {0})));
    assertSame(Scorers.R2, Scorers.defaultFor(new StubRegressor(new double[] {1})));
    assertThrows(IllegalArgumentException.class, () -> Scorers.defaultFor(new Stub() {}));
  }
}
