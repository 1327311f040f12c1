package praxis.nn;

import java.util.List;
import java.util.SplittableRandom;
import praxis.io.State;

/**
 * A differentiable layer of a {@link Network}: maps a batch of {@code inputSize()}-wide samples to
 * {@code outputSize()}-wide samples and back-propagates gradients. Batches are feature-major: a
 * {@code width × n} column-major array holding one sample per column, so a dense layer is one GEMM.
 *
 * <p>Implementations: {@link Dense}, {@link Activation}, {@link Dropout}, {@link BatchNorm},
 * {@link LayerNorm}, {@link Embedding}, {@link Residual}. A layer owns its parameters ({@link #params()}),
 * whose values the optimizer edits in place and whose gradients each backward pass overwrites. Scratch
 * buffers live outside the layer (one set per batch size), so a trained layer can run inference from several
 * threads at once; training is single-threaded. {@link #setFrozen(boolean) Frozen} layers keep their
 * parameters during training (transfer learning). In a {@link Precision#FLOAT32} network the layers run on
 * {@code float} batches (see {@link Precision} for which layers compute natively in float and which evaluate
 * in double scratch); recurrent layers are float64 only.
 *
 * <pre>{@code
 * Network net = Network.builder(64).dense(32).relu().dense(10).build(7L);
 * Layer first = net.layers().get(0);   // Dense 64 -> 32
 * first.setFrozen(true);
 * }</pre>
 */
public abstract class Layer {
  private final int in;
  private final int out;
  private boolean frozen;

  Layer(int in, int out) {
    this.in = in;
    this.out = out;
  }

  /** Width of one input sample. */
  public final int inputSize() {
    return in;
  }

  /** Width of one output sample. */
  public final int outputSize() {
    return out;
  }

  /** Short kind name ({@code dense}, {@code relu}, {@code dropout}, ...). */
  public abstract String kind();

  /** Parameters and buffers, in a fixed order (empty for parameter-free layers). */
  public List<Param> params() {
    return List.of();
  }

  /** The parameters stored in this layer's own state (composite layers store their children's instead). */
  List<Param> ownParams() {
    return params();
  }

  /** Whether training leaves this layer's parameters unchanged. */
  public final boolean frozen() {
    return frozen;
  }

  /** Freezes (true) or unfreezes the layer's parameters for training. */
  public void setFrozen(boolean f) {
    this.frozen = f;
  }

  /** Draws initial parameters (no-op for parameter-free layers). */
  void initialize(Init init, SplittableRandom rng) {}

  /** Scratch for batches of {@code n} samples (null when none is needed). */
  Object newWork(int n) {
    return null;
  }

  /** {@code y = f(x)} for {@code n} samples. */
  abstract void forward(double[] x, double[] y, int n, Object work, Pass pass);

  /**
   * From {@code dy}, writes the parameter gradients (unless frozen) and {@code dx} (skipped when null).
   * Requires the preceding {@link #forward} on the same arrays and work in training mode.
   */
  abstract void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work);

  /**
   * Scratch of the float32 path for batches of {@code n} samples. The default (for layers whose kernels run
   * in double) holds double copies of the input, output and gradients plus the float64 work.
   */
  Object newWork32(int n) {
    return new Widened(new double[in * n], new double[out * n], new double[out * n], new double[in * n],
        newWork(n));
  }

  /** Double scratch of a layer evaluated in double inside a float32 network. */
  private record Widened(double[] x, double[] y, double[] dy, double[] dx, Object work) {}

  /**
   * Float32 {@code y = f(x)}. The default widens {@code x} into double scratch, runs {@link #forward} there
   * and rounds the output to float; layers with float kernels override it.
   */
  void forward32(float[] x, float[] y, int n, Object work, Pass pass) {
    Widened w = (Widened) work;
    widen(x, w.x, in * n);
    forward(w.x, w.y, n, w.work, pass);
    narrow(w.y, y, out * n);
  }

  /**
   * Float32 backward pass: parameter gradients go to {@link Param#grad()} (double), {@code dx} is float.
   * The default reuses the double input and output kept by {@link #forward32}.
   */
  void backward32(float[] x, float[] y, float[] dy, float[] dx, int n, Object work) {
    Widened w = (Widened) work;
    widen(dy, w.dy, out * n);
    backward(w.x, w.y, w.dy, dx == null ? null : w.dx, n, w.work);
    if (dx != null) {
      narrow(w.dx, dx, in * n);
    }
  }

  static void widen(float[] src, double[] dst, int len) {
    for (int i = 0; i < len; i++) {
      dst[i] = src[i];
    }
  }

  static void narrow(double[] src, float[] dst, int len) {
    for (int i = 0; i < len; i++) {
      dst[i] = (float) src[i];
    }
  }

  /** A deep copy (parameters copied, frozen flag kept). */
  abstract Layer copy();

  /** Configuration (without parameters) written into the layer's state. */
  abstract State.Builder config();

  /** The layer's persistent state: configuration, frozen flag and parameter values. */
  final State toState() {
    State.Builder b = config().put("in", in).put("out", out).put("frozen", frozen);
    for (Param p : ownParams()) {
      b.put("p." + p.name(), p.value());
    }
    return b.build();
  }

  /** Copies parameter values (and the frozen flag) from a layer of the same kind and shape. */
  final <L extends Layer> L copyParamsInto(L target) {
    List<Param> a = params();
    List<Param> b = target.params();
    for (int i = 0; i < a.size(); i++) {
      System.arraycopy(a.get(i).value(), 0, b.get(i).value(), 0, a.get(i).size());
    }
    target.setFrozen(frozen);
    return target;
  }

  /** Reads parameter values written by {@link #toState()}. */
  final void readParams(State s) {
    for (Param p : ownParams()) {
      double[] v = s.getDoubles("p." + p.name());
      if (v.length != p.size()) {
        throw new praxis.io.ModelFormatException("layer '" + kind() + "': parameter '" + p.name() + "' has "
            + v.length + " values but " + p.size() + " are expected");
      }
      System.arraycopy(v, 0, p.value(), 0, v.length);
    }
    setFrozen(s.getBoolean("frozen"));
  }

  @Override
  public String toString() {
    return kind() + "(" + in + " -> " + out + ")";
  }
}
