package praxis.optim;

/**
 * A first-order optimizer that updates a flat parameter vector in place from a gradient: {@link Sgd} (plain,
 * momentum, Nesterov), {@link AdaGrad}, {@link RmsProp} and {@link Adam} (optionally with AdamW-style
 * decoupled weight decay). The learning rate at step {@code t} (1-based) comes from a
 * {@link LearningRateSchedule}.
 *
 * <p>Life cycle: {@link #init(int)} allocates the per-parameter state (velocities, moment estimates) once
 * and resets the step counter; every {@link #step(double[], double[])} then reads {@code grad[0..size)},
 * updates {@code params[0..size)} and allocates nothing. An instance is mutable and not thread-safe.
 *
 * <p>Reuse with several parameter blocks (e.g. the weight matrices and bias vectors of a neural network):
 * either keep all blocks in one flat {@code double[]} at fixed offsets (with a gradient array of the same
 * layout) and use one optimizer over the whole vector (preferred: one call per step), or create one
 * instance per block with {@link #copyFresh()} and call {@code init} with the block size; each instance then
 * counts its own steps, so call every block's {@code step} once per iteration to keep their schedules
 * aligned.
 *
 * <pre>{@code
 * Optimizer opt = new Adam(LearningRateSchedule.constant(1e-3));
 * opt.init(params.length);
 * for (int it = 0; it < 100; it++) {
 *   computeGradient(params, grad);
 *   opt.step(params, grad);
 * }
 * }</pre>
 */
public interface Optimizer {
  /** Allocates (or re-zeroes) the state for {@code size} parameters and resets the step counter to 0. */
  void init(int size);

  /**
   * One update of {@code params} from {@code grad} (both at least {@link #size()} long).
   *
   * @return the learning rate used for this step
   * @throws IllegalStateException if {@link #init(int)} has not been called
   */
  double step(double[] params, double[] grad);

  /** The parameter count given to {@link #init(int)} (-1 before). */
  int size();

  /** Steps taken since {@link #init(int)}. */
  long steps();

  /** The schedule giving the learning rate of each step. */
  LearningRateSchedule schedule();

  /** A new, uninitialized optimizer with the same settings (for another parameter block). */
  Optimizer copyFresh();
}
