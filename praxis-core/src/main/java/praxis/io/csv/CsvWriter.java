package praxis.io.csv;

import praxis.io.internal.NumberText;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.AtomicFiles;

/**
 * Writes a {@link Frame} as RFC-4180 CSV (UTF-8, header row), so that {@link CsvReader} reads it back with
 * the same values, types (numeric vs categorical/text) and missing cells:
 * <ul>
 *   <li>numbers unquoted, integral values without a decimal point ({@code 3}), others in Java's round-trip
 *       form ({@code 0.1}, {@code 1.0E-7}, {@code Infinity}); a missing value is an empty unquoted field;</li>
 *   <li>strings (categorical and text) quoted when they need it: containing the delimiter, a quote or a line
 *       break, empty (so {@code ""} differs from missing), or looking like a number (so {@code "3"} stays a
 *       category); with {@link Builder#quoteAllStrings(boolean) quoteAllStrings(true)} every string and
 *       header name is quoted, the style of the bundled datasets;</li>
 *   <li>booleans as {@code true}/{@code false} (read them back with an explicit BOOLEAN type).</li>
 * </ul>
 * Files are written atomically (temporary file, then rename) via {@link AtomicFiles}; a name ending in
 * {@code .gz} is gzip-compressed. Cost: O(cells).
 *
 * <pre>{@code
 * CsvWriter.write(frame, Path.of("out.csv"));
 * CsvWriter.builder().delimiter(';').quoteAllStrings(true).build().save(frame, Path.of("out.csv.gz"));
 * String csv = CsvWriter.builder().build().toCsvString(frame);
 * }</pre>
 */
public final class CsvWriter {
  private static final CsvWriter DEFAULTS = builder().build();

  private final char delimiter;
  private final boolean quoteAllStrings;
  private final boolean header;
  private final boolean crlf;

  private CsvWriter(Builder b) {
    this.delimiter = b.delimiter;
    this.quoteAllStrings = b.quoteAllStrings;
    this.header = b.header;
    this.crlf = b.crlf;
  }

  /** Writes {@code frame} to {@code path} atomically with the default settings. */
  public static void write(Frame frame, Path path) {
    DEFAULTS.save(frame, path);
  }

  /** A builder starting from the defaults (comma, header, minimal quoting, LF line ends). */
  public static Builder builder() {
    return new Builder();
  }

  /** Writes {@code frame} to {@code path} atomically; gzip-compressed when the name ends in {@code .gz}. */
  public void save(Frame frame, Path path) {
    boolean gz = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    AtomicFiles.write(path, out -> {
      if (gz) {
        GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16);
        write(frame, z);
        z.finish();
      } else {
        write(frame, out);
      }
    });
  }

  /** Writes UTF-8 CSV to {@code out} (flushed, not closed). */
  public void write(Frame frame, OutputStream out) {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(frame, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  /** The CSV text of {@code frame}. */
  public String toCsvString(Frame frame) {
    StringWriter s = new StringWriter();
    write(frame, s);
    return s.toString();
  }

  /** Writes CSV characters to {@code out} (flushed, not closed). */
  public void write(Frame frame, Writer out) {
    int p = frame.columnCount();
    boolean[] stringCol = new boolean[p];
    for (int j = 0; j < p; j++) {
      Column c = frame.column(j);
      stringCol[j] = c instanceof CategoricalColumn || c instanceof TextColumn;
    }
    Quoting quoting = new Quoting(stringCol, quoteAllStrings);
    de.siegmar.fastcsv.writer.CsvWriter w = de.siegmar.fastcsv.writer.CsvWriter.builder()
        .fieldSeparator(delimiter)
        .lineDelimiter(crlf ? LineDelimiter.CRLF : LineDelimiter.LF)
        .quoteStrategy(quoting)
        .build(new NonClosing(out));
    try (w) {
      if (header) {
        quoting.inHeader = true;
        de.siegmar.fastcsv.writer.CsvWriter.CsvWriterRecord r = w.writeRecord();
        for (int j = 0; j < p; j++) {
          r.writeField(frame.column(j).name());
        }
        r.endRecord();
        quoting.inHeader = false;
      }
      int n = frame.rowCount();
      for (int i = 0; i < n; i++) {
        de.siegmar.fastcsv.writer.CsvWriter.CsvWriterRecord r = w.writeRecord();
        for (int j = 0; j < p; j++) {
          r.writeField(cell(frame.column(j), i));
        }
        r.endRecord();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  /** The text of one cell, {@code null} for missing. */
  private static String cell(Column c, int row) {
    if (c instanceof DoubleColumn d) {
      double v = d.get(row);
      return Double.isNaN(v) ? null : formatNumber(v);
    }
    if (c instanceof CategoricalColumn k) {
      return k.get(row);
    }
    if (c instanceof TextColumn t) {
      return t.get(row);
    }
    BooleanColumn b = (BooleanColumn) c;
    return b.isMissing(row) ? null : (b.get(row) ? "true" : "false");
  }

  /** Shortest text that parses back to exactly {@code v}: integral values without ".0". */
  static String formatNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return v == 0 && 1 / v < 0 ? "-0" : Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** FastCSV quote decisions per column type; FastCSV itself quotes values with delimiters, quotes, breaks. */
  private static final class Quoting implements QuoteStrategy {
    private final boolean[] stringCol;
    private final boolean all;
    boolean inHeader;

    Quoting(boolean[] stringCol, boolean all) {
      this.stringCol = stringCol;
      this.all = all;
    }

    @Override
    public boolean quoteNull(int lineNo, int fieldIdx) {
      return false;
    }

    @Override
    public boolean quoteEmpty(int lineNo, int fieldIdx) {
      return inHeader || stringCol[fieldIdx];
    }

    @Override
    public boolean quoteNonEmpty(int lineNo, int fieldIdx, String value) {
      if (inHeader) {
        return all;
      }
      if (!stringCol[fieldIdx]) {
        return false;
      }
      if (all) {
        return true;
      }
      char[] c = value.toCharArray();
      return !Double.isNaN(NumberText.parse(c, 0, c.length));
    }
  }

  /** Lets FastCSV close its writer without closing the caller's. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      out.write(str, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /**
   * Settings of a {@link CsvWriter}.
   *
   * <pre>{@code
   * CsvWriter w = CsvWriter.builder().delimiter('\t').header(false).build();
   * }</pre>
   */
  public static final class Builder {
    private char delimiter = ',';
    private boolean quoteAllStrings;
    private boolean header = true;
    private boolean crlf;

    private Builder() {}

    /** Field delimiter (default {@code ','}); not a quote or line break. */
    public Builder delimiter(char d) {
      if (d == '"' || d == '\r' || d == '\n') {
        throw new IllegalArgumentException("delimiter must not be '\"' or a line break, got '" + d + "'");
      }
      this.delimiter = d;
      return this;
    }

    /** Quote every string value and header name (the bundled datasets' style); default false. */
    public Builder quoteAllStrings(boolean all) {
      this.quoteAllStrings = all;
      return this;
    }

    /** Whether to write the header row (default true). */
    public Builder header(boolean header) {
      this.header = header;
      return this;
    }

    /** End lines with CR LF (as RFC-4180 specifies) instead of LF (the default, as the bundled datasets). */
    public Builder crlf(boolean crlf) {
      this.crlf = crlf;
      return this;
    }

    /** The writer. */
    public CsvWriter build() {
      return new CsvWriter(this);
    }
  }
}
