package praxis.io;

import java.util.ArrayList;
import java.util.List;
import praxis.data.ColumnType;
import praxis.data.Field;
import praxis.data.Schema;

/**
 * Helpers for writing common parts of model state: schemas.
 *
 * <pre>{@code
 * b.put("schema", Persist.schema(inputSchema));
 * Schema s = Persist.schema(state.getState("schema"));
 * }</pre>
 */
public final class Persist {
  private Persist() {}

  /** A schema as state. */
  public static State schema(Schema schema) {
    List<State> fields = new ArrayList<>();
    for (Field f : schema.fields()) {
      fields.add(State.builder("field").put("name", f.name()).put("type", f.type().name())
          .put("levels", f.levels()).put("ordinal", f.ordinal()).build());
    }
    return State.builder("schema").putStates("fields", fields).build();
  }

  /** Reads a schema written by {@link #schema(Schema)}. */
  public static Schema schema(State s) {
    s.requireType("schema");
    List<Field> fields = new ArrayList<>();
    for (State f : s.getStates("fields")) {
      ColumnType t;
      try {
        t = ColumnType.valueOf(f.getString("type"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("unknown column type '" + f.getString("type") + "' in schema");
      }
      fields.add(new Field(f.getString("name"), t, List.of(f.getStrings("levels")), f.getBoolean("ordinal")));
    }
    return new Schema(fields);
  }
}
