package praxis.data;

import java.util.Arrays;

/**
 * A numeric column of doubles; {@code NaN} is missing.
 *
 * <pre>{@code
 * DoubleColumn age = DoubleColumn.of("age", new double[] {31, Double.NaN, 45});
 * double mean = age.stream().filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
 * }</pre>
 */
public final class DoubleColumn extends Column {
  private final double[] data;

  private DoubleColumn(String name, double[] data, int[] index) {
    super(name, index, data.length);
    this.data = data;
  }

  /** A column over a copy of {@code values}. */
  public static DoubleColumn of(String name, double... values) {
    return new DoubleColumn(name, values.clone(), null);
  }

  /** A column that takes ownership of {@code values} (the caller must not modify it afterwards). */
  public static DoubleColumn wrap(String name, double[] values) {
    return new DoubleColumn(name, values, null);
  }

  @Override
  public ColumnType type() {
    return ColumnType.NUMERIC;
  }

  /** Value at {@code row} ({@code NaN} if missing). */
  public double get(int row) {
    return data[at(row)];
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(data[at(row)]);
  }

  /** A fresh array with the values in row order. */
  public double[] toArray() {
    if (index == null) {
      return data.clone();
    }
    double[] out = new double[index.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[index[i]];
    }
    return out;
  }

  /** Copies the values into {@code dst} starting at {@code offset}. */
  public void copyTo(double[] dst, int offset) {
    if (index == null) {
      System.arraycopy(data, 0, dst, offset, data.length);
    } else {
      for (int i = 0; i < index.length; i++) {
        dst[offset + i] = data[index[i]];
      }
    }
  }

  /** A stream of the values in row order. */
  public java.util.stream.DoubleStream stream() {
    return index == null ? Arrays.stream(data) : Arrays.stream(index).mapToDouble(i -> data[i]);
  }

  @Override
  public DoubleColumn rename(String newName) {
    return new DoubleColumn(newName, data, index);
  }

  @Override
  public DoubleColumn rows(int[] rows) {
    return new DoubleColumn(name(), data, compose(rows));
  }

  @Override
  public String format(int row) {
    double v = get(row);
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  @Override
  public Field field() {
    return Field.numeric(name());
  }
}
