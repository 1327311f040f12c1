package praxis.nn;

import java.util.SplittableRandom;

/**
 * One forward and backward pass of a {@link Network} over a batch of fixed size, for custom training loops,
 * gradient inspection and benchmarks: {@link #compute} runs the network in training mode (dropout on, batch
 * statistics), evaluates the loss, back-propagates it, leaves every parameter's gradient in
 * {@link Param#grad()} (frozen layers excepted) and the gradient with respect to the input in
 * {@link #inputGradient()}. Parameters are not changed (no optimizer step); batch-norm running statistics are
 * updated as in training. Buffers are allocated once, at construction, so repeated calls allocate nothing.
 * Not thread-safe: one instance per thread. Cost per call: about three times the forward flops. On a
 * {@link Precision#FLOAT32} network the pass runs in float32 (the float parameter copies are refreshed from
 * {@link Param#value()} at each call; gradients are left in the double {@link Param#grad()} arrays, the
 * output and input gradient widened to double).
 *
 * <pre>{@code
 * Network net = Network.builder(4).dense(8).relu().dense(3).build(0L);
 * BatchGradients g = new BatchGradients(net, 2, 7L);
 * double loss = g.compute(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, new double[] {0, 2},
 *     Loss.SOFTMAX_CROSS_ENTROPY, null);
 * double[] dW = net.layers().get(0).params().get(0).grad();
 * }</pre>
 */
public final class BatchGradients {
  private final Network net;
  private final Tape tape;
  private final Pass pass;

  /**
   * @param net the network (its layers are used live)
   * @param n batch size (&gt;= 1)
   * @param seed seed of the dropout masks
   */
  public BatchGradients(Network net, int n, long seed) {
    if (net == null) {
      throw new IllegalArgumentException("net must not be null");
    }
    if (n < 1) {
      throw new IllegalArgumentException("batch size n must be >= 1 but was " + n);
    }
    this.net = net;
    this.tape = new Tape(net.inputSize(), net.layers(), n, net.precision(), true);
    this.pass = new Pass(true, new SplittableRandom(seed));
  }

  /** The batch size. */
  public int batchSize() {
    return tape.n;
  }

  /**
   * Forward, loss and backward on one batch.
   *
   * @param x inputs, feature-major ({@code inputSize × n})
   * @param target targets in the {@link Loss} layout ({@code loss.targetWidth(outputSize) × n})
   * @param loss the loss
   * @param mask per-sample weights (n of them) or null
   * @return the (weighted) mean loss
   * @throws IllegalArgumentException for mismatched sizes
   */
  public double compute(double[] x, double[] target, Loss loss, double[] mask) {
    int n = tape.n;
    int k = net.outputSize();
    if (x.length != net.inputSize() * n) {
      throw new IllegalArgumentException("x has " + x.length + " values but a batch of " + n + " samples of width "
          + net.inputSize() + " needs " + net.inputSize() * n);
    }
    if (target.length != loss.targetWidth(k) * n) {
      throw new IllegalArgumentException("target has " + target.length + " values but " + n + " samples need "
          + loss.targetWidth(k) * n + " for " + loss + " with " + k + " outputs");
    }
    if (mask != null && mask.length != n) {
      throw new IllegalArgumentException("mask has " + mask.length + " values but the batch has " + n
          + " samples; give one weight per sample or null");
    }
    net.syncFloat32();
    System.arraycopy(x, 0, tape.act[0], 0, x.length);
    Tape.forward(net.layers(), tape, pass);
    int l = net.layers().size();
    double v = loss.compute(tape.act[l], k, n, target, mask, tape.grad[l]);
    Tape.backward(net.layers(), tape, true);
    return v;
  }

  /** The network's output of the last {@link #compute} (live buffer, {@code outputSize × n}). */
  public double[] output() {
    return tape.act[net.layers().size()];
  }

  /** The gradient of the last loss with respect to the input (live buffer, {@code inputSize × n}). */
  public double[] inputGradient() {
    return tape.grad[0];
  }
}
