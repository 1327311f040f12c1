package praxis.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.Estimators;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/** IsotonicRegression against scikit-learn 1.2.1 (calibration_reference.json, tolerance 1e-12). */
class IsotonicRegressionTest {
  private static final double TOL = 1e-12;

  private static double[] withNaN(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).isNull() ? Double.NaN : n.get(i).asDouble();
    }
    return out;
  }

  @Test
  void matchesScikitLearnWithTiesAndWeights() {
    double[] x = CalibrationReference.REF.vector("isotonic", "x");
    double[] y = CalibrationReference.REF.vector("isotonic", "y");
    double[] w = CalibrationReference.REF.vector("isotonic", "w");
    double[] xt = CalibrationReference.REF.vector("isotonic", "x_test");
    for (String dir : List.of("increasing", "decreasing")) {
      for (boolean weighted : new boolean[] {false, true}) {
        String key = dir + (weighted ? "_weighted" : "");
        var p = IsotonicRegression.Params.DEFAULTS.withIncreasing(dir.equals("increasing"));
        IsotonicRegressionModel nan = new IsotonicRegression(p).fit(x, y, weighted ? w : null);
        IsotonicRegressionModel clip = new IsotonicRegression(p.withOutOfBounds(IsotonicRegression.OutOfBounds.CLIP))
            .fit(x, y, weighted ? w : null);
        assertArrayEquals(CalibrationReference.REF.vector("isotonic", key, "x_thresholds"), nan.xThresholds(), TOL, key);
        assertArrayEquals(CalibrationReference.REF.vector("isotonic", key, "y_thresholds"), nan.yThresholds(), TOL, key);
        double[] fitted = new double[x.length];
        double[] pn = new double[xt.length];
        double[] pc = new double[xt.length];
        for (int i = 0; i < x.length; i++) {
          fitted[i] = clip.predictValue(x[i]);
        }
        for (int i = 0; i < xt.length; i++) {
          pn[i] = nan.predictValue(xt[i]);
          pc[i] = clip.predictValue(xt[i]);
        }
        assertArrayEquals(CalibrationReference.REF.vector("isotonic", key, "fitted"), fitted, TOL, key);
        assertArrayEquals(withNaN(CalibrationReference.REF.get("isotonic", key, "predict_nan")), pn, TOL, key);
        assertArrayEquals(CalibrationReference.REF.vector("isotonic", key, "predict_clip"), pc, TOL, key);
      }
    }
    var bounded = new IsotonicRegression(IsotonicRegression.Params.DEFAULTS.withBounds(2, 6)
        .withOutOfBounds(IsotonicRegression.OutOfBounds.CLIP)).fit(x, y, w);
    assertArrayEquals(CalibrationReference.REF.vector("isotonic", "bounded_2_6_weighted", "x_thresholds"),
        bounded.xThresholds(), TOL);
    assertArrayEquals(CalibrationReference.REF.vector("isotonic", "bounded_2_6_weighted", "y_thresholds"),
        bounded.yThresholds(), TOL);
  }

  @Test
  void poolAdjacentViolatorsByHand() {
    assertArrayEquals(new double[] {1, 2.5, 2.5}, IsotonicRegression.pav(new double[] {1, 3, 2}, null, true), 0);
    // weights 1 and 3: (3 * 1 + 1 * 3) / 4 = 1.5
    assertArrayEquals(new double[] {1.5, 1.5, 4},
        IsotonicRegression.pav(new double[] {3, 1, 4}, new double[] {1, 3, 1}, true), 0);
    assertArrayEquals(new double[] {3, 2, 2}, IsotonicRegression.pav(new double[] {3, 1, 3}, null, false), 0);
  }

  @Test
  void frameFitPredictSaveLoadAndRegistry() throws Exception {
    Frame x = Frame.ofRows(new double[][] {{1}, {2}, {3}, {4}}, List.of("score"));
    Target y = Target.values(1, 3, 2, 4);
    IsotonicRegressionModel m = new IsotonicRegression().fit(x, y);
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, m.predict(x), 1e-15);
    assertTrue(Double.isNaN(m.predict(Frame.ofRows(new double[][] {{0.5}}, List.of("score")))[0]));
    var file = java.nio.file.Files.createTempFile("iso", ".praxis");
    try {
      ModelIO.save(m, file);
      IsotonicRegressionModel back = (IsotonicRegressionModel) ModelIO.load(file);
      assertArrayEquals(m.xThresholds(), back.xThresholds(), 0);
      assertEquals(m.params(), back.params());
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    var est = Estimators.create("isotonic_regression", Map.of("increasing", "false", "outOfBounds", "clip"));
    assertEquals(new IsotonicRegression.Params(false, IsotonicRegression.OutOfBounds.CLIP,
        java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()), est.params());
  }

  @Test
  void clearErrors() {
    Frame two = Frame.ofRows(new double[][] {{1, 2}, {2, 3}}, List.of("a", "b"));
    var e = assertThrows(IllegalArgumentException.class, () -> new IsotonicRegression().fit(two, Target.values(1, 2)));
    assertTrue(e.getMessage().contains("exactly 1 column"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new IsotonicRegression().fit(new double[] {1, 2}, new double[] {1, 2}, new double[] {0, 0}));
    assertTrue(e.getMessage().contains("positive weight"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new IsotonicRegression().fit(new double[] {1, 2}, new double[] {1, 2}, new double[] {1, -1}));
    assertTrue(e.getMessage().contains("w=-1.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> IsotonicRegression.Params.DEFAULTS.withBounds(3, 1));
    assertTrue(e.getMessage().contains("yMin must be <= yMax"), e.getMessage());
  }
}
