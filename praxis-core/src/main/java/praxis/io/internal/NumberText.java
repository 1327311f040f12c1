package praxis.io.internal;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Recognises and parses decimal numbers in a character run without allocation (FastDoubleParser does the
 * conversion, correctly rounded). Accepted: optional sign, digits with an optional decimal point and
 * exponent ({@code 3}, {@code -0.5}, {@code .5}, {@code 1e-3}), and {@code Infinity}; surrounding spaces and
 * tabs are ignored. Not accepted: {@code NaN} (it would silently become a missing value), hexadecimal
 * numbers, Java type suffixes such as {@code 1f}, thousands separators, decimal commas. Shared by the CSV,
 * ARFF and LibSVM readers so that every Praxis reader accepts exactly the same numbers.
 *
 * <pre>{@code
 * double v = NumberText.parse("1e-3");          // 0.001
 * boolean bad = Double.isNaN(NumberText.parse("NaN"));
 * }</pre>
 */
public final class NumberText {
  /** Returned by {@link #parse} for text that is not a number. */
  public static final double NOT_A_NUMBER = Double.NaN;

  private NumberText() {}

  /**
   * The value of the characters, or {@link #NOT_A_NUMBER} (NaN) when they are not a number as defined above.
   */
  public static double parse(char[] buf, int off, int len) {
    int end = off + len;
    while (off < end && (buf[off] == ' ' || buf[off] == '\t')) {
      off++;
    }
    while (end > off && (buf[end - 1] == ' ' || buf[end - 1] == '\t')) {
      end--;
    }
    if (off == end) {
      return NOT_A_NUMBER;
    }
    boolean digit = false;
    for (int i = off; i < end; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return infinity(buf, off, end);
      }
    }
    if (!digit) {
      return NOT_A_NUMBER;
    }
    try {
      return JavaDoubleParser.parseDouble(buf, off, end - off);
    } catch (NumberFormatException e) {
      return NOT_A_NUMBER;
    }
  }

  /** {@link #parse(char[], int, int)} of a whole string. */
  public static double parse(String s) {
    return parse(s.toCharArray(), 0, s.length());
  }

  private static double infinity(char[] buf, int off, int end) {
    double sign = 1;
    if (buf[off] == '-' || buf[off] == '+') {
      sign = buf[off] == '-' ? -1 : 1;
      off++;
    }
    String inf = "Infinity";
    if (end - off != inf.length()) {
      return NOT_A_NUMBER;
    }
    for (int i = 0; i < inf.length(); i++) {
      if (buf[off + i] != inf.charAt(i)) {
        return NOT_A_NUMBER;
      }
    }
    return sign * Double.POSITIVE_INFINITY;
  }
}
