package praxis.data;

/**
 * The inverse of a row selection {@code rows} (view position → base row) over a base of {@code n} rows:
 * for each base row, the view positions that select it, by counting sort in {@code O(n + rows.length)}.
 * Built once per {@link Frame#rows(int[])} and shared by all sparse columns of the frame, so selecting rows
 * of a frame with many sparse columns costs {@code O(n + nnz)} rather than {@code O(n)} per column.
 */
final class RowSelection {
  private final int[] start;
  private final int[] positions;
  private final int size;
  private final boolean increasing;

  private RowSelection(int[] start, int[] positions, int size, boolean increasing) {
    this.start = start;
    this.positions = positions;
    this.size = size;
    this.increasing = increasing;
  }

  static RowSelection of(int[] rows, int n, String what) {
    int[] start = new int[n + 1];
    boolean inc = true;
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      if (r < 0 || r >= n) {
        throw new IndexOutOfBoundsException(
            "row index " + r + " at position " + i + " is outside [0, " + n + ") of " + what);
      }
      if (i > 0 && r <= rows[i - 1]) {
        inc = false;
      }
      start[r + 1]++;
    }
    for (int r = 0; r < n; r++) {
      start[r + 1] += start[r];
    }
    int[] fill = new int[n];
    int[] pos = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      pos[start[r] + fill[r]++] = i;
    }
    return new RowSelection(start, pos, rows.length, inc);
  }

  int multiplicity(int baseRow) {
    return start[baseRow + 1] - start[baseRow];
  }

  int start(int baseRow) {
    return start[baseRow];
  }

  int end(int baseRow) {
    return start[baseRow + 1];
  }

  int position(int t) {
    return positions[t];
  }

  int size() {
    return size;
  }

  /** Whether the selection is strictly increasing (so selected non-zeros stay in row order). */
  boolean increasing() {
    return increasing;
  }
}
