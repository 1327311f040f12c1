package praxis.io.arff;

import praxis.io.DataFormatException;

/**
 * A cursor over one ARFF line: quoted tokens ({@code '...'} or {@code "..."} with backslash escapes),
 * unquoted tokens, and {@code %} comments (outside quotes a {@code %} ends the line).
 */
final class ArffLine {
  final String text;
  final long line;
  final String source;
  int pos;
  /** Whether the last token read was quoted. */
  boolean quoted;

  ArffLine(String text, long line, String source) {
    this.text = text;
    this.line = line;
    this.source = source;
  }

  /** Skips blanks; true if a token (not a comment or the end) follows. */
  boolean more() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos < text.length() && text.charAt(pos) != '%';
  }

  char peek() {
    return text.charAt(pos);
  }

  /** Consumes {@code c} after blanks, or fails naming {@code what}. */
  void expect(char c, String what) {
    if (!more() || text.charAt(pos) != c) {
      throw new DataFormatException(source, line, "expected " + what + " but found '"
          + (more() ? DataFormatException.excerpt(text.substring(pos)) : "end of line") + "'");
    }
    pos++;
  }

  /**
   * The next token: a quoted string, or unquoted characters up to a blank or one of {@code stops} (the stop
   * characters are not consumed). Trailing blanks of an unquoted token are dropped.
   */
  String token(String stops, boolean stopAtBlank) {
    if (!more()) {
      throw new DataFormatException(source, line, "expected a value but found the end of the line");
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      quoted = true;
      StringBuilder b = new StringBuilder();
      int i = pos + 1;
      while (true) {
        if (i >= text.length()) {
          throw new DataFormatException(source, line, "expected a closing " + c + " for the value starting at"
              + " character " + (pos + 1) + " but found the end of the line");
        }
        char d = text.charAt(i);
        if (d == c) {
          break;
        }
        if (d == '\\' && i + 1 < text.length()) {
          char e = text.charAt(++i);
          b.append(switch (e) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> e;
          });
        } else {
          b.append(d);
        }
        i++;
      }
      pos = i + 1;
      return b.toString();
    }
    quoted = false;
    int start = pos;
    while (pos < text.length()) {
      char d = text.charAt(pos);
      if (stops.indexOf(d) >= 0 || d == '%' || (stopAtBlank && Character.isWhitespace(d))) {
        break;
      }
      pos++;
    }
    return text.substring(start, pos).strip();
  }

  /** Everything from the cursor to a comment or the end, trimmed. */
  String rest() {
    more();
    int end = pos;
    boolean inQuote = false;
    char q = 0;
    while (end < text.length()) {
      char d = text.charAt(end);
      if (inQuote) {
        if (d == '\\') {
          end++;
        } else if (d == q) {
          inQuote = false;
        }
      } else if (d == '\'' || d == '"') {
        inQuote = true;
        q = d;
      } else if (d == '%') {
        break;
      }
      end++;
    }
    String r = text.substring(pos, Math.min(end, text.length())).strip();
    pos = text.length();
    return r;
  }
}
