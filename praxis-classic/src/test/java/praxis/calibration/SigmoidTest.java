package praxis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Platt scaling against calibration_reference.json: the exact optimum of scikit-learn 1.2.1's
 * {@code _sigmoid_calibration} problem (Newton, gradient &lt; 1e-12) to 1e-8, and scikit-learn's own BFGS
 * answer to 1e-6.
 */
class SigmoidTest {
  @Test
  void matchesScikitLearn() {
    double[] f = CalibrationReference.REF.vector("sigmoid", "f");
    int[] y = CalibrationReference.REF.ints("sigmoid", "y");
    double[] w = CalibrationReference.REF.vector("sigmoid", "w");
    Sigmoid s = Sigmoid.fit(f, y, null);
    Sigmoid sw = Sigmoid.fit(f, y, w);
    double[] tight = CalibrationReference.REF.vector("sigmoid", "tight");
    double[] tightW = CalibrationReference.REF.vector("sigmoid", "tight_weighted");
    assertEquals(tight[0], s.a(), 1e-8);
    assertEquals(tight[1], s.b(), 1e-8);
    assertEquals(tightW[0], sw.a(), 1e-8);
    assertEquals(tightW[1], sw.b(), 1e-8);
    double[] sk = CalibrationReference.REF.vector("sigmoid", "sklearn");
    double[] skW = CalibrationReference.REF.vector("sigmoid", "sklearn_weighted");
    assertEquals(sk[0], s.a(), 1e-6);
    assertEquals(sk[1], s.b(), 1e-6);
    assertEquals(skW[0], sw.a(), 1e-6);
    assertEquals(skW[1], sw.b(), 1e-6);
  }

  @Test
  void probabilityIsStableAndSymmetric() {
    Sigmoid s = new Sigmoid(-2, 0.5);
    assertEquals(1 / (1 + Math.exp(-2 * 0.3 + 0.5)), s.probability(0.3), 1e-15);
    assertEquals(1.0, s.probability(1e6), 0);
    assertEquals(0.0, s.probability(-1e6), 0);
    // constant scores: the optimum makes P equal the mean smoothed target, (0.75 + 0.75 + 0.25 + 0.25) / 4
    Sigmoid c = Sigmoid.fit(new double[] {1, 1, 1, 1}, new int[] {1, 1, 0, 0}, null);
    assertEquals(0.5, c.probability(1), 1e-9);
  }

  @Test
  void clearErrors() {
    var e = assertThrows(IllegalArgumentException.class, () -> Sigmoid.fit(new double[] {1, Double.NaN},
        new int[] {0, 1}, null));
    assertEquals(true, e.getMessage().contains("row 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Sigmoid.fit(new double[0], new int[0], null));
  }
}
