package praxis.io.csv;

import praxis.io.internal.NumberText;
import java.util.Arrays;
import java.util.List;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.TextColumn;
import praxis.io.DataFormatException;

/**
 * A growable primitive column filled cell by cell from the parser's buffer. An inferred column starts as
 * numeric and keeps the raw characters of its cells (in one shared char array, no strings) so that it can
 * turn categorical, with the original spellings, at the first cell that is not a number.
 */
final class ColumnBuilder {
  private enum Mode { INFER_NUMERIC, NUMERIC, CATEGORICAL, TEXT, BOOLEAN }

  private final String name;
  private final int number;
  private final boolean inferred;
  private final boolean ordinal;
  private final boolean ignoreQuotes;
  private final List<String> declaredLevels;
  private Mode mode;
  private int n;

  private double[] values;
  private char[] raw;
  private int rawLen;
  private int[] rawEnds;

  private int[] codes;
  private CharDictionary dict;
  private String[] texts;
  private byte[] bools;

  /**
   * @param type explicit type, or {@code null} to infer NUMERIC/CATEGORICAL/TEXT
   * @param levels declared levels (categorical only), or {@code null}
   */
  ColumnBuilder(String name, int number, ColumnType type, List<String> levels, boolean ordinal, boolean ignoreQuotes) {
    this.name = name;
    this.number = number;
    this.inferred = type == null;
    this.ordinal = ordinal;
    this.ignoreQuotes = ignoreQuotes;
    this.declaredLevels = levels;
    int cap = 64;
    if (type == null) {
      mode = Mode.INFER_NUMERIC;
      values = new double[cap];
      raw = new char[cap * 4];
      rawEnds = new int[cap];
    } else {
      switch (type) {
        case NUMERIC -> {
          mode = Mode.NUMERIC;
          values = new double[cap];
        }
        case CATEGORICAL -> {
          mode = Mode.CATEGORICAL;
          codes = new int[cap];
          dict = levels == null ? new CharDictionary() : new CharDictionary(levels);
        }
        case TEXT -> {
          mode = Mode.TEXT;
          texts = new String[cap];
        }
        case BOOLEAN -> {
          mode = Mode.BOOLEAN;
          bools = new byte[cap];
        }
        default -> throw new IllegalArgumentException("unsupported column type " + type);
      }
    }
  }

  String name() {
    return name;
  }

  /** Appends a missing value. */
  void addMissing() {
    ensure();
    switch (mode) {
      case INFER_NUMERIC -> {
        values[n] = Double.NaN;
        rawEnds[n] = rawLen;
      }
      case NUMERIC -> values[n] = Double.NaN;
      case CATEGORICAL -> codes[n] = CategoricalColumn.MISSING;
      case TEXT -> texts[n] = null;
      case BOOLEAN -> bools[n] = BooleanColumn.MISSING;
      default -> throw new AssertionError(mode);
    }
    n++;
  }

  /** Appends a non-missing cell; {@code line} and {@code source} are for error messages only. */
  void add(char[] buf, int off, int len, boolean quoted, long line, String source) {
    ensure();
    switch (mode) {
      case INFER_NUMERIC -> {
        double v = (quoted && !ignoreQuotes) ? NumberText.NOT_A_NUMBER : NumberText.parse(buf, off, len);
        if (Double.isNaN(v)) {
          toCategorical();
          addCode(buf, off, len, line, source);
        } else {
          values[n] = v;
          if (rawLen + len > raw.length) {
            raw = Arrays.copyOf(raw, Math.max(raw.length + (raw.length >> 1), rawLen + len));
          }
          System.arraycopy(buf, off, raw, rawLen, len);
          rawLen += len;
          rawEnds[n] = rawLen;
        }
      }
      case NUMERIC -> {
        double v = NumberText.parse(buf, off, len);
        if (Double.isNaN(v)) {
          throw new DataFormatException(source, line, name, number, "a number", new String(buf, off, len));
        }
        values[n] = v;
      }
      case CATEGORICAL -> addCode(buf, off, len, line, source);
      case TEXT -> texts[n] = new String(buf, off, len);
      case BOOLEAN -> bools[n] = parseBoolean(buf, off, len, line, source);
      default -> throw new AssertionError(mode);
    }
    n++;
  }

  private void addCode(char[] buf, int off, int len, long line, String source) {
    int c = dict.intern(buf, off, len);
    if (c < 0) {
      throw new DataFormatException(source, line, name, number, "one of the declared levels " + declaredLevels,
          new String(buf, off, len));
    }
    codes[n] = c;
  }

  private byte parseBoolean(char[] buf, int off, int len, long line, String source) {
    String s = new String(buf, off, len).trim();
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return 1;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0")) {
      return 0;
    }
    throw new DataFormatException(source, line, name, number, "a boolean (true/false or 1/0)", s);
  }

  /** Switches an inferring column to categorical, encoding the numbers seen so far by their original text. */
  private void toCategorical() {
    dict = new CharDictionary();
    codes = new int[values.length];
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(values[i])) {
        codes[i] = CategoricalColumn.MISSING;
      } else {
        codes[i] = dict.intern(raw, start, rawEnds[i] - start);
      }
      start = rawEnds[i];
    }
    values = null;
    raw = null;
    rawEnds = null;
    mode = Mode.CATEGORICAL;
  }

  private void ensure() {
    int cap = switch (mode) {
      case INFER_NUMERIC, NUMERIC -> values.length;
      case CATEGORICAL -> codes.length;
      case TEXT -> texts.length;
      case BOOLEAN -> bools.length;
    };
    if (n < cap) {
      return;
    }
    int nc = cap + (cap >> 1) + 16;
    switch (mode) {
      case INFER_NUMERIC -> {
        values = Arrays.copyOf(values, nc);
        rawEnds = Arrays.copyOf(rawEnds, nc);
      }
      case NUMERIC -> values = Arrays.copyOf(values, nc);
      case CATEGORICAL -> codes = Arrays.copyOf(codes, nc);
      case TEXT -> texts = Arrays.copyOf(texts, nc);
      case BOOLEAN -> bools = Arrays.copyOf(bools, nc);
      default -> throw new AssertionError(mode);
    }
  }

  /**
   * The finished column. An inferred categorical column becomes TEXT when it has more than
   * {@code textMinDistinct} distinct values and they are more than half of its non-missing cells.
   */
  Column build(int textMinDistinct) {
    switch (mode) {
      case INFER_NUMERIC, NUMERIC:
        return DoubleColumn.wrap(name, Arrays.copyOf(values, n));
      case TEXT:
        return TextColumn.wrap(name, Arrays.copyOf(texts, n));
      case BOOLEAN:
        return BooleanColumn.wrap(name, Arrays.copyOf(bools, n));
      case CATEGORICAL:
      default:
        break;
    }
    int[] c = Arrays.copyOf(codes, n);
    if (inferred && dict.size() > textMinDistinct) {
      int nonMissing = 0;
      for (int v : c) {
        if (v != CategoricalColumn.MISSING) {
          nonMissing++;
        }
      }
      if (dict.size() * 2L > nonMissing) {
        String[] t = new String[n];
        for (int i = 0; i < n; i++) {
          t[i] = c[i] == CategoricalColumn.MISSING ? null : dict.level(c[i]);
        }
        return TextColumn.wrap(name, t);
      }
    }
    return CategoricalColumn.wrap(name, c, dict.levels(), ordinal);
  }
}
