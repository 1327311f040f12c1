package praxis.nn;

import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Plain (Elman) recurrent layer {@code h_t = tanh(Wx x_t + Wh h_(t-1) + b)} from {@code h_0 = 0} over
 * fixed-length sequences, trained by backpropagation through time (optionally truncated). Layout as
 * {@link LSTM}: a sample is {@code steps} vectors of width {@code inputDim} stored step after step; the output
 * is every hidden state ({@code steps · hidden} wide, {@code returnSequences}) or only the last ({@code hidden}
 * wide). Weights: the network's initializer for {@code Wx}, orthogonal for {@code Wh}, zero bias. With
 * {@code truncation = k > 0} the gradient does not flow back across the boundaries of consecutive k-step
 * chunks; 0 back-propagates through the whole sequence. Its gradients through long sequences vanish or
 * explode, which is what the gated cells ({@link LSTM}, {@link GRU}) fix. Cost per batch of n:
 * {@code 2 n steps hidden (inputDim + hidden)} flops forward, twice that backward.
 *
 * <pre>{@code
 * Network net = Network.builder(20 * 3).add(new SimpleRNN(3, 16, 20, false, 0)).dense(2).build(1L);
 * }</pre>
 */
public final class SimpleRNN extends Layer {
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
  public SimpleRNN(int inputDim, int hidden, int steps, boolean returnSequences, int truncation) {
    super(Dense.checkSize(inputDim, "inputDim") * Dense.checkSize(steps, "steps"),
        (returnSequences ? steps : 1) * Dense.checkSize(hidden, "hidden"));
    this.truncation = checkTruncation(truncation);
    this.dim = inputDim;
    this.hidden = hidden;
    this.steps = steps;
    this.returnSequences = returnSequences;
    wx = new Param("wx", hidden, inputDim, true, true);
    wh = new Param("wh", hidden, hidden, true, true);
    bias = new Param("bias", hidden, 1, true, false);
    wxM = DenseMatrix.wrap(hidden, inputDim, wx.value());
    whM = DenseMatrix.wrap(hidden, hidden, wh.value());
    dwxM = DenseMatrix.wrap(hidden, inputDim, wx.grad());
    dwhM = DenseMatrix.wrap(hidden, hidden, wh.grad());
    initialize(Init.XAVIER_UNIFORM, new SplittableRandom(0));
  }

  static int checkTruncation(int truncation) {
    if (truncation < 0) {
      throw new IllegalArgumentException("truncation must be >= 0 (0 = full backpropagation through time) but was "
          + truncation);
    }
    return truncation;
  }

  @Override
  public String kind() {
    return "rnn";
  }

  @Override
  public List<Param> params() {
    return List.of(wx, wh, bias);
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    init.fill(wx.value(), hidden, dim, rng);
    Init.ORTHOGONAL.fill(wh.value(), hidden, hidden, rng);
    java.util.Arrays.fill(bias.value(), 0.0);
  }

  /** Per-step inputs, hidden states and backward scratch for n samples. */
  private final class Work {
    final DenseMatrix[] x = new DenseMatrix[steps];
    final DenseMatrix[] h = new DenseMatrix[steps + 1];
    final DenseMatrix dz;
    final DenseMatrix dxStep;
    final DenseMatrix dhCarry;

    Work(int n) {
      for (int t = 0; t < steps; t++) {
        x[t] = new DenseMatrix(dim, n);
      }
      for (int t = 0; t <= steps; t++) {
        h[t] = new DenseMatrix(hidden, n);
      }
      dz = new DenseMatrix(hidden, n);
      dxStep = new DenseMatrix(dim, n);
      dhCarry = new DenseMatrix(hidden, n);
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
    for (int t = 0; t < steps; t++) {
      double[] xt = w.x[t].data();
      for (int i = 0; i < n; i++) {
        System.arraycopy(x, i * in + t * dim, xt, i * dim, dim);
      }
      DenseMatrix z = w.h[t + 1];
      LinAlg.gemm(false, false, 1.0, wxM, w.x[t], 0.0, z);
      LinAlg.gemm(false, false, 1.0, whM, w.h[t], 1.0, z);
      double[] hNow = z.data();
      for (int i = 0; i < n; i++) {
        int oh = i * hidden;
        for (int j = 0; j < hidden; j++) {
          hNow[oh + j] = Math.tanh(hNow[oh + j] + b[j]);
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
    boolean train = !frozen();
    if (train) {
      java.util.Arrays.fill(wx.grad(), 0.0);
      java.util.Arrays.fill(wh.grad(), 0.0);
      java.util.Arrays.fill(bias.grad(), 0.0);
    }
    double[] dh = w.dhCarry.data();
    java.util.Arrays.fill(dh, 0.0);
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
      double[] hNow = w.h[t + 1].data();
      for (int k = 0; k < hidden * n; k++) {
        dzd[k] = dh[k] * (1 - hNow[k] * hNow[k]);
      }
      if (train) {
        LinAlg.gemm(false, true, 1.0, w.dz, w.x[t], 1.0, dwxM);
        LinAlg.gemm(false, true, 1.0, w.dz, w.h[t], 1.0, dwhM);
        for (int i = 0; i < n; i++) {
          int o = i * hidden;
          for (int j = 0; j < hidden; j++) {
            db[j] += dzd[o + j];
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
      } else {
        LinAlg.gemm(true, false, 1.0, whM, w.dz, 0.0, w.dhCarry);
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new SimpleRNN(dim, hidden, steps, returnSequences, truncation));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("dim", dim).put("hidden", hidden).put("steps", steps)
        .put("returnSequences", returnSequences).put("truncation", truncation);
  }
}
