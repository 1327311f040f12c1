package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gradients and hessians of every built-in loss against central finite differences of {@link Loss#value}
 * (step 1e-5; tolerance 1e-6 relative to max(1, |derivative|)) at points away from the kinks; and the
 * starting scores (closed forms: mean, median, quantile, log of mean, log-odds).
 */
class LossTest {
  private static final double[] YS = {0.0, 1.0, 2.5, 7.0};
  private static final double[] RAWS = {-1.3, 0.2, 0.9, 3.1};

  @Test
  void derivativesMatchFiniteDifferences() {
    Map<String, Loss> smooth = Map.of("squared", Loss.squared(), "poisson", Loss.poisson(), "huber",
        Loss.huber(1.0), "absolute", Loss.absolute(), "quantile", Loss.quantile(0.3));
    double h = 1e-5;
    for (var e : smooth.entrySet()) {
      Loss l = e.getValue();
      boolean constantHessian = !e.getKey().equals("poisson");
      for (double y : YS) {
        for (double r : RAWS) {
          double fd = (l.value(y, r + h) - l.value(y, r - h)) / (2 * h);
          double g = l.gradient(y, r);
          assertEquals(fd, g, 1e-6 * Math.max(1, Math.abs(g)), e.getKey() + " gradient at y=" + y + ", raw=" + r);
          double fd2 = (l.gradient(y, r + h) - l.gradient(y, r - h)) / (2 * h);
          double hs = l.hessian(y, r);
          if (!constantHessian || e.getKey().equals("poisson")) {
            assertEquals(fd2, hs, 1e-5 * Math.max(1, Math.abs(hs)), e.getKey() + " hessian at y=" + y);
          }
        }
      }
    }
    // squared and (inside delta) Huber have exact second derivative 1
    for (double r : RAWS) {
      assertEquals(1.0, Loss.squared().hessian(0.5, r));
    }
    Loss logistic = Loss.logistic();
    for (double y : new double[] {0, 1}) {
      for (double r : RAWS) {
        double fd = (logistic.value(y, r + h) - logistic.value(y, r - h)) / (2 * h);
        assertEquals(fd, logistic.gradient(y, r), 1e-6, "logistic gradient");
        double fd2 = (logistic.gradient(y, r + h) - logistic.gradient(y, r - h)) / (2 * h);
        assertEquals(fd2, logistic.hessian(y, r), 1e-6, "logistic hessian");
      }
    }
  }

  @Test
  void huberInsideDeltaHasUnitCurvature() {
    Loss l = Loss.huber(2.0);
    double h = 1e-5;
    double fd2 = (l.gradient(1, 1.5 + h) - l.gradient(1, 1.5 - h)) / (2 * h);
    assertEquals(1.0, fd2, 1e-6);
  }

  @Test
  void initialScores() {
    double[] y = {1, 2, 4, 10};
    double[] w = {1, 1, 1, 1};
    assertEquals(4.25, Loss.squared().initialRaw(y, w), 1e-12);
    assertEquals(3.0, Loss.absolute().initialRaw(y, w), 1e-12);
    // cumulative weight share hits 0.25 exactly at y = 1: midpoint with the next value, as for the median
    assertEquals(1.5, Loss.quantile(0.25).initialRaw(y, w), 1e-12);
    assertEquals(2.0, Loss.quantile(0.3).initialRaw(y, w), 1e-12);
    assertEquals(Math.log(4.25), Loss.poisson().initialRaw(y, w), 1e-12);
    assertEquals(Math.log(0.25 / 0.75), Loss.logistic().initialRaw(new double[] {1, 0, 0, 0}, w), 1e-12);
  }

  @Test
  void badLossParametersAndTargets() {
    assertThrows(IllegalArgumentException.class, () -> Loss.huber(0));
    assertThrows(IllegalArgumentException.class, () -> Loss.quantile(1.0));
    assertThrows(IllegalArgumentException.class, () -> Loss.poisson().checkTarget(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> Loss.logistic().checkTarget(0.5, 0));
  }

  /** The fused {@link Loss#derivatives} gives exactly the three separate methods (logistic overrides it). */
  @Test
  void fusedDerivativesEqualTheSeparateMethods() {
    Map<String, Loss> all = Map.of("logistic", new BuiltinLosses.Logistic(), "squared", Loss.squared(),
        "poisson", Loss.poisson());
    double[] raws = {-800, -40, -3.7, -1e-300, -0.0, 0.0, 1e-300, 0.25, 5, 40, 800};
    double[] gh = new double[2];
    for (var e : all.entrySet()) {
      Loss l = e.getValue();
      for (double y : new double[] {0, 1}) {
        for (double r : raws) {
          double v = l.derivatives(y, r, gh);
          String at = e.getKey() + " at y=" + y + ", raw=" + r;
          assertEquals(Double.doubleToLongBits(l.value(y, r)), Double.doubleToLongBits(v), at);
          assertEquals(Double.doubleToLongBits(l.gradient(y, r)), Double.doubleToLongBits(gh[0]), at);
          assertEquals(Double.doubleToLongBits(l.hessian(y, r)), Double.doubleToLongBits(gh[1]), at);
        }
      }
    }
  }
}
