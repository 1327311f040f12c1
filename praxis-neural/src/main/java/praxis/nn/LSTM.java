package praxis.nn;

import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

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
public final class LSTM extends Layer {
  private final int dim;
  private final int hidden;
  private final int steps;
  private final boolean returnSequences;
  private final int truncation;
  private final Param wx;
  private final Param wh;
  private final Param bias;
  private final DenseMatrix wxM;
  private final DenseMatrix whM;
  private final DenseMatrix dwxM;
  private final DenseMatrix dwhM;

  /**
   * @param inputDim features per step (&gt;= 1)
   * @param hidden hidden units (&gt;= 1)
   * @param steps sequence length (&gt;= 1)
   * @param returnSequences output every hidden state (true) or only the last (false)
   * @param truncation truncated-BPTT chunk length (&gt;= 0; 0 = full backpropagation through time)
   */
  public LSTM(int inputDim, int hidden, int steps, boolean returnSequences, int truncation) {
    super(Dense.checkSize(inputDim, "inputDim") * Dense.checkSize(steps, "steps"),
        (returnSequences ? steps : 1) * Dense.checkSize(hidden, "hidden"));
    if (truncation < 0) {
      throw new IllegalArgumentException("truncation must be >= 0 (0 = full backpropagation through time) but was "
          + truncation);
    }
    this.dim = inputDim;
    this.hidden = hidden;
    this.steps = steps;
    this.returnSequences = returnSequences;
    this.truncation = truncation;
    wx = new Param("wx", 4 * hidden, inputDim, true, true);
    wh = new Param("wh", 4 * hidden, hidden, true, true);
    bias = new Param("bias", 4 * hidden, 1, true, false);
    wxM = DenseMatrix.wrap(4 * hidden, inputDim, wx.value());
    whM = DenseMatrix.wrap(4 * hidden, hidden, wh.value());
    dwxM = DenseMatrix.wrap(4 * hidden, inputDim, wx.grad());
    dwhM = DenseMatrix.wrap(4 * hidden, hidden, wh.grad());
    initialize(Init.XAVIER_UNIFORM, new SplittableRandom(0));
  }

  @Override
  public String kind() {
    return "lstm";
  }

  @Override
  public List<Param> params() {
    return List.of(wx, wh, bias);
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    init.fill(wx.value(), 4 * hidden, dim, rng);
    Init.ORTHOGONAL.fill(wh.value(), 4 * hidden, hidden, rng);
    double[] b = bias.value();
    java.util.Arrays.fill(b, 0.0);
    java.util.Arrays.fill(b, hidden, 2 * hidden, 1.0);
  }

  /** Per-step inputs, gate activations, cell states, hidden states and backward scratch for n samples. */
  private final class Work {
    final DenseMatrix[] x = new DenseMatrix[steps];
    final DenseMatrix[] gates = new DenseMatrix[steps];
    final double[][] c = new double[steps + 1][];
    final DenseMatrix[] h = new DenseMatrix[steps + 1];
    final double[][] tanhC = new double[steps][];
    final DenseMatrix dz;
    final DenseMatrix dxStep;
    final DenseMatrix dhCarry;
    final double[] dcCarry;

    Work(int n) {
      for (int t = 0; t < steps; t++) {
        x[t] = new DenseMatrix(dim, n);
        gates[t] = new DenseMatrix(4 * hidden, n);
        tanhC[t] = new double[hidden * n];
      }
      for (int t = 0; t <= steps; t++) {
        c[t] = new double[hidden * n];
        h[t] = new DenseMatrix(hidden, n);
      }
      dz = new DenseMatrix(4 * hidden, n);
      dxStep = new DenseMatrix(dim, n);
      dhCarry = new DenseMatrix(hidden, n);
      dcCarry = new double[hidden * n];
    }
  }

  @Override
  Object newWork(int n) {
    return new Work(n);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    Work w = (Work) work;
    int in = inputSize();
    int out = outputSize();
    double[] b = bias.value();
    int g4 = 4 * hidden;
    for (int t = 0; t < steps; t++) {
      double[] xt = w.x[t].data();
      for (int i = 0; i < n; i++) {
        System.arraycopy(x, i * in + t * dim, xt, i * dim, dim);
      }
      DenseMatrix z = w.gates[t];
      LinAlg.gemm(false, false, 1.0, wxM, w.x[t], 0.0, z);
      LinAlg.gemm(false, false, 1.0, whM, w.h[t], 1.0, z);
      double[] zd = z.data();
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
      if (returnSequences) {
        for (int i = 0; i < n; i++) {
          System.arraycopy(hNow, i * hidden, y, i * out + t * hidden, hidden);
        }
      }
    }
    if (!returnSequences) {
      System.arraycopy(w.h[steps].data(), 0, y, 0, hidden * n);
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    Work w = (Work) work;
    int in = inputSize();
    int out = outputSize();
    int g4 = 4 * hidden;
    boolean train = !frozen();
    if (train) {
      java.util.Arrays.fill(wx.grad(), 0.0);
      java.util.Arrays.fill(wh.grad(), 0.0);
      java.util.Arrays.fill(bias.grad(), 0.0);
    }
    double[] dh = w.dhCarry.data();
    double[] dc = w.dcCarry;
    java.util.Arrays.fill(dh, 0.0);
    java.util.Arrays.fill(dc, 0.0);
    double[] dzd = w.dz.data();
    double[] db = bias.grad();
    for (int t = steps - 1; t >= 0; t--) {
      if (returnSequences) {
        for (int i = 0; i < n; i++) {
          int o = i * out + t * hidden;
          for (int j = 0; j < hidden; j++) {
            dh[i * hidden + j] += dy[o + j];
          }
        }
      } else if (t == steps - 1) {
        for (int k = 0; k < hidden * n; k++) {
          dh[k] += dy[k];
        }
      }
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
      if (train) {
        LinAlg.gemm(false, true, 1.0, w.dz, w.x[t], 1.0, dwxM);
        LinAlg.gemm(false, true, 1.0, w.dz, w.h[t], 1.0, dwhM);
        for (int i = 0; i < n; i++) {
          int o = i * g4;
          for (int r = 0; r < g4; r++) {
            db[r] += dzd[o + r];
          }
        }
      }
      if (dx != null) {
        LinAlg.gemm(true, false, 1.0, wxM, w.dz, 0.0, w.dxStep);
        double[] dxs = w.dxStep.data();
        for (int i = 0; i < n; i++) {
          System.arraycopy(dxs, i * dim, dx, i * in + t * dim, dim);
        }
      }
      if (truncation > 0 && t % truncation == 0) {
        java.util.Arrays.fill(dh, 0.0);
        java.util.Arrays.fill(dc, 0.0);
      } else {
        LinAlg.gemm(true, false, 1.0, whM, w.dz, 0.0, w.dhCarry);
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new LSTM(dim, hidden, steps, returnSequences, truncation));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("dim", dim).put("hidden", hidden).put("steps", steps)
        .put("returnSequences", returnSequences).put("truncation", truncation);
  }
}
