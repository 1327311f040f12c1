package praxis.io.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.io.DataFormatException;

/**
 * Reads a CSV file into a {@link Frame}, streaming each field straight into a growable primitive column (no
 * row objects). Tokenizing follows RFC-4180 (FastCSV); numbers are parsed by FastDoubleParser.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Header</b>: the first non-empty line names the columns (names must be non-empty and distinct); with
 *       {@code header(false)} columns are named {@code x0, x1, ...}. Line numbers in errors are 1-based
 *       with the header on line 1, as an editor shows them.</li>
 *   <li><b>Missing values</b>: an empty unquoted field, and (if set with {@link Builder#missing}) any
 *       unquoted field equal to one of the markers. Strings such as {@code NA} or {@code None} are values by
 *       default. A quoted field is never missing ({@code ""} is the empty string).</li>
 *   <li><b>Type inference</b> (columns not named in {@link Builder#types}): a column whose every non-missing
 *       cell is an <em>unquoted</em> number is {@link ColumnType#NUMERIC} (all-missing columns too). A quoted
 *       cell is a string, so {@code "3"} keeps a column categorical: this follows the convention of R's
 *       {@code write.csv}, Python's {@code QUOTE_NONNUMERIC} and the bundled datasets (strings quoted, numbers
 *       not). For files that quote every field, set {@link Builder#ignoreQuotes(boolean) ignoreQuotes(true)}.
 *       Any other column is {@link ColumnType#CATEGORICAL} with levels in first-seen order, unless it has
 *       more than {@link Builder#textMinDistinct(int) textMinDistinct} (default 1000) distinct values and
 *       these are more than half of its non-missing cells, in which case it is {@link ColumnType#TEXT}
 *       (identifiers, free text). Booleans are never inferred (ask for {@link ColumnType#BOOLEAN}).</li>
 *   <li><b>Numbers</b>: optional sign, digits, decimal point, exponent, {@code Infinity}; surrounding blanks
 *       ignored; {@code NaN}, hexadecimal, suffixes ({@code 1f}) and decimal commas are not numbers.</li>
 *   <li><b>Explicit types</b> ({@link Builder#types}): a NUMERIC column accepts quoted numbers too, and any
 *       other cell is a {@link DataFormatException} naming source, line, column and text (never a silent
 *       zero or NaN); BOOLEAN accepts {@code true/false} (any case) and {@code 1/0}; declared
 *       {@link Builder#levels levels} make a column categorical with that code order and reject other
 *       values.</li>
 *   <li><b>Shape</b>: every record must have as many fields as the header (else an error naming line and
 *       both counts); empty lines are skipped (in a one-column file an empty line is a missing value, except
 *       at the end of the file); a header-only file gives a frame with columns and no rows.</li>
 *   <li><b>Input</b>: UTF-8 by default (malformed bytes are an error), a leading byte-order mark is dropped,
 *       gzip input is recognised by a {@code .gz} suffix or by its magic bytes.</li>
 * </ul>
 * Cost: one pass, O(cells) time; memory is the frame plus, while a column's type is still being inferred,
 * its raw characters.
 *
 * <pre>{@code
 * Frame iris = CsvReader.defaults().read(Path.of("iris.csv"));
 * Frame f = CsvReader.builder().delimiter(';').missing("NA", "?")
 *     .types(Map.of("zip", ColumnType.CATEGORICAL, "income", ColumnType.NUMERIC))
 *     .build().read(Path.of("people.csv.gz"));
 * }</pre>
 */
public final class CsvReader {
  private static final CsvReader DEFAULTS = builder().build();

  private final char delimiter;
  private final char quote;
  private final Character comment;
  private final List<String> missing;
  private final Map<String, ColumnType> types;
  private final Map<String, List<String>> levels;
  private final Set<String> ordinal;
  private final boolean header;
  private final boolean ignoreQuotes;
  private final int textMinDistinct;
  private final Charset charset;

  private CsvReader(Builder b) {
    this.delimiter = b.delimiter;
    this.quote = b.quote;
    this.comment = b.comment;
    this.missing = List.copyOf(b.missing);
    this.types = Map.copyOf(b.types);
    Map<String, List<String>> lv = new LinkedHashMap<>();
    b.levels.forEach((k, v) -> lv.put(k, List.copyOf(v)));
    this.levels = Map.copyOf(lv);
    this.ordinal = Set.copyOf(b.ordinal);
    this.header = b.header;
    this.ignoreQuotes = b.ignoreQuotes;
    this.textMinDistinct = b.textMinDistinct;
    this.charset = b.charset;
  }

