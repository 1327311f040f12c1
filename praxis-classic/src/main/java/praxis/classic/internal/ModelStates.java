package praxis.classic.internal;

import praxis.api.Provenance;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * Reading and writing the parts every classic model state shares (schema, provenance, class list) and
 * consistency checks when reading.
 *
 * <pre>{@code
 * State.Builder b = ModelStates.start("gaussian_nb", schema, provenance);
 * Schema s = ModelStates.schema(state);
 * }</pre>
 */
public final class ModelStates {
  private ModelStates() {}

  /** A builder of type {@code type} holding the schema and provenance. */
  public static State.Builder start(String type, Schema schema, Provenance provenance) {
    return State.builder(type).put("schema", Persist.schema(schema)).put("provenance", provenance.toState());
  }

  /** The schema stored by {@link #start}. */
  public static Schema schema(State s) {
    return Persist.schema(s.getState("schema"));
  }

  /** The provenance stored by {@link #start}. */
  public static Provenance provenance(State s) {
    return Provenance.fromState(s.getState("provenance"));
  }

  /** Throws a {@link ModelFormatException} naming the state type and entry unless {@code ok}. */
  public static void require(boolean ok, State s, String what) {
    if (!ok) {
      throw new ModelFormatException("inconsistent '" + s.type() + "' model state: " + what);
    }
  }
}
