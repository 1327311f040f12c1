package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DenseMatrixTest {

  @Test
  void columnMajorLayoutAndAccessors() {
    double[] d = {1, 2, 3, 4, 5, 6};
    DenseMatrix a = DenseMatrix.wrap(2, 3, d);
    assertSame(d, a.data());
    assertEquals(2, a.rows());
    assertEquals(3, a.cols());
    assertEquals(3.0, a.get(0, 1));
    assertEquals(6.0, a.get(1, 2));
    a.set(1, 0, 9);
    assertEquals(9.0, d[1]);
    assertArrayEquals(new double[] {3, 4}, a.column(1), 0.0);
    assertArrayEquals(new double[] {1, 3, 5}, a.toRows()[0], 0.0);
  }

  @Test
  void transposeCopyAndFromRows() {
    DenseMatrix a = Fixtures.random(45, 70, 1);
    DenseMatrix t = a.transpose();
    assertEquals(70, t.rows());
    for (int i = 0; i < 45; i++) {
      for (int j = 0; j < 70; j++) {
        assertEquals(a.get(i, j), t.get(j, i));
      }
    }
    DenseMatrix c = a.copy();
    assertNotSame(a.data(), c.data());
    assertArrayEquals(a.data(), c.data(), 0.0);
    DenseMatrix r = DenseMatrix.fromRows(a.toRows());
    assertArrayEquals(a.data(), r.data(), 0.0);
    assertArrayEquals(new double[] {1, 0, 0, 1}, DenseMatrix.identity(2).data(), 0.0);
    assertTrue(DenseMatrix.identity(2).toString().contains("[[1.0, 0.0], [0.0, 1.0]]"));
  }

  @Test
  void rejectsBadShapesAndIndices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DenseMatrix.wrap(2, 3, new double[5]));
    assertTrue(e.getMessage().contains("length 5") && e.getMessage().contains("6"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DenseMatrix(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> DenseMatrix.fromRows(new double[][] {{1, 2}, {3}}));
    DenseMatrix a = new DenseMatrix(2, 2);
    IndexOutOfBoundsException ex = assertThrows(IndexOutOfBoundsException.class, () -> a.get(2, 0));
    assertTrue(ex.getMessage().contains("(2, 0)"), ex.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> a.set(0, -1, 1.0));
  }
}
