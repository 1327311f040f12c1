package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.linalg.internal.Backend;

/** SVD: hand case, known singular values (to 1e-12 · s_max), reconstruction U Σ Vᵀ and orthogonality to 1e-12. */
class SVDTest {

  static void checkDecomposition(Backend be, DenseMatrix a, SVD svd) {
    int m = a.rows();
    int n = a.cols();
    int k = Math.min(m, n);
    DenseMatrix u = svd.u();
    DenseMatrix vt = svd.vt();
    double[] s = svd.s();
    assertEquals(m, u.rows());
    assertEquals(k, u.cols());
    assertEquals(k, vt.rows());
    assertEquals(n, vt.cols());
    for (int i = 0; i < k; i++) {
      assertTrue(s[i] >= 0 && (i == 0 || s[i - 1] >= s[i]), "singular values must be non-negative, descending");
    }
    DenseMatrix us = u.copy();
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < m; i++) {
        us.set(i, j, us.get(i, j) * s[j]);
      }
    }
    double scale = Math.max(Fixtures.maxAbs(a), Double.MIN_NORMAL);
    double err = Fixtures.maxDiff(a, Fixtures.mul(us, vt)) / scale;
    assertTrue(err < 1e-12, be + " " + m + "×" + n + " reconstruction " + err);
    assertTrue(Fixtures.orthogonalityError(u) < 1e-12, be + " U orthogonality " + Fixtures.orthogonalityError(u));
    double ov = Fixtures.orthogonalityError(vt.transpose());
    assertTrue(ov < 1e-12, be + " V orthogonality " + ov);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void handCheckedTwoByTwo(Backend be) {
    // AᵀA = [[25, 15], [15, 25]] has eigenvalues 40 and 10 → σ = √40, √10
    DenseMatrix a = DenseMatrix.fromRows(new double[][] {{3, 0}, {4, 5}});
    SVD svd = SVD.compute(be, a);
    assertArrayEquals(new double[] {Math.sqrt(45), Math.sqrt(5)}, svd.s(), 1e-14);
    assertEquals(2, svd.rank());
    checkDecomposition(be, a, svd);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void knownSingularValuesTallWideSquare(Backend be) {
    int[][] shapes = {{60, 25}, {25, 60}, {40, 40}};
    long seed = 61;
    for (int[] sh : shapes) {
      int k = Math.min(sh[0], sh[1]);
      for (double[] sigma : new double[][] {Fixtures.graded(k, 1e-3), Fixtures.graded(k, 1e-13)}) {
        DenseMatrix a = Fixtures.withSingularValues(sh[0], sh[1], sigma, seed++);
        SVD svd = SVD.compute(be, a);
        assertArrayEquals(sigma, svd.s(), 1e-12, be + " " + sh[0] + "×" + sh[1]);
        checkDecomposition(be, a, svd);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void rankDeficientRandomAndZero(Backend be) {
    double[] sigma = {4, 3, 2, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    DenseMatrix a = Fixtures.withSingularValues(30, 20, sigma, 71);
    SVD svd = SVD.compute(be, a);
    assertEquals(5, svd.rank());
    assertArrayEquals(sigma, svd.s(), 1e-12);
    checkDecomposition(be, a, svd);
    DenseMatrix r = Fixtures.random(45, 33, 72);
    checkDecomposition(be, r, SVD.compute(be, r));
    DenseMatrix rt = r.transpose();
    checkDecomposition(be, rt, SVD.compute(be, rt));
    DenseMatrix zero = new DenseMatrix(6, 4);
    SVD z = SVD.compute(be, zero);
    assertArrayEquals(new double[4], z.s(), 0.0);
    assertEquals(0, z.rank());
    checkDecomposition(be, zero, z);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void vectorsAsMatrices(Backend be) {
    // a single column (or row) x has one singular value ‖x‖ = √(1 + 4 + 4) = 3
    DenseMatrix col = DenseMatrix.wrap(3, 1, new double[] {1, -2, 2});
    SVD sc = SVD.compute(be, col);
    assertArrayEquals(new double[] {3}, sc.s(), 1e-15);
    checkDecomposition(be, col, sc);
    DenseMatrix row = col.transpose();
    SVD sr = SVD.compute(be, row);
    assertArrayEquals(new double[] {3}, sr.s(), 1e-15);
    checkDecomposition(be, row, sr);
    assertArrayEquals(new double[] {1 / 9.0, -2 / 9.0, 2 / 9.0},
        LinAlg.leastSquares(be, row, new double[] {1}), 1e-15);
  }
}
