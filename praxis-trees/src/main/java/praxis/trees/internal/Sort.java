package praxis.trees.internal;

/**
 * In-place sort of a {@code double[]} range with an {@code int[]} payload (introsort-like quicksort with
 * median-of-three pivots and insertion sort for short ranges); no allocation.
 *
 * <pre>{@code
 * Sort.sort(values, rows, 0, m);
 * }</pre>
 */
public final class Sort {
  private Sort() {}

  /** Sorts {@code v[from, to)} ascending, permuting {@code p} alongside. */
  public static void sort(double[] v, int[] p, int from, int to) {
    while (to - from > 16) {
      int mid = (from + to) >>> 1;
      int last = to - 1;
      if (v[mid] < v[from]) {
        swap(v, p, mid, from);
      }
      if (v[last] < v[from]) {
        swap(v, p, last, from);
      }
      if (v[last] < v[mid]) {
        swap(v, p, last, mid);
      }
      double pivot = v[mid];
      int i = from;
      int j = last;
      while (i <= j) {
        while (v[i] < pivot) {
          i++;
        }
        while (v[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(v, p, i, j);
          i++;
          j--;
        }
      }
      // recurse into the smaller part, loop on the larger
      if (j - from < to - i) {
        sort(v, p, from, j + 1);
        from = i;
      } else {
        sort(v, p, i, to);
        to = j + 1;
      }
    }
    for (int i = from + 1; i < to; i++) {
      double x = v[i];
      int q = p[i];
      int j = i - 1;
      while (j >= from && v[j] > x) {
        v[j + 1] = v[j];
        p[j + 1] = p[j];
        j--;
      }
      v[j + 1] = x;
      p[j + 1] = q;
    }
  }

  private static void swap(double[] v, int[] p, int a, int b) {
    double t = v[a];
    v[a] = v[b];
    v[b] = t;
    int u = p[a];
    p[a] = p[b];
    p[b] = u;
  }
}
