package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every layer's and loss's back-propagated gradient against central finite differences (step 1e-5) in
 * float64: relative error {@code ||analytic - numeric|| / (||analytic|| + ||numeric||)} below 1e-6.
 */
class GradientCheckTest {
  private static final double H = 1e-5;
  private static final double TOL = 1e-6;
  private static final int N = 5;

  /** f(layer) = sum(r ⊙ y) with fixed random r, so dy = r. */
  private static double objective(Layer layer, double[] x, double[] r, Object work, long dropSeed) {
    double[] y = new double[layer.outputSize() * N];
    layer.forward(x, y, N, work, new Pass(true, new SplittableRandom(dropSeed)));
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += r[i] * y[i];
    }
    return s;
  }

  private static double relErr(double[] a, double[] b) {
    double d = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      d += (a[i] - b[i]) * (a[i] - b[i]);
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    double den = Math.sqrt(na) + Math.sqrt(nb);
    return den == 0 ? 0 : Math.sqrt(d) / den;
  }

  private static double[] randn(int len, SplittableRandom rng, double scale) {
    double[] v = new double[len];
    for (int i = 0; i < len; i++) {
      v[i] = Init.gaussian(rng) * scale;
    }
    return v;
  }

  static void check(Layer layer, double[] x, boolean inputGrad) {
    SplittableRandom rng = new SplittableRandom(99);
    layer.initialize(Init.XAVIER_NORMAL, new SplittableRandom(3));
    for (Param p : layer.params()) {
      if (p.trainable()) {
        double[] v = p.value();
        for (int i = 0; i < v.length; i++) {
          v[i] += 0.3 * Init.gaussian(rng);   // move scales/shifts off their trivial start values
        }
      }
    }
    double[] r = randn(layer.outputSize() * N, rng, 1.0);
    Object work = layer.newWork(N);
    long dropSeed = 5;
    double[] y = new double[layer.outputSize() * N];
    layer.forward(x, y, N, work, new Pass(true, new SplittableRandom(dropSeed)));
    double[] dx = new double[x.length];
    layer.backward(x, y, r, dx, N, work);
    if (inputGrad) {
      double[] num = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double old = x[i];
        x[i] = old + H;
        double fp = objective(layer, x, r, layer.newWork(N), dropSeed);
        x[i] = old - H;
        double fm = objective(layer, x, r, layer.newWork(N), dropSeed);
        x[i] = old;
        num[i] = (fp - fm) / (2 * H);
      }
      double e = relErr(dx, num);
      assertTrue(e < TOL, layer + " input gradient relative error " + e);
    }
    for (Param p : layer.params()) {
      if (!p.trainable() || layer.frozen()) {
        continue;
      }
      double[] analytic = p.grad().clone();
      double[] v = p.value();
      double[] num = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        double old = v[i];
        v[i] = old + H;
        double fp = objective(layer, x, r, layer.newWork(N), dropSeed);
        v[i] = old - H;
        double fm = objective(layer, x, r, layer.newWork(N), dropSeed);
        v[i] = old;
        num[i] = (fp - fm) / (2 * H);
      }
      double e = relErr(analytic, num);
      assertTrue(e < TOL, layer + " gradient of " + p.name() + " relative error " + e);
    }
  }

  private static double[] input(int width) {
    return randn(width * N, new SplittableRandom(width * 31L + 7), 1.0);
  }

  @Test
  void dense() {
    check(new Dense(4, 3), input(4), true);
  }

  @Test
  void everyActivation() {
    for (Activation.Fn fn : Activation.Fn.values()) {
      check(Activation.of(fn, 4), input(4), true);
    }
    check(new Activation(Activation.Fn.LEAKY_RELU, 4, 0.2), input(4), true);
    check(new Activation(Activation.Fn.ELU, 4, 0.7), input(4), true);
  }

  @Test
  void dropoutWithFixedMask() {
    check(new Dropout(6, 0.4), input(6), true);
  }

  @Test
  void batchNormTraining() {
    check(new BatchNorm(3), input(3), true);
  }

  @Test
  void frozenBatchNormUsesRunningStatistics() {
    BatchNorm bn = new BatchNorm(3);
    bn.setFrozen(true);
    check(bn, input(3), true);
    bn.params().get(2).value()[1] = 0.5;   // running mean
    bn.params().get(3).value()[1] = 4.0;   // running variance
    double[] x = input(3);
    double[] y = new double[x.length];
    bn.forward(x, y, N, bn.newWork(N), new Pass(true, new SplittableRandom(1)));
    org.junit.jupiter.api.Assertions.assertEquals((x[1] - 0.5) / Math.sqrt(4.0 + 1e-5)
        * bn.params().get(0).value()[1] + bn.params().get(1).value()[1], y[1], 1e-12);
    org.junit.jupiter.api.Assertions.assertEquals(0.5, bn.params().get(2).value()[1], 0.0);
  }

  @Test
  void layerNorm() {
    check(new LayerNorm(4), input(4), true);
  }

  @Test
  void embeddingTable() {
    double[] codes = new double[2 * N];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (i * 7) % 5;
    }
    check(new Embedding(5, 3, 2), codes, false);
  }

  @Test
  void lstmFullBackpropagationThroughTime() {
    check(new LSTM(2, 3, 4, true, 0), input(8), true);
    check(new LSTM(2, 3, 4, false, 0), input(8), true);
  }

  @Test
  void truncatedLstmStopsTheGradientAtChunkBoundaries() {
    LSTM full = new LSTM(2, 3, 4, false, 0);
    LSTM cut = new LSTM(2, 3, 4, false, 2);
    double[] x = input(8);
    double[] r = randn(3 * N, new SplittableRandom(8), 1.0);
    double[][] dxs = new double[2][];
    for (LSTM l : new LSTM[] {full, cut}) {
      Object work = l.newWork(N);
      double[] y = new double[3 * N];
      l.forward(x, y, N, work, Pass.INFERENCE);
      double[] dx = new double[8 * N];
      l.backward(x, y, r, dx, N, work);
      dxs[l == full ? 0 : 1] = dx;
    }
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < 8; j++) {
        double a = dxs[0][i * 8 + j];
        double b = dxs[1][i * 8 + j];
        if (j >= 4) {
          org.junit.jupiter.api.Assertions.assertEquals(a, b, 1e-15, "steps 2-3 (last chunk) are identical");
        } else {
          org.junit.jupiter.api.Assertions.assertEquals(0.0, b, 0.0, "no gradient reaches steps 0-1");
          assertTrue(a != 0.0);
        }
      }
    }
  }

  @Test
  void residualBlock() {
    check(new Residual(List.of(new Dense(4, 4), Activation.of(Activation.Fn.TANH, 4), new Dense(4, 4))),
        input(4), true);
  }

  @Test
  void everyLoss() {
    SplittableRandom rng = new SplittableRandom(17);
    int k = 3;
    double[] mask = {1, 0, 1, 0.5, 1};
    for (Loss loss : Loss.values()) {
      for (double[] m : new double[][] {null, mask}) {
        double[] out = randn(k * N, rng, 2.0);
        double[] target = new double[loss.targetWidth(k) * N];
        for (int i = 0; i < target.length; i++) {
          target[i] = switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> i % k;
            case BINARY_CROSS_ENTROPY -> rng.nextDouble();
            default -> out[i] + (rng.nextBoolean() ? 1 : -1) * (0.1 + 2 * rng.nextDouble());
          };
        }
        double[] grad = new double[k * N];
        loss.compute(out, k, N, target, m, grad);
        double[] num = new double[k * N];
        for (int i = 0; i < out.length; i++) {
          double old = out[i];
          out[i] = old + H;
          double fp = loss.compute(out, k, N, target, m, null);
          out[i] = old - H;
          double fm = loss.compute(out, k, N, target, m, null);
          out[i] = old;
          num[i] = (fp - fm) / (2 * H);
        }
        double e = relErr(grad, num);
        assertTrue(e < TOL, loss + (m == null ? "" : " masked") + " relative error " + e);
      }
    }
  }

  @Test
  void maskedSamplesContributeNothing() {
    double[] out = {0.5, -1, 3, 2};
    double[] target = {0, 1};
    double[] grad = new double[4];
    double masked = Loss.SOFTMAX_CROSS_ENTROPY.compute(out, 2, 2, target, new double[] {1, 0}, grad);
    double first = Loss.SOFTMAX_CROSS_ENTROPY.compute(new double[] {0.5, -1}, 2, 1, new double[] {0}, null, null);
    org.junit.jupiter.api.Assertions.assertEquals(first, masked, 1e-15);
    org.junit.jupiter.api.Assertions.assertEquals(0.0, Math.abs(grad[2]));
    org.junit.jupiter.api.Assertions.assertEquals(0.0, Math.abs(grad[3]));
    // large logits stay finite: logsumexp(1000, 0) - 0 = 1000
    double big = Loss.SOFTMAX_CROSS_ENTROPY.compute(new double[] {1000, 0}, 2, 1, new double[] {1}, null, null);
    org.junit.jupiter.api.Assertions.assertEquals(1000.0, big, 1e-9);
  }

  @Test
  void wholeNetworkThroughLoss() {
    Network net = Network.builder(5).dense(6).tanh().layerNorm().residual(Activation.Fn.GELU).dense(3)
        .build(11L);
    SplittableRandom rng = new SplittableRandom(4);
    double[] x = randn(5 * N, rng, 1.0);
    double[] target = {0, 2, 1, 1, 0};
    Tape t = new Tape(5, net.layers(), N);
    System.arraycopy(x, 0, t.act[0], 0, x.length);
    Tape.forward(net.layers(), t, Pass.INFERENCE);
    int l = net.layers().size();
    Loss.SOFTMAX_CROSS_ENTROPY.compute(t.act[l], 3, N, target, null, t.grad[l]);
    Tape.backward(net.layers(), t, true);
    double[] analytic = t.grad[0].clone();
    double[] num = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double old = x[i];
      x[i] = old + H;
      double fp = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(x, N), 3, N, target, null, null);
      x[i] = old - H;
      double fm = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(x, N), 3, N, target, null, null);
      x[i] = old;
      num[i] = (fp - fm) / (2 * H);
    }
    double e = relErr(analytic, num);
    assertTrue(e < TOL, "network input gradient relative error " + e);
  }
}
