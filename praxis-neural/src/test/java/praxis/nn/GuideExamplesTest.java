package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.metrics.ClassificationMetrics;
import praxis.metrics.Curves;
import praxis.metrics.RegressionMetrics;
import praxis.optim.LearningRateSchedule;
import praxis.preprocess.StandardScaler;
import praxis.select.Fold;
import praxis.select.HoldOut;

/**
 * The code of docs/neural.md, run on bundled data sets. Each snippet is copied (essentially verbatim) from the
 * guide; the assertions check what the guide says about the result (bounds are the observed values minus a
 * margin).
 */
class GuideExamplesTest {
  /** Index of the largest output per sample. */
  static int[] argmax(double[][] out) {
    int[] a = new int[out.length];
    for (int i = 0; i < out.length; i++) {
      for (int c = 1; c < out[i].length; c++) {
        if (out[i][c] > out[i][a[i]]) {
          a[i] = c;
        }
      }
    }
    return a;
  }

  private static Frame standardized(Frame x) {
    return new StandardScaler().fit(x, Target.none(x.rowCount())).transform(x);
  }

  private static final Datasets.XY DIGITS = Datasets.xy("digits");

  @Test
  void networkTrainerAndHistory() {
    Frame xs = standardized(DIGITS.x());
    Fold split = new HoldOut(0.25, true, 0).split(xs, DIGITS.y(), null).get(0);
    Frame train = xs.rows(split.train());
    double[] x = Network.samples(train);                     // sample after sample
    int n = train.rowCount();
    double[] y = Network.labels(DIGITS.y().rows(split.train())); // class codes

    Network net = Network.builder(64).dense(64).batchNorm().relu().dropout(0.2)
        .residual(Activation.Fn.RELU).dense(10).build(1L);
    TrainingConfig cfg = TrainingConfig.DEFAULTS
        .withOptimizer(OptimizerKind.ADAMW, 1e-3).withPenalty(0, 1e-4)  // decoupled weight decay
        .withBatchSize(64).withEpochs(20)
        .withSchedule(LearningRateSchedule.cosine(3e-3, 1e-5, 20L * 18)) // per step: 18 batches per epoch
        .withClipping(5.0, 0)                                           // rescale gradients above norm 5
        .withEarlyStopping(0.15, 8)                                     // hold out 15 %, patience 8 epochs
        .withSeed(2);
    History h = new Trainer(cfg).fit(net, x, n, y, Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);

    double[] trainLoss = h.trainLoss();
    double[] valLoss = h.validationLoss();
    double[] valAcc = h.validationMetric();
    int best = h.bestEpoch();                     // weights of this epoch were restored
    double[][] norms = h.gradientNorms();         // [epoch][layer], mean L2 norm before clipping

    Frame test = xs.rows(split.test());
    double[][] logits = net.predict(test.toRowArrays());        // [sample][class]
    double acc = ClassificationMetrics.accuracy(DIGITS.y().rows(split.test()).codes(), argmax(logits));
    System.out.printf("digits network: %d epochs (best %d, stopped early %b), val accuracy %.4f, test accuracy "
        + "%.4f, first/last layer gradient norm at epoch 0: %.3e / %.3e%n", h.epochs(), best, h.stoppedEarly(),
        valAcc[best], acc, norms[0][0], norms[0][norms[0].length - 1]);
    assertTrue(acc > 0.95, "accuracy " + acc);
    assertTrue(trainLoss[h.epochs() - 1] < 0.3 * trainLoss[0]);
    assertTrue(valLoss[best] <= Arrays.stream(valLoss).min().orElseThrow() + 1e-12);
    assertEquals(net.layers().size(), norms[0].length);
    assertTrue(norms[0][0] > 0);
    assertEquals(0.0, norms[0][2], 0.0);          // ReLU has no parameters
  }

