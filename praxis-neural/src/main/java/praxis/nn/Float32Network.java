package praxis.nn;

import dev.ludovic.netlib.blas.BLAS;
import java.util.ArrayList;
import java.util.List;

/**
 * Float32 inference copy of a trained {@link Network} of dense-type layers: parameters are stored as
 * {@code float} (half the memory of the float64 network) and {@link #forward} runs on {@code float} batches,
 * with every dense layer one single-precision GEMM ({@code sgemm} of the BLAS backend that
 * {@link praxis.linalg.LinAlg} uses) plus the bias. Supported layers: {@link Dense}, every {@link Activation}
 * (evaluated per element in double and rounded to float; softmax accumulated in double), {@link Dropout}
 * (identity at inference) and {@link BatchNorm} (its running statistics folded into a per-feature scale and
 * shift). Networks with other layers (embeddings, recurrent, normalization by layer, residual blocks) are
 * refused with a message naming the layer. (To train in float32 rather than convert a float64 network, build
 * the network with {@link Precision#FLOAT32}.) Outputs agree with the float64 network to
 * float32 rounding (about {@code 1e-6} relative per layer; the tests check {@code 1e-5} on MLP probabilities).
 * Thread-safe: each call allocates its own buffers. Cost: the float64 forward's flops, at single precision.
 *
 * <pre>{@code
 * Network net = mlpModel.network();
 * Float32Network f = Float32Network.of(net);
 * float[] logits = f.forward(xFeatureMajorAsFloat, n);   // outputSize × n
 * }</pre>
 */
public final class Float32Network {
  private static final int BLOCK = 1024;

  /** One inference step. */
  private sealed interface Op permits DenseOp, ActOp, AffineOp {
    int in();

    int out();
  }

  private record DenseOp(int in, int out, float[] w, float[] b) implements Op {}

  private record ActOp(int in, int out, Activation.Fn fn, double alpha) implements Op {}

  private record AffineOp(int in, int out, float[] scale, float[] shift) implements Op {}

  private final int inputSize;
  private final int outputSize;
  private final List<Op> ops;

  private Float32Network(int inputSize, List<Op> ops) {
    this.inputSize = inputSize;
    this.ops = List.copyOf(ops);
    this.outputSize = ops.isEmpty() ? inputSize : ops.get(ops.size() - 1).out();
  }

  /**
   * A float32 copy of {@code net}'s current parameters.
   *
   * @throws IllegalArgumentException when the network holds a layer without a float32 path
   */
  public static Float32Network of(Network net) {
    List<Op> ops = new ArrayList<>();
    int index = 0;
    for (Layer l : net.layers()) {
      if (l instanceof Dense d) {
        ops.add(new DenseOp(d.inputSize(), d.outputSize(), toFloat(d.weight().value()), toFloat(d.bias().value())));
      } else if (l instanceof Activation a) {
        ops.add(new ActOp(a.inputSize(), a.outputSize(), a.fn(), a.alpha()));
      } else if (l instanceof BatchNorm bn) {
        List<Param> p = bn.params();
        double[] g = p.get(0).value();
        double[] b = p.get(1).value();
        double[] mean = p.get(2).value();
        double[] var = p.get(3).value();
        float[] scale = new float[g.length];
        float[] shift = new float[g.length];
        for (int j = 0; j < g.length; j++) {
          double s = g[j] / Math.sqrt(var[j] + bn.eps());
          scale[j] = (float) s;
          shift[j] = (float) (b[j] - s * mean[j]);
        }
        ops.add(new AffineOp(bn.inputSize(), bn.outputSize(), scale, shift));
      } else if (!(l instanceof Dropout)) {
        throw new IllegalArgumentException("layer " + index + " (" + l + ") has no float32 inference path; "
            + "Float32Network supports dense, activation, dropout and batch_norm layers — run this network in "
            + "float64 with Network.forward");
      }
      index++;
    }
    return new Float32Network(net.inputSize(), ops);
  }

  private static float[] toFloat(double[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = (float) v[i];
    }
    return f;
  }

  /** Width of one input sample. */
  public int inputSize() {
    return inputSize;
  }

  /** Width of one output sample. */
  public int outputSize() {
    return outputSize;
  }

  /** Number of stored float parameters. */
  public int parameterCount() {
    int c = 0;
    for (Op op : ops) {
      if (op instanceof DenseOp d) {
        c += d.w().length + d.b().length;
      } else if (op instanceof AffineOp a) {
        c += 2 * a.scale().length;
      }
    }
    return c;
  }

