package praxis.svm;

/**
 * A least-recently-used cache of matrix rows with a memory bound, as LIBSVM's kernel cache; entries are
 * stored in single precision as LIBSVM's {@code Qfloat} (the diagonal is kept in double by the caller). A row is
 * either complete or computed only at the solver's active (unshrunk) indices; partial rows stay valid
 * while the active set only shrinks and are dropped by {@link #invalidatePartial()} when it grows again.
 */
final class RowCache {
  /** Computes one matrix entry. */
  interface Entries {
    double value(int row, int column);
  }

  private final Entries entries;
  private final int size;
  private final int maxRows;
  private final float[][] rows;
  private final boolean[] complete;
  private final int[] epochOf;
  private final int[] prev;
  private final int[] next;
  private int epoch;
  private int cached;
  private long computed;

  /**
   * @param size rows and columns of the matrix
   * @param cacheMb memory bound in MB (at least two rows are always kept)
   */
  RowCache(Entries entries, int size, double cacheMb) {
    this.entries = entries;
    this.size = size;
    long bytes = (long) (cacheMb * 1024 * 1024);
    long fit = bytes / (4L * size);
    this.maxRows = (int) Math.max(2, Math.min(size, fit));
    this.rows = new float[size][];
    this.complete = new boolean[size];
    this.epochOf = new int[size];
    this.prev = new int[size + 1];
    this.next = new int[size + 1];
    prev[size] = size;
    next[size] = size;
  }

  int maxRows() {
    return maxRows;
  }

  /** Entries computed so far (a measure of kernel work). */
  long computed() {
    return computed;
  }

  /** Forgets rows computed only at a previous active set. */
  void invalidatePartial() {
    epoch++;
  }

  private void unlink(int r) {
    next[prev[r]] = next[r];
    prev[next[r]] = prev[r];
  }

  private void pushFront(int r) {
    int head = size;
    next[r] = next[head];
    prev[r] = head;
    prev[next[head]] = r;
    next[head] = r;
  }

  /**
   * Row {@code r}, valid at least at the columns {@code cols[0..count)}, or at every column when
   * {@code count < 0}.
   */
  float[] get(int r, int[] cols, int count, int modulo) {
    float[] row = rows[r];
    boolean valid = row != null && (complete[r] || (count >= 0 && epochOf[r] == epoch));
    if (row != null) {
      unlink(r);
      pushFront(r);
      if (valid) {
        return row;
      }
    } else {
      if (cached == maxRows) {
        int victim = prev[size];
        unlink(victim);
        row = rows[victim];
        rows[victim] = null;
        cached--;
      } else {
        row = new float[size];
      }
      rows[r] = row;
      cached++;
      pushFront(r);
    }
    if (count < 0 || count == cols.length) {
      for (int j = 0; j < size; j++) {
        row[j] = (float) entries.value(r, j);
      }
      computed += size;
      complete[r] = true;
    } else {
      for (int t = 0; t < count; t++) {
        int j = cols[t];
        if (j >= modulo) {
          j -= modulo;
        }
        row[j] = (float) entries.value(r, j);
      }
      computed += count;
      complete[r] = false;
      epochOf[r] = epoch;
    }
    return row;
  }
}