  @Test
  void mlpEstimators() {
    Datasets.XY d = DIGITS;
    Fold split = new HoldOut(0.25, true, 0).split(d.x(), d.y(), null).get(0);
    Frame xTrain = standardized(d.x()).rows(split.train());
    Frame xTest = standardized(d.x()).rows(split.test());
    MLPClassifierModel mlp = new MLPClassifier(MLPClassifier.Params.DEFAULTS.withHidden("64")
        .withBatches(64, 30).withEarlyStopping(true, 0.1).withDropout(0.1).withSeed(0))
        .fit(xTrain, d.y().rows(split.train()));
    int[] pred = mlp.predict(xTest);
    double[][] proba = mlp.predictProba(xTest);
    History hist = mlp.history().orElseThrow();
    double acc = ClassificationMetrics.accuracy(d.y().rows(split.test()).codes(), pred);

    Datasets.XY diab = Datasets.xy("diabetes");
    Fold rs = new HoldOut(0.25, false, 0).split(diab.x(), diab.y(), null).get(0);
    Frame dx = standardized(diab.x());
    MLPRegressorModel reg = new MLPRegressor(MLPRegressor.Params.DEFAULTS.withHidden("32")
        .withSolver(OptimizerKind.ADAM, 1e-2).withBatches(32, 100).withAlpha(1.0).withEarlyStopping(true, 0.2)
        .withSeed(0)).fit(dx.rows(rs.train()), diab.y().rows(rs.train()));
    double r2 = RegressionMetrics.r2(diab.y().rows(rs.test()).values(), reg.predict(dx.rows(rs.test())));

    System.out.printf("MLPClassifier digits: %d epochs, test accuracy %.4f; MLPRegressor diabetes test R2 %.4f%n",
        hist.epochs(), acc, r2);
    assertTrue(acc > 0.95, "accuracy " + acc);
    assertEquals(1.0, Arrays.stream(proba[0]).sum(), 1e-9);
    assertTrue(hist.epochs() <= 30);
    assertTrue(r2 > 0.3, "R2 " + r2);
  }

  @Test
  void float32Training() {
    Datasets.XY d = DIGITS;
    Fold split = new HoldOut(0.25, true, 0).split(d.x(), d.y(), null).get(0);
    Frame xTrain = standardized(d.x()).rows(split.train());
    Frame xTest = standardized(d.x()).rows(split.test());
    var params = MLPClassifier.Params.DEFAULTS.withHidden("64").withBatches(64, 30).withSeed(0);
    MLPClassifierModel m64 = new MLPClassifier(params).fit(xTrain, d.y().rows(split.train()));
    MLPClassifierModel m32 = new MLPClassifier(params.withPrecision(Precision.FLOAT32))
        .fit(xTrain, d.y().rows(split.train()));
    Network net = Network.builder(64).precision(Precision.FLOAT32).dense(32).relu().dense(10).build(7L);

    int[] y = d.y().rows(split.test()).codes();
    double acc64 = ClassificationMetrics.accuracy(y, m64.predict(xTest));
    double acc32 = ClassificationMetrics.accuracy(y, m32.predict(xTest));
    System.out.printf("digits MLP test accuracy: float64 %.4f, float32 %.4f%n", acc64, acc32);
    assertEquals(Precision.FLOAT32, m32.network().precision());
    assertEquals(Precision.FLOAT32, net.precision());
    assertTrue(Math.abs(acc64 - acc32) <= 0.01, acc64 + " vs " + acc32);
  }

