package praxis.nn;

import java.util.SplittableRandom;
import praxis.linalg.DenseMatrix;

/**
 * Long short-term memory layer (Hochreiter and Schmidhuber 1997, with a forget gate) over fixed-length
 * sequences, trained by backpropagation through time (optionally truncated). A sample is a sequence of
 * {@code steps} vectors of width {@code inputDim}, stored step after step ({@code steps · inputDim} wide); the
 * output is every hidden state ({@code steps · hidden} wide, {@code returnSequences}) or only the last
 * ({@code hidden} wide). Per step, for the whole batch at once (two GEMMs):
 * {@code z = Wx x_t + Wh h_(t-1) + b}, gates {@code i, f, o = sigmoid}, candidate {@code g = tanh},
 * {@code c_t = f c_(t-1) + i g}, {@code h_t = o tanh(c_t)}, from {@code h_0 = c_0 = 0}. Weights: Glorot/He
 * (by the network's initializer) for {@code Wx}, orthogonal for {@code Wh}, forget-gate bias 1.
 * With {@code truncation = k > 0} the gradient does not flow back across the boundaries of consecutive
 * k-step chunks (truncated BPTT); 0 back-propagates through the whole sequence. Cost per batch of n:
 * {@code 8 n steps hidden (inputDim + hidden)} flops forward, twice that backward.
 *
 * <pre>{@code
 * // sequences of 20 steps of 3 features -> last hidden state (32) -> 2 classes
 * Network net = Network.builder(20 * 3).add(new LSTM(3, 32, 20, false, 0)).dense(2).build(1L);
 * }</pre>
 */
public final class LSTM extends Recurrent {
  /**
   * @param inputDim features per step (&gt;= 1)
   * @param hidden hidden units (&gt;= 1)
   * @param steps sequence length (&gt;= 1)
   * @param returnSequences output every hidden state (true) or only the last (false)
   * @param truncation truncated-BPTT chunk length (&gt;= 0; 0 = full backpropagation through time)
   */
  public LSTM(int inputDim, int hidden, int steps, boolean returnSequences, int truncation) {
    super(inputDim, hidden, steps, returnSequences, truncation, 4);
    initialize(Init.XAVIER_UNIFORM, new SplittableRandom(0));
  }

  @Override
  public String kind() {
    return "lstm";
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    super.initialize(init, rng);
    java.util.Arrays.fill(bias.value(), hidden, 2 * hidden, 1.0);
  }

  /** Per-step gate activations, cell states and their tanh, and the carried cell-state gradient. */
  private final class Work extends Steps {
    final DenseMatrix[] gates = new DenseMatrix[steps];
    final double[][] c = new double[steps + 1][];
    final double[][] tanhC = new double[steps][];
    final double[] dcCarry;

    Work(int n) {
      super(n, false);
      for (int t = 0; t < steps; t++) {
        gates[t] = new DenseMatrix(rows, n);
        zx[t] = gates[t];
        zh[t] = gates[t];
        tanhC[t] = new double[hidden * n];
      }
      for (int t = 0; t <= steps; t++) {
        c[t] = new double[hidden * n];
      }
      dcCarry = new double[hidden * n];
    }
  }

  @Override
  Object newWork(int n) {
    return new Work(n);
  }

  @Override
  void activate(Steps s, int t, int n) {
    Work w = (Work) s;
    double[] b = bias.value();
    int g4 = rows;
    double[] zd = w.gates[t].data();
    double[] cPrev = w.c[t];
    double[] cNow = w.c[t + 1];
    double[] hNow = w.h[t + 1].data();
    double[] tc = w.tanhC[t];
    for (int i = 0; i < n; i++) {
      int o = i * g4;
      int oh = i * hidden;
      for (int j = 0; j < hidden; j++) {
        double ig = Activation.sigmoid(zd[o + j] + b[j]);
        double fg = Activation.sigmoid(zd[o + hidden + j] + b[hidden + j]);
        double gg = Math.tanh(zd[o + 2 * hidden + j] + b[2 * hidden + j]);
        double og = Activation.sigmoid(zd[o + 3 * hidden + j] + b[3 * hidden + j]);
        zd[o + j] = ig;
        zd[o + hidden + j] = fg;
        zd[o + 2 * hidden + j] = gg;
        zd[o + 3 * hidden + j] = og;
        double cv = fg * cPrev[oh + j] + ig * gg;
        cNow[oh + j] = cv;
        double th = Math.tanh(cv);
        tc[oh + j] = th;
        hNow[oh + j] = og * th;
      }
    }
  }

  @Override
  void gateGradients(Steps s, int t, int n) {
    Work w = (Work) s;
    int g4 = rows;
    double[] dh = w.dhCarry.data();
    double[] dc = w.dcCarry;
    double[] dzd = w.dzx.data();
    double[] gd = w.gates[t].data();
    double[] cPrev = w.c[t];
    double[] tc = w.tanhC[t];
    for (int i = 0; i < n; i++) {
      int o = i * g4;
      int oh = i * hidden;
      for (int j = 0; j < hidden; j++) {
        double ig = gd[o + j];
        double fg = gd[o + hidden + j];
        double gg = gd[o + 2 * hidden + j];
        double og = gd[o + 3 * hidden + j];
        double th = tc[oh + j];
        double dhv = dh[oh + j];
        double dcv = dc[oh + j] + dhv * og * (1 - th * th);
        dzd[o + j] = dcv * gg * ig * (1 - ig);
        dzd[o + hidden + j] = dcv * cPrev[oh + j] * fg * (1 - fg);
        dzd[o + 2 * hidden + j] = dcv * ig * (1 - gg * gg);
        dzd[o + 3 * hidden + j] = dhv * th * og * (1 - og);
        dc[oh + j] = dcv * fg;
      }
    }
  }

  @Override
  void clearCarry(Steps s) {
    super.clearCarry(s);
    java.util.Arrays.fill(((Work) s).dcCarry, 0.0);
  }

  @Override
  Layer copy() {
    return copyParamsInto(new LSTM(dim, hidden, steps, returnSequences, truncation));
  }
}
