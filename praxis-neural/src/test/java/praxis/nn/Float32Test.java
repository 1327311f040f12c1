package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.io.Datasets;
import praxis.pipeline.Preprocessing;

/**
 * Float32 inference ({@link Float32Network}) against the float64 network on real data: an MLPClassifier
 * trained on standardized digits (64 → 64 → 32 → 10) and a network with batch norm, GELU, tanh, sigmoid and
 * softmax layers; probabilities agree to 1e-5 absolute and predicted classes are identical. Layers without a
 * float32 path are refused with a message naming the layer.
 */
class Float32Test {
  @Test
  void mlpClassifierFloat32ProbabilitiesMatchFloat64() {
    Datasets.XY xy = Datasets.xy("digits");
    Frame x = new praxis.preprocess.StandardScaler().fit(xy.x(), praxis.data.Target.none(xy.x().rowCount()))
        .transform(xy.x());
    MLPClassifierModel m = new MLPClassifier(MLPClassifier.Params.DEFAULTS.withHidden("64,32").withBatches(64, 15)
        .withSeed(1)).fit(x, xy.y());
    double[][] p64 = m.predictProba(x);
    double[][] p32 = m.predictProbaFloat32(x);
    double worst = 0;
    int disagree = 0;
    for (int i = 0; i < p64.length; i++) {
      int a = 0;
      int b = 0;
      for (int j = 0; j < p64[i].length; j++) {
        worst = Math.max(worst, Math.abs(p64[i][j] - p32[i][j]));
        a = p64[i][j] > p64[i][a] ? j : a;
        b = p32[i][j] > p32[i][b] ? j : b;
      }
      disagree += a == b ? 0 : 1;
    }
    System.out.printf("float32 vs float64 MLP on digits: max |p32 - p64| = %.3g, %d different predictions%n", worst,
        disagree);
    assertTrue(worst < 1e-5, "max probability difference " + worst);
    assertEquals(0, disagree);
  }

  @Test
  void everySupportedLayerAgrees() {
    Network net = Network.builder(16).dense(32).batchNorm().gelu().dropout(0.3).dense(24).tanh().dense(16)
        .leakyRelu().dense(12).elu().dense(8).sigmoid().dense(5).softmax().build(3L);
    // move the batch-norm running statistics off their start values
    BatchNorm bn = (BatchNorm) net.layers().get(1);
    for (int j = 0; j < 32; j++) {
      bn.params().get(2).value()[j] = 0.1 * j - 1;
      bn.params().get(3).value()[j] = 0.5 + 0.05 * j;
    }
    int n = 1500;   // more than one inference block of 1,024
    double[] x = new double[16 * n];
    float[] xf = new float[x.length];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
    for (int i = 0; i < x.length; i++) {
      xf[i] = (float) Init.gaussian(rng);
      x[i] = xf[i];
    }
    double[] y64 = net.forward(x, n);
    Float32Network f = Float32Network.of(net);
    float[] y32 = f.forward(xf, n);
    double worst = 0;
    for (int i = 0; i < y64.length; i++) {
      worst = Math.max(worst, Math.abs(y64[i] - y32[i]));
    }
    assertTrue(worst < 1e-5, "max difference " + worst);
    assertEquals(5, f.outputSize());
    assertEquals(net.parameterCount(), f.parameterCount(), "batch norm folds its 4 blocks into 2");
  }

  @Test
  void unsupportedLayersAreRefused() {
    Network net = Network.builder(6).add(new GRU(2, 3, 3, false, 0)).dense(2).build(1L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Float32Network.of(net));
    assertTrue(e.getMessage().contains("layer 0") && e.getMessage().contains("float64"), e.getMessage());
  }
}
