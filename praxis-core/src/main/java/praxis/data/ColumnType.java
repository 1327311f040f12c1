package praxis.data;

/**
 * The storage kind of a {@link Column}.
 *
 * <pre>{@code
 * if (frame.column("age").type() == ColumnType.NUMERIC) { ... }
 * }</pre>
 */
public enum ColumnType {
  /** 64-bit floating point; {@code NaN} marks a missing value. */
  NUMERIC,
  /** Dictionary-encoded strings; code {@link CategoricalColumn#MISSING} marks a missing value. */
  CATEGORICAL,
  /** Free text; {@code null} marks a missing value. */
  TEXT,
  /** True/false; stored as bytes, {@link BooleanColumn#MISSING} marks a missing value. */
  BOOLEAN
}
