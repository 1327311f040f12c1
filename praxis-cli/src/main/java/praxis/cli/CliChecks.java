package praxis.cli;

import java.util.List;

/**
 * Checks of option values and of the input that the data commands ({@code rules}, {@code topics}) share, with
 * the messages they print: a usage error (exit 2) for a bad option value or an unknown column, a failure
 * (exit 1) for an input without rows.
 */
final class CliChecks {
  private CliChecks() {}

  /** A whole-number option that must be at least 1: "--top must be at least 1, got 0". */
  static int atLeastOne(int value, String option) {
    return atLeastOne(value, option, "");
  }

  /** As {@link #atLeastOne(int, String)}, with an example appended ("; e.g. --topics 10"). */
  static int atLeastOne(int value, String option, String example) {
    if (value < 1) {
      throw new UsageException(option + " must be at least 1, got " + value + (example.isEmpty() ? ""
          : "; e.g. " + example));
    }
    return value;
  }

  /**
   * A column the user named (or a default) that must be one of the input's columns; {@code howToChoose} ends the
   * message, e.g. "choose the text column with --text".
   */
  static void requireColumn(List<String> available, String column, String source, String howToChoose) {
    if (!available.contains(column)) {
      throw new UsageException("no column named '" + column + "' in " + source + "; available columns: "
          + available + " (" + howToChoose + ")");
    }
  }

  /** An input read from a header line must have rows: "SOURCE has a header but no {@code rowsAndNeed}". */
  static void requireRows(int rows, String source, String rowsAndNeed) {
    if (rows == 0) {
      throw new CliFailure(source + " has a header but no " + rowsAndNeed);
    }
  }
}
