package praxis.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Update rules against steps computed by hand on f(x) = x^2 (gradient 2x) from x = 1 with rate 0.1, to
 * 1e-15; convergence on an ill-scaled quadratic bowl; schedule values; the stopping rule.
 */
class FirstOrderOptimizersTest {
  private static final LearningRateSchedule LR = LearningRateSchedule.constant(0.1);

  /** Runs three steps on f(x) = x^2 and returns the iterates. */
  private static double[] run(Optimizer opt, int steps) {
    double[] x = {1.0};
    double[] g = new double[1];
    double[] out = new double[steps];
    opt.init(1);
    for (int s = 0; s < steps; s++) {
      g[0] = 2 * x[0];
      assertEquals(0.1, opt.step(x, g), 0.0);
      out[s] = x[0];
    }
    assertEquals(steps, opt.steps());
    return out;
  }

  private static void assertIterates(double[] expected, double[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-15, "iterate " + (i + 1));
    }
  }

  @Test
  void plainSgd() {
    // x <- x - 0.1 * 2x = 0.8 x
    assertIterates(new double[] {0.8, 0.64, 0.512}, run(new Sgd(LR), 3));
  }

  @Test
  void momentum() {
    // v1 = -0.2, x1 = 0.8; g = 1.6: v2 = -0.18 - 0.16 = -0.34, x2 = 0.46; g = 0.92: v3 = -0.306 - 0.092 = -0.398,
    // x3 = 0.062
    assertIterates(new double[] {0.8, 0.46, 0.062}, run(new Sgd(LR, 0.9, false), 3));
  }

  @Test
  void nesterov() {
    // v1 = -0.2, x1 = 1 - 0.18 - 0.2 = 0.62; g = 1.24: v2 = -0.18 - 0.124 = -0.304,
    // x2 = 0.62 - 0.2736 - 0.124 = 0.2224; g = 0.4448: v3 = -0.2736 - 0.04448 = -0.31808,
    // x3 = 0.2224 - 0.286272 - 0.04448 = -0.108352
    assertIterates(new double[] {0.62, 0.2224, -0.108352}, run(new Sgd(LR, 0.9, true), 3));
  }

  @Test
  void adaGrad() {
    double eps = 1e-10;
    // G1 = 4, x1 = 1 - 0.1 * 2 / (2 + eps)
    double x1 = 1 - 0.1 * 2 / (2 + eps);
    double g2 = 2 * x1;
    double acc2 = 4 + g2 * g2;
    double x2 = x1 - 0.1 * g2 / (Math.sqrt(acc2) + eps);
    double g3 = 2 * x2;
    double x3 = x2 - 0.1 * g3 / (Math.sqrt(acc2 + g3 * g3) + eps);
    assertIterates(new double[] {x1, x2, x3}, run(new AdaGrad(LR, eps), 3));
    assertEquals(0.9, x1, 1e-10);
  }

  @Test
  void rmsProp() {
    double eps = 1e-8;
    double s1 = 0.1 * 4;
    double x1 = 1 - 0.1 * 2 / (Math.sqrt(s1) + eps);
    double g2 = 2 * x1;
    double s2 = 0.9 * s1 + 0.1 * g2 * g2;
    double x2 = x1 - 0.1 * g2 / (Math.sqrt(s2) + eps);
    assertIterates(new double[] {x1, x2}, run(new RmsProp(LR, 0.9, eps), 2));
    assertEquals(1 - 0.2 / Math.sqrt(0.4), x1, 1e-7);
  }

  @Test
  void adamFirstStepIsTheSignTimesTheRate() {
    double eps = 1e-8;
    // m1 = 0.2, v1 = 0.004; bias-corrected 2 and 4: x1 = 1 - 0.1 * 2 / (2 + eps)
    double x1 = 1 - 0.1 * 2 / (2 + eps);
    double g2 = 2 * x1;
    double m2 = 0.9 * 0.2 + 0.1 * g2;
    double v2 = 0.999 * 0.004 + 0.001 * g2 * g2;
    double x2 = x1 - 0.1 * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.998001)) + eps);
    assertIterates(new double[] {x1, x2}, run(new Adam(LR), 2));
  }

  @Test
  void adamWDecaysTheWeightsBeforeTheAdamStep() {
    double eps = 1e-8;
    double wd = 0.5;
    // x1 = 1 * (1 - 0.1 * 0.5) - 0.1 * 2 / (2 + eps)
    double x1 = 0.95 - 0.1 * 2 / (2 + eps);
    double g2 = 2 * x1;
    double m2 = 0.9 * 0.2 + 0.1 * g2;
    double v2 = 0.999 * 0.004 + 0.001 * g2 * g2;
    double x2 = x1 * 0.95 - 0.1 * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.998001)) + eps);
    assertIterates(new double[] {x1, x2}, run(new Adam(LR, 0.9, 0.999, eps, wd), 2));
  }

  @Test
  void everyOptimizerConvergesOnAnIllScaledBowl() {
    // f(x) = sum_i a_i (x_i - c_i)^2 / 2, minimum at c
    double[] a = {1, 10, 0.5, 3};
    double[] c = {1, -2, 3, 0.5};
    Optimizer[] opts = {new Sgd(LearningRateSchedule.constant(0.09)), new Sgd(LearningRateSchedule.constant(0.05), 0.9, false),
        new Sgd(LearningRateSchedule.constant(0.05), 0.9, true), new AdaGrad(LearningRateSchedule.constant(1.0), 1e-10),
        new RmsProp(LearningRateSchedule.cosine(0.05, 0.0, 3000), 0.9, 1e-8),
        new Adam(LearningRateSchedule.cosine(0.1, 0.0, 3000))};
    for (Optimizer opt : opts) {
      double[] x = new double[4];
      double[] g = new double[4];
      opt.init(4);
      for (int it = 0; it < 4000; it++) {
        for (int i = 0; i < 4; i++) {
          g[i] = a[i] * (x[i] - c[i]);
        }
        opt.step(x, g);
      }
      for (int i = 0; i < 4; i++) {
        assertEquals(c[i], x[i], 1e-6, opt + " coordinate " + i);
      }
    }
  }

  @Test
  void copyFreshGivesAnIndependentOptimizerPerBlock() {
    Optimizer a = new Adam(LR);
    Optimizer b = a.copyFresh();
    assertEquals(-1, b.size());
    double[] first = run(a, 3);
    assertIterates(first, run(b, 3));
  }

  @Test
  void misuseIsRejected() {
    Sgd s = new Sgd(LR);
    assertThrows(IllegalStateException.class, () -> s.step(new double[1], new double[1]));
    s.init(3);
    assertThrows(IllegalArgumentException.class, () -> s.step(new double[2], new double[3]));
    assertThrows(IllegalArgumentException.class, () -> new Sgd(LR, 1.0, false));
    assertThrows(IllegalArgumentException.class, () -> new Adam(LR, 0.9, 0.999, 0.0, 0.0));
    assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(-1));
  }

  @Test
  void scheduleValues() {
    assertEquals(0.3, LearningRateSchedule.constant(0.3).rate(1000), 0.0);
    LearningRateSchedule inv = LearningRateSchedule.inverseScaling(0.01, 0.25);
    assertEquals(0.01, inv.rate(1), 1e-18);
    assertEquals(0.005, inv.rate(16), 1e-18);
    LearningRateSchedule step = LearningRateSchedule.stepDecay(1.0, 0.5, 10);
    assertEquals(1.0, step.rate(1), 0.0);
    assertEquals(1.0, step.rate(10), 0.0);
    assertEquals(0.5, step.rate(11), 0.0);
    assertEquals(0.125, step.rate(31), 0.0);
    LearningRateSchedule cos = LearningRateSchedule.cosine(1.0, 0.1, 100);
    assertEquals(1.0, cos.rate(1), 1e-15);
    assertEquals(0.55, cos.rate(51), 1e-15);
    assertEquals(0.1, cos.rate(101), 1e-15);
    assertEquals(0.1, cos.rate(500), 1e-15);
    // 'optimal' with alpha = 1e-4: typw = 10, eta0 = 10, t0 = 1 / (10 * 1e-4) = 1000, eta_t = 1 / (1e-4 (999 + t))
    LearningRateSchedule opt = LearningRateSchedule.optimal(1e-4, 1.0);
    assertEquals(10.0, LearningRateSchedule.optimalTypicalWeight(1e-4), 1e-12);
    assertEquals(10.0, opt.rate(1), 1e-12);
    assertEquals(1.0 / (1e-4 * 1099), opt.rate(100), 1e-12);
    // a larger loss derivative shrinks eta0: eta0 = 10 / 4 = 2.5, t0 = 4000
    assertEquals(2.5, LearningRateSchedule.optimal(1e-4, 4.0).rate(1), 1e-12);
  }

  @Test
  void stoppingRuleMatchesScikitLearnsPatience() {
    StoppingRule r = new StoppingRule(0.1, 2);
    assertFalse(r.update(10)); // best 10
    assertFalse(r.update(9.95)); // not below 9.9: count 1, best 9.95
    assertFalse(r.update(9.0)); // improvement: count 0
    assertFalse(r.update(8.95)); // count 1
    assertTrue(r.update(8.9)); // 8.9 > 8.95 - 0.1: count 2 -> stop
    assertEquals(8.9, r.best(), 0.0);
    r.reset();
    assertEquals(0, r.noChangeCount());
    StoppingRule never = new StoppingRule(Double.NEGATIVE_INFINITY, 1);
    for (int i = 0; i < 10; i++) {
      assertFalse(never.update(1.0));
    }
  }
}
