package praxis.io;

/**
 * A data file (CSV, ARFF, LibSVM) or query result that cannot be read as asked. The message always names
 * the source, the 1-based line (as an editor shows it), the column when one is involved, what was expected
 * and what was found, for example
 * {@code "data.csv:17: column 'age' (3): expected a number but found 'forty'"}. Column numbers in messages
 * and in {@link #columnNumber()} are 1-based, like line numbers.
 *
 * <pre>{@code
 * try {
 *   Frame f = CsvReader.builder().types(Map.of("age", ColumnType.NUMERIC)).build().read(path);
 * } catch (DataFormatException e) {
 *   System.err.println(e.source() + " line " + e.line() + " column " + e.column() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Longest excerpt of offending text quoted in a message. */
  private static final int MAX_TEXT = 80;

  private final String source;
  private final long line;
  private final String column;
  private final int columnNumber;

  /**
   * An error about one cell.
   *
   * @param source file name or other source description
   * @param line 1-based line number (0 if unknown)
   * @param column column name
   * @param columnNumber 1-based column number
   * @param expected what was expected, e.g. "a number"
   * @param found the text found (shortened in the message if long)
   */
  public DataFormatException(String source, long line, String column, int columnNumber, String expected, String found) {
    super(source + ":" + line + ": column '" + column + "' (" + columnNumber + "): expected " + expected
        + " but found '" + excerpt(found) + "'");
    this.source = source;
    this.line = line;
    this.column = column;
    this.columnNumber = columnNumber;
  }

  /**
   * An error about a line as a whole (no single column is to blame), e.g. a wrong field count.
   *
   * @param source file name or other source description
   * @param line 1-based line number (0 if unknown)
   * @param detail what is wrong, naming what was expected and what was found
   */
  public DataFormatException(String source, long line, String detail) {
    this(source, line, detail, (Throwable) null);
  }

  /** A line-level error with a cause. */
  public DataFormatException(String source, long line, String detail, Throwable cause) {
    super(source + ":" + line + ": " + detail, cause);
    this.source = source;
    this.line = line;
    this.column = null;
    this.columnNumber = 0;
  }

  /** Shortens {@code text} for a message: at most 80 characters, newlines shown as {@code \n}. */
  public static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    return t.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** The file name or other description of the source. */
  public String source() {
    return source;
  }

  /** The 1-based line number (the first line of the record when a quoted field spans lines), 0 if unknown. */
  public long line() {
    return line;
  }

  /** The column name, or {@code null} when the error concerns a whole line. */
  public String column() {
    return column;
  }

  /** The 1-based column number, or 0 when the error concerns a whole line. */
  public int columnNumber() {
    return columnNumber;
  }
}
