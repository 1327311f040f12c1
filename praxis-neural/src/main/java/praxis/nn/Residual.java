package praxis.nn;

import java.util.ArrayList;
import java.util.List;
import praxis.io.State;

/**
 * Residual block (He et al. 2016): {@code y = x + f(x)} where {@code f} is a stack of layers whose output
 * width equals its input width. The skip path carries gradients past {@code f} unchanged, which keeps deep
 * stacks trainable. Parameters are those of the inner layers, in order.
 *
 * <pre>{@code
 * Residual block = new Residual(List.of(new Dense(32, 32), Activation.relu(32), new Dense(32, 32)));
 * Network net = Network.of(32, block, Activation.relu(32), new Dense(32, 1));
 * }</pre>
 */
public final class Residual extends Layer {
  private final List<Layer> inner;

  /**
   * @param inner the residual branch, non-empty, consecutive widths matching, output width = input width
   * @throws IllegalArgumentException when the list is empty or the widths do not chain
   */
  public Residual(List<Layer> inner) {
    super(first(inner).inputSize(), first(inner).inputSize());
    Network.checkChain(inner.get(0).inputSize(), inner, "residual block");
    int last = inner.get(inner.size() - 1).outputSize();
    if (last != inputSize()) {
      throw new IllegalArgumentException("residual block maps width " + inputSize() + " to " + last
          + " but y = x + f(x) needs the same width; end the branch with a layer of width " + inputSize());
    }
    this.inner = List.copyOf(inner);
  }

  private static Layer first(List<Layer> inner) {
    if (inner == null || inner.isEmpty()) {
      throw new IllegalArgumentException("residual block has no layers; give at least one, e.g. new Dense(w, w)");
    }
    return inner.get(0);
  }

  /** The inner layers (live). */
  public List<Layer> inner() {
    return inner;
  }

  @Override
  public String kind() {
    return "residual";
  }

  @Override
  public List<Param> params() {
    List<Param> out = new ArrayList<>();
    for (Layer l : inner) {
      out.addAll(l.params());
    }
    return out;
  }

  @Override
  List<Param> ownParams() {
    return List.of();
  }

  @Override
  public void setFrozen(boolean f) {
    super.setFrozen(f);
    if (inner != null) {
      for (Layer l : inner) {
        l.setFrozen(f);
      }
    }
  }

  @Override
  void initialize(Init init, java.util.SplittableRandom rng) {
    for (Layer l : inner) {
      l.initialize(init, rng);
    }
  }

  @Override
  Object newWork(int n) {
    return new Tape(inputSize(), inner, n);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    Tape t = (Tape) work;
    int len = inputSize() * n;
    System.arraycopy(x, 0, t.act[0], 0, len);
    Tape.forward(inner, t, pass);
    double[] f = t.act[inner.size()];
    for (int i = 0; i < len; i++) {
      y[i] = x[i] + f[i];
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    Tape t = (Tape) work;
    int len = inputSize() * n;
    System.arraycopy(dy, 0, t.grad[inner.size()], 0, len);
    Tape.backward(inner, t, dx != null);
    if (dx != null) {
      double[] g = t.grad[0];
      for (int i = 0; i < len; i++) {
        dx[i] = dy[i] + g[i];
      }
    }
  }

  @Override
  Object newWork32(int n) {
    return new Tape(inputSize(), inner, n, Precision.FLOAT32, false);
  }

  @Override
  void forward32(float[] x, float[] y, int n, Object work, Pass pass) {
    Tape t = (Tape) work;
    int len = inputSize() * n;
    System.arraycopy(x, 0, t.act32[0], 0, len);
    Tape.forward32(inner, t, pass);
    float[] f = t.act32[inner.size()];
    for (int i = 0; i < len; i++) {
      y[i] = x[i] + f[i];
    }
  }

  @Override
  void backward32(float[] x, float[] y, float[] dy, float[] dx, int n, Object work) {
    Tape t = (Tape) work;
    int len = inputSize() * n;
    System.arraycopy(dy, 0, t.grad32[inner.size()], 0, len);
    Tape.backward32(inner, t, dx != null);
    if (dx != null) {
      float[] g = t.grad32[0];
      for (int i = 0; i < len; i++) {
        dx[i] = dy[i] + g[i];
      }
    }
  }

  @Override
  Layer copy() {
    List<Layer> c = new ArrayList<>();
    for (Layer l : inner) {
      c.add(l.copy());
    }
    Residual r = new Residual(c);
    r.setFrozenFlagOnly(frozen());
    return r;
  }

  private void setFrozenFlagOnly(boolean f) {
    super.setFrozen(f);
  }

  @Override
  State.Builder config() {
    List<State> states = new ArrayList<>();
    for (Layer l : inner) {
      states.add(l.toState());
    }
    return State.builder(kind()).putStates("inner", states);
  }
}
