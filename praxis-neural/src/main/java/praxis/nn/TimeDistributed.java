package praxis.nn;

import java.util.List;
import praxis.io.State;

/**
 * Applies one inner layer to every step of a sequence with shared parameters: a sample of {@code steps}
 * blocks of width {@code inner.inputSize()} (step after step, as a recurrent layer with
 * {@code returnSequences} outputs them) becomes {@code steps} blocks of width {@code inner.outputSize()}.
 * Because batches are feature-major, a batch of n sequences is just a batch of {@code n · steps} step vectors
 * for the inner layer, so a time-distributed {@link Dense} is still a single GEMM. Together with a per-position
 * mask in {@link Trainer#fit(Network, double[], int, double[], double[], Loss, Metric)} this gives sequence
 * labelling with padding. Cost: the inner layer's on {@code n · steps} samples.
 *
 * <pre>{@code
 * // 12 tokens -> embeddings -> GRU states at every step -> 5 class logits per step
 * Network net = Network.builder(12).add(new Embedding(20, 8, 12)).add(new GRU(8, 16, 12, true, 0))
 *     .add(new TimeDistributed(new Dense(16, 5), 12)).build(1L);
 * }</pre>
 */
public final class TimeDistributed extends Layer {
  private final Layer inner;
  private final int steps;

  /**
   * @param inner the per-step layer (not null)
   * @param steps sequence length (&gt;= 1)
   */
  public TimeDistributed(Layer inner, int steps) {
    super(check(inner).inputSize() * Dense.checkSize(steps, "steps"), inner.outputSize() * steps);
    this.inner = inner;
    this.steps = steps;
    super.setFrozen(inner.frozen());
  }

  private static Layer check(Layer inner) {
    if (inner == null) {
      throw new IllegalArgumentException("the inner layer of a time-distributed layer must not be null; "
          + "pass e.g. new Dense(hidden, classes)");
    }
    return inner;
  }

  /** The per-step layer (live). */
  public Layer inner() {
    return inner;
  }

  /** The sequence length. */
  public int steps() {
    return steps;
  }

  @Override
  public String kind() {
    return "time_distributed";
  }

  @Override
  public List<Param> params() {
    return inner.params();
  }

  @Override
  List<Param> ownParams() {
    return List.of();
  }

  @Override
  public void setFrozen(boolean f) {
    super.setFrozen(f);
    if (inner != null) {
      inner.setFrozen(f);
    }
  }

  @Override
  void initialize(Init init, java.util.SplittableRandom rng) {
    inner.initialize(init, rng);
  }

  @Override
  Object newWork(int n) {
    return inner.newWork(n * steps);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    inner.forward(x, y, n * steps, work, pass);
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    inner.backward(x, y, dy, dx, n * steps, work);
  }

  @Override
  Layer copy() {
    return new TimeDistributed(inner.copy(), steps);
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("steps", steps).putStates("inner", List.of(inner.toState()));
  }
}
