package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

/** Training behaviour: dropout, vanishing gradients, determinism, early stopping, clipping and errors. */
class TrainingBehaviourTest {
  /** digits standardized, feature-major, with class codes. */
  static final class Digits {
    final double[] x;
    final double[] y;
    final int n;
    final int p;

    Digits() {
      Fixtures.XY d = Fixtures.xy("digits");
      Frame xs = Fixtures.standardize(d.x());
      n = xs.rowCount();
      p = xs.columnCount();
      x = NnSupport.fitRows(xs, d.y(), "test");
      int[] c = d.y().codes();
      y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = Integer.parseInt(d.y().classList().get(c[i]));
      }
    }

    /** Rows {@code [from, to)} of those whose digit satisfies the filter. */
    double[][] subset(java.util.function.IntPredicate digit, int from, int to, double labelOffset) {
      List<Integer> rows = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (digit.test((int) y[i])) {
          rows.add(i);
        }
      }
      List<Integer> sel = rows.subList(from, Math.min(to, rows.size()));
      double[] xs = new double[sel.size() * p];
      double[] ys = new double[sel.size()];
      for (int b = 0; b < sel.size(); b++) {
        System.arraycopy(x, sel.get(b) * p, xs, b * p, p);
        ys[b] = y[sel.get(b)] - labelOffset;
      }
      return new double[][] {xs, ys};
    }
  }

  static final Digits DIGITS = new Digits();

  static double accuracy(Network net, double[] x, double[] y) {
    double[] out = net.forward(x, y.length);
    return Metric.ACCURACY.score(out, net.outputSize(), y.length, y);
  }

  @Test
  void dropoutShrinksTheTrainTestGap() {
    double[][] train = DIGITS.subset(d -> true, 0, 120, 0);
    double[][] test = DIGITS.subset(d -> true, 1000, 1797, 0);
    double[] gap = new double[2];
    double[] rates = {0.0, 0.5};
    for (int r = 0; r < 2; r++) {
      Network.Builder b = Network.builder(DIGITS.p).dense(256).relu();
      if (rates[r] > 0) {
        b.dropout(rates[r]);
      }
      b.dense(256).relu();
      if (rates[r] > 0) {
        b.dropout(rates[r]);
      }
      Network built = b.dense(10).build(1L);
      new Trainer(TrainingConfig.DEFAULTS.withEpochs(150).withBatchSize(32).withTol(0).withSeed(2))
          .fit(built, train[0], train[1].length, train[1], Loss.SOFTMAX_CROSS_ENTROPY);
      double tr = accuracy(built, train[0], train[1]);
      double te = accuracy(built, test[0], test[1]);
      gap[r] = tr - te;
      System.out.printf("dropout %.1f: train accuracy %.4f, test accuracy %.4f, gap %.4f%n", rates[r], tr, te, gap[r]);
    }
    assertTrue(gap[1] < gap[0] - 0.01, "gap with dropout " + gap[1] + " not below gap without " + gap[0]);
  }

  /** First-layer over last-layer mean gradient norm after one epoch of a 10-dense-layer stack. */
  static double firstOverLast(Activation.Fn fn, Init init) {
    double[][] d = DIGITS.subset(x -> true, 0, 400, 0);
    Network.Builder b = Network.builder(DIGITS.p).init(init);
    for (int l = 0; l < 9; l++) {
      b.dense(32).activation(fn);
    }
    Network net = b.dense(10).build(4L);
    History h = new Trainer(TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.SGD, 0.01).withEpochs(1)
        .withBatchSize(50)).fit(net, d[0], d[1].length, d[1], Loss.SOFTMAX_CROSS_ENTROPY);
    double[] norms = h.gradientNorms()[0];
    double ratio = norms[0] / norms[norms.length - 1];
    System.out.printf("%s + %s: first-layer gradient norm %.3e, last-layer %.3e, ratio %.3e%n", fn, init, norms[0],
        norms[norms.length - 1], ratio);
    return ratio;
  }

  @Test
  void vanishingGradientsWithSigmoidButNotWithReluAndHe() {
    double sigmoid = firstOverLast(Activation.Fn.SIGMOID, Init.SMALL_NORMAL);
    double relu = firstOverLast(Activation.Fn.RELU, Init.HE_NORMAL);
    assertTrue(sigmoid < 1e-3, "sigmoid first/last gradient norm ratio " + sigmoid);
    assertTrue(relu > 0.1, "ReLU + He first/last gradient norm ratio " + relu);
  }

  @Test
  void sameSeedSameNetworkAndHistory() {
    double[][] d = DIGITS.subset(x -> true, 0, 300, 0);
    double[][] w = new double[2][];
    double[][] loss = new double[2][];
    for (int r = 0; r < 2; r++) {
      Network net = Network.builder(DIGITS.p).dense(32).relu().dropout(0.3).batchNorm().dense(10).build(9L);
      History h = new Trainer(TrainingConfig.DEFAULTS.withEpochs(5).withBatchSize(32).withSeed(4)
          .withEarlyStopping(0.2, 3)).fit(net, d[0], 300, d[1], Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);
      w[r] = net.layers().get(0).params().get(0).value().clone();
      loss[r] = h.validationLoss();
    }
    assertArrayEquals(w[0], w[1], 0.0);
    assertArrayEquals(loss[0], loss[1], 0.0);
  }

  @Test
  void earlyStoppingRestoresTheBestEpoch() {
    double[][] d = DIGITS.subset(x -> true, 0, 150, 0);
    Network net = Network.builder(DIGITS.p).dense(128).relu().dense(10).build(3L);
    History h = new Trainer(TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 0.01).withEpochs(300)
        .withBatchSize(16).withEarlyStopping(0.3, 5)).fit(net, d[0], 150, d[1], Loss.SOFTMAX_CROSS_ENTROPY);
    assertTrue(h.stoppedEarly(), "expected an early stop within 300 epochs");
    double[] vl = h.validationLoss();
    int best = h.bestEpoch();
    assertEquals(best + 1 + 5, h.epochs(), "stops patience epochs after the best");
    for (double v : vl) {
      assertTrue(vl[best] <= v, "best epoch has the lowest validation loss");
    }
    // the restored weights reproduce the best validation loss: rebuild the same split
    java.util.SplittableRandom root = new java.util.SplittableRandom(0L);
    int[] perm = Trainer.permutation(150, root.split());
    int[] val = java.util.Arrays.copyOf(perm, 45);
    java.util.Arrays.sort(val);
    double[] xv = Trainer.gather(d[0], DIGITS.p, val);
    double[] yv = Trainer.gather(d[1], 1, val);
    double now = Loss.SOFTMAX_CROSS_ENTROPY.compute(net.forward(xv, 45), 10, 45, yv, null, null);
    assertEquals(vl[best], now, 1e-12);
  }

  @Test
  void clippingBoundsTheUpdate() {
    double[] x = {1000, -1000};
    double[] y = {1e6, -1e6};
    Network net = Network.of(1, new Dense(1, 1));
    double w0 = net.layers().get(0).params().get(0).value()[0];
    new Trainer(TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.SGD, 0.1).withEpochs(1).withBatchSize(2)
        .withClipping(1.0, 0)).fit(net, x, 2, y, Loss.MSE);
    double w1 = net.layers().get(0).params().get(0).value()[0];
    assertEquals(0.1, Math.abs(w1 - w0) , 1e-9, "global norm clipped to 1, times learning rate 0.1");
    Network net2 = Network.of(1, new Dense(1, 1));
    new Trainer(TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.SGD, 0.1).withEpochs(1).withBatchSize(2)
        .withClipping(0, 0.5)).fit(net2, x, 2, y, Loss.MSE);
    assertEquals(0.05, Math.abs(net2.layers().get(0).params().get(0).value()[0] - w0), 1e-9);
  }

  @Test
  void divergingLossNamesTheEpochAndSuggestsALowerRate() {
    double[][] d = DIGITS.subset(x -> true, 0, 100, 0);
    Network net = Network.builder(DIGITS.p).dense(16).relu().dense(1).build(1L);
    var e = assertThrows(IllegalStateException.class, () -> new Trainer(TrainingConfig.DEFAULTS
        .withOptimizer(OptimizerKind.SGD, 10).withEpochs(50).withBatchSize(10)).fit(net, d[0], 100, d[1],
            Loss.MSE));
    assertTrue(e.getMessage().contains("at epoch") && e.getMessage().contains("lower the learning rate"),
        e.getMessage());
  }

  @Test
  void badInputIsRefusedClearly() {
    var e1 = assertThrows(IllegalArgumentException.class, () -> Network.of(3));
    assertTrue(e1.getMessage().contains("no layers"), e1.getMessage());
    var e2 = assertThrows(IllegalArgumentException.class, () -> Network.of(3, new Dense(4, 2)));
    assertTrue(e2.getMessage().contains("expects width 4 but receives width 3"), e2.getMessage());
    Network net = Network.of(3, new Dense(3, 2));
    var e3 = assertThrows(IllegalArgumentException.class, () -> net.forward(new double[5], 2));
    assertTrue(e3.getMessage().contains("pass 3 features per sample"), e3.getMessage());
    var e4 = assertThrows(IllegalArgumentException.class, () -> praxis.api.ParamsCodec.with(
        MLPClassifier.Params.DEFAULTS, java.util.Map.of("activation", "swish")));
    assertTrue(e4.getMessage().contains("activation") && e4.getMessage().contains("relu"), e4.getMessage());
    var e5 = assertThrows(IllegalArgumentException.class, () -> MLPClassifier.Params.DEFAULTS.withHidden("64,x"));
    assertTrue(e5.getMessage().contains("hiddenLayerSizes"), e5.getMessage());
    Fixtures.XY iris = Fixtures.xy("iris");
    var m = new MLPClassifier(MLPClassifier.Params.DEFAULTS.withBatches(50, 2)).fit(iris.x(), iris.y());
    var e6 = assertThrows(IllegalArgumentException.class, () -> m.predict(iris.x().selectIndices(0, 1, 2)));
    assertTrue(e6.getMessage().toLowerCase().contains("column"), e6.getMessage());
  }

  @Test
  void savedNetworkLoadsWithFrozenFlagsAndSameOutputs(@TempDir Path dir) {
    Network net = Network.builder(4).dense(5).layerNorm().gelu().residual(Activation.Fn.ELU).batchNorm()
        .dropout(0.1).dense(3).build(8L);
    net.freeze(0);
    Path f = dir.resolve("net.praxis");
    net.save(f);
    Network back = Network.load(f);
    double[] x = {0.1, 0.2, 0.3, 0.4, -1, 2, 0.5, 0};
    assertArrayEquals(net.forward(x, 2), back.forward(x, 2), 0.0);
    assertTrue(back.layers().get(0).frozen());
    assertTrue(!back.layers().get(1).frozen());
    assertEquals(net.parameterCount(), back.parameterCount());
  }

  @Test
  void progressBarPrintsOneLinePerEpoch() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
    double[][] d = DIGITS.subset(x -> true, 0, 100, 0);
    Network net = Network.builder(DIGITS.p).dense(8).relu().dense(10).build(1L);
    History h = new Trainer(TrainingConfig.DEFAULTS.withEpochs(4).withBatchSize(50).withEarlyStopping(0.2, 10))
        .withListener(EpochListener.progressBar(out)).fit(net, d[0], 100, d[1], Loss.SOFTMAX_CROSS_ENTROPY,
            Metric.ACCURACY);
    String[] lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\\R");
    assertEquals(4, lines.length);
    assertTrue(lines[3].startsWith("epoch 4/4 [===================>] loss "), lines[3]);
    assertTrue(lines[0].contains(String.format(java.util.Locale.ROOT, "loss %.6f", h.trainLoss()[0])), lines[0]);
    assertTrue(lines[0].contains("val ") && lines[0].contains("metric "), lines[0]);
  }
}
