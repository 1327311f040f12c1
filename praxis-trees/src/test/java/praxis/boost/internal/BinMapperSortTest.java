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

  @Test
  void gridBinningGivesTheSameCodesAsTheBinarySearch() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 20_000;
    double[][] cols = new double[6][n];
    for (int i = 0; i < n; i++) {
      cols[0][i] = r.nextGaussian();
      cols[1][i] = Math.exp(4 * r.nextGaussian()); // heavy tail: many thresholds in the first cells
      cols[2][i] = r.nextInt(5); // few distinct values
      cols[3][i] = r.nextInt(10) == 0 ? Double.NaN : Math.round(r.nextGaussian() * 100) / 4.0; // ties, NaN
      cols[4][i] = r.nextInt(50) == 0 ? (r.nextBoolean() ? -Double.MAX_VALUE : Double.MAX_VALUE)
          : r.nextGaussian() * 1e-300; // a range that overflows
      cols[5][i] = i % 3 == 0 ? -0.0 : r.nextDouble(-1, 1);
    }
    praxis.data.DoubleColumn[] c = new praxis.data.DoubleColumn[cols.length];
    for (int j = 0; j < cols.length; j++) {
      c[j] = praxis.data.DoubleColumn.wrap("x" + j, cols[j]);
    }
    BinMapper bm = BinMapper.fit(cols, praxis.data.Frame.of(c), 255, 0L, "test");
    // values never seen at fit time, exactly on thresholds and beyond the ends
    double[][] probe = new double[cols.length][];
    for (int j = 0; j < cols.length; j++) {
      double[] t = bm.thresholds[j];
      double[] v = Arrays.copyOf(cols[j], n + 3 * 255 + 4); // the same length for every column (0.0 padding)
      int k = n;
      for (double x : t) {
        v[k++] = x;
        v[k++] = Math.nextDown(x);
        v[k++] = Math.nextUp(x);
      }
      v[k++] = Double.NEGATIVE_INFINITY;
      v[k++] = Double.POSITIVE_INFINITY;
      v[k++] = Double.NaN;
      v[k] = 0.0;
      probe[j] = v;
    }
    BinnedMatrix m = bm.transform(probe);
    int rows = probe[0].length;
    for (int j = 0; j < cols.length; j++) {
      for (int i = 0; i < rows; i++) {
        double x = probe[j][i];
        int expected = Double.isNaN(x) ? bm.nBins[j] : BinMapper.bin(bm.thresholds[j], x);
        assertEquals(expected, m.codes[j * rows + i] & 0xFF, "feature " + j + " value " + x);
      }
    }
  }
}
