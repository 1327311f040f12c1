package praxis.linalg;

import java.util.Arrays;

/**
 * An immutable sparse matrix in compressed sparse row (CSR) form: row {@code i} holds the entries
 * {@code values[k]} at columns {@code indices[k]} for {@code k} in {@code [indptr[i], indptr[i + 1])}, with
 * column indices strictly increasing within a row. This is the layout LIBSVM, LIBLINEAR and scikit-learn use
 * for text and one-hot data; the kernels here ({@link #rowDot}, {@link #multiply}, {@link
 * #transposeMultiply}) touch only the stored entries.
 *
 * <p>The accessor methods {@link #indptr()}, {@link #indices()} and {@link #values()} return the backing
 * arrays for allocation-free inner loops; callers must not modify them.
 *
 * <pre>{@code
 * CsrMatrix x = CsrMatrix.fromDense(new double[][] {{1, 0, 2}, {0, 0, 3}});
 * double[] w = {0.5, 1, 1};
 * double s = x.rowDot(0, w);                  // 1*0.5 + 2*1 = 2.5
 * double[] xw = x.multiply(w);                // {2.5, 3}
 * CsrMatrix xt = x.transpose();               // CSR of the transpose = column access of x
 * }</pre>
 */
public final class CsrMatrix {
  private final int rows;
  private final int cols;
  private final int[] indptr;
  private final int[] indices;
  private final double[] values;

  private CsrMatrix(int rows, int cols, int[] indptr, int[] indices, double[] values) {
    this.rows = rows;
    this.cols = cols;
    this.indptr = indptr;
    this.indices = indices;
    this.values = values;
  }

  /**
   * A matrix over copies of the given arrays, validated: {@code indptr} has {@code rows + 1} non-decreasing
   * entries from 0 to {@code indices.length}, and the column indices of each row strictly increase within
   * {@code [0, cols)}.
   *
   * @throws IllegalArgumentException naming the first violation
   */
  public static CsrMatrix of(int rows, int cols, int[] indptr, int[] indices, double[] values) {
    return wrap(rows, cols, indptr.clone(), indices.clone(), values.clone());
  }

