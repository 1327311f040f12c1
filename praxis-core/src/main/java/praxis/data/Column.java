package praxis.data;

/**
 * One immutable, named column of a {@link Frame}. Subclasses store primitive arrays; a column made by
 * {@link #rows(int[])} is a zero-copy view through an index array.
 *
 * <pre>{@code
 * Column c = frame.column("petal length (cm)");
 * int missing = c.missingCount();
 * Column firstTen = c.rows(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
 * }</pre>
 */
public abstract sealed class Column permits DoubleColumn, CategoricalColumn, TextColumn, BooleanColumn {
  private final String name;
  /** Row index into the base storage; {@code null} means identity. */
  protected final int[] index;
  private final int size;

  protected Column(String name, int[] index, int baseSize) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("column name must be a non-empty string");
    }
    this.name = name;
    this.index = index;
    this.size = index == null ? baseSize : index.length;
  }

  /** Column name. */
  public final String name() {
    return name;
  }

  /** Number of rows. */
  public final int size() {
    return size;
  }

  /** Storage kind. */
  public abstract ColumnType type();

  /** Whether row {@code row} is missing. */
  public abstract boolean isMissing(int row);

  /** Number of missing rows. */
  public int missingCount() {
    int m = 0;
    for (int i = 0; i < size; i++) {
      if (isMissing(i)) {
        m++;
      }
    }
    return m;
  }

  /** The same column under another name (storage shared). */
  public abstract Column rename(String newName);

  /**
   * A zero-copy view holding rows {@code rows[0], rows[1], ...} of this column.
   *
   * @throws IndexOutOfBoundsException if an index is outside {@code [0, size())}
   */
  public abstract Column rows(int[] rows);

  /** The value at {@code row} as a display string; missing is {@code ""}. */
  public abstract String format(int row);

  /** Maps a view row to a base-storage position. */
  protected final int at(int row) {
    return index == null ? row : index[row];
  }

  /** Composes this column's index with {@code rows}, checking bounds. */
  protected final int[] compose(int[] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      if (r < 0 || r >= size) {
        throw new IndexOutOfBoundsException(
            "row index " + r + " at position " + i + " is outside [0, " + size + ") of column '" + name + "'");
      }
      out[i] = index == null ? r : index[r];
    }
    return out;
  }

  /** Schema entry describing this column. */
  public abstract Field field();
}
