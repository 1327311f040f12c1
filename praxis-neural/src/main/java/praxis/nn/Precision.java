package praxis.nn;

import java.util.List;
import java.util.Locale;

/**
 * Floating-point precision in which a {@link Network} trains and runs. {@link #FLOAT64} (the default) keeps
 * parameters, activations and gradients in {@code double}. {@link #FLOAT32} keeps every parameter at a
 * float-representable value (rounded to {@code float} after each optimizer step, so saved values round-trip
 * exactly), runs the dense layers as single-precision GEMMs ({@code sgemm} of the BLAS backend) on
 * {@code float} parameter copies and passes {@code float} activations and gradients between layers.
 *
 * <p>In FLOAT32: dense, ReLU, leaky ReLU, identity and dropout layers compute natively in {@code float};
 * the other activations, batch and layer normalization and embeddings read their {@code float} input into
 * a per-layer {@code double} scratch buffer (allocated once per batch size), evaluate their kernel there
 * (so softmax sums and normalization means and variances accumulate in double) and round their output and
 * input gradient to {@code float}; the loss is evaluated in double on the {@code float} outputs (the
 * {@code k × n} output block is widened) and its gradient rounded to {@code float}. The optimizer
 * (SGD/momentum/Nesterov/AdaGrad/RMSProp/Adam/AdamW), penalties, clipping, schedules and early stopping
 * are those of float64 training, applied to the {@code double} view of the float parameters with the
 * optimizer's state (moments, velocities) in double. Recurrent and time-distributed layers ({@link LSTM},
 * {@link GRU}, {@link SimpleRNN}, {@link TimeDistributed}) have no float32 path: a FLOAT32 network holding
 * one is refused with a message naming the layer.
 *
 * <pre>{@code
 * Network net = Network.builder(64).precision(Precision.FLOAT32).dense(256).relu().dense(10).build(0L);
 * new Trainer(TrainingConfig.DEFAULTS).fit(net, x, n, codes, Loss.SOFTMAX_CROSS_ENTROPY);
 * }</pre>
 */
public enum Precision {
  /** 64-bit floating point throughout (the default). */
  FLOAT64,
  /** 32-bit parameters, activations and gradients; single-precision GEMMs. */
  FLOAT32;

  /**
   * The precision by its case-insensitive name ({@code float64}, {@code float32}).
   *
   * @throws IllegalArgumentException naming the valid names for an unknown one
   */
  public static Precision parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown precision '" + name + "'; use float64 or float32");
    }
  }

  /**
   * Checks that every layer (recursively, inside residual blocks) has a float32 path.
   *
   * @throws IllegalArgumentException naming the first recurrent or time-distributed layer
   */
  static void requireFloat32(List<Layer> layers, String where) {
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      if (l instanceof LSTM || l instanceof GRU || l instanceof SimpleRNN || l instanceof TimeDistributed) {
        throw new IllegalArgumentException(where + " layer " + i + " (" + l + ") has no float32 "
            + " training path: recurrent and time-distributed layers (lstm, gru, rnn, time_distributed) run "
            + "in float64 only; build this network with Precision.FLOAT64");
      }
      if (l instanceof Residual r) {
        requireFloat32(r.inner(), where + " layer " + i + " (residual):");
      }
    }
  }
}
