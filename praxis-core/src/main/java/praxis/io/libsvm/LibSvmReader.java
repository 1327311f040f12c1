package praxis.io.libsvm;

import praxis.io.internal.NumberText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.linalg.CsrMatrix;
import praxis.io.DataFormatException;

/**
 * Reads the LibSVM / SVMlight sparse text format, one row per line: {@code label index:value index:value ...}
 * with indices 1-based (or 0-based with {@link Builder#zeroBased(boolean)}) and strictly increasing; blank
 * lines and {@code #} comments are skipped. The result is dense: one NUMERIC column per index up to the
 * largest index seen (or {@link Builder#nFeatures(int)}), absent entries 0. Rows are collected in primitive
 * compressed-sparse-row arrays, then scattered into the columns. Errors are {@link DataFormatException}s
 * naming the source, line and offending token. Not supported: {@code qid:} (ranking) tokens and multi-label
 * lines ({@code 1,3 ...}). Cost: O(non-zeros) to parse plus O(rows × features) to fill the dense frame.
 *
 * <pre>{@code
 * LibSvmData d = LibSvmReader.defaults().read(Path.of("heart_scale"));
 * LibSvmData t = LibSvmReader.builder().nFeatures(123).build().read(Path.of("a1a.t"));
 * }</pre>
 */
public final class LibSvmReader {
  private static final LibSvmReader DEFAULTS = builder().build();

  private final boolean zeroBased;
  private final int nFeatures;
  private final String labelName;
  private final Storage storage;

  private LibSvmReader(Builder b) {
    this.zeroBased = b.zeroBased;
    this.nFeatures = b.nFeatures;
    this.labelName = b.labelName;
    this.storage = b.storage;
  }

  /**
   * How the feature columns are stored: {@code SPARSE} (only non-zeros, {@link DoubleColumn#sparse}),
   * {@code DENSE}, or {@code AUTO} (default): sparse when at most a quarter of the cells are non-zero, as is
   * usual for LibSVM files.
   */
  public enum Storage {
    /** Sparse when density ≤ 0.25, dense otherwise. */
    AUTO,
    /** Always sparse columns. */
    SPARSE,
    /** Always dense columns. */
    DENSE
  }

  /** A reader with 1-based indices and the dimension taken from the data. */
  public static LibSvmReader defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads a file (gzip when the name ends in {@code .gz}). */
  public LibSvmData read(Path path) {
    if (!Files.exists(path)) {
      throw new UncheckedIOException("cannot read LibSVM file '" + path.toAbsolutePath() + "': no such file",
          new NoSuchFileException(path.toString()));
    }
    try (InputStream raw = Files.newInputStream(path)) {
      InputStream in = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
          ? new GZIPInputStream(raw, 1 << 16) : raw;
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read LibSVM file '" + path.toAbsolutePath() + "': " + e.getMessage(), e);
    }
  }

  /** Reads from a stream (not closed). */
  public LibSvmData read(InputStream in, String sourceName) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  /** Reads LibSVM text held in a string. */
  public LibSvmData parse(String text, String sourceName) {
    return read(new StringReader(text), sourceName);
  }

