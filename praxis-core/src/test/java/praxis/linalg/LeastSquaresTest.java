package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.linalg.internal.Backend;
import praxis.linalg.internal.JavaBackend;

/**
 * Minimum-norm least squares against closed forms computed independently with Cholesky: the normal equations
 * for full column rank, {@code x = Cᵀ(CCᵀ)⁻¹(BᵀB)⁻¹Bᵀb} for a rank factorization A = BC, and
 * {@code x = Aᵀ(AAᵀ)⁻¹b} for wide full-row-rank A. Tolerance 1e-10.
 */
class LeastSquaresTest {

  private static double[] cholSolve(DenseMatrix spd, double[] b) {
    return Cholesky.compute(JavaBackend.INSTANCE, spd).solve(b);
  }

  private static double[] tmul(DenseMatrix a, double[] x) {
    return Fixtures.naive(true, false, a, DenseMatrix.wrap(x.length, 1, x)).data();
  }

  private static double[] mul(DenseMatrix a, double[] x) {
    return Fixtures.mul(a, DenseMatrix.wrap(x.length, 1, x)).data();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void fullRankMatchesNormalEquations(Backend be) {
    DenseMatrix a = Fixtures.random(100, 8, 81);
    double[] b = Fixtures.random(100, 1, 82).data();
    double[] ref = cholSolve(Fixtures.naive(true, false, a, a), tmul(a, b));
    assertArrayEquals(ref, LinAlg.leastSquares(be, a, b), 1e-10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void rankDeficientGivesMinimumNorm(Backend be) {
    // A = B C with B 50×3 (full column rank) and C 3×6 (full row rank): rank 3, six unknowns
    DenseMatrix bm = Fixtures.random(50, 3, 91);
    DenseMatrix cm = Fixtures.random(3, 6, 92);
    DenseMatrix a = Fixtures.mul(bm, cm);
    double[] b = Fixtures.random(50, 1, 93).data();
    double[] y = cholSolve(Fixtures.naive(true, false, bm, bm), tmul(bm, b));   // (BᵀB)⁻¹Bᵀb
    double[] z = cholSolve(Fixtures.naive(false, true, cm, cm), y);             // (CCᵀ)⁻¹ y
    double[] ref = tmul(cm, z);                                                  // Cᵀ z
    assertArrayEquals(ref, LinAlg.leastSquares(be, a, b), 1e-10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void duplicatedColumnSplitsTheCoefficient(Backend be) {
    // y = 2·x exactly, with x given twice: the minimum-norm solution is (1, 1)
    DenseMatrix a = DenseMatrix.fromRows(new double[][] {{1, 1}, {2, 2}, {3, 3}});
    assertArrayEquals(new double[] {1, 1}, LinAlg.leastSquares(be, a, new double[] {2, 4, 6}), 1e-14);
    // all-zero matrix → zero solution
    assertArrayEquals(new double[3], LinAlg.leastSquares(be, new DenseMatrix(4, 3), new double[] {1, 2, 3, 4}),
        0.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void underdeterminedGivesMinimumNormExactSolution(Backend be) {
    DenseMatrix a = Fixtures.random(5, 12, 101);
    double[] b = Fixtures.random(5, 1, 102).data();
    double[] ref = tmul(a, cholSolve(Fixtures.naive(false, true, a, a), b));
    double[] x = LinAlg.leastSquares(be, a, b);
    assertArrayEquals(ref, x, 1e-10);
    assertArrayEquals(b, mul(a, x), 1e-12);
  }

  @Test
  void facadeValidatesArguments() {
    DenseMatrix a = Fixtures.random(4, 2, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LinAlg.leastSquares(a, new double[3]));
    assertTrue(e.getMessage().contains("length 3") && e.getMessage().contains("4 rows"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> LinAlg.leastSquares(a, new double[] {1, Double.NaN, 0, 0}));
    assertTrue(e.getMessage().contains("b[1]"), e.getMessage());
    double[] x = LinAlg.leastSquares(DenseMatrix.identity(3), new double[] {1, 2, 3});
    assertArrayEquals(new double[] {1, 2, 3}, x, 1e-14);
  }
}
