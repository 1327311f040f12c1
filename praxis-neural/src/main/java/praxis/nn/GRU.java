package praxis.nn;

import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Gated recurrent unit layer (Cho et al. 2014), in the variant with the reset gate applied after the
 * recurrent product (as in cuDNN and PyTorch), over fixed-length sequences, trained by backpropagation through
 * time (optionally truncated). Layout as {@link LSTM}: a sample is {@code steps} vectors of width
 * {@code inputDim} stored step after step; the output is every hidden state ({@code steps · hidden} wide,
 * {@code returnSequences}) or only the last ({@code hidden} wide). Per step, for the whole batch (two GEMMs):
 * {@code a = Wx x_t + bx}, {@code c = Wh h_(t-1)}, reset {@code r = sigmoid(a_r + c_r)}, update
 * {@code u = sigmoid(a_u + c_u)}, candidate {@code n = tanh(a_n + r ⊙ (c_n + bhn))},
 * {@code h_t = (1 - u) ⊙ n + u ⊙ h_(t-1)}, from {@code h_0 = 0}. Weights: the network's initializer for
 * {@code Wx}, orthogonal for {@code Wh}, zero biases. With {@code truncation = k > 0} the gradient does not
 * flow back across the boundaries of consecutive k-step chunks; 0 back-propagates through the whole sequence.
 * Cost per batch of n: {@code 6 n steps hidden (inputDim + hidden)} flops forward, twice that backward.
 *
 * <pre>{@code
 * // sequences of 20 steps of 3 features -> last hidden state (32) -> 2 classes
 * Network net = Network.builder(20 * 3).add(new GRU(3, 32, 20, false, 0)).dense(2).build(1L);
 * }</pre>
 */
public final class GRU extends Layer {
  private final int dim;
  private final int hidden;
  private final int steps;
  private final boolean returnSequences;
  private final int truncation;
  private final Param wx;
  private final Param wh;
  private final Param bias;
  private final Param hbias;
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
  public GRU(int inputDim, int hidden, int steps, boolean returnSequences, int truncation) {
    super(Dense.checkSize(inputDim, "inputDim") * Dense.checkSize(steps, "steps"),
        (returnSequences ? steps : 1) * Dense.checkSize(hidden, "hidden"));
    this.truncation = SimpleRNN.checkTruncation(truncation);
    this.dim = inputDim;
    this.hidden = hidden;
    this.steps = steps;
    this.returnSequences = returnSequences;
    wx = new Param("wx", 3 * hidden, inputDim, true, true);
    wh = new Param("wh", 3 * hidden, hidden, true, true);
    bias = new Param("bias", 3 * hidden, 1, true, false);
    hbias = new Param("hbias", hidden, 1, true, false);
    wxM = DenseMatrix.wrap(3 * hidden, inputDim, wx.value());
    whM = DenseMatrix.wrap(3 * hidden, hidden, wh.value());
    dwxM = DenseMatrix.wrap(3 * hidden, inputDim, wx.grad());
    dwhM = DenseMatrix.wrap(3 * hidden, hidden, wh.grad());
    initialize(Init.XAVIER_UNIFORM, new SplittableRandom(0));
  }

  @Override
  public String kind() {
    return "gru";
  }

  @Override
  public List<Param> params() {
    return List.of(wx, wh, bias, hbias);
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    init.fill(wx.value(), 3 * hidden, dim, rng);
    Init.ORTHOGONAL.fill(wh.value(), 3 * hidden, hidden, rng);
    java.util.Arrays.fill(bias.value(), 0.0);
    java.util.Arrays.fill(hbias.value(), 0.0);
  }

  /** Per-step inputs, gate activations, recurrent candidate terms, hidden states and backward scratch. */
  private final class Work {
    final DenseMatrix[] x = new DenseMatrix[steps];
    final DenseMatrix[] gates = new DenseMatrix[steps];
    final DenseMatrix[] rec = new DenseMatrix[steps];
    final DenseMatrix[] h = new DenseMatrix[steps + 1];
    final DenseMatrix dzx;
    final DenseMatrix dzh;
    final DenseMatrix dxStep;
    final DenseMatrix dhCarry;

