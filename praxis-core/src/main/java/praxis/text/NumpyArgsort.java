package praxis.text;

/**
 * NumPy's default {@code argsort} ({@code kind="quicksort"}: introsort with median-of-three pivots, insertion
 * sort below 17 elements and a heapsort fallback, NumPy 1.24 generic path), reproduced so that ties among
 * equally frequent terms in {@code maxFeatures} resolve as in scikit-learn. Not stable.
 */
final class NumpyArgsort {
  private static final int SMALL_QUICKSORT = 16;

  private NumpyArgsort() {}

  /** The permutation that sorts {@code v} ascending, as {@code numpy.argsort(v)}. */
  static int[] argsort(double[] v) {
    int num = v.length;
    int[] a = new int[num];
    for (int i = 0; i < num; i++) {
      a[i] = i;
    }
    if (num < 2) {
      return a;
    }
    int pl = 0;
    int pr = num - 1;
    int[] stack = new int[128];
    int[] depth = new int[64];
    int sp = 0;
    int dp = 0;
    int cdepth = msb(num) * 2;
    for (;;) {
      boolean sorted = false;
      if (cdepth < 0) {
        heapsort(v, a, pl, pr - pl + 1);
        sorted = true;
      }
      if (!sorted) {
        while (pr - pl > SMALL_QUICKSORT) {
          int pm = pl + ((pr - pl) >> 1);
          if (v[a[pm]] < v[a[pl]]) {
            swap(a, pm, pl);
          }
          if (v[a[pr]] < v[a[pm]]) {
            swap(a, pr, pm);
          }
          if (v[a[pm]] < v[a[pl]]) {
            swap(a, pm, pl);
          }
          double vp = v[a[pm]];
          int pi = pl;
          int pj = pr - 1;
          swap(a, pm, pj);
          for (;;) {
            do {
              ++pi;
            } while (v[a[pi]] < vp);
            do {
              --pj;
            } while (vp < v[a[pj]]);
            if (pi >= pj) {
              break;
            }
            swap(a, pi, pj);
          }
          swap(a, pi, pr - 1);
          if (pi - pl < pr - pi) {
            stack[sp++] = pi + 1;
            stack[sp++] = pr;
            pr = pi - 1;
          } else {
            stack[sp++] = pl;
            stack[sp++] = pi - 1;
            pl = pi + 1;
          }
          depth[dp++] = --cdepth;
        }
        for (int pi = pl + 1; pi <= pr; ++pi) {
          int vi = a[pi];
          double vv = v[vi];
          int pj = pi;
          int pk = pi - 1;
          while (pj > pl && vv < v[a[pk]]) {
            a[pj--] = a[pk--];
          }
          a[pj] = vi;
        }
      }
      if (sp == 0) {
        break;
      }
      pr = stack[--sp];
      pl = stack[--sp];
      cdepth = depth[--dp];
    }
    return a;
  }

  private static int msb(int n) {
    int d = 0;
    while ((n >>= 1) != 0) {
      d++;
    }
    return d;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** NumPy's {@code aheapsort} on {@code a[off .. off+n)} (1-based heap indexing). */
  private static void heapsort(double[] v, int[] a, int off, int n) {
    int base = off - 1;
    for (int l = n >> 1; l > 0; --l) {
      int tmp = a[base + l];
      int i = l;
      int j = l << 1;
      while (j <= n) {
        if (j < n && v[a[base + j]] < v[a[base + j + 1]]) {
          j += 1;
        }
        if (v[tmp] < v[a[base + j]]) {
          a[base + i] = a[base + j];
          i = j;
          j += j;
        } else {
          break;
        }
      }
      a[base + i] = tmp;
    }
    while (n > 1) {
      int tmp = a[base + n];
      a[base + n] = a[base + 1];
      n -= 1;
      int i = 1;
      int j = 2;
      while (j <= n) {
        if (j < n && v[a[base + j]] < v[a[base + j + 1]]) {
          j++;
        }
        if (v[tmp] < v[a[base + j]]) {
          a[base + i] = a[base + j];
          i = j;
          j += j;
        } else {
          break;
        }
      }
      a[base + i] = tmp;
    }
  }
}