  @Test
  void autoencoderCodesAndAnomalyScores() {
    Frame xs = standardized(DIGITS.x());
    Frame train = xs.rowRange(0, 1200);
    Frame normal = xs.rowRange(1200, 1797);
    AutoencoderModel ae = new Autoencoder(Autoencoder.Params.DEFAULTS.withHidden("64").withBottleneck(12)
        .withBatches(64, 40)).fit(train, Target.none(1200));
    Frame codes = ae.transform(normal);               // 12 columns code0..code11
    double[] scoreNormal = ae.anomalyScores(normal);  // mean squared reconstruction error per row

    // the same held-out digits with their pixels shuffled are no digits at all
    double[][] rows = normal.toRowArrays();
    SplittableRandom rng = new SplittableRandom(1);
    for (double[] r : rows) {
      for (int j = r.length - 1; j > 0; j--) {
        int k = rng.nextInt(j + 1);
        double t = r[j];
        r[j] = r[k];
        r[k] = t;
      }
    }
    Frame scrambled = Frame.ofRows(rows, normal.schema().names());
    double[] scoreScrambled = ae.anomalyScores(scrambled);

    int[] label = new int[rows.length * 2];
    Arrays.fill(label, rows.length, label.length, 1);
    double[] all = new double[label.length];
    System.arraycopy(scoreNormal, 0, all, 0, rows.length);
    System.arraycopy(scoreScrambled, 0, all, rows.length, rows.length);
    double auc = Curves.rocAuc(label, all);
    System.out.printf("autoencoder: final loss %.4f, anomaly ROC-AUC scrambled vs held-out digits %.4f%n",
        ae.lossCurve()[ae.lossCurve().length - 1], auc);
    assertEquals(12, codes.columnCount());
    assertTrue(auc > 0.9, "AUC " + auc);
  }

