package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.api.ParamsCodec;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.preprocess.StandardScaler;

/**
 * Float32 training ({@link Precision#FLOAT32}).
 *
 * <ul>
 *   <li>Per layer and per loss: at the same float-representable parameters and inputs, the float32 pass's
 *       parameter gradients, input gradient and loss agree with the float64 pass's (analytic gradients) within
 *       a norm-wise relative error {@code ||g32 - g64|| / max(||g64||, 1e-3)} of {@value #REL} per block
 *       (the floor covers blocks whose exact gradient is 0, e.g. a dense bias before batch normalization).
 *   <li>Finite differences in float32 (central, step {@value #H}, loss evaluated by the float32 pass) agree
 *       with the float32 analytic gradient within {@code 2e-3 + 2e-2 |g|} per coordinate, on smooth layers.
 *   <li>MLPClassifier on digits (fixed split: 1,300 training rows, 497 test rows; seed 0): FLOAT32 test
 *       accuracy within 0.5 percentage points of FLOAT64.
 *   <li>Determinism, float-representable weights, exact save/load, refusal of recurrent layers.
 * </ul>
 */
class Float32TrainingTest {
  private static final double REL = 1e-4;
  private static final double H = 1.0 / 128;
  private static final int N = 16;

  private static double[] floats(int len, long seed, double scale) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] v = new double[len];
    for (int i = 0; i < len; i++) {
      v[i] = (float) (scale * Init.gaussian(rng));
    }
    return v;
  }

  private static double rel(double[] a, double[] b) {
    double d = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      d += (a[i] - b[i]) * (a[i] - b[i]);
      nb += b[i] * b[i];
    }
    return Math.sqrt(d) / Math.max(Math.sqrt(nb), 1e-3);
  }

  private static double[] targets(Loss loss, int k, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] t = new double[loss.targetWidth(k) * N];
    for (int i = 0; i < t.length; i++) {
      t[i] = switch (loss) {
        case SOFTMAX_CROSS_ENTROPY -> rng.nextInt(k);
        case BINARY_CROSS_ENTROPY -> rng.nextInt(2);
        default -> (float) (2 * Init.gaussian(rng));
      };
    }
    return t;
  }

  /** Float32 and float64 passes of the same float-valued network; every gradient block within REL. */
  private static void assertSameGradients(String what, Network net32, double[] x, Loss loss) {
    assertEquals(Precision.FLOAT32, net32.precision());
    Network net64 = net32.withPrecision(Precision.FLOAT64);
    double[] t = targets(loss, net32.outputSize(), 5);
    BatchGradients g32 = new BatchGradients(net32, N, 9L);
    BatchGradients g64 = new BatchGradients(net64, N, 9L);
    double l32 = g32.compute(x, t, loss, null);
    double l64 = g64.compute(x, t, loss, null);
    assertEquals(l64, l32, REL * Math.max(1, Math.abs(l64)), what + ": loss");
    boolean codes = net32.layers().get(0) instanceof Embedding;
    if (!codes) {
      double e = rel(g32.inputGradient(), g64.inputGradient());
      assertTrue(e < REL, what + ": input gradient relative error " + e);
    }
    List<Layer> a = net32.layers();
    List<Layer> b = net64.layers();
    int blocks = 0;
    for (int li = 0; li < a.size(); li++) {
      for (int pi = 0; pi < a.get(li).params().size(); pi++) {
        Param p32 = a.get(li).params().get(pi);
        Param p64 = b.get(li).params().get(pi);
        if (!p32.trainable()) {
          double e = rel(p32.value(), p64.value());
          assertTrue(e < REL, what + ": layer " + li + " buffer " + p32.name() + " relative error " + e);
          continue;
        }
        double e = rel(p32.grad(), p64.grad());
        assertTrue(e < REL, what + ": layer " + li + " " + p32.name() + " gradient relative error " + e);
        blocks++;
      }
    }
    assertTrue(blocks >= 2, what + ": compared " + blocks + " gradient blocks");
  }

  private static Network around(Layer middle, int width) {
    return Network.builder(6).precision(Precision.FLOAT32).dense(width).add(middle).dense(3).build(11L);
  }

  @Test
  void everyLayerMatchesFloat64Gradients() {
    double[] x = floats(6 * N, 1, 1.0);
    for (Activation.Fn fn : Activation.Fn.values()) {
      assertSameGradients(fn.name(), around(Activation.of(fn, 8), 8), x, Loss.MSE);
    }
    assertSameGradients("dense", Network.builder(6).precision(Precision.FLOAT32).dense(8).dense(3).build(2L), x,
        Loss.MSE);
    assertSameGradients("dropout", around(new Dropout(8, 0.3), 8), x, Loss.MSE);
    assertSameGradients("batch_norm", around(new BatchNorm(8), 8), x, Loss.MSE);
    assertSameGradients("layer_norm", around(new LayerNorm(8), 8), x, Loss.MSE);
    assertSameGradients("residual", Network.builder(6).precision(Precision.FLOAT32).dense(8)
        .residual(Activation.Fn.TANH).residual(Activation.Fn.RELU).dense(3).build(4L), x, Loss.MSE);
    double[] tokens = new double[2 * N];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = (i * 7) % 10;
    }
    Network emb = Network.of(2, new Embedding(10, 4, 2), Activation.of(Activation.Fn.TANH, 8), new Dense(8, 3))
        .withPrecision(Precision.FLOAT32);
    assertSameGradients("embedding", emb, tokens, Loss.MSE);
  }

  @Test
  void everyLossMatchesFloat64Gradients() {
    double[] x = floats(6 * N, 2, 1.0);
    for (Loss loss : Loss.values()) {
      Network net = Network.builder(6).precision(Precision.FLOAT32).dense(8).tanh().dense(3).build(6L);
      assertSameGradients(loss.name(), net, x, loss);
    }
  }

  /** Central differences of the float32 loss against the float32 analytic gradient. */
  private static void finiteDifferences(String what, Network net, Loss loss) {
    double[] x = floats(net.inputSize() * N, 3, 1.0);
    double[] t = targets(loss, net.outputSize(), 8);
    BatchGradients g = new BatchGradients(net, N, 0L);
    g.compute(x, t, loss, null);
    int checked = 0;
    for (Layer l : net.layers()) {
      for (Param p : l.params()) {
        if (!p.trainable()) {
          continue;
        }
        double[] analytic = p.grad().clone();
        double[] v = p.value();
        for (int i = 0; i < v.length; i += Math.max(1, v.length / 5)) {
          double old = v[i];
          double up = (float) (old + H);
          double down = (float) (old - H);
          v[i] = up;
          double lu = g.compute(x, t, loss, null);
          v[i] = down;
          double ld = g.compute(x, t, loss, null);
          v[i] = old;
          double numeric = (lu - ld) / (up - down);
          assertEquals(analytic[i], numeric, 2e-3 + 2e-2 * Math.abs(analytic[i]),
              what + ": " + l.kind() + " " + p.name() + "[" + i + "]");
          checked++;
        }
      }
    }
    assertTrue(checked > 20, what + ": checked " + checked + " coordinates");
  }

  @Test
  void finiteDifferencesInFloat32() {
    finiteDifferences("softmax cross-entropy", Network.builder(5).precision(Precision.FLOAT32).dense(8).tanh()
        .layerNorm().dense(8).gelu().residual(Activation.Fn.SIGMOID).dense(4).build(1L), Loss.SOFTMAX_CROSS_ENTROPY);
    finiteDifferences("mse", Network.builder(5).precision(Precision.FLOAT32).dense(8).batchNorm().elu().dense(6)
        .softmax().dense(2).build(2L), Loss.MSE);
    finiteDifferences("binary cross-entropy", Network.builder(5).precision(Precision.FLOAT32).dense(8).sigmoid()
        .dense(3).build(3L), Loss.BINARY_CROSS_ENTROPY);
  }

  private static Frame[] digitsSplit(int[][] yOut) {
    Datasets.XY xy = Datasets.xy("digits");
    int n = xy.x().rowCount();
    int[] train = new int[1300];
    int[] test = new int[n - 1300];
    for (int i = 0; i < n; i++) {
      if (i < 1300) {
        train[i] = i;
      } else {
        test[i - 1300] = i;
      }
    }
    Frame xTrain = xy.x().rows(train);
    var scaler = new StandardScaler().fit(xTrain, Target.none(train.length));
    int[] codes = xy.y().codes();
    yOut[0] = java.util.Arrays.stream(test).map(i -> codes[i]).toArray();
    return new Frame[] {scaler.transform(xTrain), scaler.transform(xy.x().rows(test))};
  }

  @Test
  void digitsAccuracyMatchesFloat64() {
    Datasets.XY xy = Datasets.xy("digits");
    int[][] yTest = new int[1][];
    Frame[] split = digitsSplit(yTest);
    int[] trainRows = java.util.stream.IntStream.range(0, 1300).toArray();
    Target yTrain = xy.y().rows(trainRows);
    MLPClassifier.Params p = MLPClassifier.Params.DEFAULTS.withHidden("64").withBatches(64, 30).withSeed(0);
    double[] acc = new double[2];
    for (Precision pr : Precision.values()) {
      MLPClassifierModel m = new MLPClassifier(p.withPrecision(pr)).fit(split[0], yTrain);
      assertEquals(pr, m.network().precision());
      int[] pred = m.predict(split[1]);
      int ok = 0;
      for (int i = 0; i < pred.length; i++) {
        ok += pred[i] == yTest[0][i] ? 1 : 0;
      }
      acc[pr.ordinal()] = 100.0 * ok / pred.length;
    }
    System.out.printf("digits test accuracy: float64 %.2f%%, float32 %.2f%%%n", acc[0], acc[1]);
    assertTrue(acc[0] > 90, "float64 accuracy " + acc[0]);
    assertEquals(acc[0], acc[1], 0.5, "float32 vs float64 accuracy (percentage points)");
  }

  @Test
  void float32TrainingIsDeterministicFloatValuedAndSavesExactly() throws Exception {
    Datasets.XY xy = Datasets.xy("iris");
    Frame x = new StandardScaler().fit(xy.x(), Target.none(xy.x().rowCount())).transform(xy.x());
    MLPClassifier.Params p = MLPClassifier.Params.DEFAULTS.withHidden("16,8").withBatches(32, 20).withDropout(0.1)
        .withBatchNorm(true).withSeed(3).withPrecision(Precision.FLOAT32);
    MLPClassifierModel a = new MLPClassifier(p).fit(x, xy.y());
    MLPClassifierModel b = new MLPClassifier(p).fit(x, xy.y());
    List<Layer> la = a.network().layers();
    List<Layer> lb = b.network().layers();
    for (int i = 0; i < la.size(); i++) {
      for (int j = 0; j < la.get(i).params().size(); j++) {
        double[] va = la.get(i).params().get(j).value();
        assertArrayEquals(va, lb.get(i).params().get(j).value(), "layer " + i + " param " + j);
        for (double v : va) {
          assertEquals(v, (double) (float) v, 0.0, "float-representable");
        }
      }
    }
    Path f = Files.createTempFile("mlp32", ".praxis");
    try {
      ModelIO.save(a, f);
      MLPClassifierModel back = (MLPClassifierModel) ModelIO.load(f);
      assertEquals(Precision.FLOAT32, back.network().precision());
      List<Layer> lc = back.network().layers();
      for (int i = 0; i < la.size(); i++) {
        for (int j = 0; j < la.get(i).params().size(); j++) {
          assertArrayEquals(la.get(i).params().get(j).value(), lc.get(i).params().get(j).value());
        }
      }
      assertArrayEquals(a.predictProba(x)[7], back.predictProba(x)[7], 0.0);
      assertArrayEquals(a.predict(x), back.predict(x));
    } finally {
      Files.deleteIfExists(f);
    }
    MLPClassifierModel c64 = new MLPClassifier(p.withPrecision(Precision.FLOAT64)).fit(x, xy.y());
    assertNotEquals(c64.network().layers().get(0).params().get(0).value()[0],
        la.get(0).params().get(0).value()[0] + 1.0, "sanity: float64 run trains too");
  }

  @Test
  void regressorTrainsInFloat32() {
    Datasets.XY xy = Datasets.xy("diabetes");
    Frame x = new StandardScaler().fit(xy.x(), Target.none(xy.x().rowCount())).transform(xy.x());
    MLPRegressor.Params p = MLPRegressor.Params.DEFAULTS.withHidden("16").withBatches(32, 30).withSeed(1);
    double[] r2 = new double[2];
    for (Precision pr : Precision.values()) {
      MLPRegressorModel m = new MLPRegressor(p.withPrecision(pr)).fit(x, xy.y());
      double[] yhat = m.predict(x);
      double[] y = xy.y().values();
      double mean = java.util.Arrays.stream(y).average().orElseThrow();
      double ssr = 0;
      double sst = 0;
      for (int i = 0; i < y.length; i++) {
        ssr += (y[i] - yhat[i]) * (y[i] - yhat[i]);
        sst += (y[i] - mean) * (y[i] - mean);
      }
      r2[pr.ordinal()] = 1 - ssr / sst;
    }
    assertEquals(r2[0], r2[1], 0.01, "training R² float64 " + r2[0] + " vs float32 " + r2[1]);
  }

  @Test
  void precisionIsAHyperparameter() {
    MLPClassifier.Params p = ParamsCodec.with(MLPClassifier.Params.DEFAULTS, Map.of("precision", "float32"));
    assertEquals(Precision.FLOAT32, p.precision());
    assertEquals("float32", ParamsCodec.toStrings(p).get("precision").toLowerCase(java.util.Locale.ROOT));
    MLPRegressor.Params r = ParamsCodec.with(MLPRegressor.Params.DEFAULTS, Map.of("precision", "FLOAT32"));
    assertEquals(Precision.FLOAT32, r.precision());
    assertEquals(Precision.FLOAT64, MLPClassifier.Params.DEFAULTS.precision());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParamsCodec.with(MLPClassifier.Params.DEFAULTS, Map.of("precision", "float16")));
    assertTrue(e.getMessage().contains("precision"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Precision.parse("half"));
  }

  @Test
  void recurrentLayersAreRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Network.builder(6).precision(Precision.FLOAT32).add(new GRU(2, 3, 3, false, 0)).dense(2).build(1L));
    assertTrue(e.getMessage().contains("layer 0") && e.getMessage().contains("gru")
        && e.getMessage().contains("FLOAT64"), e.getMessage());
    Network lstm = Network.of(6, new LSTM(2, 3, 3, false, 0), new Dense(3, 2));
    e = assertThrows(IllegalArgumentException.class, () -> lstm.withPrecision(Precision.FLOAT32));
    assertTrue(e.getMessage().contains("lstm"), e.getMessage());
    Network f32 = Network.builder(3).precision(Precision.FLOAT32).dense(6).build(0L);
    e = assertThrows(IllegalArgumentException.class, () -> f32.append(new SimpleRNN(2, 2, 3, false, 0)));
    assertTrue(e.getMessage().contains("layer 1") && e.getMessage().contains("rnn"), e.getMessage());
  }
}
