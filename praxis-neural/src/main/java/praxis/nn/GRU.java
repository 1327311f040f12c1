package praxis.nn;

import java.util.List;
import java.util.SplittableRandom;
import praxis.linalg.DenseMatrix;

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
public final class GRU extends Recurrent {
  private final Param hbias;

  /**
   * @param inputDim features per step (&gt;= 1)
   * @param hidden hidden units (&gt;= 1)
   * @param steps sequence length (&gt;= 1)
   * @param returnSequences output every hidden state (true) or only the last (false)
   * @param truncation truncated-BPTT chunk length (&gt;= 0; 0 = full backpropagation through time)
   */
  public GRU(int inputDim, int hidden, int steps, boolean returnSequences, int truncation) {
    super(inputDim, hidden, steps, returnSequences, truncation, 3);
    hbias = new Param("hbias", hidden, 1, true, false);
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
    super.initialize(init, rng);
    java.util.Arrays.fill(hbias.value(), 0.0);
  }

  /** Per-step gate activations and recurrent products (the recurrent product is kept apart: split). */
  private final class Work extends Steps {
    final DenseMatrix[] gates = new DenseMatrix[steps];
    final DenseMatrix[] rec = new DenseMatrix[steps];

    Work(int n) {
      super(n, true);
      for (int t = 0; t < steps; t++) {
        gates[t] = new DenseMatrix(rows, n);
        rec[t] = new DenseMatrix(rows, n);
        zx[t] = gates[t];
        zh[t] = rec[t];
      }
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
    double[] bh = hbias.value();
    int g3 = rows;
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
  }

  /** Also leaves the direct path {@code u ⊙ dh} in the carry (see {@link #carryBeta}). */
  @Override
  void gateGradients(Steps s, int t, int n) {
    Work w = (Work) s;
    int g3 = rows;
    double[] dh = w.dhCarry.data();
    double[] dzx = w.dzx.data();
    double[] dzh = w.dzh.data();
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
  }

  @Override
  double carryBeta() {
    return 1.0;
  }

  @Override
  void biasGradients(Steps w, int n) {
    super.biasGradients(w, n);
    double[] dbh = hbias.grad();
    double[] dzh = w.dzh.data();
    for (int i = 0; i < n; i++) {
      int o = i * rows;
      for (int j = 0; j < hidden; j++) {
        dbh[j] += dzh[o + 2 * hidden + j];
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new GRU(dim, hidden, steps, returnSequences, truncation));
  }
}
