package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sequence labelling with padding through {@link Trainer}'s per-position mask: variable-length token sequences
 * (2..8 tokens, post-padded to 8) labelled at every real step with the running sum of the tokens mod 3, by
 * Embedding → GRU (all states) → time-distributed Dense. Checks: (1) what the padded positions hold (inputs and
 * targets) has no effect at all — two runs whose padding differs give bit-identical parameters and loss
 * curves; (2) the model learns the task on held-out sequences (accuracy over real steps ≥ 0.95; measured in
 * the printed line); (3) the time-distributed layer passes the finite-difference gradient check (relative
 * error below 1e-6) and survives save/load; (4) a mask of the wrong length is rejected with a clear message;
 * (5) with one weight per sample, weight-0 samples have no influence (flipping their labels changes nothing,
 * bit for bit; without the mask it does).
 */
class SequenceMaskTest {
  private static final int T = 8;

  /** x tokens 1..4 (0 = padding), y per step, mask per step; padding content drawn from padRng. */
  private static double[][] data(int n, long seed, SplittableRandom padRng) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n * T];
    double[] y = new double[n * T];
    double[] m = new double[n * T];
    for (int i = 0; i < n; i++) {
      int len = 2 + rng.nextInt(T - 1);
      int sum = 0;
      for (int t = 0; t < T; t++) {
        if (t < len) {
          int tok = 1 + rng.nextInt(4);
          sum += tok;
          x[i * T + t] = tok;
          y[i * T + t] = sum % 3;
          m[i * T + t] = 1;
        } else {
          x[i * T + t] = padRng == null ? 0 : padRng.nextInt(5);
          y[i * T + t] = padRng == null ? 0 : padRng.nextInt(3);
        }
      }
    }
    return new double[][] {x, y, m};
  }

  private static Network model() {
    return Network.builder(T).init(Init.XAVIER_UNIFORM).add(new Embedding(5, 6, T)).add(new GRU(6, 16, T, true, 0))
        .add(new TimeDistributed(new Dense(16, 3), T)).build(4L);
  }

  private static final TrainingConfig CONFIG = TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 0.02)
      .withEpochs(25).withBatchSize(32).withTol(0).withSeed(3);

  @Test
  void paddingIsIgnoredAndTheTaskIsLearned() {
    double[][] a = data(600, 1, null);
    double[][] b = data(600, 1, new SplittableRandom(77));
    Network na = model();
    Network nb = model();
    History ha = new Trainer(CONFIG).fit(na, a[0], 600, a[1], a[2], Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);
    History hb = new Trainer(CONFIG).fit(nb, b[0], 600, b[1], b[2], Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);
    assertArrayEquals(ha.trainLoss(), hb.trainLoss(), 0.0);
    for (int l = 0; l < na.layers().size(); l++) {
      for (int p = 0; p < na.layers().get(l).params().size(); p++) {
        assertArrayEquals(na.layers().get(l).params().get(p).value(), nb.layers().get(l).params().get(p).value(),
            0.0, "layer " + l + " parameter " + p);
      }
    }
    double[][] test = data(400, 2, new SplittableRandom(5));
    double[] out = na.forward(test[0], 400);
    double acc = Trainer.score(Metric.ACCURACY, out, 3, 400 * T, test[1], 1, test[2]);
    double unmaskedTrain = ha.trainMetric()[ha.trainMetric().length - 1];
    System.out.printf("masked GRU sequence labelling: held-out accuracy over real steps %.4f, final train "
        + "accuracy %.4f, final loss %.5f%n", acc, unmaskedTrain, ha.trainLoss()[ha.trainLoss().length - 1]);
    assertTrue(acc >= 0.95, "held-out accuracy over real steps " + acc);
  }

  /** One weight per sample (T = 1): samples with weight 0 have no influence, whatever their targets hold. */
  @Test
  void perSampleWeightsOfZeroIgnoreTheSample() {
    SplittableRandom rng = new SplittableRandom(6);
    int n = 120;
    double[] x = new double[4 * n];
    for (int i = 0; i < x.length; i++) {
      x[i] = Init.gaussian(rng);
    }
    double[] mask = new double[n];
    double[] ya = new double[n];
    double[] yb = new double[n];
    for (int i = 0; i < n; i++) {
      mask[i] = i % 3 == 0 ? 0 : 1;
      ya[i] = x[i * 4] > 0 ? 1 : 0;
      yb[i] = mask[i] == 0 ? 1 - ya[i] : ya[i];
    }
    Network a = Network.builder(4).dense(8).relu().dense(2).build(1L);
    Network b = Network.builder(4).dense(8).relu().dense(2).build(1L);
    TrainingConfig cfg = TrainingConfig.DEFAULTS.withEpochs(5).withBatchSize(16).withTol(0);
    new Trainer(cfg).fit(a, x, n, ya, mask, Loss.SOFTMAX_CROSS_ENTROPY, null);
    new Trainer(cfg).fit(b, x, n, yb, mask, Loss.SOFTMAX_CROSS_ENTROPY, null);
    assertArrayEquals(a.forward(x, n), b.forward(x, n), 0.0);
    Network c = Network.builder(4).dense(8).relu().dense(2).build(1L);
    new Trainer(cfg).fit(c, x, n, yb, null, Loss.SOFTMAX_CROSS_ENTROPY, null);
    assertTrue(!java.util.Arrays.equals(a.forward(x, n), c.forward(x, n)), "without the mask the flipped labels"
        + " change the network");
  }

  @Test
  void timeDistributedGradientsAndSaveLoad() {
    double[] x = new double[3 * 4 * 5];
    SplittableRandom rng = new SplittableRandom(2);
    for (int i = 0; i < x.length; i++) {
      x[i] = Init.gaussian(rng);
    }
    GradientCheckTest.check(new TimeDistributed(new Dense(3, 2), 4), x, true);
    Network net = model();
    Network back = Network.fromState(net.toState());
    double[] in = data(5, 9, null)[0];
    assertArrayEquals(net.forward(in, 5), back.forward(in, 5), 0.0);
    assertEquals("time_distributed", back.layers().get(2).kind());
  }

  @Test
  void maskOfTheWrongLengthIsRejected() {
    double[][] a = data(10, 1, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Trainer(CONFIG)
        .fit(model(), a[0], 10, a[1], new double[7], Loss.SOFTMAX_CROSS_ENTROPY, null));
    assertTrue(e.getMessage().contains("mask has 7 values"), e.getMessage());
  }
}
