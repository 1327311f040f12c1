package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** CSR kernels against the dense definitions (exact: same summation order where it matters). */
class CsrMatrixTest {
  private static double[][] randomSparse(int n, int p, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] x = new double[n][p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        if (rnd.nextDouble() < 0.15) {
          x[i][j] = rnd.nextGaussian();
        }
      }
    }
    return x;
  }

  @Test
  void kernelsMatchDense() {
    double[][] x = randomSparse(40, 17, 1);
    CsrMatrix m = CsrMatrix.fromDense(x);
    SplittableRandom rnd = new SplittableRandom(2);
    double[] w = rnd.doubles(17).toArray();
    double[] r = rnd.doubles(40).toArray();
    double[] xw = m.multiply(w);
    double[] xtr = m.transposeMultiply(r);
    double[] expXtr = new double[17];
    for (int i = 0; i < 40; i++) {
      double s = 0;
      double n2 = 0;
      for (int j = 0; j < 17; j++) {
        s += x[i][j] * w[j];
        n2 += x[i][j] * x[i][j];
        expXtr[j] += x[i][j] * r[i];
        assertEquals(x[i][j], m.get(i, j), 0.0);
      }
      assertEquals(s, xw[i], 1e-12);
      assertEquals(s, m.rowDot(i, w), 1e-12);
      assertEquals(n2, m.rowSquaredNorms()[i], 1e-12);
      for (int b = 0; b < 40; b++) {
        double d = 0;
        for (int j = 0; j < 17; j++) {
          d += x[i][j] * x[b][j];
        }
        assertEquals(d, m.rowDot(i, b), 1e-12);
      }
      assertArrayEquals(x[i], m.denseRow(i), 0.0);
    }
    assertArrayEquals(expXtr, xtr, 1e-12);
    DenseMatrix d = m.toDense();
    assertEquals(x[3][5], d.get(3, 5), 0.0);
    assertEquals(m.nnz(), CsrMatrix.fromDense(d).nnz());
    CsrMatrix t = m.transpose();
    assertEquals(17, t.rows());
    for (int i = 0; i < 40; i++) {
      for (int j = 0; j < 17; j++) {
        assertEquals(x[i][j], t.get(j, i), 0.0);
      }
    }
    CsrMatrix sel = m.selectRows(new int[] {5, 5, 0});
    assertArrayEquals(x[5], sel.denseRow(1), 0.0);
    assertArrayEquals(x[0], sel.denseRow(2), 0.0);
    double[] acc = new double[17];
    m.addRowTo(4, 2.0, acc);
    for (int j = 0; j < 17; j++) {
      assertEquals(2 * x[4][j], acc[j], 0.0);
    }
    double[] colSums = m.columnSums();
    for (int j = 0; j < 17; j++) {
      double s = 0;
      for (int i = 0; i < 40; i++) {
        s += x[i][j];
      }
      assertEquals(s, colSums[j], 1e-12);
    }
    assertEquals(m.nnz() / (40.0 * 17), m.density(), 0.0);
  }

  @Test
  void validationNamesTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsrMatrix.of(2, 3, new int[] {0, 2, 3}, new int[] {2, 1, 0}, new double[] {1, 1, 1}));
    assertTrue(e.getMessage().contains("row 0") && e.getMessage().contains("does not increase"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CsrMatrix.of(1, 3, new int[] {0, 1}, new int[] {3}, new double[] {1}));
    assertTrue(e.getMessage().contains("outside [0, 3)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CsrMatrix.of(2, 3, new int[] {0, 1}, new int[] {0},
        new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> CsrMatrix.fromDense(new double[][] {{1, 2}, {3}}));
    CsrMatrix ok = CsrMatrix.of(1, 2, new int[] {0, 1}, new int[] {1}, new double[] {4});
    assertThrows(IllegalArgumentException.class, () -> ok.multiply(new double[3]));
    assertThrows(IndexOutOfBoundsException.class, () -> ok.get(1, 0));
  }
}