  /**
   * Like {@link #of} but takes ownership of the arrays (validated, not copied); the caller must not modify
   * them afterwards.
   */
  public static CsrMatrix wrap(int rows, int cols, int[] indptr, int[] indices, double[] values) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("CSR shape must be non-negative but is " + rows + " x " + cols);
    }
    if (indptr.length != rows + 1) {
      throw new IllegalArgumentException("CSR indptr must have rows + 1 = " + (rows + 1) + " entries but has "
          + indptr.length);
    }
    if (indices.length != values.length) {
      throw new IllegalArgumentException("CSR indices (" + indices.length + ") and values (" + values.length
          + ") must have the same length");
    }
    if (indptr[0] != 0 || indptr[rows] != indices.length) {
      throw new IllegalArgumentException("CSR indptr must start at 0 and end at nnz = " + indices.length
          + " but runs from " + indptr[0] + " to " + indptr[rows]);
    }
    for (int i = 0; i < rows; i++) {
      if (indptr[i + 1] < indptr[i]) {
        throw new IllegalArgumentException("CSR indptr decreases at row " + i + ": " + indptr[i] + " then "
            + indptr[i + 1]);
      }
      int prev = -1;
      for (int k = indptr[i]; k < indptr[i + 1]; k++) {
        int j = indices[k];
        if (j <= prev || j >= cols) {
          throw new IllegalArgumentException("CSR row " + i + ": column index " + j + " at entry " + k
              + (j >= cols ? " is outside [0, " + cols + ")" : " does not increase (previous " + prev + ")"));
        }
        prev = j;
      }
    }
    return new CsrMatrix(rows, cols, indptr, indices, values);
  }

  /** The stored non-zeros of a row-major dense array (zeros are not stored). */
  public static CsrMatrix fromDense(double[][] x) {
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    int nnz = 0;
    for (double[] row : x) {
      if (row.length != p) {
        throw new IllegalArgumentException("rows have different lengths: " + p + " and " + row.length);
      }
      for (double v : row) {
        if (v != 0) {
          nnz++;
        }
      }
    }
    int[] ptr = new int[n + 1];
    int[] idx = new int[nnz];
    double[] val = new double[nnz];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        double v = x[i][j];
        if (v != 0) {
          idx[k] = j;
          val[k++] = v;
        }
      }
      ptr[i + 1] = k;
    }
    return new CsrMatrix(n, p, ptr, idx, val);
  }

  /** The stored non-zeros of a dense matrix. */
  public static CsrMatrix fromDense(DenseMatrix m) {
    int n = m.rows();
    int p = m.cols();
    double[] d = m.data();
    int[] ptr = new int[n + 1];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        if (d[j * n + i] != 0) {
          ptr[i + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      ptr[i + 1] += ptr[i];
    }
    int[] fill = Arrays.copyOf(ptr, n);
    int[] idx = new int[ptr[n]];
    double[] val = new double[ptr[n]];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        double v = d[j * n + i];
        if (v != 0) {
          idx[fill[i]] = j;
          val[fill[i]++] = v;
        }
      }
    }
    return new CsrMatrix(n, p, ptr, idx, val);
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int cols() {
    return cols;
  }

  /** Number of stored entries. */
  public int nnz() {
    return indices.length;
  }

  /** Stored entries over {@code rows * cols} (0 for an empty shape). */
  public double density() {
    double size = (double) rows * cols;
    return size == 0 ? 0 : indices.length / size;
  }

  /** Row pointers (backing array, length {@code rows + 1}; do not modify). */
  public int[] indptr() {
    return indptr;
  }

  /** Column index of each stored entry (backing array; do not modify). */
  public int[] indices() {
    return indices;
  }

  /** Value of each stored entry (backing array; do not modify). */
  public double[] values() {
    return values;
  }

  /** Entry {@code (i, j)} (0 when not stored), by binary search within the row. */
  public double get(int i, int j) {
    checkRow(i);
    if (j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("column " + j + " is outside [0, " + cols + ")");
    }
    int k = Arrays.binarySearch(indices, indptr[i], indptr[i + 1], j);
    return k >= 0 ? values[k] : 0.0;
  }

  /** {@code sum_j x[i][j] * w[j]}. */
  public double rowDot(int i, double[] w) {
    double s = 0;
    for (int k = indptr[i], e = indptr[i + 1]; k < e; k++) {
      s += values[k] * w[indices[k]];
    }
    return s;
  }

  /** {@code sum_j x[a][j] * x[b][j]} (a sparse-sparse merge). */
  public double rowDot(int a, int b) {
    int ka = indptr[a];
    int ea = indptr[a + 1];
    int kb = indptr[b];
    int eb = indptr[b + 1];
    double s = 0;
    while (ka < ea && kb < eb) {
      int ja = indices[ka];
      int jb = indices[kb];
      if (ja == jb) {
        s += values[ka++] * values[kb++];
      } else if (ja < jb) {
        ka++;
      } else {
        kb++;
      }
    }
    return s;
  }

  /** {@code w += alpha * x[i]}. */
  public void addRowTo(int i, double alpha, double[] w) {
    for (int k = indptr[i], e = indptr[i + 1]; k < e; k++) {
      w[indices[k]] += alpha * values[k];
    }
  }

  /** Squared Euclidean norm of each row. */
  public double[] rowSquaredNorms() {
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int k = indptr[i], e = indptr[i + 1]; k < e; k++) {
        s += values[k] * values[k];
      }
      out[i] = s;
    }
    return out;
  }

  /** Column sums. */
  public double[] columnSums() {
    double[] out = new double[cols];
    for (int k = 0; k < indices.length; k++) {
      out[indices[k]] += values[k];
    }
    return out;
  }

  /** {@code x w} as a new array. */
  public double[] multiply(double[] w) {
    double[] out = new double[rows];
    multiply(w, out);
    return out;
  }

  /** {@code out = x w}. */
  public void multiply(double[] w, double[] out) {
    if (w.length != cols || out.length != rows) {
      throw new IllegalArgumentException("multiply: x is " + rows + " x " + cols + " but w has " + w.length
          + " and out has " + out.length + " entries");
    }
    for (int i = 0; i < rows; i++) {
      out[i] = rowDot(i, w);
    }
  }

  /** {@code x^T r} as a new array. */
  public double[] transposeMultiply(double[] r) {
    double[] out = new double[cols];
    transposeMultiply(r, out);
    return out;
  }

  /** {@code out = x^T r}. */
  public void transposeMultiply(double[] r, double[] out) {
    if (r.length != rows || out.length != cols) {
      throw new IllegalArgumentException("transposeMultiply: x is " + rows + " x " + cols + " but r has "
          + r.length + " and out has " + out.length + " entries");
    }
    Arrays.fill(out, 0.0);
    for (int i = 0; i < rows; i++) {
      double ri = r[i];
      if (ri != 0) {
        for (int k = indptr[i], e = indptr[i + 1]; k < e; k++) {
          out[indices[k]] += values[k] * ri;
        }
      }
    }
  }

  /** The transpose in CSR form (equivalently, this matrix in compressed sparse column form). */
  public CsrMatrix transpose() {
    int[] ptr = new int[cols + 1];
    for (int j : indices) {
      ptr[j + 1]++;
    }
    for (int j = 0; j < cols; j++) {
      ptr[j + 1] += ptr[j];
    }
    int[] fill = Arrays.copyOf(ptr, cols);
    int[] idx = new int[indices.length];
    double[] val = new double[indices.length];
    for (int i = 0; i < rows; i++) {
      for (int k = indptr[i], e = indptr[i + 1]; k < e; k++) {
        int t = fill[indices[k]]++;
        idx[t] = i;
        val[t] = values[k];
      }
    }
    return new CsrMatrix(cols, rows, ptr, idx, val);
  }

  /** The given rows, in that order (repeats allowed), as a new matrix. */
  public CsrMatrix selectRows(int[] rowIdx) {
    int[] ptr = new int[rowIdx.length + 1];
    for (int t = 0; t < rowIdx.length; t++) {
      int i = rowIdx[t];
      checkRow(i);
      ptr[t + 1] = ptr[t] + indptr[i + 1] - indptr[i];
    }
    int[] idx = new int[ptr[rowIdx.length]];
    double[] val = new double[idx.length];
    for (int t = 0; t < rowIdx.length; t++) {
      int i = rowIdx[t];
      int len = indptr[i + 1] - indptr[i];
      System.arraycopy(indices, indptr[i], idx, ptr[t], len);
      System.arraycopy(values, indptr[i], val, ptr[t], len);
    }
    return new CsrMatrix(rowIdx.length, cols, ptr, idx, val);
  }

  /** Row {@code i} as a dense array of length {@code cols}. */
  public double[] denseRow(int i) {
    checkRow(i);
    double[] out = new double[cols];
    for (int k = indptr[i]; k < indptr[i + 1]; k++) {
      out[indices[k]] = values[k];
    }
    return out;
  }

  /** The dense equivalent (column-major). */
  public DenseMatrix toDense() {
    double[] d = new double[Math.multiplyExact(rows, cols)];
    for (int i = 0; i < rows; i++) {
      for (int k = indptr[i]; k < indptr[i + 1]; k++) {
        d[indices[k] * rows + i] = values[k];
      }
    }
    return DenseMatrix.wrap(rows, cols, d);
  }

  private void checkRow(int i) {
    if (i < 0 || i >= rows) {
      throw new IndexOutOfBoundsException("row " + i + " is outside [0, " + rows + ")");
    }
  }

  @Override
  public String toString() {
    return "CsrMatrix[" + rows + " x " + cols + ", nnz " + indices.length + "]";
  }
}