  /** A reader with the default settings (comma, header, only empty fields missing, inferred types). */
  public static CsvReader defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file; gzip-compressed when the name ends in {@code .gz} (or the content starts with the gzip
   * magic bytes).
   *
   * @throws UncheckedIOException naming the path if the file does not exist or cannot be read
   * @throws DataFormatException naming the file, line and column of malformed content
   */
  public Frame read(Path path) {
    if (!Files.exists(path)) {
      throw new UncheckedIOException("cannot read CSV file '" + path.toAbsolutePath() + "': no such file",
          new NoSuchFileException(path.toString()));
    }
    if (Files.isDirectory(path)) {
      throw new UncheckedIOException("cannot read CSV file '" + path.toAbsolutePath() + "': it is a directory",
          new IOException(path + " is a directory"));
    }
    String source = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      boolean gz = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
      return read(gz ? gunzip(in, source) : in, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CSV file '" + path.toAbsolutePath() + "': " + e.getMessage(), e);
    }
  }

  private static InputStream gunzip(InputStream in, String source) {
    try {
      return new GZIPInputStream(in, 1 << 16);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "expected gzip-compressed data (the name ends in .gz) but "
          + e.getMessage() + "; rename the file if it is plain text", e);
    }
  }

  /**
   * Reads CSV from a stream (not closed); gzip content is recognised by its magic bytes.
   *
   * @param sourceName how to name the input in error messages, e.g. a file name or URL
   */
  public Frame read(InputStream in, String sourceName) {
    try {
      BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
      b.mark(2);
      int b0 = b.read();
      int b1 = b.read();
      b.reset();
      InputStream body = (b0 == 0x1f && b1 == 0x8b) ? gunzip(b, sourceName) : b;
      return read(new InputStreamReader(body, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
  }

  /** Reads CSV text held in a string (handy for tests and small inline tables). */
  public Frame readString(String csv, String sourceName) {
    return read(new StringReader(csv), sourceName);
  }

  /**
   * Reads CSV characters from a reader (not closed).
   *
   * @param sourceName how to name the input in error messages
   */
  public Frame read(Reader reader, String sourceName) {
    FrameHandler handler = new FrameHandler(this, sourceName);
    LastChar tracked = new LastChar(reader);
    de.siegmar.fastcsv.reader.CsvReader.CsvReaderBuilder fb = de.siegmar.fastcsv.reader.CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter(quote)
        .skipEmptyLines(false)
        .acceptCharsAfterQuotes(false)
        .ignoreDifferentFieldCount(true)
        .detectBomHeader(false);
    if (comment != null) {
      fb.commentStrategy(CommentStrategy.SKIP).commentCharacter(comment);
    }
    try (de.siegmar.fastcsv.reader.CsvReader<Object> r = fb.build(handler, tracked)) {
      for (Object ignored : r) {
        // all work happens in the handler's callbacks
      }
    } catch (DataFormatException e) {
      throw e;
    } catch (CsvParseException e) {
      Throwable c = e.getCause();
      while (c != null) {
        if (c instanceof RuntimeException re && !(c instanceof CsvParseException)
            && !(c instanceof UncheckedIOException)) {
          throw re;
        }
        if (c instanceof CharacterCodingException) {
          throw encodingError(sourceName, handler, c);
        }
        c = c.getCause();
      }
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new DataFormatException(sourceName, handler.currentLine(), "malformed CSV: expected RFC-4180 fields (a quoted"
          + " field ends with the quote followed by the delimiter or a line break) but the parser reports '"
          + (root == e ? e.getMessage() : root.getMessage()) + "'", e);
    } catch (UncheckedIOException | IOException e) {
      Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (c instanceof CharacterCodingException) {
        throw encodingError(sourceName, handler, c);
      }
      throw new UncheckedIOException("cannot read " + sourceName + ": " + c.getMessage(),
          c instanceof IOException io ? io : new IOException(c));
    }
    return handler.finish(tracked.last);
  }

  /** Remembers the last character read that is not a line break (to detect an unterminated quote). */
  private static final class LastChar extends java.io.FilterReader {
    int last = -1;

    LastChar(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && c != '\n' && c != '\r') {
        last = c;
      }
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      for (int i = off + n - 1; i >= off; i--) {
        char c = cbuf[i];
        if (c != '\n' && c != '\r') {
          last = c;
          break;
        }
      }
      return n;
    }

    @Override
    public void close() {
      // the caller owns the reader
    }
  }

  private DataFormatException encodingError(String source, FrameHandler h, Throwable c) {
    return new DataFormatException(source, h.currentLine(), "expected " + charset.name()
        + " text but found bytes that are not valid " + charset.name() + " (" + c.getMessage()
        + ") at or after this line; pass the file's encoding with charset(...)", c);
  }

  char delimiter() {
    return delimiter;
  }

  char quoteChar() {
    return quote;
  }

  List<String> missingMarkers() {
    return missing;
  }

  Map<String, ColumnType> types() {
    return types;
  }

  Map<String, List<String>> levels() {
    return levels;
  }

  Set<String> ordinal() {
    return ordinal;
  }

  boolean header() {
    return header;
  }

  boolean ignoreQuotes() {
    return ignoreQuotes;
  }

  int textMinDistinct() {
    return textMinDistinct;
  }

  /**
   * Settings of a {@link CsvReader}; every setter validates its argument and returns this builder.
   *
   * <pre>{@code
   * CsvReader r = CsvReader.builder().delimiter('\t').header(false).build();
   * }</pre>
   */
  public static final class Builder {
    private char delimiter = ',';
    private char quote = '"';
    private Character comment;
    private List<String> missing = List.of();
    private Map<String, ColumnType> types = Map.of();
    private Map<String, List<String>> levels = Map.of();
    private Set<String> ordinal = Set.of();
    private boolean header = true;
    private boolean ignoreQuotes;
    private int textMinDistinct = 1000;
    private Charset charset = StandardCharsets.UTF_8;

    private Builder() {}

    /** Field delimiter (default {@code ','}); must not be the quote character or a line break. */
    public Builder delimiter(char d) {
      if (d == '\r' || d == '\n' || d == quote) {
        throw new IllegalArgumentException("delimiter must not be a line break or the quote character, got '"
            + d + "'");
      }
      this.delimiter = d;
      return this;
    }

    /** Quote character (default {@code '"'}). */
    public Builder quote(char q) {
      if (q == '\r' || q == '\n' || q == delimiter) {
        throw new IllegalArgumentException("quote must not be a line break or the delimiter, got '" + q + "'");
      }
      this.quote = q;
      return this;
    }

    /** Skip lines starting with {@code c} (default: no comment lines). */
    public Builder comment(char c) {
      this.comment = c;
      return this;
    }

    /**
     * Extra unquoted texts that mean "missing", e.g. {@code "NA", "?"} (an empty unquoted field is always
     * missing). Replaces earlier markers.
     */
    public Builder missing(String... markers) {
      for (String m : markers) {
        if (m == null) {
          throw new IllegalArgumentException("missing markers must not be null: " + Arrays.toString(markers));
        }
      }
      this.missing = new ArrayList<>(Arrays.asList(markers));
      return this;
    }

    /** Explicit column types by name, overriding inference (names must exist in the file). */
    public Builder types(Map<String, ColumnType> types) {
      for (Map.Entry<String, ColumnType> e : types.entrySet()) {
        if (e.getKey() == null || e.getValue() == null) {
          throw new IllegalArgumentException("types() must not contain null names or types: " + types);
        }
      }
      this.types = Map.copyOf(types);
      return this;
    }

    /**
     * Declared categorical levels by column name: the column becomes categorical with codes in this order,
     * and any other value is an error.
     */
    public Builder levels(Map<String, List<String>> levels) {
      for (Map.Entry<String, List<String>> e : levels.entrySet()) {
        if (e.getKey() == null || e.getValue() == null || new HashSet<>(e.getValue()).size() != e.getValue().size()
            || e.getValue().stream().anyMatch(java.util.Objects::isNull)) {
          throw new IllegalArgumentException("levels() needs, per column, a list of distinct non-null levels; got "
              + e.getKey() + " -> " + e.getValue());
        }
      }
      this.levels = Map.copyOf(levels);
      return this;
    }

    /** Marks categorical columns as ordinal (their level order, from {@link #levels}, is meaningful). */
    public Builder ordinal(String... columns) {
      this.ordinal = Set.of(columns);
      return this;
    }

    /** Whether the first line is a header (default true). */
    public Builder header(boolean header) {
      this.header = header;
      return this;
    }

    /**
     * Treat quoted fields like unquoted ones when detecting numbers and missing values (for files that quote
     * every field). Default false: a quoted field is always a string value.
     */
    public Builder ignoreQuotes(boolean ignore) {
      this.ignoreQuotes = ignore;
      return this;
    }

    /**
     * An inferred non-numeric column with more distinct values than this (and more than half of its cells
     * distinct) becomes TEXT instead of CATEGORICAL; default 1000, {@code Integer.MAX_VALUE} disables.
     */
    public Builder textMinDistinct(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("textMinDistinct must be >= 0, got " + n);
      }
      this.textMinDistinct = n;
      return this;
    }

    /** Character set of byte input (default UTF-8). */
    public Builder charset(Charset cs) {
      if (cs == null) {
        throw new IllegalArgumentException("charset must not be null");
      }
      this.charset = cs;
      return this;
    }

    /**
     * The reader.
     *
     * @throws IllegalArgumentException if a column is declared both NUMERIC/TEXT/BOOLEAN and with levels, or
     *     ordinal without levels
     */
    public CsvReader build() {
      for (String c : levels.keySet()) {
        ColumnType t = types.get(c);
        if (t != null && t != ColumnType.CATEGORICAL) {
          throw new IllegalArgumentException("column '" + c + "' is declared " + t
              + " in types() but has levels; levels are for CATEGORICAL columns");
        }
      }
      for (String c : ordinal) {
        if (!levels.containsKey(c)) {
          throw new IllegalArgumentException("column '" + c + "' is marked ordinal but has no levels; declare its"
              + " level order with levels(Map.of(\"" + c + "\", List.of(...)))");
        }
      }
      return new CsvReader(this);
    }
  }
}
