package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchGradients}: the input gradient and the first layer's weight gradient equal central finite
 * differences (step 1e-5) of the loss of {@link Network#forward} (relative error below 1e-6, float64).
 */
class BatchGradientsTest {
  private static final double H = 1e-5;

  @Test
  void gradientsMatchFiniteDifferences() {
    Network net = Network.builder(4).dense(6).tanh().dense(3).build(2L);
    int n = 5;
    SplittableRandom rng = new SplittableRandom(1);
    double[] x = new double[4 * n];
    for (int i = 0; i < x.length; i++) {
      x[i] = Init.gaussian(rng);
    }
    double[] y = {0, 2, 1, 1, 0};
    BatchGradients g = new BatchGradients(net, n, 0L);
    g.compute(x, y, Loss.SOFTMAX_CROSS_ENTROPY, null);
    double[] dx = g.inputGradient().clone();
    double[] dw = net.layers().get(0).params().get(0).grad().clone();
    double[] numX = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double old = x[i];
      x[i] = old + H;
      double fp = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(x, n), 3, n, y, null, null);
      x[i] = old - H;
      double fm = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(x, n), 3, n, y, null, null);
      x[i] = old;
      numX[i] = (fp - fm) / (2 * H);
    }
    double[] w = net.layers().get(0).params().get(0).value();
    double[] numW = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double old = w[i];
      w[i] = old + H;
      double fp = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(x, n), 3, n, y, null, null);
      w[i] = old - H;
      double fm = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(x, n), 3, n, y, null, null);
      w[i] = old;
      numW[i] = (fp - fm) / (2 * H);
    }
    assertTrue(rel(dx, numX) < 1e-6, "input gradient relative error " + rel(dx, numX));
    assertTrue(rel(dw, numW) < 1e-6, "weight gradient relative error " + rel(dw, numW));
  }

  @Test
  void wrongBatchWidthIsRejected() {
    BatchGradients g = new BatchGradients(Network.builder(4).dense(2).build(1L), 3, 0L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> g.compute(new double[11], new double[3], Loss.SOFTMAX_CROSS_ENTROPY, null));
    assertTrue(e.getMessage().contains("x has 11 values"), e.getMessage());
  }

  private static double rel(double[] a, double[] b) {
    double d = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      d += (a[i] - b[i]) * (a[i] - b[i]);
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return Math.sqrt(d) / (Math.sqrt(na) + Math.sqrt(nb));
  }
}
