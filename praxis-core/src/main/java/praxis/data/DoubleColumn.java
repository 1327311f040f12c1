package praxis.data;

import java.util.Arrays;

/**
 * A numeric column of doubles; {@code NaN} is missing.
 *
 * <p>A column is stored either densely (one double per row) or sparsely ({@link #sparse}: only the rows
 * whose value is not zero, with their values, in increasing row order). Both behave identically through
 * this API; sparse columns are what text vectorizers, one-hot encoders and LibSVM files produce, and
 * sparse-aware estimators read them without densifying through {@link Frame#toCsr()}. A row subset of a
 * sparse column ({@link #rows(int[])}) copies the selected non-zeros instead of making an index view.
 *
 * <pre>{@code
 * DoubleColumn age = DoubleColumn.of("age", new double[] {31, Double.NaN, 45});
 * double mean = age.stream().filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
 * DoubleColumn counts = DoubleColumn.sparse("word=praxis", 1000, new int[] {3, 17}, new double[] {2, 1});
 * double c = counts.get(17);   // 1.0; every other row is 0.0
 * }</pre>
 */
public final class DoubleColumn extends Column {
  /** Dense storage, or {@code null} for a sparse column. */
  private final double[] data;
  /** Sparse storage: strictly increasing rows holding a non-zero (possibly NaN) value. */
  private final int[] nzRows;
  private final double[] nzValues;

  private DoubleColumn(String name, double[] data, int[] index) {
    super(name, index, data.length);
    this.data = data;
    this.nzRows = null;
    this.nzValues = null;
  }

  private DoubleColumn(String name, int length, int[] nzRows, double[] nzValues) {
    super(name, null, length);
    this.data = null;
    this.nzRows = nzRows;
    this.nzValues = nzValues;
  }

  /** A column over a copy of {@code values}. */
  public static DoubleColumn of(String name, double... values) {
    return new DoubleColumn(name, values.clone(), null);
  }

  /** A column that takes ownership of {@code values} (the caller must not modify it afterwards). */
  public static DoubleColumn wrap(String name, double[] values) {
    return new DoubleColumn(name, values, null);
  }

  /**
   * A sparse column of {@code length} rows that is zero except at {@code rows[k]}, where it is
   * {@code values[k]} ({@code NaN} marks a missing row). {@code rows} must strictly increase within
   * {@code [0, length)}; explicit zeros are dropped. The arrays are copied.
   *
   * @throws IllegalArgumentException naming the offending position when the rows are out of order or range
   */
  public static DoubleColumn sparse(String name, int length, int[] rows, double[] values) {
    if (length < 0) {
      throw new IllegalArgumentException("sparse column '" + name + "': length must be >= 0 but is " + length);
    }
    if (rows.length != values.length) {
      throw new IllegalArgumentException("sparse column '" + name + "': " + rows.length + " rows but "
          + values.length + " values; pass one value per row");
    }
    int nz = 0;
    int prev = -1;
    for (int k = 0; k < rows.length; k++) {
      int r = rows[k];
      if (r <= prev || r >= length) {
        throw new IllegalArgumentException("sparse column '" + name + "': row " + r + " at position " + k
            + (r >= length ? " is outside [0, " + length + ")" : " does not increase (previous " + prev + ")")
            + "; rows must be sorted, distinct and below the length");
      }
      prev = r;
      if (values[k] != 0) {
        nz++;
      }
    }
    int[] r = new int[nz];
    double[] v = new double[nz];
    int o = 0;
    for (int k = 0; k < rows.length; k++) {
      if (values[k] != 0) {
        r[o] = rows[k];
        v[o++] = values[k];
      }
    }
    return new DoubleColumn(name, length, r, v);
  }

  /** Trusted sparse constructor (sorted rows, no zeros; arrays owned). */
  static DoubleColumn sparseOwned(String name, int length, int[] rows, double[] values) {
    return new DoubleColumn(name, length, rows, values);
  }

  @Override
  public ColumnType type() {
    return ColumnType.NUMERIC;
  }

  /** Whether this column stores only its non-zero rows. */
  public boolean isSparse() {
    return data == null;
  }

  /** Number of rows whose value is not zero (missing {@code NaN} rows count as non-zero). */
  public int nonZeroCount() {
    if (data == null) {
      return nzRows.length;
    }
    int c = 0;
    for (int i = 0; i < size(); i++) {
      if (data[at(i)] != 0) {
        c++;
      }
    }
    return c;
  }

