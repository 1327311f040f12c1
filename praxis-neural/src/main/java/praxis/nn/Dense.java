package praxis.nn;

import dev.ludovic.netlib.blas.BLAS;
import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Fully connected layer {@code y = W x + b} with {@code W} of shape {@code out × in}. On a batch
 * {@code X} ({@code in × n}) the forward pass is one GEMM {@code Y = W X} plus the bias, the backward pass two:
 * {@code dW = dY Xᵀ} and {@code dX = Wᵀ dY} (skipped for the first layer), and {@code db} the row sums of
 * {@code dY}; all through {@link LinAlg#gemm}. In a {@link Precision#FLOAT32} network the same three products
 * are single-precision GEMMs ({@code sgemm} of the BLAS backend) on the float copy of the weights and the bias
 * gradient one {@code sgemv} ({@code dY · 1}). Cost per batch: {@code 6 n in out} flops.
 *
 * <pre>{@code
 * Dense d = new Dense(64, 128);               // 64 inputs, 128 outputs, He-normal weights by default
 * Network net = Network.of(64, d, Activation.relu(128), new Dense(128, 10));
 * }</pre>
 */
public final class Dense extends Layer {
  private final Param weight;
  private final Param bias;
  private final DenseMatrix w;
  private final DenseMatrix dw;

  /**
   * @param in input width (&gt;= 1)
   * @param out output width (&gt;= 1)
   */
  public Dense(int in, int out) {
    super(checkSize(in, "in"), checkSize(out, "out"));
    weight = new Param("weight", out, in, true, true);
    bias = new Param("bias", out, 1, true, false);
    w = DenseMatrix.wrap(out, in, weight.value());
    dw = DenseMatrix.wrap(out, in, weight.grad());
    Init.HE_NORMAL.fill(weight.value(), out, in, new SplittableRandom(0));
  }

  static int checkSize(int v, String name) {
    if (v < 1) {
      throw new IllegalArgumentException("layer width '" + name + "' must be >= 1 but was " + v
          + "; give every layer at least one unit");
    }
    return v;
  }

  @Override
  public String kind() {
    return "dense";
  }

  @Override
  public List<Param> params() {
    return List.of(weight, bias);
  }

  /** The weight parameter ({@code out × in}). */
  public Param weight() {
    return weight;
  }

  /** The bias parameter ({@code out}). */
  public Param bias() {
    return bias;
  }

  @Override
  void initialize(Init init, SplittableRandom rng) {
    init.fill(weight.value(), outputSize(), inputSize(), rng);
    java.util.Arrays.fill(bias.value(), 0.0);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    int out = outputSize();
    LinAlg.gemm(false, false, 1.0, w, DenseMatrix.wrap(inputSize(), n, x), 0.0, DenseMatrix.wrap(out, n, y));
    double[] b = bias.value();
    for (int i = 0; i < n; i++) {
      int o = i * out;
      for (int r = 0; r < out; r++) {
        y[o + r] += b[r];
      }
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    int out = outputSize();
    DenseMatrix dY = DenseMatrix.wrap(out, n, dy);
    if (!frozen()) {
      LinAlg.gemm(false, true, 1.0, dY, DenseMatrix.wrap(inputSize(), n, x), 0.0, dw);
      double[] db = bias.grad();
      java.util.Arrays.fill(db, 0.0);
      for (int i = 0; i < n; i++) {
        int o = i * out;
        for (int r = 0; r < out; r++) {
          db[r] += dy[o + r];
        }
      }
    }
    if (dx != null) {
      LinAlg.gemm(true, false, 1.0, w, dY, 0.0, DenseMatrix.wrap(inputSize(), n, dx));
    }
  }

  /** Float32 work: a vector of n ones, for the bias gradient {@code dY · 1} as one {@code sgemv}. */
  @Override
  Object newWork32(int n) {
    float[] ones = new float[n];
    java.util.Arrays.fill(ones, 1f);
    return ones;
  }

  @Override
  void forward32(float[] x, float[] y, int n, Object work, Pass pass) {
    int out = outputSize();
    BLAS.getInstance().sgemm("N", "N", out, n, inputSize(), 1f, weight.value32(), out, x, inputSize(), 0f, y, out);
    float[] b = bias.value32();
    for (int i = 0; i < n; i++) {
      int o = i * out;
      for (int r = 0; r < out; r++) {
        y[o + r] += b[r];
      }
    }
  }

  @Override
  void backward32(float[] x, float[] y, float[] dy, float[] dx, int n, Object work) {
    int out = outputSize();
    int in = inputSize();
    if (!frozen()) {
      float[] g = weight.grad32();
      BLAS.getInstance().sgemm("N", "T", out, in, n, 1f, dy, out, x, in, 0f, g, out);
      double[] gw = weight.grad();
      for (int i = 0; i < g.length; i++) {
        gw[i] = g[i];
      }
      float[] gb = bias.grad32();
      BLAS.getInstance().sgemv("N", out, n, 1f, dy, out, (float[]) work, 1, 0f, gb, 1);
      double[] db = bias.grad();
      for (int r = 0; r < out; r++) {
        db[r] = gb[r];
      }
    }
    if (dx != null) {
      BLAS.getInstance().sgemm("T", "N", in, n, out, 1f, weight.value32(), out, dy, out, 0f, dx, in);
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new Dense(inputSize(), outputSize()));
  }

  @Override
  State.Builder config() {
    return State.builder(kind());
  }
}
