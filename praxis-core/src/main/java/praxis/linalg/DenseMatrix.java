package praxis.linalg;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense {@code rows × cols} matrix of doubles stored column-major in one array: element {@code (i, j)} is
 * {@code data()[i + j * rows]}. Mutable and not thread-safe; {@link #data()} is the live backing array, so
 * kernels can work on it without copying.
 *
 * <pre>{@code
 * DenseMatrix a = DenseMatrix.fromRows(new double[][] {{1, 2}, {3, 4}});
 * a.set(0, 1, 5.0);
 * DenseMatrix at = a.transpose();   // a new matrix
 * }</pre>
 */
public final class DenseMatrix {
  private final int rows;
  private final int cols;
  private final double[] data;

  /** A zero matrix; {@code rows, cols >= 0}. */
  public DenseMatrix(int rows, int cols) {
    this(rows, cols, new double[checkedSize(rows, cols)]);
  }

  private DenseMatrix(int rows, int cols, double[] data) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** Wraps (does not copy) a column-major array of length {@code rows * cols}. */
  public static DenseMatrix wrap(int rows, int cols, double[] colMajor) {
    Objects.requireNonNull(colMajor, "colMajor");
    long size = checkedSize(rows, cols);
    if (colMajor.length != size) {
      throw new IllegalArgumentException("colMajor has length " + colMajor.length + " but a " + rows + "×" + cols
          + " matrix needs rows * cols = " + size + "; pass an array of exactly that length");
    }
    return new DenseMatrix(rows, cols, colMajor);
  }

  /** Copies a row-major {@code double[rows][cols]} (all rows of equal length) into a new matrix. */
  public static DenseMatrix fromRows(double[][] rowMajor) {
    Objects.requireNonNull(rowMajor, "rowMajor");
    int r = rowMajor.length;
    int c = r == 0 ? 0 : rowMajor[0].length;
    DenseMatrix m = new DenseMatrix(r, c);
    for (int i = 0; i < r; i++) {
      if (rowMajor[i].length != c) {
        throw new IllegalArgumentException("rowMajor[" + i + "] has " + rowMajor[i].length
            + " entries but row 0 has " + c + "; all rows must have the same length");
      }
      for (int j = 0; j < c; j++) {
        m.data[i + j * r] = rowMajor[i][j];
      }
    }
    return m;
  }

  /** The {@code n × n} identity. */
  public static DenseMatrix identity(int n) {
    DenseMatrix m = new DenseMatrix(n, n);
    for (int i = 0; i < n; i++) {
      m.data[i + i * n] = 1.0;
    }
    return m;
  }

  private static int checkedSize(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("matrix dimensions must be >= 0, got rows=" + rows + ", cols=" + cols);
    }
    long size = (long) rows * cols;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix has " + size
          + " entries, more than a Java array can hold (" + (Integer.MAX_VALUE - 8) + "); split the data");
    }
    return (int) size;
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int cols() {
    return cols;
  }

  /** Element {@code (i, j)}. */
  public double get(int i, int j) {
    return data[index(i, j)];
  }

  /** Sets element {@code (i, j)}. */
  public void set(int i, int j, double v) {
    data[index(i, j)] = v;
  }

  private int index(int i, int j) {
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("index (" + i + ", " + j + ") is outside the " + rows + "×" + cols
          + " matrix");
    }
    return i + j * rows;
  }

  /** The live column-major backing array (length {@code rows * cols}). */
  public double[] data() {
    return data;
  }

  /** A deep copy. */
  public DenseMatrix copy() {
    return new DenseMatrix(rows, cols, data.clone());
  }

  /** A new {@code cols × rows} matrix holding the transpose. */
  public DenseMatrix transpose() {
    DenseMatrix t = new DenseMatrix(cols, rows);
    double[] td = t.data;
    final int b = 32;
    for (int j0 = 0; j0 < cols; j0 += b) {
      int j1 = Math.min(cols, j0 + b);
      for (int i0 = 0; i0 < rows; i0 += b) {
        int i1 = Math.min(rows, i0 + b);
        for (int j = j0; j < j1; j++) {
          int src = j * rows;
          for (int i = i0; i < i1; i++) {
            td[j + i * cols] = data[src + i];
          }
        }
      }
    }
    return t;
  }

  /** A copy of column {@code j}. */
  public double[] column(int j) {
    Objects.checkIndex(j, cols);
    return Arrays.copyOfRange(data, j * rows, (j + 1) * rows);
  }

  /** A row-major copy {@code double[rows][cols]}. */
  public double[][] toRows() {
    double[][] out = new double[rows][cols];
    for (int j = 0; j < cols; j++) {
      int off = j * rows;
      for (int i = 0; i < rows; i++) {
        out[i][j] = data[off + i];
      }
    }
    return out;
  }

  /** Shape and, for matrices up to 8×8, the entries. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("DenseMatrix ").append(rows).append('×').append(cols);
    if (rows <= 8 && cols <= 8) {
      for (int i = 0; i < rows; i++) {
        sb.append(i == 0 ? " [" : ", ").append('[');
        for (int j = 0; j < cols; j++) {
          sb.append(j == 0 ? "" : ", ").append(data[i + j * rows]);
        }
        sb.append(']');
      }
      sb.append(rows == 0 ? " []" : "]");
    }
    return sb.toString();
  }
}
