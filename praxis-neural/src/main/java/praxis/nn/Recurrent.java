package praxis.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * What the recurrent layers ({@link SimpleRNN}, {@link GRU}, {@link LSTM}) share: the configuration
 * ({@code inputDim, hidden, steps, returnSequences, truncation}) and its state keys, the input weights
 * {@code Wx} ({@code rows × inputDim}), recurrent weights {@code Wh} ({@code rows × hidden}) and bias
 * ({@code rows}) with {@code rows = gates · hidden}, their initialization (the network's initializer for
 * {@code Wx}, orthogonal for {@code Wh}, zero bias), and the loops through time. Per step, forward copies
 * {@code x_t} out of the sample, computes the two gate GEMMs {@code Wx x_t} and {@code Wh h_(t-1)} (summed
 * into one matrix, or kept apart for a split cell such as the GRU) and lets the cell {@link #activate} them
 * into {@code h_t}; backward adds the output gradient of the step to the carried {@code dh}, lets the cell
 * write the pre-activation gradients ({@link #gateGradients}), accumulates the weight and bias gradients,
 * writes {@code dx_t}, and carries {@code Whᵀ dz} back to the previous step, or clears the carry at the
 * start of each truncation chunk. Each cell keeps its own per-step values in a subclass of {@link Steps}.
 */
abstract class Recurrent extends Layer {
  final int dim;
  final int hidden;
  final int steps;
  final boolean returnSequences;
  final int truncation;
  /** Rows of the stacked gate pre-activations: gates · hidden. */
  final int rows;
  final Param wx;
  final Param wh;
  final Param bias;
  final DenseMatrix wxM;
  final DenseMatrix whM;
  final DenseMatrix dwxM;
  final DenseMatrix dwhM;

  /**
   * Checks the sizes and creates {@code wx, wh, bias}; the subclass draws the initial values (by calling
   * {@link #initialize}) once its own parameters exist.
   */
  Recurrent(int inputDim, int hidden, int steps, boolean returnSequences, int truncation, int gates) {
    super(Dense.checkSize(inputDim, "inputDim") * Dense.checkSize(steps, "steps"),
        (returnSequences ? steps : 1) * Dense.checkSize(hidden, "hidden"));
    this.truncation = checkTruncation(truncation);
    this.dim = inputDim;
    this.hidden = hidden;
    this.steps = steps;
    this.returnSequences = returnSequences;
    this.rows = gates * hidden;
    wx = new Param("wx", rows, inputDim, true, true);
    wh = new Param("wh", rows, hidden, true, true);
    bias = new Param("bias", rows, 1, true, false);
    wxM = DenseMatrix.wrap(rows, inputDim, wx.value());
    whM = DenseMatrix.wrap(rows, hidden, wh.value());
    dwxM = DenseMatrix.wrap(rows, inputDim, wx.grad());
    dwhM = DenseMatrix.wrap(rows, hidden, wh.grad());
  }

  private static int checkTruncation(int truncation) {
    if (truncation < 0) {
      throw new IllegalArgumentException("truncation must be >= 0 (0 = full backpropagation through time) but was "
          + truncation);
    }
    return truncation;
  }

  @Override
  public List<Param> params() {
    return List.of(wx, wh, bias);
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    init.fill(wx.value(), rows, dim, rng);
    Init.ORTHOGONAL.fill(wh.value(), rows, hidden, rng);
    Arrays.fill(bias.value(), 0.0);
  }

  /**
   * Per-step inputs and hidden states ({@code h[0] = 0}), the matrices the two gate GEMMs write to, and the
   * backward scratch, for n samples. A subclass adds the cell's own per-step values and fills {@link #zx}
   * and {@link #zh} in its constructor.
   */
  class Steps {
    final DenseMatrix[] x = new DenseMatrix[steps];
    final DenseMatrix[] h = new DenseMatrix[steps + 1];
    /** Per step, the matrix {@code Wx x_t} is written into. */
    final DenseMatrix[] zx = new DenseMatrix[steps];
    /** Per step, the matrix {@code Wh h_(t-1)} is added into (the same as zx) or, when split, written into. */
    final DenseMatrix[] zh = new DenseMatrix[steps];
    /** Whether the recurrent product is kept apart from the input product (and so has its own gradient). */
    final boolean split;
    /** Gradient of the input pre-activations ({@code rows × n}). */
    final DenseMatrix dzx;
    /** Gradient of the recurrent pre-activations (dzx itself unless split). */
    final DenseMatrix dzh;
    final DenseMatrix dxStep;
    final DenseMatrix dhCarry;

    Steps(int n, boolean split) {
      for (int t = 0; t < steps; t++) {
        x[t] = new DenseMatrix(dim, n);
      }
      for (int t = 0; t <= steps; t++) {
        h[t] = new DenseMatrix(hidden, n);
      }
      this.split = split;
      dzx = new DenseMatrix(rows, n);
      dzh = split ? new DenseMatrix(rows, n) : dzx;
      dxStep = new DenseMatrix(dim, n);
      dhCarry = new DenseMatrix(hidden, n);
    }
  }

  /** Applies the cell to the gate products of step t: fills {@code h[t + 1]} and whatever backward needs. */
  abstract void activate(Steps w, int t, int n);

  /**
   * From the carried {@code dh} of step t, writes {@code dzx} (and {@code dzh} when split) and the cell's own
   * carries; a cell whose {@link #carryBeta} is 1 leaves its direct path {@code dh_t → dh_(t-1)} in dhCarry.
   */
  abstract void gateGradients(Steps w, int t, int n);

  /** 0 when {@code Whᵀ dzh} overwrites the carried dh, 1 when it is added to what gateGradients left there. */
  double carryBeta() {
    return 0.0;
  }

  /** Zeroes the gradients carried to the previous step (at the start and at each truncation boundary). */
  void clearCarry(Steps w) {
    Arrays.fill(w.dhCarry.data(), 0.0);
  }

  /** Adds the step's bias gradients (summed over the n samples). */
  void biasGradients(Steps w, int n) {
    double[] db = bias.grad();
    double[] dz = w.dzx.data();
    for (int i = 0; i < n; i++) {
      int o = i * rows;
      for (int r = 0; r < rows; r++) {
        db[r] += dz[o + r];
      }
    }
  }

  @Override
  final void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    Steps w = (Steps) work;
    int in = inputSize();
    int out = outputSize();
    for (int t = 0; t < steps; t++) {
      double[] xt = w.x[t].data();
      for (int i = 0; i < n; i++) {
        System.arraycopy(x, i * in + t * dim, xt, i * dim, dim);
      }
      LinAlg.gemm(false, false, 1.0, wxM, w.x[t], 0.0, w.zx[t]);
      LinAlg.gemm(false, false, 1.0, whM, w.h[t], w.split ? 0.0 : 1.0, w.zh[t]);
      activate(w, t, n);
      if (returnSequences) {
        double[] hNow = w.h[t + 1].data();
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
  final void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    Steps w = (Steps) work;
    int in = inputSize();
    int out = outputSize();
    boolean train = !frozen();
    if (train) {
      for (Param p : params()) {
        Arrays.fill(p.grad(), 0.0);
      }
    }
    clearCarry(w);
    double[] dh = w.dhCarry.data();
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
      gateGradients(w, t, n);
      if (train) {
        LinAlg.gemm(false, true, 1.0, w.dzx, w.x[t], 1.0, dwxM);
        LinAlg.gemm(false, true, 1.0, w.dzh, w.h[t], 1.0, dwhM);
        biasGradients(w, n);
      }
      if (dx != null) {
        LinAlg.gemm(true, false, 1.0, wxM, w.dzx, 0.0, w.dxStep);
        double[] dxs = w.dxStep.data();
        for (int i = 0; i < n; i++) {
          System.arraycopy(dxs, i * dim, dx, i * in + t * dim, dim);
        }
      }
      if (truncation > 0 && t % truncation == 0) {
        clearCarry(w);
      } else {
        LinAlg.gemm(true, false, 1.0, whM, w.dzh, carryBeta(), w.dhCarry);
      }
    }
  }

  @Override
  final State.Builder config() {
    return State.builder(kind()).put("dim", dim).put("hidden", hidden).put("steps", steps)
        .put("returnSequences", returnSequences).put("truncation", truncation);
  }
}
