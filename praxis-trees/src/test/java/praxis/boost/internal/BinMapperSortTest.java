package praxis.boost.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinMapperSortTest {
  @Test
  void radixSortOrdersLikeArraysSort() {
    SplittableRandom r = new SplittableRandom(3);
    double[] special = {-0.0, 0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0};
    for (int m : new int[] {0, 1, 255, 256, 1000, 5000}) {
      double[] v = new double[m];
      for (int i = 0; i < m; i++) {
        int kind = r.nextInt(4);
        v[i] = kind == 0 ? special[r.nextInt(special.length)]
            : kind == 1 ? r.nextInt(7) - 3 : kind == 2 ? r.nextGaussian() * 1e6 : r.nextGaussian();
      }
      double[] expected = v.clone();
      Arrays.sort(expected);
      double[] got = v.clone();
      BinMapper.sortValues(got, m, new long[m], new long[m]);
      for (int i = 0; i < m; i++) {
        assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(got[i]), "index " + i);
      }
    }
  }

  @Test
  void branchFreeBinIsTheFirstThresholdAtOrAboveTheValue() {
    double[] t = {-2.5, -1, 0, 0.5, 3};
    double[] values = {-3, -2.5, -2, -1, -0.0, 0.0, 0.25, 0.5, 2, 3, 4, Double.POSITIVE_INFINITY};
    int[] expected = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    int[] got = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      got[i] = BinMapper.bin(t, values[i]);
    }
    assertArrayEquals(expected, got);
    assertEquals(0, BinMapper.bin(new double[0], 1.0));
  }
}
