package praxis.data;

import java.util.List;

/**
 * One schema entry: a column's name, type and (for categorical columns) its levels and ordinal flag.
 *
 * <pre>{@code
 * Field f = Field.categorical("size", List.of("S", "M", "L"), true);
 * }</pre>
 *
 * @param name column name
 * @param type storage kind
 * @param levels categorical levels in code order (empty for other types)
 * @param ordinal whether the level order is meaningful
 */
public record Field(String name, ColumnType type, List<String> levels, boolean ordinal) {
  /** Validates and copies. */
  public Field {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("field name must be non-empty");
    }
    if (type == null) {
      throw new IllegalArgumentException("field '" + name + "': type must not be null");
    }
    levels = levels == null ? List.of() : List.copyOf(levels);
    if (type != ColumnType.CATEGORICAL && (!levels.isEmpty() || ordinal)) {
      throw new IllegalArgumentException("field '" + name + "': only categorical fields have levels");
    }
  }

  /** A numeric field. */
  public static Field numeric(String name) {
    return new Field(name, ColumnType.NUMERIC, List.of(), false);
  }

  /** A boolean field. */
  public static Field bool(String name) {
    return new Field(name, ColumnType.BOOLEAN, List.of(), false);
  }

  /** A text field. */
  public static Field text(String name) {
    return new Field(name, ColumnType.TEXT, List.of(), false);
  }

  /** A categorical field with known levels. */
  public static Field categorical(String name, List<String> levels, boolean ordinal) {
    return new Field(name, ColumnType.CATEGORICAL, levels, ordinal);
  }

  @Override
  public String toString() {
    String t = type.name().toLowerCase(java.util.Locale.ROOT);
    if (type == ColumnType.CATEGORICAL) {
      t = (ordinal ? "ordinal" : "categorical") + "(" + levels.size() + " levels)";
    }
    return name + ": " + t;
  }
}
