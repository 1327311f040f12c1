package praxis.io.arff;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.AtomicFiles;

/**
 * Writes a {@link Frame} as a dense Weka ARFF file: NUMERIC → {@code numeric}, CATEGORICAL → nominal
 * {@code {levels}} in code order (the ordinal flag is not representable in ARFF and is dropped), TEXT →
 * {@code string}, BOOLEAN → {@code {false,true}} (read back as a two-level nominal). Missing values are
 * {@code ?}; names and values are single-quoted with backslash escapes when they contain blanks, quotes,
 * {@code , { } %} or backslashes, are empty or are {@code ?}. Numbers are written exactly (integral values
 * without a decimal point). Files are written atomically. Cost: O(cells).
 *
 * <pre>{@code
 * ArffWriter.write(frame, "weather", Path.of("weather.arff"));
 * String text = ArffWriter.toArffString(frame, "weather");
 * }</pre>
 */
public final class ArffWriter {
  private ArffWriter() {}

  /** Writes {@code frame} as relation {@code relation} to {@code path}, atomically (UTF-8). */
  public static void write(Frame frame, String relation, Path path) {
    AtomicFiles.write(path, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      write(frame, relation, w);
      w.flush();
    });
  }

  /** The ARFF text of {@code frame}. */
  public static String toArffString(Frame frame, String relation) {
    StringWriter s = new StringWriter();
    write(frame, relation, s);
    return s.toString();
  }

  /** Writes ARFF characters to {@code out} (not closed). */
  public static void write(Frame frame, String relation, Writer out) {
    if (relation == null || relation.isEmpty()) {
      throw new IllegalArgumentException("relation name must be a non-empty string, got '" + relation + "'");
    }
    try {
      StringBuilder b = new StringBuilder(256);
      b.append("@relation ").append(quote(relation)).append("\n\n");
      for (Column c : frame.columns()) {
        b.append("@attribute ").append(quote(c.name())).append(' ');
        if (c instanceof DoubleColumn) {
          b.append("numeric");
        } else if (c instanceof CategoricalColumn k) {
          b.append('{');
          List<String> lv = k.levels();
          for (int i = 0; i < lv.size(); i++) {
            b.append(i == 0 ? "" : ",").append(quote(lv.get(i)));
          }
          b.append('}');
        } else if (c instanceof TextColumn) {
          b.append("string");
        } else {
          b.append("{false,true}");
        }
        b.append('\n');
      }
      b.append("\n@data\n");
      out.write(b.toString());
      int p = frame.columnCount();
      for (int i = 0; i < frame.rowCount(); i++) {
        b.setLength(0);
        for (int j = 0; j < p; j++) {
          if (j > 0) {
            b.append(',');
          }
          Column c = frame.column(j);
          if (c.isMissing(i)) {
            b.append('?');
          } else if (c instanceof DoubleColumn d) {
            b.append(formatNumber(d.get(i)));
          } else if (c instanceof BooleanColumn bc) {
            b.append(bc.get(i) ? "true" : "false");
          } else {
            b.append(quote(c.format(i)));
          }
        }
        b.append('\n');
        out.write(b.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write ARFF: " + e.getMessage(), e);
    }
  }

  private static String formatNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return v == 0 && 1 / v < 0 ? "-0" : Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** The name or value, single-quoted and escaped if ARFF needs it. */
  static String quote(String s) {
    boolean need = s.isEmpty() || s.equals("?");
    for (int i = 0; i < s.length() && !need; i++) {
      char c = s.charAt(i);
      need = Character.isWhitespace(c) || c == ',' || c == '\'' || c == '"' || c == '{' || c == '}' || c == '%'
          || c == '\\';
    }
    if (!need) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\'' -> b.append("\\'");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('\'').toString();
  }
}
