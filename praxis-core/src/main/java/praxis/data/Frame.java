package praxis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import praxis.linalg.CsrMatrix;

/**
 * An immutable columnar table. Columns are typed ({@link DoubleColumn}, {@link CategoricalColumn},
 * {@link TextColumn}, {@link BooleanColumn}); missing values are first-class. Row subsets made with
 * {@link #rows(int[])} are zero-copy views, so cross-validation splits cost one int array per fold.
 *
 * <pre>{@code
 * Frame f = Frame.of(DoubleColumn.of("x", 1, 2, 3), CategoricalColumn.of("c", "a", "b", "a"));
 * Frame train = f.rows(new int[] {0, 2});
 * System.out.println(f.describe());
 * }</pre>
 */
public final class Frame {
  private final Schema schema;
  private final List<Column> columns;
  private final int nRows;

  private Frame(List<Column> columns, int nRows) {
    this.columns = List.copyOf(columns);
    List<Field> fields = new ArrayList<>(columns.size());
    for (Column c : this.columns) {
      if (c.size() != nRows) {
        throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size() + " rows but the frame has "
            + nRows);
      }
      fields.add(c.field());
    }
    this.schema = new Schema(fields);
    this.nRows = nRows;
  }

  /** A frame of the given columns, which must all have the same length and distinct names. */
  public static Frame of(Column... columns) {
    return of(List.of(columns));
  }

  /** A frame of the given columns, which must all have the same length and distinct names. */
  public static Frame of(List<? extends Column> columns) {
    int n = columns.isEmpty() ? 0 : columns.get(0).size();
    return new Frame(new ArrayList<>(columns), n);
  }

  /** A frame with no columns and {@code nRows} rows. */
  public static Frame empty(int nRows) {
    return new Frame(List.of(), nRows);
  }

  /**
   * A numeric frame from a row-major array; column names {@code names} (or x0, x1, ... when null).
   */
  public static Frame ofRows(double[][] rows, List<String> names) {
    int p = rows.length == 0 ? (names == null ? 0 : names.size()) : rows[0].length;
    List<Column> cols = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double[] v = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        if (rows[i].length != p) {
          throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values but row 0 has " + p);
        }
        v[i] = rows[i][j];
      }
      cols.add(DoubleColumn.wrap(names == null ? "x" + j : names.get(j), v));
    }
    return new Frame(cols, rows.length);
  }

  /** The schema (names and types). */
  public Schema schema() {
    return schema;
  }

  /** Number of rows. */
  public int rowCount() {
    return nRows;
  }

  /** Number of columns. */
  public int columnCount() {
    return columns.size();
  }

  /** Columns in order (immutable list). */
  public List<Column> columns() {
    return columns;
  }

  /** Column {@code j}. */
  public Column column(int j) {
    return columns.get(j);
  }

  /** Column named {@code name}; the error lists available names. */
  public Column column(String name) {
    return columns.get(schema.requireIndex(name));
  }

  /** Numeric column named {@code name}, or an error naming its actual type. */
  public DoubleColumn doubleColumn(String name) {
    Column c = column(name);
    if (c instanceof DoubleColumn d) {
      return d;
    }
    throw new IllegalArgumentException("column '" + name + "' is " + c.type() + ", not NUMERIC");
  }

  /** Categorical column named {@code name}, or an error naming its actual type. */
  public CategoricalColumn categoricalColumn(String name) {
    Column c = column(name);
    if (c instanceof CategoricalColumn d) {
      return d;
    }
    throw new IllegalArgumentException("column '" + name + "' is " + c.type() + ", not CATEGORICAL");
  }

  /**
   * Zero-copy view of the given rows (in that order; repeats allowed). Sparse columns copy their selected
   * non-zeros instead, through one row inverse shared by all of them.
   */
  public Frame rows(int[] rows) {
    List<Column> cols = new ArrayList<>(columns.size());
    RowSelection sel = null;
    for (Column c : columns) {
      if (c instanceof DoubleColumn d && d.isSparse()) {
        if (sel == null) {
          sel = RowSelection.of(rows, nRows, "the frame");
        }
        cols.add(d.selectSparse(sel));
      } else {
        cols.add(c.rows(rows));
      }
    }
    if (cols.isEmpty()) {
      for (int r : rows) {
        if (r < 0 || r >= nRows) {
          throw new IndexOutOfBoundsException("row index " + r + " is outside [0, " + nRows + ")");
        }
      }
    }
    return new Frame(cols, rows.length);
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
  public Frame rowRange(int from, int to) {
    int[] idx = new int[to - from];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i;
    }
    return rows(idx);
  }

  /** The named columns, in the given order. */
  public Frame select(String... names) {
    return select(Arrays.asList(names));
  }

  /** The named columns, in the given order. */
  public Frame select(Collection<String> names) {
    List<Column> cols = new ArrayList<>();
    for (String n : names) {
      cols.add(column(n));
    }
    return new Frame(cols, nRows);
  }

  /** Columns at the given indices. */
  public Frame selectIndices(int... idx) {
    List<Column> cols = new ArrayList<>();
    for (int j : idx) {
      cols.add(columns.get(j));
    }
    return new Frame(cols, nRows);
  }

  /** All columns except the named ones (each must exist). */
  public Frame drop(String... names) {
    Set<String> gone = new HashSet<>();
    for (String n : names) {
      schema.requireIndex(n);
      gone.add(n);
    }
    List<Column> cols = new ArrayList<>();
    for (Column c : columns) {
      if (!gone.contains(c.name())) {
        cols.add(c);
      }
    }
    return new Frame(cols, nRows);
  }

  /** Renames columns by the map old → new. */
  public Frame rename(Map<String, String> oldToNew) {
    for (String n : oldToNew.keySet()) {
      schema.requireIndex(n);
    }
    List<Column> cols = new ArrayList<>();
    for (Column c : columns) {
      String nn = oldToNew.get(c.name());
      cols.add(nn == null ? c : c.rename(nn));
    }
    return new Frame(cols, nRows);
  }

  /** This frame with {@code column} appended, or replacing the column of the same name. */
  public Frame with(Column column) {
    List<Column> cols = new ArrayList<>(columns);
    int i = schema.indexOf(column.name());
    if (i >= 0) {
      cols.set(i, column);
    } else {
      cols.add(column);
    }
    return new Frame(cols, nRows);
  }

  /** Appends a column computed from this frame. */
  public Frame derive(Function<Frame, ? extends Column> f) {
    return with(f.apply(this));
  }

  /** This frame's columns followed by {@code other}'s (same row count, distinct names). */
  public Frame hconcat(Frame other) {
    if (other.nRows != nRows) {
      throw new IllegalArgumentException("cannot join frames with " + nRows + " and " + other.nRows + " rows");
    }
    List<Column> cols = new ArrayList<>(columns);
    cols.addAll(other.columns);
    return new Frame(cols, nRows);
  }

  /** Whether every column is numeric or boolean (so the frame is a numeric matrix). */
  public boolean isNumeric() {
    for (Column c : columns) {
      if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.BOOLEAN) {
        return false;
      }
    }
    return true;
  }

  /** Throws a clear error naming the first non-numeric column and the fix. */
  public void requireNumeric(String who) {
    for (Column c : columns) {
      if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.BOOLEAN) {
        throw new IllegalArgumentException(who + " needs numeric input but column '" + c.name() + "' is "
            + c.type() + "; encode it first (OneHotEncoder or OrdinalEncoder), e.g. in a Pipeline");
      }
    }
  }

  /** Whether any column stores its values sparsely (see {@link DoubleColumn#sparse}). */
  public boolean hasSparseColumns() {
    for (Column c : columns) {
      if (c instanceof DoubleColumn d && d.isSparse()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The numeric content as a CSR sparse matrix (rows = frame rows, columns in frame order); only non-zero
   * cells are stored, whether the column is dense or sparse. Missing cells stay {@code NaN}: call {@link
   * #requireFinite} first when they are not allowed. Costs {@code O(nnz)} for sparse columns.
   *
   * @throws IllegalArgumentException naming the first non-numeric column
   */
  public CsrMatrix toCsr() {
    requireNumeric("toCsr");
    int p = columns.size();
    // Column-wise pass (CSC), then transpose into CSR.
    int[] colPtr = new int[p + 1];
    for (int j = 0; j < p; j++) {
      Column c = columns.get(j);
      int nz;
      if (c instanceof DoubleColumn d) {
        nz = d.nonZeroCount();
      } else {
        BooleanColumn b = (BooleanColumn) c;
        nz = 0;
        for (int i = 0; i < nRows; i++) {
          if (b.getDouble(i) != 0) {
            nz++;
          }
        }
      }
      colPtr[j + 1] = colPtr[j] + nz;
    }
    int[] rowIdx = new int[colPtr[p]];
    double[] vals = new double[colPtr[p]];
    for (int j = 0; j < p; j++) {
      Column c = columns.get(j);
      int o = colPtr[j];
      if (c instanceof DoubleColumn d && d.isSparse()) {
        int[] r = d.sparseRows();
        System.arraycopy(r, 0, rowIdx, o, r.length);
        System.arraycopy(d.sparseValues(), 0, vals, o, r.length);
      } else {
        for (int i = 0; i < nRows; i++) {
          double v = getDouble(i, j);
          if (v != 0) {
            rowIdx[o] = i;
            vals[o++] = v;
          }
        }
      }
    }
    return CsrMatrix.wrap(p, nRows, colPtr, rowIdx, vals).transpose();
  }

  /**
   * A numeric frame of sparse columns holding {@code x} (column {@code j} named {@code names.get(j)}, or
   * x0, x1, ... when {@code names} is null).
   */
  public static Frame ofCsr(CsrMatrix x, List<String> names) {
    if (names != null && names.size() != x.cols()) {
      throw new IllegalArgumentException("ofCsr: the matrix has " + x.cols() + " columns but " + names.size()
          + " names were given");
    }
    CsrMatrix t = x.transpose();
    int[] ptr = t.indptr();
    List<Column> cols = new ArrayList<>(x.cols());
    for (int j = 0; j < x.cols(); j++) {
      int[] r = Arrays.copyOfRange(t.indices(), ptr[j], ptr[j + 1]);
      double[] v = Arrays.copyOfRange(t.values(), ptr[j], ptr[j + 1]);
      String name = names == null ? "x" + j : names.get(j);
      boolean zeros = false;
      for (double d : v) {
        zeros |= d == 0;
      }
      cols.add(zeros ? DoubleColumn.sparse(name, x.rows(), r, v) : DoubleColumn.sparseOwned(name, x.rows(), r, v));
    }
    return new Frame(cols, x.rows());
  }

  /** Value of numeric/boolean column {@code j} at {@code row}. */
  public double getDouble(int row, int j) {
    Column c = columns.get(j);
    if (c instanceof DoubleColumn d) {
      return d.get(row);
    }
    if (c instanceof BooleanColumn b) {
      return b.getDouble(row);
    }
    throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type() + ", not numeric");
  }

  /**
   * The numeric content as a column-major array: element (i, j) at {@code j * rowCount() + i}.
   *
   * @throws IllegalArgumentException naming the first non-numeric column
   */
  public double[] toColumnMajor() {
    requireNumeric("toColumnMajor");
    double[] out = new double[nRows * columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      Column c = columns.get(j);
      if (c instanceof DoubleColumn d) {
        d.copyTo(out, j * nRows);
      } else {
        BooleanColumn b = (BooleanColumn) c;
        for (int i = 0; i < nRows; i++) {
          out[j * nRows + i] = b.getDouble(i);
        }
      }
    }
    return out;
  }

  /** The numeric content as row arrays {@code [row][column]}. */
  public double[][] toRowArrays() {
    requireNumeric("toRowArrays");
    double[][] out = new double[nRows][columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      if (columns.get(j) instanceof DoubleColumn d && d.isSparse()) {
        int[] r = d.sparseRows();
        double[] v = d.sparseValues();
        for (int k = 0; k < r.length; k++) {
          out[r[k]][j] = v[k];
        }
        continue;
      }
      for (int i = 0; i < nRows; i++) {
        out[i][j] = getDouble(i, j);
      }
    }
    return out;
  }

  /**
   * Throws if any numeric cell is NaN or infinite, naming the column and row (for estimators that do not
   * support missing values).
   */
  public void requireFinite(String who) {
    for (Column c : columns) {
      if (c instanceof DoubleColumn d && d.isSparse()) {
        int[] r = d.sparseRows();
        double[] vals = d.sparseValues();
        for (int k = 0; k < r.length; k++) {
          double v = vals[k];
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(who + " does not accept " + (Double.isNaN(v) ? "missing (NaN)" : "infinite")
                + " values but column '" + c.name() + "' row " + r[k] + " is " + v
                + "; impute first (SimpleImputer) or drop the rows");
          }
        }
      } else if (c instanceof DoubleColumn d) {
        for (int i = 0; i < nRows; i++) {
          double v = d.get(i);
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(who + " does not accept " + (Double.isNaN(v) ? "missing (NaN)" : "infinite")
                + " values but column '" + c.name() + "' row " + i + " is " + v
                + "; impute first (SimpleImputer) or drop the rows");
          }
        }
      } else if (c.missingCount() > 0) {
        throw new IllegalArgumentException(who + " does not accept missing values but column '" + c.name()
            + "' has " + c.missingCount() + "; impute first (SimpleImputer)");
      }
    }
  }

  /** Summary statistics of every column (count, missing, mean, std, quantiles, level counts). */
  public FrameSummary describe() {
    return FrameSummary.of(this);
  }

  /** The first {@code n} rows as an aligned text table. */
  public String head(int n) {
    int rows = Math.min(n, nRows);
    StringBuilder b = new StringBuilder();
    b.append(String.join("\t", schema.names())).append('\n');
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns.size(); j++) {
        if (j > 0) {
          b.append('\t');
        }
        b.append(columns.get(j).format(i));
      }
      b.append('\n');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "Frame[" + nRows + " rows x " + columns.size() + " columns]";
  }
}
