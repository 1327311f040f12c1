package praxis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.api.DataFingerprint;
import praxis.linalg.CsrMatrix;

/** Sparse DoubleColumns and frames behave exactly like their dense equivalents. */
class SparseColumnTest {

  /** A random 0-heavy matrix with some NaN, as dense and sparse frames of the same content. */
  private static Frame[] randomPair(int n, int p, double density, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Column> dense = new ArrayList<>();
    List<Column> sparse = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double[] v = new double[n];
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (rnd.nextDouble() < density) {
          v[i] = rnd.nextDouble() < 0.02 ? Double.NaN : rnd.nextInt(1, 5) * (rnd.nextBoolean() ? 1 : -0.5);
          rows.add(i);
        }
      }
      dense.add(DoubleColumn.wrap("c" + j, v));
      int[] r = rows.stream().mapToInt(Integer::intValue).toArray();
      double[] vals = new double[r.length];
      for (int k = 0; k < r.length; k++) {
        vals[k] = v[r[k]];
      }
      sparse.add(DoubleColumn.sparse("c" + j, n, r, vals));
    }
    return new Frame[] {Frame.of(dense), Frame.of(sparse)};
  }

  private static void assertSameContent(Frame a, Frame b) {
    assertEquals(a.rowCount(), b.rowCount());
    assertEquals(a.schema(), b.schema());
    for (int j = 0; j < a.columnCount(); j++) {
      DoubleColumn da = (DoubleColumn) a.column(j);
      DoubleColumn db = (DoubleColumn) b.column(j);
      assertArrayEquals(da.toArray(), db.toArray(), 0.0, "column " + j);
      assertEquals(da.missingCount(), db.missingCount());
      assertEquals(da.nonZeroCount(), db.nonZeroCount());
      assertArrayEquals(da.nonZeroRows(), db.nonZeroRows());
      for (int i = 0; i < a.rowCount(); i++) {
        assertEquals(da.get(i), db.get(i), 0.0);
        assertEquals(da.isMissing(i), db.isMissing(i));
        assertEquals(da.format(i), db.format(i));
      }
    }
  }

  @Test
  void sparseColumnBasics() {
    DoubleColumn c = DoubleColumn.sparse("w", 6, new int[] {1, 3, 4}, new double[] {2, 0, Double.NaN});
    assertTrue(c.isSparse());
    assertEquals(6, c.size());
    assertEquals(2, c.nonZeroCount(), "explicit zero dropped");
    assertArrayEquals(new double[] {0, 2, 0, 0, Double.NaN, 0}, c.toArray(), 0.0);
    assertEquals(1, c.missingCount());
    assertTrue(c.isMissing(4));
    assertEquals("2", c.format(1));
    assertEquals("", c.format(4));
    assertEquals("0", c.format(5));
    assertEquals(2.0, c.stream().filter(v -> !Double.isNaN(v)).sum(), 0.0);
    assertEquals("v", c.rename("v").name());
    assertTrue(c.rename("v").isSparse());
    assertThrows(IndexOutOfBoundsException.class, () -> c.get(6));
    DoubleColumn picked = c.rows(new int[] {4, 1, 1, 0});
    assertTrue(picked.isSparse());
    assertArrayEquals(new double[] {Double.NaN, 2, 2, 0}, picked.toArray(), 0.0);
  }

  @Test
  void badSparseInputIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DoubleColumn.sparse("w", 5, new int[] {3, 2}, new double[] {1, 1}));
    assertTrue(e.getMessage().contains("'w'") && e.getMessage().contains("does not increase"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DoubleColumn.sparse("w", 3, new int[] {0, 3}, new double[] {1, 1}));
    assertTrue(e.getMessage().contains("outside [0, 3)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DoubleColumn.sparse("w", 3, new int[] {0}, new double[0]));
  }

  @Test
  void frameOperationsMatchDense() {
    Frame[] pair = randomPair(200, 30, 0.08, 7);
    Frame dense = pair[0];
    Frame sparse = pair[1];
    assertFalse(dense.hasSparseColumns());
    assertTrue(sparse.hasSparseColumns());
    assertSameContent(dense, sparse);
    assertArrayEquals(dense.toColumnMajor(), sparse.toColumnMajor(), 0.0);
    double[][] rd = dense.toRowArrays();
    double[][] rs = sparse.toRowArrays();
    for (int i = 0; i < rd.length; i++) {
      assertArrayEquals(rd[i], rs[i], 0.0);
    }
    SplittableRandom rnd = new SplittableRandom(3);
    int[] increasing = rnd.ints(0, 200).distinct().limit(120).sorted().toArray();
    int[] shuffledWithRepeats = rnd.ints(300, 0, 200).toArray();
    for (int[] rows : new int[][] {increasing, shuffledWithRepeats, new int[0]}) {
      assertSameContent(dense.rows(rows), sparse.rows(rows));
      int[] again = new int[rows.length / 2];
      for (int k = 0; k < again.length; k++) {
        again[k] = rows.length - 1 - 2 * k;
      }
      assertSameContent(dense.rows(rows).rows(again), sparse.rows(rows).rows(again));
    }
    assertThrows(IndexOutOfBoundsException.class, () -> sparse.rows(new int[] {0, 200}));
    assertEquals(DataFingerprint.of(sparse, null), DataFingerprint.of(Frame.of(sparse.columns()), null));
  }

  @Test
  void csrRoundTrip() {
    Frame[] pair = randomPair(150, 25, 0.1, 11);
    CsrMatrix fromDense = pair[0].toCsr();
    CsrMatrix fromSparse = pair[1].toCsr();
    assertArrayEquals(fromDense.indptr(), fromSparse.indptr());
    assertArrayEquals(fromDense.indices(), fromSparse.indices());
    assertArrayEquals(fromDense.values(), fromSparse.values(), 0.0);
    double[] cm = pair[0].toColumnMajor();
    assertArrayEquals(cm, fromSparse.toDense().data(), 0.0);
    Frame back = Frame.ofCsr(fromSparse, pair[1].schema().names());
    assertSameContent(pair[0], back);
    assertThrows(IllegalArgumentException.class, () -> Frame.ofCsr(fromSparse, List.of("a")));
    // Booleans join the CSR as 0/1.
    Frame withBool = Frame.of(BooleanColumn.of("b", true, false, true), DoubleColumn.of("x", 0, 5, 0));
    CsrMatrix m = withBool.toCsr();
    assertEquals(3, m.nnz());
    assertEquals(1.0, m.get(0, 0), 0.0);
    assertEquals(5.0, m.get(1, 1), 0.0);
  }

  @Test
  void requireFiniteNamesSparseRow() {
    Frame f = Frame.of(DoubleColumn.sparse("w", 10, new int[] {2, 7}, new double[] {1, Double.POSITIVE_INFINITY}));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.requireFinite("Model"));
    assertTrue(e.getMessage().contains("column 'w' row 7"), e.getMessage());
  }
}
