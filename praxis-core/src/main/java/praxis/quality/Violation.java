package praxis.quality;

/**
 * One broken rule.
 *
 * <pre>{@code
 * for (Violation v : report.violations()) {
 *   System.out.println(v);   // row 17, column 'age', value '-3': min (value below 0.0)
 * }
 * }</pre>
 *
 * @param row the row index, or -1 for a rule broken by the whole column (a wrong type, a missing column)
 * @param column the column name
 * @param value the offending value as text (null when missing or for column-level violations)
 * @param rule the rule name (one of {@link ColumnConstraint#RULES}, or "column" for an absent column)
 * @param detail what was expected
 */
public record Violation(int row, String column, String value, String rule, String detail) {
  @Override
  public String toString() {
    return (row < 0 ? "column" : "row " + row) + ", column '" + column + "', value "
        + (value == null ? "<missing>" : "'" + value + "'") + ": " + rule + " (" + detail + ")";
  }
}
