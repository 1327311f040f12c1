package praxis.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered list of {@link Field}s of a frame. Models keep the schema they were fitted on and check
 * every input against it with {@link #requireCompatible(Schema, String)}.
 *
 * <pre>{@code
 * Schema s = frame.schema();
 * int i = s.indexOf("age");
 * model.inputSchema().requireCompatible(test.schema(), "test frame");
 * }</pre>
 */
public final class Schema {
  private final List<Field> fields;
  private final Map<String, Integer> byName;

  /** A schema over {@code fields}; names must be unique. */
  public Schema(List<Field> fields) {
    this.fields = List.copyOf(fields);
    this.byName = new HashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      if (byName.put(this.fields.get(i).name(), i) != null) {
        throw new IllegalArgumentException("duplicate column name '" + this.fields.get(i).name() + "'");
      }
    }
  }

  /** Schema of the given fields. */
  public static Schema of(Field... fields) {
    return new Schema(List.of(fields));
  }

  /** Fields in column order. */
  public List<Field> fields() {
    return fields;
  }

  /** Number of columns. */
  public int size() {
    return fields.size();
  }

  /** Field at {@code i}. */
  public Field field(int i) {
    return fields.get(i);
  }

  /** Field named {@code name}. */
  public Field field(String name) {
    return fields.get(requireIndex(name));
  }

  /** Column names in order. */
  public List<String> names() {
    List<String> n = new ArrayList<>(fields.size());
    for (Field f : fields) {
      n.add(f.name());
    }
    return n;
  }

  /** Index of {@code name}, or -1. */
  public int indexOf(String name) {
    Integer i = byName.get(name);
    return i == null ? -1 : i;
  }

  /** Whether a column named {@code name} exists. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** Index of {@code name}, with an error listing the available names if absent. */
  public int requireIndex(String name) {
    Integer i = byName.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no column named '" + name + "'; available columns: " + names());
    }
    return i;
  }

  /**
   * Checks that {@code actual} has the same column names (in order) and types as this schema. Categorical
   * levels may differ (unseen levels are the model's business). The message names the missing, extra or
   * mistyped columns.
   *
   * @param what how to name {@code actual} in messages, e.g. "input frame"
   */
  public void requireCompatible(Schema actual, String what) {
    if (actual.size() != size()) {
      List<String> missing = new ArrayList<>();
      for (Field f : fields) {
        if (!actual.contains(f.name())) {
          missing.add(f.name());
        }
      }
      List<String> extra = new ArrayList<>();
      for (Field f : actual.fields) {
        if (!contains(f.name())) {
          extra.add(f.name());
        }
      }
      throw new IllegalArgumentException(what + " has " + actual.size() + " columns but the model was fitted on "
          + size() + (missing.isEmpty() ? "" : " (missing: " + quoteAll(missing) + ")")
          + (extra.isEmpty() ? "" : " (unexpected: " + quoteAll(extra) + ")"));
    }
    for (int i = 0; i < size(); i++) {
      Field e = fields.get(i);
      Field a = actual.fields.get(i);
      if (!e.name().equals(a.name())) {
        throw new IllegalArgumentException(what + " column " + i + " is '" + a.name() + "' but the model expects '"
            + e.name() + "'; select the columns in the training order " + names());
      }
      if (e.type() != a.type()) {
        throw new IllegalArgumentException(what + " column '" + a.name() + "' is " + a.type()
            + " but the model was fitted on " + e.type());
      }
    }
  }

  private static String quoteAll(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (String n : names) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('\'').append(n).append('\'');
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema s && s.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Field f : fields) {
      b.append(f).append('\n');
    }
    return b.toString();
  }
}