  @Test
  void encoderDecoderReversesSequences() {
    SplittableRandom rng = new SplittableRandom(11);
    int n = 2000;
    int len = 4;
    int[][] src = new int[n][len];
    int[][] tgt = new int[n][len];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < len; t++) {
        src[i][t] = rng.nextInt(8);
      }
      for (int t = 0; t < len; t++) {
        tgt[i][t] = src[i][len - 1 - t];
      }
    }
    int[][] trainSrc = Arrays.copyOf(src, 1500);
    int[][] trainTgt = Arrays.copyOf(tgt, 1500);
    int[][] testSrc = Arrays.copyOfRange(src, 1500, n);
    int[][] testTgt = Arrays.copyOfRange(tgt, 1500, n);

    // vocabulary 8, embedding 8, hidden 32, source and target length 4, GRU cells
    EncoderDecoder s2s = new EncoderDecoder(8, 8, 32, len, len, EncoderDecoder.Cell.GRU, 1L);
    double[] losses = s2s.fit(trainSrc, trainTgt, TrainingConfig.DEFAULTS.withEpochs(12).withBatchSize(32)
        .withOptimizer(OptimizerKind.ADAM, 1e-2).withClipping(5.0, 0).withSeed(2));
    int[][] decoded = s2s.predict(testSrc);       // greedy decoding

    int exact = 0;
    for (int i = 0; i < decoded.length; i++) {
      exact += Arrays.equals(decoded[i], testTgt[i]) ? 1 : 0;
    }
    double acc = exact / (double) decoded.length;
    System.out.printf("encoder-decoder reversal: exact-sequence accuracy %.4f on %d held-out sequences, loss %.4f "
        + "-> %.4f%n", acc, decoded.length, losses[0], losses[losses.length - 1]);
    assertTrue(acc > 0.9, "accuracy " + acc);
    var back = (EncoderDecoder) ModelIO.fromState(ModelIO.decode(ModelIO.encode(s2s.toState())));
    assertTrue(Arrays.deepEquals(decoded, back.predict(testSrc)));
  }

  @Test
  void transferLearning(@TempDir Path dir) {
    Frame xs = standardized(DIGITS.x());
    int[] codes = DIGITS.y().codes();
    // pretrain on the digits 0-4; the task: 5-9 with 10 labelled rows per digit
    List<Integer> pre = new ArrayList<>();
    List<Integer> few = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    int[] seen = new int[10];
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < 5) {
        pre.add(i);
      } else if (seen[codes[i]]++ < 10) {
        few.add(i);
      } else {
        test.add(i);
      }
    }
    Frame xPre = xs.rows(pre.stream().mapToInt(Integer::intValue).toArray());
    double[] yPre = pre.stream().mapToDouble(i -> codes[i]).toArray();
    Frame xFew = xs.rows(few.stream().mapToInt(Integer::intValue).toArray());
    double[] yFew = few.stream().mapToDouble(i -> codes[i] - 5).toArray();
    Frame xTest = xs.rows(test.stream().mapToInt(Integer::intValue).toArray());
    int[] yTest = test.stream().mapToInt(i -> codes[i] - 5).toArray();

    Network base = Network.builder(64).dense(64).relu().dense(64).relu().dense(5).build(1L);
    new Trainer(TrainingConfig.DEFAULTS.withEpochs(20).withBatchSize(32))
        .fit(base, Network.samples(xPre), xPre.rowCount(), yPre, Loss.SOFTMAX_CROSS_ENTROPY);
    Path file = dir.resolve("digits-0-4.praxis");
    base.save(file);

    Network tuned = Network.load(file)
        .withoutLast(1)                    // drop the 0-4 head (its Dense layer)
        .append(new Dense(64, 5))          // a new head for 5-9
        .freezeFirst(2);                   // keep the first Dense + ReLU fixed
    tuned.initializeLayer(4, Init.XAVIER_UNIFORM, 2L);
    TrainingConfig fine = TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.ADAM, 1e-3).withEpochs(150)
        .withBatchSize(25).withTol(0);
    double[] frozenBefore = tuned.layers().get(0).params().get(0).value().clone();
    double[] secondBefore = tuned.layers().get(2).params().get(0).value().clone();
    new Trainer(fine).fit(tuned, Network.samples(xFew), xFew.rowCount(), yFew, Loss.SOFTMAX_CROSS_ENTROPY);

    Network scratch = Network.builder(64).dense(64).relu().dense(64).relu().dense(5).build(1L);
    new Trainer(fine)
        .fit(scratch, Network.samples(xFew), xFew.rowCount(), yFew, Loss.SOFTMAX_CROSS_ENTROPY);
    double accTuned = ClassificationMetrics.accuracy(yTest, argmax(tuned.predict(xTest.toRowArrays())));
    double accScratch = ClassificationMetrics.accuracy(yTest, argmax(scratch.predict(xTest.toRowArrays())));
    System.out.printf("transfer (digits 0-4 -> 5-9, 10 labels per digit): fine-tuned %.4f, from scratch %.4f on "
        + "%d rows%n", accTuned, accScratch, yTest.length);
    assertArrayEquals(frozenBefore, tuned.layers().get(0).params().get(0).value(), 0.0);
    assertTrue(tuned.layers().get(0).frozen() && !tuned.layers().get(2).frozen());
    assertTrue(accTuned > 0.72, "fine-tuned " + accTuned);             // chance: 0.2
    assertTrue(!Arrays.equals(secondBefore, tuned.layers().get(2).params().get(0).value()));
  }

  @Test
  void float32Inference() {
    Frame xs = standardized(DIGITS.x());
    MLPClassifierModel mlp = new MLPClassifier(MLPClassifier.Params.DEFAULTS.withHidden("64")
        .withBatches(64, 10).withSeed(0)).fit(xs, DIGITS.y());
    Float32Network f32 = Float32Network.of(mlp.network());   // float parameters: half the memory
    double[][] rows = xs.toRowArrays();
    double[][] out32 = f32.predict(rows);
    double[][] out64 = mlp.network().predict(rows);
    double[][] p32 = mlp.predictProbaFloat32(xs);            // the same through the model
    double[][] p64 = mlp.predictProba(xs);

    double maxDiff = 0;
    for (int i = 0; i < rows.length; i++) {
      for (int c = 0; c < 10; c++) {
        maxDiff = Math.max(maxDiff, Math.abs(p32[i][c] - p64[i][c]));
        assertEquals(out64[i][c], out32[i][c], 1e-4 * Math.max(1, Math.abs(out64[i][c])));
      }
    }
    System.out.printf("float32 vs float64 probabilities: max difference %.2e over %d rows%n", maxDiff, rows.length);
    assertTrue(maxDiff < 1e-5, "max difference " + maxDiff);
    assertEquals(mlp.network().parameterCount(), f32.parameterCount());
  }
}
