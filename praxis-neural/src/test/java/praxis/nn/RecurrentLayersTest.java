package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * GRU and SimpleRNN: finite-difference gradient checks in float64 (relative error below 1e-6, via
 * {@link GradientCheckTest#check}), truncated BPTT cutting the gradient exactly at chunk boundaries, the
 * orthogonal initialization of the recurrent weights ({@code Whᵀ Wh = I} to 1e-12 per block), save/load.
 */
class RecurrentLayersTest {
  private static final int N = 5;

  private static double[] input(int width) {
    SplittableRandom rng = new SplittableRandom(width * 13L + 1);
    double[] v = new double[width * N];
    for (int i = 0; i < v.length; i++) {
      v[i] = Init.gaussian(rng);
    }
    return v;
  }

  @Test
  void gruGradientsMatchFiniteDifferences() {
    GradientCheckTest.check(new GRU(2, 3, 4, true, 0), input(8), true);
    GradientCheckTest.check(new GRU(2, 3, 4, false, 0), input(8), true);
  }

  @Test
  void simpleRnnGradientsMatchFiniteDifferences() {
    GradientCheckTest.check(new SimpleRNN(2, 3, 4, true, 0), input(8), true);
    GradientCheckTest.check(new SimpleRNN(2, 3, 4, false, 0), input(8), true);
  }

  /** Truncated layers: the gradient of the last chunk is exact, and nothing reaches earlier steps. */
  @Test
  void truncationStopsTheGradientAtChunkBoundaries() {
    Layer[][] pairs = {{new GRU(2, 3, 4, false, 0), new GRU(2, 3, 4, false, 2)},
        {new SimpleRNN(2, 3, 4, false, 0), new SimpleRNN(2, 3, 4, false, 2)}};
    double[] x = input(8);
    for (Layer[] pair : pairs) {
      double[] r = input(3);
      double[][] dxs = new double[2][];
      for (int k = 0; k < 2; k++) {
        Layer l = pair[k];
        l.initialize(Init.XAVIER_NORMAL, new SplittableRandom(3));
        Object work = l.newWork(N);
        double[] y = new double[3 * N];
        l.forward(x, y, N, work, Pass.INFERENCE);
        double[] dx = new double[8 * N];
        l.backward(x, y, r, dx, N, work);
        dxs[k] = dx;
      }
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < 8; j++) {
          double full = dxs[0][i * 8 + j];
          double cut = dxs[1][i * 8 + j];
          if (j >= 4) {
            assertEquals(full, cut, 1e-15, pair[0].kind() + ": steps 2-3 (last chunk) are identical");
          } else {
            assertEquals(0.0, cut, 0.0, pair[0].kind() + ": no gradient reaches steps 0-1");
            assertTrue(full != 0.0);
          }
        }
      }
    }
  }

  /** Each hidden×hidden block of Wh (one per gate) has orthonormal columns after initialization. */
  @Test
  void recurrentWeightsStartOrthogonal() {
    int h = 6;
    Layer[] layers = {new GRU(3, h, 2, false, 0), new SimpleRNN(3, h, 2, false, 0), new LSTM(3, h, 2, false, 0)};
    for (Layer l : layers) {
      l.initialize(Init.XAVIER_UNIFORM, new SplittableRandom(42));
      Param wh = l.params().get(1);
      assertEquals("wh", wh.name());
      int rows = wh.rows();
      double[] w = wh.value();
      // the whole (gates·h) × h matrix has orthonormal columns
      for (int a = 0; a < h; a++) {
        for (int b = 0; b < h; b++) {
          double dot = 0;
          for (int t = 0; t < rows; t++) {
            dot += w[a * rows + t] * w[b * rows + t];
          }
          assertEquals(a == b ? 1.0 : 0.0, dot, 1e-12, l.kind() + " Wh column " + a + "·" + b);
        }
      }
    }
  }

  @Test
  void saveLoadKeepsOutputs() {
    Network net = Network.builder(6).add(new GRU(2, 4, 3, true, 0)).add(new SimpleRNN(4, 3, 3, false, 1)).dense(2)
        .build(5L);
    Network back = Network.fromState(net.toState());
    double[] x = input(6);
    assertArrayEquals(net.forward(x, N), back.forward(x, N), 0.0);
    assertEquals("gru", back.layers().get(0).kind());
    assertEquals("rnn", back.layers().get(1).kind());
  }

  @Test
  void negativeTruncationIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GRU(1, 2, 3, false, -1));
    assertTrue(e.getMessage().contains("truncation"), e.getMessage());
  }
}
