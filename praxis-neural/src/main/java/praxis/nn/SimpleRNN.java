package praxis.nn;

import java.util.SplittableRandom;
import praxis.linalg.DenseMatrix;

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
public final class SimpleRNN extends Recurrent {
  /**
   * @param inputDim features per step (&gt;= 1)
   * @param hidden hidden units (&gt;= 1)
   * @param steps sequence length (&gt;= 1)
   * @param returnSequences output every hidden state (true) or only the last (false)
   * @param truncation truncated-BPTT chunk length (&gt;= 0; 0 = full backpropagation through time)
   */
  public SimpleRNN(int inputDim, int hidden, int steps, boolean returnSequences, int truncation) {
    super(inputDim, hidden, steps, returnSequences, truncation, 1);
    initialize(Init.XAVIER_UNIFORM, new SplittableRandom(0));
  }

  @Override
  public String kind() {
    return "rnn";
  }

  /** Both gate products go straight into the next hidden state, which the activation then overwrites. */
  @Override
  Object newWork(int n) {
    Steps w = new Steps(n, false);
    for (int t = 0; t < steps; t++) {
      w.zx[t] = w.h[t + 1];
      w.zh[t] = w.h[t + 1];
    }
    return w;
  }

  @Override
  void activate(Steps w, int t, int n) {
    double[] b = bias.value();
    double[] hNow = w.h[t + 1].data();
    for (int i = 0; i < n; i++) {
      int oh = i * hidden;
      for (int j = 0; j < hidden; j++) {
        hNow[oh + j] = Math.tanh(hNow[oh + j] + b[j]);
      }
    }
  }

  @Override
  void gateGradients(Steps w, int t, int n) {
    double[] dh = w.dhCarry.data();
    double[] dzd = w.dzx.data();
    double[] hNow = w.h[t + 1].data();
    for (int k = 0; k < hidden * n; k++) {
      dzd[k] = dh[k] * (1 - hNow[k] * hNow[k]);
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new SimpleRNN(dim, hidden, steps, returnSequences, truncation));
  }
}
