package praxis.api;

import praxis.io.State;

/**
 * Rebuilds models of one {@link State#type()} from their state. Codecs are registered with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/praxis.api.ModelCodec} file per module), so
 * loading a model file only ever runs code of codecs the application ships: the file chooses a codec by
 * its type name, never a class by name.
 *
 * <pre>{@code
 * public final class Codec implements ModelCodec {
 *   public String type() { return "linear_regression"; }
 *   public Model read(State s) { return LinearRegressionModel.fromState(s); }
 * }
 * }</pre>
 */
public interface ModelCodec {
  /** The state type this codec reads. */
  String type();

  /** Rebuilds the model; throws {@link praxis.io.ModelFormatException} on inconsistent state. */
  Model read(State state);
}
