package praxis.nn;

import java.util.Locale;
import praxis.io.State;

/**
 * An element-wise (or, for softmax, per-sample) activation as a layer: ReLU, leaky ReLU
 * ({@code x > 0 ? x : a x}), ELU ({@code x > 0 ? x : a (e^x - 1)}), GELU (tanh approximation of Hendrycks
 * and Gimpel 2016: {@code x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))}), sigmoid, tanh, softmax and identity.
 * {@code a} is the {@link #alpha()} of leaky ReLU (default 0.01) and ELU (default 1). Cost: O(width) per
 * sample; the backward pass uses the stored input or output, never finite differences. In a
 * {@link Precision#FLOAT32} network ReLU, leaky ReLU and identity run on the float arrays; the others are
 * evaluated in double on the float input and rounded to float.
 *
 * <pre>{@code
 * Layer a = Activation.of(Activation.Fn.LEAKY_RELU, 32);
 * Activation.Fn f = Activation.Fn.parse("gelu");
 * }</pre>
 */
public final class Activation extends Layer {
  private static final double GELU_C = Math.sqrt(2 / Math.PI);

  /** The function. */
  public enum Fn {
    /** {@code max(0, x)}. */
    RELU,
    /** {@code x > 0 ? x : alpha x}. */
    LEAKY_RELU,
    /** {@code x > 0 ? x : alpha (e^x - 1)}. */
    ELU,
    /** Gaussian error linear unit (tanh approximation). */
    GELU,
    /** {@code 1 / (1 + e^-x)}. */
    SIGMOID,
    /** {@code tanh(x)}. */
    TANH,
    /** {@code e^x_j / sum_k e^x_k} over each sample (stable: the maximum is subtracted first). */
    SOFTMAX,
    /** {@code x}. */
    IDENTITY;

