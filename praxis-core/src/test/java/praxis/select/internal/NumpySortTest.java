package praxis.select.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The argsort is a permutation that sorts, for every size and tie density, including its heapsort
 * fallback (exact tie order against NumPy is checked in SplitterReferenceTest).
 */
class NumpySortTest {
  private static void assertSortingPermutation(long[] v, int[] order, String what) {
    int[] sortedIdx = order.clone();
    Arrays.sort(sortedIdx);
    for (int i = 0; i < v.length; i++) {
      assertTrue(sortedIdx[i] == i, what + ": not a permutation");
    }
    for (int i = 1; i < order.length; i++) {
      assertTrue(v[order[i - 1]] <= v[order[i]], what + ": not sorted at " + i);
    }
  }

  @Test
  void argsortSortsAnyInput() {
    SplittableRandom r = new SplittableRandom(17);
    for (int n : new int[] {0, 1, 2, 15, 16, 17, 33, 100, 1000, 5000}) {
      for (int distinct : new int[] {1, 2, 10, 1_000_000}) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
          v[i] = r.nextInt(distinct);
        }
        assertSortingPermutation(v, NumpySort.argsort(v), "n=" + n + " distinct=" + distinct);
      }
      long[] asc = new long[n];
      long[] desc = new long[n];
      long[] organ = new long[n];
      for (int i = 0; i < n; i++) {
        asc[i] = i;
        desc[i] = n - i;
        organ[i] = Math.min(i, n - i);
      }
      assertSortingPermutation(asc, NumpySort.argsort(asc), "ascending " + n);
      assertSortingPermutation(desc, NumpySort.argsort(desc), "descending " + n);
      assertSortingPermutation(organ, NumpySort.argsort(organ), "organ pipe " + n);
    }
    assertArrayEquals(new int[] {1, 2, 0}, NumpySort.argsort(new long[] {3, 1, 2}));
  }

  @Test
  void heapsortFallbackSortsASubrange() {
    SplittableRandom r = new SplittableRandom(3);
    for (int n : new int[] {1, 2, 7, 64, 513}) {
      long[] v = new long[n + 10];
      for (int i = 0; i < v.length; i++) {
        v[i] = r.nextInt(20);
      }
      int[] idx = NumpyRandom.arange(v.length);
      NumpySort.heapsort(v, idx, 5, n);
      for (int i = 0; i < 5; i++) {
        assertTrue(idx[i] == i && idx[v.length - 1 - i] == v.length - 1 - i, "outside the range untouched");
      }
      for (int i = 6; i < 5 + n; i++) {
        assertTrue(v[idx[i - 1]] <= v[idx[i]], "n=" + n + " sorted at " + i);
      }
    }
  }
}
