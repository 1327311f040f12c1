package praxis.nn;

/**
 * One block of a layer's state: a trainable parameter (weights, biases, scales) with its gradient buffer, or
 * a non-trainable buffer (batch-norm running statistics). Values are column-major {@code rows × cols}.
 * Gradients are overwritten by each backward pass (not accumulated).
 *
 * <pre>{@code
 * Dense d = new Dense(4, 3);
 * Param w = d.params().get(0);      // "weight", 3 × 4
 * double[] values = w.value();       // live array, edited in place by the optimizer
 * }</pre>
 */
public final class Param {
  private final String name;
  private final int rows;
  private final int cols;
  private final double[] value;
  private final double[] grad;
  private final boolean trainable;
  private final boolean decays;
  /** Float copy of {@link #value} used by the float32 kernels (null until the network is float32). */
  private float[] value32;
  /** Float gradient scratch of the float32 kernels (allocated on first use). */
  private float[] grad32;

  Param(String name, int rows, int cols, boolean trainable, boolean decays) {
    this.name = name;
    this.rows = rows;
    this.cols = cols;
    this.value = new double[rows * cols];
    this.grad = trainable ? new double[rows * cols] : new double[0];
    this.trainable = trainable;
    this.decays = decays;
  }

  /** The name within its layer ({@code weight}, {@code bias}, {@code gamma}, {@code runningMean}, ...). */
  public String name() {
    return name;
  }

  /** Row count. */
  public int rows() {
    return rows;
  }

  /** Column count. */
  public int cols() {
    return cols;
  }

  /** The live value array (column-major). */
  public double[] value() {
    return value;
  }

  /** The live gradient array of the last backward pass (empty for buffers). */
  public double[] grad() {
    return grad;
  }

  /** Whether the optimizer updates it (false for running statistics). */
  public boolean trainable() {
    return trainable;
  }

  /** Whether weight decay (L1/L2, AdamW) applies: weights and embeddings yes, biases and norm scales no. */
  public boolean decays() {
    return decays;
  }

  /**
   * Rounds the values to {@code float} and refreshes the float copy (allocated on first use): the values of
   * a {@link Precision#FLOAT32} network are always float-representable.
   */
  void roundToFloat32() {
    if (value32 == null) {
      value32 = new float[value.length];
    }
    for (int i = 0; i < value.length; i++) {
      float f = (float) value[i];
      value32[i] = f;
      value[i] = f;
    }
  }

  /** Refreshes the float copy from the values (which it leaves unchanged). */
  void syncFloat32() {
    if (value32 == null) {
      roundToFloat32();
      return;
    }
    for (int i = 0; i < value.length; i++) {
      value32[i] = (float) value[i];
    }
  }

  /** The float copy of the values (null unless the layer belongs to a float32 network). */
  float[] value32() {
    return value32;
  }

  /** Float gradient scratch (the float32 kernels widen it into {@link #grad()}). */
  float[] grad32() {
    if (grad32 == null) {
      grad32 = new float[grad.length];
    }
    return grad32;
  }

  /** Number of values. */
  public int size() {
    return value.length;
  }
}
