package praxis.select.internal;

/**
 * NumPy's default {@code np.argsort} (kind {@code "quicksort"}, an introsort) for integer keys, reproduced
 * so that ties come out in the same order as in scikit-learn, whose {@code GroupKFold} assigns equally
 * sized groups in that order.
 *
 * <p>Algorithm (NumPy 1.24 {@code aquicksort}): median-of-three quicksort on an index array, the pivot
 * parked at {@code hi - 1}, Hoare-style scans that stop on equal keys, the larger part pushed on a stack;
 * parts of at most 16 elements finished by insertion sort; a part that exceeds a recursion depth of
 * {@code 2 floor(log2 n)} is finished by heapsort. The result is not stable. This is NumPy's portable
 * code path; NumPy 1.25+ on AVX-512 machines dispatches argsort to SIMD code whose tie order differs, so
 * scikit-learn itself is only reproducible there up to ties. Cost O(n log n), O(log n) extra memory.
 *
 * <pre>{@code
 * int[] order = NumpySort.argsort(new long[] {3, 1, 2});   // {1, 2, 0}
 * }</pre>
 */
public final class NumpySort {
  private static final int SMALL_QUICKSORT = 15;

  private NumpySort() {}

  /** Indices that sort {@code v} ascending, ties ordered exactly as NumPy's default argsort orders them. */
  public static int[] argsort(long[] v) {
    int num = v.length;
    int[] tosort = NumpyRandom.arange(num);
    if (num < 2) {
      return tosort;
    }
    int[] stack = new int[128];
    int[] depthStack = new int[64];
    int sp = 0;
    int dp = 0;
    int pl = 0;
    int pr = num - 1;
    int cdepth = 2 * (31 - Integer.numberOfLeadingZeros(num));
    while (true) {
      if (cdepth < 0) {
        heapsort(v, tosort, pl, pr - pl + 1);
      } else {
        while (pr - pl > SMALL_QUICKSORT) {
          int pm = pl + ((pr - pl) >> 1);
          if (v[tosort[pm]] < v[tosort[pl]]) {
            swap(tosort, pm, pl);
          }
          if (v[tosort[pr]] < v[tosort[pm]]) {
            swap(tosort, pr, pm);
          }
          if (v[tosort[pm]] < v[tosort[pl]]) {
            swap(tosort, pm, pl);
          }
          long vp = v[tosort[pm]];
          int pi = pl;
          int pj = pr - 1;
          swap(tosort, pm, pj);
          while (true) {
            do {
              pi++;
            } while (v[tosort[pi]] < vp);
            do {
              pj--;
            } while (vp < v[tosort[pj]]);
            if (pi >= pj) {
              break;
            }
            swap(tosort, pi, pj);
          }
          swap(tosort, pi, pr - 1);
          if (pi - pl < pr - pi) {
            stack[sp++] = pi + 1;
            stack[sp++] = pr;
            pr = pi - 1;
          } else {
            stack[sp++] = pl;
            stack[sp++] = pi - 1;
            pl = pi + 1;
          }
          depthStack[dp++] = --cdepth;
        }
        for (int pi = pl + 1; pi <= pr; pi++) {
          int vi = tosort[pi];
          long key = v[vi];
          int pj = pi;
          while (pj > pl && key < v[tosort[pj - 1]]) {
            tosort[pj] = tosort[pj - 1];
            pj--;
          }
          tosort[pj] = vi;
        }
      }
      if (sp == 0) {
        break;
      }
      pr = stack[--sp];
      pl = stack[--sp];
      cdepth = depthStack[--dp];
    }
    return tosort;
  }

  /** NumPy's {@code aheapsort} on {@code tosort[off .. off+n)}, with 1-based heap indexing. */
  static void heapsort(long[] v, int[] tosort, int off, int n) {
    int base = off - 1;
    for (int l = n >> 1; l > 0; l--) {
      int tmp = tosort[base + l];
      int i = l;
      int j = l << 1;
      while (j <= n) {
        if (j < n && v[tosort[base + j]] < v[tosort[base + j + 1]]) {
          j++;
        }
        if (v[tmp] < v[tosort[base + j]]) {
          tosort[base + i] = tosort[base + j];
          i = j;
          j += j;
        } else {
          break;
        }
      }
      tosort[base + i] = tmp;
    }
    while (n > 1) {
      int tmp = tosort[base + n];
      tosort[base + n] = tosort[base + 1];
      n--;
      int i = 1;
      int j = 2;
      while (j <= n) {
        if (j < n && v[tosort[base + j]] < v[tosort[base + j + 1]]) {
          j++;
        }
        if (v[tmp] < v[tosort[base + j]]) {
          tosort[base + i] = tosort[base + j];
          i = j;
          j += j;
        } else {
          break;
        }
      }
      tosort[base + i] = tmp;
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