  /**
   * Inference on {@code n} feature-major samples ({@code x[i * inputSize() + j]}): the {@code outputSize() × n}
   * outputs in the same layout.
   *
   * @throws IllegalArgumentException when {@code x} does not hold {@code inputSize() · n} values
   */
  public float[] forward(float[] x, int n) {
    if (x.length != (long) inputSize * n) {
      throw new IllegalArgumentException("network input has " + x.length + " values but " + n + " samples of width "
          + inputSize + " need " + (long) inputSize * n + "; pass " + inputSize + " features per sample");
    }
    int maxWidth = inputSize;
    for (Op op : ops) {
      maxWidth = Math.max(maxWidth, op.out());
    }
    float[] out = new float[outputSize * n];
    float[] a = new float[maxWidth * Math.min(BLOCK, Math.max(n, 1))];
    float[] b = new float[a.length];
    for (int from = 0; from < n; from += BLOCK) {
      int m = Math.min(BLOCK, n - from);
      System.arraycopy(x, from * inputSize, a, 0, m * inputSize);
      for (Op op : ops) {
        if (apply(op, a, b, m)) {
          float[] t = a;
          a = b;
          b = t;
        }
      }
      System.arraycopy(a, 0, out, from * outputSize, m * outputSize);
    }
    return out;
  }

  /** Inference on row-major double samples (converted to float): {@code [sample][output]} as double. */
  public double[][] predict(double[][] rows) {
    int n = rows.length;
    float[] x = new float[inputSize * n];
    for (int i = 0; i < n; i++) {
      if (rows[i].length != inputSize) {
        throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values but the network takes "
            + inputSize);
      }
      for (int j = 0; j < inputSize; j++) {
        x[i * inputSize + j] = (float) rows[i][j];
      }
    }
    float[] y = forward(x, n);
    double[][] out = new double[n][outputSize];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < outputSize; j++) {
        out[i][j] = y[i * outputSize + j];
      }
    }
    return out;
  }

  /** Applies op to m samples in x; returns true when the result is in y (false: in place in x). */
  private static boolean apply(Op op, float[] x, float[] y, int m) {
    if (op instanceof DenseOp d) {
      BLAS.getInstance().sgemm("N", "N", d.out(), m, d.in(), 1f, d.w(), d.out(), x, d.in(), 0f, y, d.out());
      float[] bias = d.b();
      for (int i = 0; i < m; i++) {
        int o = i * d.out();
        for (int r = 0; r < d.out(); r++) {
          y[o + r] += bias[r];
        }
      }
      return true;
    }
    if (op instanceof AffineOp a) {
      int w = a.in();
      for (int i = 0; i < m; i++) {
        int o = i * w;
        for (int j = 0; j < w; j++) {
          x[o + j] = x[o + j] * a.scale()[j] + a.shift()[j];
        }
      }
      return false;
    }
    ActOp act = (ActOp) op;
    int len = act.in() * m;
    float alpha = (float) act.alpha();
    switch (act.fn()) {
      case RELU -> {
        for (int i = 0; i < len; i++) {
          x[i] = x[i] > 0 ? x[i] : 0f;
        }
      }
      case LEAKY_RELU -> {
        for (int i = 0; i < len; i++) {
          x[i] = x[i] > 0 ? x[i] : alpha * x[i];
        }
      }
      case ELU -> {
        for (int i = 0; i < len; i++) {
          x[i] = x[i] > 0 ? x[i] : (float) (act.alpha() * Math.expm1(x[i]));
        }
      }
      case GELU -> {
        double c = Math.sqrt(2 / Math.PI);
        for (int i = 0; i < len; i++) {
          double v = x[i];
          x[i] = (float) (0.5 * v * (1 + Math.tanh(c * (v + 0.044715 * v * v * v))));
        }
      }
      case SIGMOID -> {
        for (int i = 0; i < len; i++) {
          x[i] = (float) Activation.sigmoid(x[i]);
        }
      }
      case TANH -> {
        for (int i = 0; i < len; i++) {
          x[i] = (float) Math.tanh(x[i]);
        }
      }
      case SOFTMAX -> {
        int k = act.in();
        for (int i = 0; i < m; i++) {
          int o = i * k;
          double max = Double.NEGATIVE_INFINITY;
          for (int j = 0; j < k; j++) {
            max = Math.max(max, x[o + j]);
          }
          double sum = 0;
          for (int j = 0; j < k; j++) {
            sum += Math.exp(x[o + j] - max);
          }
          for (int j = 0; j < k; j++) {
            x[o + j] = (float) (Math.exp(x[o + j] - max) / sum);
          }
        }
      }
      case IDENTITY -> { }
      default -> throw new IllegalStateException("unknown activation " + act.fn());
    }
    return false;
  }
}