  /** The rows with a non-zero value, increasing (a fresh array). */
  public int[] nonZeroRows() {
    if (data == null) {
      return nzRows.clone();
    }
    int[] out = new int[nonZeroCount()];
    int o = 0;
    for (int i = 0; i < size(); i++) {
      if (data[at(i)] != 0) {
        out[o++] = i;
      }
    }
    return out;
  }

  /** The non-zero values, aligned with {@link #nonZeroRows()} (a fresh array). */
  public double[] nonZeroValues() {
    if (data == null) {
      return nzValues.clone();
    }
    double[] out = new double[nonZeroCount()];
    int o = 0;
    for (int i = 0; i < size(); i++) {
      double v = data[at(i)];
      if (v != 0) {
        out[o++] = v;
      }
    }
    return out;
  }

  /** Sparse storage rows (not copied; package use only). */
  int[] sparseRows() {
    return nzRows;
  }

  /** Sparse storage values (not copied; package use only). */
  double[] sparseValues() {
    return nzValues;
  }

  /** Value at {@code row} ({@code NaN} if missing). */
  public double get(int row) {
    if (data != null) {
      return data[at(row)];
    }
    if (row < 0 || row >= size()) {
      throw new IndexOutOfBoundsException("row " + row + " is outside [0, " + size() + ") of column '" + name() + "'");
    }
    int k = Arrays.binarySearch(nzRows, row);
    return k >= 0 ? nzValues[k] : 0.0;
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(get(row));
  }

  @Override
  public int missingCount() {
    if (data != null) {
      return super.missingCount();
    }
    int m = 0;
    for (double v : nzValues) {
      if (Double.isNaN(v)) {
        m++;
      }
    }
    return m;
  }

  /** A fresh array with the values in row order. */
  public double[] toArray() {
    double[] out = new double[size()];
    copyTo(out, 0);
    return out;
  }

  /** Copies the values into {@code dst} starting at {@code offset}. */
  public void copyTo(double[] dst, int offset) {
    if (data == null) {
      Arrays.fill(dst, offset, offset + size(), 0.0);
      for (int k = 0; k < nzRows.length; k++) {
        dst[offset + nzRows[k]] = nzValues[k];
      }
    } else if (index == null) {
      System.arraycopy(data, 0, dst, offset, data.length);
    } else {
      for (int i = 0; i < index.length; i++) {
        dst[offset + i] = data[index[i]];
      }
    }
  }

  /** A stream of the values in row order. */
  public java.util.stream.DoubleStream stream() {
    if (data == null) {
      return Arrays.stream(toArray());
    }
    return index == null ? Arrays.stream(data) : Arrays.stream(index).mapToDouble(i -> data[i]);
  }

  @Override
  public DoubleColumn rename(String newName) {
    return data == null ? new DoubleColumn(newName, size(), nzRows, nzValues) : new DoubleColumn(newName, data, index);
  }

  @Override
  public DoubleColumn rows(int[] rows) {
    if (data != null) {
      return new DoubleColumn(name(), data, compose(rows));
    }
    return selectSparse(RowSelection.of(rows, size(), name()));
  }

  /** The rows of a sparse column selected by a precomputed selection (shared by all columns of a frame). */
  DoubleColumn selectSparse(RowSelection sel) {
    int count = 0;
    for (int r : nzRows) {
      count += sel.multiplicity(r);
    }
    int[] r = new int[count];
    double[] v = new double[count];
    int o = 0;
    for (int k = 0; k < nzRows.length; k++) {
      int base = nzRows[k];
      for (int t = sel.start(base), e = sel.end(base); t < e; t++) {
        r[o] = sel.position(t);
        v[o++] = nzValues[k];
      }
    }
    if (!sel.increasing()) {
      sortPairs(r, v);
    }
    return new DoubleColumn(name(), sel.size(), r, v);
  }

  /** Sorts (row, value) pairs by row (rows are distinct). */
  private static void sortPairs(int[] r, double[] v) {
    long[] keys = new long[r.length];
    for (int k = 0; k < r.length; k++) {
      keys[k] = ((long) r[k] << 32) | k;
    }
    Arrays.sort(keys);
    double[] vv = v.clone();
    for (int k = 0; k < keys.length; k++) {
      r[k] = (int) (keys[k] >>> 32);
      v[k] = vv[(int) keys[k]];
    }
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
