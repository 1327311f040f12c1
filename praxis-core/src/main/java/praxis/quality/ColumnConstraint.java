package praxis.quality;

import java.util.List;
import java.util.regex.Pattern;
import praxis.data.ColumnType;

/**
 * The rules on one column: any combination of a type, a numeric range (inclusive bounds; NaN for none),
 * allowed categories, not-null, a regular expression every text value must match in full, and uniqueness.
 * A null component means "no such rule".
 *
 * <pre>{@code
 * ColumnConstraint age = new ColumnConstraint("age", ColumnType.NUMERIC, 0, 120, null, true, null, false);
 * ColumnConstraint mail = ColumnConstraint.of("email").withRegex("[^@]+@[^@]+").withUnique(true);
 * }</pre>
 *
 * @param column the column name
 * @param type required column type, or null
 * @param min inclusive lower bound for numeric values, or NaN
 * @param max inclusive upper bound for numeric values, or NaN
 * @param allowed allowed category strings, or null
 * @param notNull whether missing values are violations
 * @param regex pattern that every non-missing value (as text) must match in full, or null
 * @param unique whether repeated non-missing values are violations (the 2nd and later occurrences)
 */
public record ColumnConstraint(String column, ColumnType type, double min, double max, List<String> allowed,
    boolean notNull, Pattern regex, boolean unique) {
  /** The rule names, as used in constraint files and violation reports. */
  public static final List<String> RULES = List.of("type", "min", "max", "allowed", "notNull", "regex", "unique");

  /** Validates and copies. */
  public ColumnConstraint {
    if (column == null || column.isEmpty()) {
      throw new IllegalArgumentException("constraint column name must be non-empty");
    }
    if (!Double.isNaN(min) && !Double.isNaN(max) && min > max) {
      throw new IllegalArgumentException("constraint on '" + column + "': min " + min + " is above max " + max);
    }
    allowed = allowed == null ? null : List.copyOf(allowed);
  }

  /** No rules yet on {@code column}. */
  public static ColumnConstraint of(String column) {
    return new ColumnConstraint(column, null, Double.NaN, Double.NaN, null, false, null, false);
  }

  /** With a required type. */
  public ColumnConstraint withType(ColumnType t) {
    return new ColumnConstraint(column, t, min, max, allowed, notNull, regex, unique);
  }

  /** With inclusive bounds (NaN for none). */
  public ColumnConstraint withRange(double lo, double hi) {
    return new ColumnConstraint(column, type, lo, hi, allowed, notNull, regex, unique);
  }

  /** With allowed categories. */
  public ColumnConstraint withAllowed(List<String> values) {
    return new ColumnConstraint(column, type, min, max, values, notNull, regex, unique);
  }

  /** With or without not-null. */
  public ColumnConstraint withNotNull(boolean yes) {
    return new ColumnConstraint(column, type, min, max, allowed, yes, regex, unique);
  }

  /** With a full-match regular expression. */
  public ColumnConstraint withRegex(String pattern) {
    return new ColumnConstraint(column, type, min, max, allowed, notNull, Pattern.compile(pattern), unique);
  }

  /** With or without uniqueness. */
  public ColumnConstraint withUnique(boolean yes) {
    return new ColumnConstraint(column, type, min, max, allowed, notNull, regex, yes);
  }
}
