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

/** The autoencoder (transformer + anomaly scorer) on digits and transfer learning on LetterRecognition. */
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

  @Test
  void fineTunedNetworkBeatsTrainingFromScratchOnFewLabels(@TempDir Path dir) {
    // LetterRecognition: pretrain on letters A-M (all ~10,000 rows), fine-tune on N-Z with 5 labels per letter,
    // test on the remaining N-Z rows.
    Fixtures.XY d = Fixtures.xy("LetterRecognition");
    Frame xs = Fixtures.standardize(d.x());
    int n = xs.rowCount();
    int p = xs.columnCount();
    double[] x = NnSupport.fitRows(xs, d.y(), "test");
    int[] c = d.y().codes();
    List<Integer> pre = new java.util.ArrayList<>();
    List<Integer> few = new java.util.ArrayList<>();
    List<Integer> test = new java.util.ArrayList<>();
    int[] seen = new int[26];
    for (int i = 0; i < n; i++) {
      if (c[i] < 13) {
        pre.add(i);
      } else if (seen[c[i]]++ < 5) {
        few.add(i);
      } else {
        test.add(i);
      }
    }
    double[][] a = take(x, c, p, pre, 0);
    double[][] f = take(x, c, p, few, 13);
    double[][] t = take(x, c, p, test, 13);
    Network base = Network.builder(p).dense(128).relu().dense(128).relu().dense(13).build(1L);
    new Trainer(TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 1e-3).withEpochs(10).withBatchSize(64))
        .fit(base, a[0], a[1].length, a[1], Loss.SOFTMAX_CROSS_ENTROPY);
    Path file = dir.resolve("pretrained.praxis");
    base.save(file);

    // load, drop the A-M head, add an N-Z head, freeze the first dense layer (and its ReLU), fine-tune at a
    // learning rate below the pretraining one
    Network tuned = Network.load(file).withoutLast(1).append(new Dense(128, 13)).freezeFirst(2);
    tuned.initializeLayer(4, Init.XAVIER_UNIFORM, 2L);
    double[] frozenBefore = tuned.layers().get(0).params().get(0).value().clone();
    double[] secondBefore = tuned.layers().get(2).params().get(0).value().clone();
    TrainingConfig fine = TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 3e-4).withEpochs(200)
        .withBatchSize(25).withTol(0);
    new Trainer(fine).fit(tuned, f[0], f[1].length, f[1], Loss.SOFTMAX_CROSS_ENTROPY);
    assertArrayEquals(frozenBefore, tuned.layers().get(0).params().get(0).value(), 0.0);
    assertTrue(!java.util.Arrays.equals(secondBefore, tuned.layers().get(2).params().get(0).value()),
        "unfrozen layer was updated");

    // the same architecture from scratch on the same 65 labelled rows (at its larger learning rate 3e-3)
    Network scratch = Network.builder(p).dense(128).relu().dense(128).relu().dense(13).build(1L);
    new Trainer(fine.withOptimizer(OptimizerKind.ADAM, 3e-3)).fit(scratch, f[0], f[1].length, f[1],
        Loss.SOFTMAX_CROSS_ENTROPY);
    double accTuned = TrainingBehaviourTest.accuracy(tuned, t[0], t[1]);
    double accScratch = TrainingBehaviourTest.accuracy(scratch, t[0], t[1]);
    System.out.printf("transfer (LetterRecognition, pretrained on A-M, 5 labels per letter of N-Z): fine-tuned %.4f,"
        + " scratch %.4f on %d test rows%n", accTuned, accScratch, t[1].length);
    assertTrue(accTuned > accScratch + 0.03, "fine-tuned " + accTuned + " vs scratch " + accScratch);
  }

  private static double[][] take(double[] x, int[] c, int p, List<Integer> idx, int off) {
    double[] xs = new double[idx.size() * p];
    double[] ys = new double[idx.size()];
    for (int b = 0; b < idx.size(); b++) {
      System.arraycopy(x, idx.get(b) * p, xs, b * p, p);
      ys[b] = c[idx.get(b)] - off;
    }
    return new double[][] {xs, ys};
  }
}
