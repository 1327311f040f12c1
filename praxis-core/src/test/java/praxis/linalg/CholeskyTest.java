package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.linalg.internal.Backend;

/** Cholesky: hand case, reconstruction LLᵀ to 1e-12 (relative), solve, inverse, log-determinant, errors. */
class CholeskyTest {

  static DenseMatrix spd(int n, long seed) {
    DenseMatrix x = Fixtures.random(n + 5, n, seed);
    DenseMatrix a = Fixtures.naive(true, false, x, x);
    for (int i = 0; i < n; i++) {
      a.set(i, i, a.get(i, i) + 0.1);
    }
    return a;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void handCheckedTwoByTwo(Backend be) {
    // [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]]; det = 8; inverse = [[3, -2], [-2, 4]] / 8
    Cholesky ch = Cholesky.compute(be, DenseMatrix.fromRows(new double[][] {{4, 2}, {2, 3}}));
    assertArrayEquals(new double[] {2, 1, 0, Math.sqrt(2)}, ch.l().data(), 1e-15);
    assertEquals(Math.log(8), ch.logDeterminant(), 1e-15);
    assertArrayEquals(new double[] {3 / 8.0, -2 / 8.0, -2 / 8.0, 4 / 8.0}, ch.inverse().data(), 1e-15);
    // 4x + 2y = 8, 2x + 3y = 8 → x = 1, y = 2
    assertArrayEquals(new double[] {1, 2}, ch.solve(new double[] {8, 8}), 1e-14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void reconstructsRandomAndIllConditioned(Backend be) {
    for (DenseMatrix a : new DenseMatrix[] {spd(60, 41), spd(150, 42), Fixtures.hilbert(8)}) {
      int n = a.rows();
      Cholesky ch = Cholesky.compute(be, a);
      DenseMatrix l = ch.l();
      for (int j = 1; j < n; j++) {
        for (int i = 0; i < j; i++) {
          assertEquals(0.0, l.get(i, j), "L must be lower triangular");
        }
      }
      double err = Fixtures.maxDiff(a, Fixtures.naive(false, true, l, l)) / Fixtures.maxAbs(a);
      assertTrue(err < 1e-12, be + " n=" + n + " reconstruction " + err);
      // inverse: A A⁻¹ = I (loosened by the condition number for Hilbert(8), cond ≈ 1.5e10)
      double tol = n == 8 ? 1e-5 : 1e-10;
      DenseMatrix prod = Fixtures.mul(a, ch.inverse());
      assertTrue(Fixtures.maxDiff(prod, DenseMatrix.identity(n)) < tol, be + " inverse n=" + n);
      double[] xTrue = Fixtures.random(n, 1, 43).data();
      double[] b = Fixtures.mul(a, DenseMatrix.wrap(n, 1, xTrue)).data();
      double[] x = ch.solve(b);
      double[] r = Fixtures.mul(a, DenseMatrix.wrap(n, 1, x)).data();
      assertTrue(Fixtures.maxDiff(b, r) < 1e-12 * Fixtures.maxAbs(a) * n, be + " residual");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void rejectsIndefiniteNonSymmetricAndNonFinite(Backend be) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cholesky.compute(be, DenseMatrix.fromRows(new double[][] {{1, 2}, {2, 1}})));
    assertTrue(e.getMessage().contains("order 2") && e.getMessage().contains("ridge"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Cholesky.compute(be, DenseMatrix.fromRows(new double[][] {{2, 1}, {0, 2}})));
    assertTrue(e.getMessage().contains("symmetric"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Cholesky.compute(be, DenseMatrix.fromRows(new double[][] {{2, 0}, {0, Double.NaN}})));
    assertTrue(e.getMessage().contains("(1, 1)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Cholesky.compute(be, new DenseMatrix(2, 3)));
  }
}