    Work(int n) {
      for (int t = 0; t < steps; t++) {
        x[t] = new DenseMatrix(dim, n);
        gates[t] = new DenseMatrix(3 * hidden, n);
        rec[t] = new DenseMatrix(3 * hidden, n);
      }
      for (int t = 0; t <= steps; t++) {
        h[t] = new DenseMatrix(hidden, n);
      }
      dzx = new DenseMatrix(3 * hidden, n);
      dzh = new DenseMatrix(3 * hidden, n);
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
    double[] bh = hbias.value();
    int g3 = 3 * hidden;
    for (int t = 0; t < steps; t++) {
      double[] xt = w.x[t].data();
      for (int i = 0; i < n; i++) {
        System.arraycopy(x, i * in + t * dim, xt, i * dim, dim);
      }
      LinAlg.gemm(false, false, 1.0, wxM, w.x[t], 0.0, w.gates[t]);
      LinAlg.gemm(false, false, 1.0, whM, w.h[t], 0.0, w.rec[t]);
      double[] a = w.gates[t].data();
      double[] c = w.rec[t].data();
      double[] hPrev = w.h[t].data();
      double[] hNow = w.h[t + 1].data();
      for (int i = 0; i < n; i++) {
        int o = i * g3;
        int oh = i * hidden;
        for (int j = 0; j < hidden; j++) {
          double r = Activation.sigmoid(a[o + j] + b[j] + c[o + j]);
          double u = Activation.sigmoid(a[o + hidden + j] + b[hidden + j] + c[o + hidden + j]);
          double hn = c[o + 2 * hidden + j] + bh[j];
          double cand = Math.tanh(a[o + 2 * hidden + j] + b[2 * hidden + j] + r * hn);
          a[o + j] = r;
          a[o + hidden + j] = u;
          a[o + 2 * hidden + j] = cand;
          c[o + 2 * hidden + j] = hn;
          hNow[oh + j] = (1 - u) * cand + u * hPrev[oh + j];
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
    int g3 = 3 * hidden;
    boolean train = !frozen();
    if (train) {
      java.util.Arrays.fill(wx.grad(), 0.0);
      java.util.Arrays.fill(wh.grad(), 0.0);
      java.util.Arrays.fill(bias.grad(), 0.0);
      java.util.Arrays.fill(hbias.grad(), 0.0);
    }
    double[] dh = w.dhCarry.data();
    java.util.Arrays.fill(dh, 0.0);
    double[] dzx = w.dzx.data();
    double[] dzh = w.dzh.data();
    double[] db = bias.grad();
    double[] dbh = hbias.grad();
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
      double[] a = w.gates[t].data();
      double[] c = w.rec[t].data();
      double[] hPrev = w.h[t].data();
      for (int i = 0; i < n; i++) {
        int o = i * g3;
        int oh = i * hidden;
        for (int j = 0; j < hidden; j++) {
          double r = a[o + j];
          double u = a[o + hidden + j];
          double cand = a[o + 2 * hidden + j];
          double hn = c[o + 2 * hidden + j];
          double dhv = dh[oh + j];
          double dzn = dhv * (1 - u) * (1 - cand * cand);
          double dzr = dzn * hn * r * (1 - r);
          double dzu = dhv * (hPrev[oh + j] - cand) * u * (1 - u);
          dzx[o + j] = dzr;
          dzx[o + hidden + j] = dzu;
          dzx[o + 2 * hidden + j] = dzn;
          dzh[o + j] = dzr;
          dzh[o + hidden + j] = dzu;
          dzh[o + 2 * hidden + j] = dzn * r;
          dh[oh + j] = dhv * u;
        }
      }
      if (train) {
        LinAlg.gemm(false, true, 1.0, w.dzx, w.x[t], 1.0, dwxM);
        LinAlg.gemm(false, true, 1.0, w.dzh, w.h[t], 1.0, dwhM);
        for (int i = 0; i < n; i++) {
          int o = i * g3;
          for (int r = 0; r < g3; r++) {
            db[r] += dzx[o + r];
          }
          for (int j = 0; j < hidden; j++) {
            dbh[j] += dzh[o + 2 * hidden + j];
          }
        }
      }
      if (dx != null) {
        LinAlg.gemm(true, false, 1.0, wxM, w.dzx, 0.0, w.dxStep);
        double[] dxs = w.dxStep.data();
        for (int i = 0; i < n; i++) {
          System.arraycopy(dxs, i * dim, dx, i * in + t * dim, dim);
        }
      }
      if (truncation > 0 && t % truncation == 0) {
        java.util.Arrays.fill(dh, 0.0);
      } else {
        LinAlg.gemm(true, false, 1.0, whM, w.dzh, 1.0, w.dhCarry);
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new GRU(dim, hidden, steps, returnSequences, truncation));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("dim", dim).put("hidden", hidden).put("steps", steps)
        .put("returnSequences", returnSequences).put("truncation", truncation);
  }
}
