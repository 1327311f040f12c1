package praxis.io.libsvm;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.AtomicFiles;

/**
 * Writes a numeric {@link Frame} and labels in the LibSVM sparse text format: per row the label, then
 * {@code index:value} for every non-zero value, indices 1-based (or 0-based with
 * {@link Builder#zeroBased(boolean)}) in column order. Numbers are written exactly (integral values without a
 * decimal point). LibSVM has no missing values: a NaN cell is an error naming the column and row.
 * Files are written atomically. Cost: O(rows × columns).
 *
 * <pre>{@code
 * LibSvmWriter.defaults().write(x, y, Path.of("train.libsvm"));        // y: classes with numeric names, or values
 * String text = LibSvmWriter.builder().zeroBased(true).build().toLibSvmString(x, new double[] {1, -1});
 * }</pre>
 */
public final class LibSvmWriter {
  private static final LibSvmWriter DEFAULTS = builder().build();
  private final boolean zeroBased;

  private LibSvmWriter(Builder b) {
    this.zeroBased = b.zeroBased;
  }

  /** A writer with 1-based indices. */
  public static LibSvmWriter defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes {@code x} with the labels of {@code y} atomically: values for a regression target; for classes,
   * the class names, which must be numbers (LibSVM labels are numeric).
   */
  public void write(Frame x, Target y, Path path) {
    write(x, labelsOf(y), path);
  }

  /** Writes {@code x} with {@code labels} atomically (UTF-8). */
  public void write(Frame x, double[] labels, Path path) {
    check(x, labels);
    AtomicFiles.write(path, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      write(x, labels, w);
      w.flush();
    });
  }

  /** The LibSVM text of {@code x} with {@code labels}. */
  public String toLibSvmString(Frame x, double[] labels) {
    StringWriter s = new StringWriter();
    write(x, labels, s);
    return s.toString();
  }

  /** Writes LibSVM text to {@code out} (not closed). */
  public void write(Frame x, double[] labels, Writer out) {
    check(x, labels);
    int p = x.columnCount();
    int n = x.rowCount();
    double[] data = x.toColumnMajor();
    int base = zeroBased ? 0 : 1;
    StringBuilder b = new StringBuilder(256);
    try {
      for (int i = 0; i < n; i++) {
        b.setLength(0);
        b.append(LibSvmReader.formatNumber(labels[i]));
        for (int j = 0; j < p; j++) {
          double v = data[j * n + i];
          if (Double.isNaN(v)) {
            throw new IllegalArgumentException("LibSVM has no missing values but column '" + x.column(j).name()
                + "' row " + i + " is missing; impute first (SimpleImputer) or drop the row");
          }
          if (v != 0) {
            b.append(' ').append(j + base).append(':').append(LibSvmReader.formatNumber(v));
          }
        }
        b.append('\n');
        out.write(b.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write LibSVM: " + e.getMessage(), e);
    }
  }

  private static void check(Frame x, double[] labels) {
    x.requireNumeric("LibSvmWriter");
    if (labels.length != x.rowCount()) {
      throw new IllegalArgumentException("labels has " + labels.length + " values but x has " + x.rowCount()
          + " rows");
    }
    for (int i = 0; i < labels.length; i++) {
      if (!Double.isFinite(labels[i])) {
        throw new IllegalArgumentException("label of row " + i + " is " + labels[i]
            + "; LibSVM labels must be finite numbers");
      }
    }
  }

  private static double[] labelsOf(Target y) {
    switch (y.kind()) {
      case VALUES:
        return y.values();
      case CLASSES: {
        List<String> cls = y.classList();
        double[] code = new double[cls.size()];
        for (int k = 0; k < code.length; k++) {
          code[k] = LibSvmReader.number(cls.get(k));
          if (Double.isNaN(code[k])) {
            throw new IllegalArgumentException("class '" + cls.get(k) + "' of target '" + y.name()
                + "' is not a number, but LibSVM labels are numeric; pass the class codes as doubles instead"
                + " (code k stands for y.classList().get(k))");
          }
        }
        double[] out = new double[y.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = code[y.code(i)];
        }
        return out;
      }
      default:
        throw new IllegalArgumentException("target '" + y.name() + "' holds no labels; LibSVM rows need one");
    }
  }

  /**
   * Settings of a {@link LibSvmWriter}.
   *
   * <pre>{@code
   * LibSvmWriter w = LibSvmWriter.builder().zeroBased(true).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean zeroBased;

    private Builder() {}

    /** Write 0-based indices (default false: 1-based, as LibSVM expects). */
    public Builder zeroBased(boolean zeroBased) {
      this.zeroBased = zeroBased;
      return this;
    }

    /** The writer. */
    public LibSvmWriter build() {
      return new LibSvmWriter(this);
    }
  }
}
