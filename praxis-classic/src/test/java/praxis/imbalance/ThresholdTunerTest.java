package praxis.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.linear.LogisticRegression;
import praxis.select.StratifiedKFold;

/** Threshold choice on hand-made scores, and a tuned model on breast_cancer (binary) with save/load. */
class ThresholdTunerTest {
  static ThresholdTuner tuner(ThresholdTuner.Objective o, double minPrecision, double fp, double fn) {
    return new ThresholdTuner(new ThresholdTuner.Params(new LogisticRegression(), o, minPrecision, fp, fn,
        new StratifiedKFold(5, true, 0), ""));
  }

  @Test
  void choosesTheThresholdByHand() {
    // scores, descending: 0.9 P, 0.8 P, 0.7 N, 0.6 P, 0.3 N, 0.2 N   (P = code 1)
    double[] s = {0.9, 0.8, 0.7, 0.6, 0.3, 0.2};
    int[] c = {1, 1, 0, 1, 0, 0};
    // F1 at t=0.9: 2/4=0.5; 0.8: 4/5=0.8; 0.7: 4/6; 0.6: 6/7=0.857; 0.3: 6/8 → 0.6
    assertEquals(0.6, tuner(ThresholdTuner.Objective.F1, 0, 1, 1).best(s, c, 1), 0);
    // precision >= 0.9 only at t=0.9, 0.8 (precision 1) → best recall 2/3 at 0.8
    assertEquals(0.8, tuner(ThresholdTuner.Objective.RECALL_AT_PRECISION, 0.9, 1, 1).best(s, c, 1), 0);
    // cost FP=1, FN=5: t=0.6 → FP 1, FN 0 → 1; t=0.8 → FN 1 → 5; t=0.2 → FP 3 → 3
    assertEquals(0.6, tuner(ThresholdTuner.Objective.COST, 0, 1, 5).best(s, c, 1), 0);
    // FN nearly free: t=0.8 costs one FN × 0.01, less than t=0.9 (0.02), predicting nothing (0.03) or any FP
    assertEquals(0.8, tuner(ThresholdTuner.Objective.COST, 0, 1, 0.01).best(s, c, 1), 0);
    // top score negative, FN = 0.5: t=0.9 → 1.5, t=0.5 → 1, nothing positive → 0.5: threshold above every score
    assertTrue(tuner(ThresholdTuner.Objective.COST, 0, 1, 0.5).best(new double[] {0.9, 0.5}, new int[] {0, 1}, 1)
        > 0.9);
  }

  @Test
  void tunedModelPredictsWithItsThresholdAndRoundTrips() throws Exception {
    Datasets.XY d = Datasets.xy("breast_cancer");
    var x = new praxis.preprocess.StandardScaler().fit(d.x(), d.y()).transform(d.x());
    ThresholdModel m = tuner(ThresholdTuner.Objective.RECALL_AT_PRECISION, 0.95, 1, 1).fit(x, d.y());
    double[][] p = m.predictProba(x);
    int[] yhat = m.predict(x);
    int pos = m.classes().indexOf(m.positiveClass());
    for (int i = 0; i < yhat.length; i++) {
      assertEquals(p[i][pos] >= m.threshold() ? pos : 1 - pos, yhat[i]);
    }
    Path f = Files.createTempDirectory("thr").resolve("m.praxis");
    ModelIO.save(m, f);
    ThresholdModel back = (ThresholdModel) ModelIO.load(f);
    assertEquals(m.threshold(), back.threshold(), 0);
    assertArrayEquals(yhat, back.predict(x));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> tuner(ThresholdTuner.Objective.F1, 0, 1, 1).fit(Datasets.xy("iris").x(), Datasets.xy("iris").y()));
    assertTrue(e.getMessage().contains("3 classes"), e.getMessage());
  }
}
