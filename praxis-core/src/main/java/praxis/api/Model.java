package praxis.api;

import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted model: immutable, thread-safe, holding no reference to its training data. It remembers the
 * schema it was fitted on and checks every input against it.
 *
 * <pre>{@code
 * Model m = estimator.fit(x, y);
 * m.inputSchema().requireCompatible(test.schema(), "test frame");
 * ModelIO.save(m, Path.of("model.praxis"));
 * }</pre>
 */
public interface Model {
  /** Schema of the frames this model accepts. */
  Schema inputSchema();

  /** Where this model came from. */
  Provenance provenance();

  /**
   * The model's persistent state. Its {@link State#type()} names the codec registered (via
   * {@link praxis.api.ModelCodec}) that reads it back.
   */
  State toState();
}