  /** Reads from a reader (not closed). */
  public LibSvmData read(Reader reader, String sourceName) {
    int base = zeroBased ? 0 : 1;
    double[] labels = new double[256];
    int[] rowEnd = new int[256];
    int[] idx = new int[1024];
    double[] val = new double[1024];
    int rows = 0;
    int nnz = 0;
    int maxIndex = base - 1;
    long lineNo = 0;
    try {
      BufferedReader in = new BufferedReader(reader, 1 << 16);
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        lineNo++;
        int end = s.indexOf('#');
        if (end < 0) {
          end = s.length();
        }
        int p = skipBlanks(s, 0, end);
        if (p == end) {
          continue;
        }
        int q = tokenEnd(s, p, end);
        String labelTok = s.substring(p, q);
        double label = number(labelTok);
        if (Double.isNaN(label)) {
          throw new DataFormatException(sourceName, lineNo, "expected a numeric label as the first token but found '"
              + DataFormatException.excerpt(labelTok) + "'"
              + (labelTok.indexOf(',') >= 0 ? " (multi-label lines are not supported)" : ""));
        }
        if (rows == labels.length) {
          labels = Arrays.copyOf(labels, rows * 2);
          rowEnd = Arrays.copyOf(rowEnd, rows * 2);
        }
        int prev = base - 1;
        for (p = skipBlanks(s, q, end); p < end; p = skipBlanks(s, q, end)) {
          q = tokenEnd(s, p, end);
          int colon = s.indexOf(':', p);
          if (colon < 0 || colon >= q) {
            throw badToken(sourceName, lineNo, s.substring(p, q), "'index:value'");
          }
          int index = parseIndex(s, p, colon);
          if (index < 0) {
            throw badToken(sourceName, lineNo, s.substring(p, q), s.startsWith("qid", p)
                ? "'index:value' (qid ranking tokens are not supported)" : "'index:value' with an integer index");
          }
          if (index < base) {
            throw badToken(sourceName, lineNo, s.substring(p, q), "an index >= " + base
                + (zeroBased ? "" : " (indices are 1-based; use zeroBased(true) for 0-based files)"));
          }
          if (index <= prev) {
            throw badToken(sourceName, lineNo, s.substring(p, q), "an index greater than the previous one (" + prev
                + "); indices must strictly increase");
          }
          if (nFeatures > 0 && index - base >= nFeatures) {
            throw badToken(sourceName, lineNo, s.substring(p, q), "an index <= " + (nFeatures - 1 + base)
                + " (nFeatures is " + nFeatures + ")");
          }
          String vt = s.substring(colon + 1, q);
          double v = number(vt);
          if (Double.isNaN(v)) {
            throw badToken(sourceName, lineNo, s.substring(p, q), "'index:value' with a numeric value");
          }
          if (nnz == idx.length) {
            idx = Arrays.copyOf(idx, nnz * 2);
            val = Arrays.copyOf(val, nnz * 2);
          }
          idx[nnz] = index - base;
          val[nnz] = v;
          nnz++;
          prev = index;
        }
        maxIndex = Math.max(maxIndex, prev);
        labels[rows] = label;
        rowEnd[rows] = nnz;
        rows++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    int d = nFeatures > 0 ? nFeatures : maxIndex - base + 1;
    double density = rows == 0 || d == 0 ? 0 : nnz / ((double) rows * d);
    boolean sparse = storage == Storage.SPARSE || (storage == Storage.AUTO && density <= 0.25);
    List<String> names = new ArrayList<>(d);
    for (int j = 0; j < d; j++) {
      names.add("x" + (j + base));
    }
    Frame x;
    if (d == 0) {
      x = Frame.empty(rows);
    } else if (sparse) {
      int[] ptr = new int[rows + 1];
      System.arraycopy(rowEnd, 0, ptr, 1, rows);
      x = Frame.ofCsr(CsrMatrix.wrap(rows, d, ptr, Arrays.copyOf(idx, nnz), Arrays.copyOf(val, nnz)), names);
    } else {
      double[][] cols = new double[d][rows];
      int k = 0;
      for (int i = 0; i < rows; i++) {
        for (; k < rowEnd[i]; k++) {
          cols[idx[k]][i] = val[k];
        }
      }
      List<Column> out = new ArrayList<>(d);
      for (int j = 0; j < d; j++) {
        out.add(DoubleColumn.wrap(names.get(j), cols[j]));
      }
      x = Frame.of(out);
    }
    return new LibSvmData(x, Arrays.copyOf(labels, rows), labelName);
  }

  private static DataFormatException badToken(String source, long line, String token, String expected) {
    return new DataFormatException(source, line, "expected " + expected + " but found '"
        + DataFormatException.excerpt(token) + "'");
  }

  private static int skipBlanks(String s, int p, int end) {
    while (p < end && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\r')) {
      p++;
    }
    return p;
  }

  private static int tokenEnd(String s, int p, int end) {
    while (p < end && s.charAt(p) != ' ' && s.charAt(p) != '\t' && s.charAt(p) != '\r') {
      p++;
    }
    return p;
  }

  /** Non-negative decimal integer in {@code s[from, to)}, or -1. */
  private static int parseIndex(String s, int from, int to) {
    if (from == to || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A decimal number (sign, digits, point, exponent, Infinity), NaN if the text is not one. */
  static double number(String s) {
    return NumberText.parse(s);
  }


  /** Shortest exact text of {@code v}: integral values without a decimal point. */
  static String formatNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return v == 0 && 1 / v < 0 ? "-0" : Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Settings of a {@link LibSvmReader}.
   *
   * <pre>{@code
   * LibSvmReader r = LibSvmReader.builder().zeroBased(true).nFeatures(10).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean zeroBased;
    private int nFeatures;
    private String labelName = "label";
    private Storage storage = Storage.AUTO;

    private Builder() {}

    /** Sparse or dense feature columns (default {@link Storage#AUTO}). */
    public Builder storage(Storage storage) {
      if (storage == null) {
        throw new IllegalArgumentException("storage must be AUTO, SPARSE or DENSE, got null");
      }
      this.storage = storage;
      return this;
    }

    /** Whether indices start at 0 (default false: 1-based, as LibSVM writes them). */
    public Builder zeroBased(boolean zeroBased) {
      this.zeroBased = zeroBased;
      return this;
    }

    /**
     * Fixed number of features (e.g. to read a test file with the training file's dimension); 0 (default)
     * takes the largest index in the file. Larger indices are an error.
     */
    public Builder nFeatures(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("nFeatures must be >= 0 (0 = from the data), got " + n);
      }
      this.nFeatures = n;
      return this;
    }

    /** Name of the label column and target (default {@code label}). */
    public Builder labelName(String name) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("labelName must be a non-empty string, got '" + name + "'");
      }
      this.labelName = name;
      return this;
    }

    /** The reader. */
    public LibSvmReader build() {
      return new LibSvmReader(this);
    }
  }
}