    /**
     * The function by its case-insensitive name ({@code relu}, {@code leaky_relu}, {@code elu}, {@code gelu},
     * {@code sigmoid}, {@code tanh}, {@code softmax}, {@code identity}).
     *
     * @throws IllegalArgumentException naming the valid names for an unknown one
     */
    public static Fn parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("unknown activation '" + name + "'; use one of relu, leaky_relu, elu, "
            + "gelu, sigmoid, tanh, softmax, identity");
      }
    }

    double defaultAlpha() {
      return this == ELU ? 1.0 : this == LEAKY_RELU ? 0.01 : 0.0;
    }
  }

  private final Fn fn;
  private final double alpha;

  /** {@code fn} over samples of width {@code width}, with the function's default alpha. */
  public static Activation of(Fn fn, int width) {
    return new Activation(fn, width, fn.defaultAlpha());
  }

  /** ReLU layer of the given width. */
  public static Activation relu(int width) {
    return of(Fn.RELU, width);
  }

  /**
   * @param fn the function
   * @param width sample width (&gt;= 1)
   * @param alpha negative-side slope (leaky ReLU, &gt;= 0) or scale (ELU, &gt; 0); ignored otherwise
   */
  public Activation(Fn fn, int width, double alpha) {
    super(Dense.checkSize(width, "width"), width);
    if (fn == null) {
      throw new IllegalArgumentException("fn must not be null; use Activation.Fn.RELU");
    }
    if ((fn == Fn.LEAKY_RELU && !(alpha >= 0)) || (fn == Fn.ELU && !(alpha > 0)) || !Double.isFinite(alpha)) {
      throw new IllegalArgumentException("alpha of " + fn + " must be finite and " + (fn == Fn.ELU ? "> 0" : ">= 0")
          + " but was " + alpha);
    }
    this.fn = fn;
    this.alpha = alpha;
  }

  /** The function. */
  public Fn fn() {
    return fn;
  }

  /** The slope (leaky ReLU) or scale (ELU). */
  public double alpha() {
    return alpha;
  }

  @Override
  public String kind() {
    return fn.name().toLowerCase(Locale.ROOT);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    int len = inputSize() * n;
    switch (fn) {
      case RELU -> {
        for (int i = 0; i < len; i++) {
          y[i] = Math.max(x[i], 0.0);
        }
      }
      case LEAKY_RELU -> {
        for (int i = 0; i < len; i++) {
          y[i] = x[i] > 0 ? x[i] : alpha * x[i];
        }
      }
      case ELU -> {
        for (int i = 0; i < len; i++) {
          y[i] = x[i] > 0 ? x[i] : alpha * Math.expm1(x[i]);
        }
      }
      case GELU -> {
        for (int i = 0; i < len; i++) {
          double v = x[i];
          y[i] = 0.5 * v * (1 + Math.tanh(GELU_C * (v + 0.044715 * v * v * v)));
        }
      }
      case SIGMOID -> {
        for (int i = 0; i < len; i++) {
          y[i] = sigmoid(x[i]);
        }
      }
      case TANH -> {
        for (int i = 0; i < len; i++) {
          y[i] = Math.tanh(x[i]);
        }
      }
      case SOFTMAX -> softmax(x, y, inputSize(), n);
      case IDENTITY -> System.arraycopy(x, 0, y, 0, len);
      default -> throw new IllegalStateException("unknown activation " + fn);
    }
  }

  /**
   * The ReLU slope from its output {@code y = max(x, 0)}: {@code min(y 2^1074, 1)} is exactly 1 for every
   * positive double (the smallest is {@code 2^-1074}) and 0 for {@code y = 0}. Branch-free, so the JIT
   * vectorizes the loop (a data-dependent branch mispredicts on about half the elements).
   */
  private static double reluStep(double y) {
    return Math.min(y * 0x1p1023 * 0x1p51, 1.0);
  }

  /** {@link #reluStep(double)} for floats: {@code min(y 2^149, 1)} (the smallest positive float is 2^-149). */
  private static float reluStep(float y) {
    return Math.min(y * 0x1p127f * 0x1p22f, 1f);
  }

  static double sigmoid(double v) {
    if (v >= 0) {
      return 1.0 / (1.0 + Math.exp(-v));
    }
    double e = Math.exp(v);
    return e / (1.0 + e);
  }

  /** Column-wise stable softmax of a {@code k × n} array. */
  static void softmax(double[] x, double[] y, int k, int n) {
    for (int i = 0; i < n; i++) {
      int o = i * k;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        max = Math.max(max, x[o + j]);
      }
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double e = Math.exp(x[o + j] - max);
        y[o + j] = e;
        sum += e;
      }
      for (int j = 0; j < k; j++) {
        y[o + j] /= sum;
      }
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    if (dx == null) {
      return;
    }
    int len = inputSize() * n;
    switch (fn) {
      case RELU -> {
        for (int i = 0; i < len; i++) {
          dx[i] = dy[i] * reluStep(y[i]);
        }
      }
      case LEAKY_RELU -> {
        for (int i = 0; i < len; i++) {
          dx[i] = x[i] > 0 ? dy[i] : alpha * dy[i];
        }
      }
      case ELU -> {
        for (int i = 0; i < len; i++) {
          dx[i] = x[i] > 0 ? dy[i] : dy[i] * (y[i] + alpha);
        }
      }
      case GELU -> {
        for (int i = 0; i < len; i++) {
          double v = x[i];
          double t = Math.tanh(GELU_C * (v + 0.044715 * v * v * v));
          double dt = (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * v * v);
          dx[i] = dy[i] * (0.5 * (1 + t) + 0.5 * v * dt);
        }
      }
      case SIGMOID -> {
        for (int i = 0; i < len; i++) {
          dx[i] = dy[i] * y[i] * (1 - y[i]);
        }
      }
      case TANH -> {
        for (int i = 0; i < len; i++) {
          dx[i] = dy[i] * (1 - y[i] * y[i]);
        }
      }
      case SOFTMAX -> {
        int k = inputSize();
        for (int i = 0; i < n; i++) {
          int o = i * k;
          double dot = 0;
          for (int j = 0; j < k; j++) {
            dot += y[o + j] * dy[o + j];
          }
          for (int j = 0; j < k; j++) {
            dx[o + j] = y[o + j] * (dy[o + j] - dot);
          }
        }
      }
      case IDENTITY -> System.arraycopy(dy, 0, dx, 0, len);
      default -> throw new IllegalStateException("unknown activation " + fn);
    }
  }

  /** Whether the float32 path runs on the float arrays (no transcendental functions involved). */
  private boolean floatNative() {
    return fn == Fn.RELU || fn == Fn.LEAKY_RELU || fn == Fn.IDENTITY;
  }

  @Override
  Object newWork32(int n) {
    return floatNative() ? null : super.newWork32(n);
  }

  @Override
  void forward32(float[] x, float[] y, int n, Object work, Pass pass) {
    if (!floatNative()) {
      super.forward32(x, y, n, work, pass);
      return;
    }
    int len = inputSize() * n;
    if (fn == Fn.IDENTITY) {
      System.arraycopy(x, 0, y, 0, len);
    } else if (fn == Fn.RELU) {
      for (int i = 0; i < len; i++) {
        y[i] = Math.max(x[i], 0f);
      }
    } else {
      float a = (float) alpha;
      for (int i = 0; i < len; i++) {
        y[i] = x[i] > 0 ? x[i] : a * x[i];
      }
    }
  }

  @Override
  void backward32(float[] x, float[] y, float[] dy, float[] dx, int n, Object work) {
    if (!floatNative()) {
      super.backward32(x, y, dy, dx, n, work);
      return;
    }
    if (dx == null) {
      return;
    }
    int len = inputSize() * n;
    if (fn == Fn.IDENTITY) {
      System.arraycopy(dy, 0, dx, 0, len);
    } else if (fn == Fn.RELU) {
      for (int i = 0; i < len; i++) {
        dx[i] = dy[i] * reluStep(y[i]);
      }
    } else {
      float a = (float) alpha;
      for (int i = 0; i < len; i++) {
        dx[i] = x[i] > 0 ? dy[i] : a * dy[i];
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new Activation(fn, inputSize(), alpha));
  }

  @Override
  State.Builder config() {
    return State.builder("activation").put("fn", fn.name()).put("alpha", alpha);
  }
}
