package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** The autoencoder (transformer + anomaly scorer) and transfer-learning mechanics on digits. */
class AutoencoderTransferTest {
  private static final TrainingBehaviourTest.Digits DIGITS = TrainingBehaviourTest.DIGITS;

  @Test
  void autoencoderPassesCommonChecks() {
    Fixtures.XY iris = Fixtures.xy("iris");
    EstimatorChecks.runAll(Config.transformer(() -> new Autoencoder(Autoencoder.Params.DEFAULTS.withHidden("6")
        .withBatches(16, 20)), Fixtures.standardize(iris.x()), iris.y()));
  }

  @Test
  void reconstructionErrorSeparatesScrambledDigits() {
    int p = DIGITS.p;
    List<String> names = new java.util.ArrayList<>();
    for (int j = 0; j < p; j++) {
      names.add("f" + j);
    }
    double[][] rows = new double[DIGITS.n][p];
    for (int i = 0; i < DIGITS.n; i++) {
      System.arraycopy(DIGITS.x, i * p, rows[i], 0, p);
    }
    int nTrain = 1200;
    Frame train = Frame.ofRows(java.util.Arrays.copyOfRange(rows, 0, nTrain), names);
    AutoencoderModel ae = new Autoencoder(Autoencoder.Params.DEFAULTS.withHidden("64").withBottleneck(12)
        .withBatches(64, 100)).fit(train, Target.none(nTrain));
    double[] curve = ae.lossCurve();
    assertTrue(curve[curve.length - 1] < 0.5 * curve[0], "reconstruction loss fell from " + curve[0] + " to "
        + curve[curve.length - 1]);
    assertEquals(12, ae.transform(train).columnCount());
    int m = DIGITS.n - nTrain;
    double[][] normal = java.util.Arrays.copyOfRange(rows, nTrain, DIGITS.n);
    double[][] scrambled = new double[m][];
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < m; i++) {
      scrambled[i] = normal[i].clone();
      int[] perm = Trainer.permutation(p, rng);
      for (int j = 0; j < p; j++) {
        scrambled[i][j] = normal[i][perm[j]];
      }
    }
    double[] sn = ae.anomalyScores(Frame.ofRows(normal, names));
    double[] ss = ae.anomalyScores(Frame.ofRows(scrambled, names));
    long wins = 0;
    for (double a : ss) {
      for (double b : sn) {
        wins += a > b ? 1 : 0;
      }
    }
    double auc = (double) wins / ((long) m * m);
    System.out.printf("autoencoder anomaly AUC (scrambled vs held-out digits) %.4f%n", auc);
    assertTrue(auc > 0.95, "AUC " + auc);
  }

  private static double[][] perClass(int from, int to, int count, int offset) {
    double[][] parts = new double[2][0];
    for (int c = from; c <= to; c++) {
      final int cc = c;
      double[][] s = DIGITS.subset(d -> d == cc, offset, offset + count, from);
      parts[0] = concat(parts[0], s[0]);
      parts[1] = concat(parts[1], s[1]);
    }
    return parts;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] o = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, o, a.length, b.length);
    return o;
  }

  @Test
  void savedNetworkIsFineTunedWithFrozenLayersAndANewHead(@TempDir Path dir) {
    int p = DIGITS.p;
    double[][] pre = perClass(0, 4, 1000, 0);
    double[][] few = perClass(5, 9, 5, 0);
    double[][] test = perClass(5, 9, 1000, 5);
    Network base = Network.builder(p).dense(128).relu().dense(64).relu().dense(5).build(1L);
    new Trainer(TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 3e-3).withEpochs(60).withBatchSize(64))
        .fit(base, pre[0], pre[1].length, pre[1], Loss.SOFTMAX_CROSS_ENTROPY);
    Path file = dir.resolve("pretrained.praxis");
    base.save(file);

    Network tuned = Network.load(file).withoutLast(1).append(new Dense(64, 5)).freezeFirst(2);
    tuned.initializeLayer(4, Init.XAVIER_UNIFORM, 2L);
    double[] frozenBefore = tuned.layers().get(0).params().get(0).value().clone();
    TrainingConfig fine = TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 1e-3).withEpochs(200)
        .withBatchSize(25).withTol(0);
    new Trainer(fine).fit(tuned, few[0], few[1].length, few[1], Loss.SOFTMAX_CROSS_ENTROPY);
    assertArrayEquals(frozenBefore, tuned.layers().get(0).params().get(0).value(), 0.0);

    Network scratch = Network.builder(p).dense(128).relu().dense(64).relu().dense(5).build(1L);
    new Trainer(fine.withOptimizer(OptimizerKind.ADAM, 3e-3)).fit(scratch, few[0], few[1].length, few[1],
        Loss.SOFTMAX_CROSS_ENTROPY);
    double accTuned = TrainingBehaviourTest.accuracy(tuned, test[0], test[1]);
    double accScratch = TrainingBehaviourTest.accuracy(scratch, test[0], test[1]);
    System.out.printf("transfer (pretrained on 0-4, 5 labels per class of 5-9): fine-tuned %.4f, scratch %.4f "
        + "on %d test rows%n", accTuned, accScratch, test[1].length);
    // Measured: fine-tuned 0.735 vs scratch 0.806 — on digits, features learned from classes 0-4 do NOT beat
    // training from scratch on 25 labels of 5-9 (also not with 256 units, dropout, unfrozen layers or other
    // learning rates: 0.65-0.78). The test therefore checks the mechanics: the frozen layer is unchanged and the
    // new head learns the new classes far above chance (0.2).
    assertTrue(accTuned > 0.65, "fine-tuned accuracy " + accTuned);
    assertTrue(accScratch > 0.65, "scratch accuracy " + accScratch);
  }
}
