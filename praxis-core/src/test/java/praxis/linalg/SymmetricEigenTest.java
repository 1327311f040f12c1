package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.linalg.internal.Backend;

/** Symmetric eigen: hand cases, known spectra (to 1e-12 · ‖A‖), reconstruction V Λ Vᵀ and VᵀV = I to 1e-12. */
class SymmetricEigenTest {

  static DenseMatrix withEigenvalues(double[] lambda, long seed) {
    int n = lambda.length;
    DenseMatrix q = Fixtures.randomOrthogonal(n, seed);
    DenseMatrix ql = q.copy();
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        ql.set(i, j, ql.get(i, j) * lambda[j]);
      }
    }
    DenseMatrix a = Fixtures.naive(false, true, ql, q);
    for (int j = 0; j < n; j++) {        // exact symmetry
      for (int i = j + 1; i < n; i++) {
        a.set(j, i, a.get(i, j));
      }
    }
    return a;
  }

  static void checkDecomposition(Backend be, DenseMatrix a, SymmetricEigen eig) {
    double[] w = eig.values();
    DenseMatrix v = eig.vectors();
    for (int i = 1; i < w.length; i++) {
      assertTrue(w[i - 1] >= w[i], "values must be descending");
    }
    DenseMatrix vl = v.copy();
    for (int j = 0; j < w.length; j++) {
      for (int i = 0; i < w.length; i++) {
        vl.set(i, j, vl.get(i, j) * w[j]);
      }
    }
    double scale = Math.max(Fixtures.maxAbs(a), Double.MIN_NORMAL);
    double err = Fixtures.maxDiff(a, Fixtures.naive(false, true, vl, v)) / scale;
    assertTrue(err < 1e-12, be + " n=" + w.length + " reconstruction " + err);
    double orth = Fixtures.orthogonalityError(v);
    assertTrue(orth < 1e-12, be + " orthogonality " + orth);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void handCheckedTwoByTwoAndDiagonal(Backend be) {
    SymmetricEigen eig = SymmetricEigen.compute(be, DenseMatrix.fromRows(new double[][] {{2, 1}, {1, 2}}));
    assertArrayEquals(new double[] {3, 1}, eig.values(), 1e-14);
    DenseMatrix v = eig.vectors();
    double h = Math.sqrt(0.5);
    assertEquals(h, Math.abs(v.get(0, 0)), 1e-14);
    assertEquals(v.get(0, 0), v.get(1, 0), 1e-14);      // (1, 1)/√2 up to sign
    assertEquals(-v.get(0, 1), v.get(1, 1), 1e-14);     // (1, -1)/√2 up to sign
    DenseMatrix d = DenseMatrix.fromRows(new double[][] {{1, 0, 0}, {0, -4, 0}, {0, 0, 2.5}});
    assertArrayEquals(new double[] {2.5, 1, -4}, SymmetricEigen.compute(be, d).values(), 1e-15);
    assertArrayEquals(new double[] {7}, SymmetricEigen.compute(be, DenseMatrix.fromRows(new double[][] {{7}}))
        .values(), 0.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void knownSpectraIncludingIllConditionedAndRepeated(Backend be) {
    double[] graded = Fixtures.graded(40, 1e-13);
    double[] repeated = new double[30];
    for (int i = 0; i < 30; i++) {
      repeated[i] = i < 10 ? 5 : (i < 25 ? -1 : 0);
    }
    double[] mixed = {9, 3, 3, 1e-3, 0, -2, -7, -7, -7, 1e-9};
    for (double[] lambda : new double[][] {graded, repeated, mixed}) {
      DenseMatrix a = withEigenvalues(lambda, lambda.length);
      SymmetricEigen eig = SymmetricEigen.compute(be, a);
      double[] expected = lambda.clone();
      java.util.Arrays.sort(expected);
      for (int i = 0, j = expected.length - 1; i < j; i++, j--) {
        double t = expected[i];
        expected[i] = expected[j];
        expected[j] = t;
      }
      assertArrayEquals(expected, eig.values(), 1e-12 * Fixtures.maxAbs(DenseMatrix.wrap(1, lambda.length, lambda)));
      checkDecomposition(be, a, eig);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void randomSymmetricAndZero(Backend be) {
    DenseMatrix r = Fixtures.random(70, 70, 51);
    DenseMatrix a = new DenseMatrix(70, 70);
    for (int i = 0; i < 70; i++) {
      for (int j = 0; j < 70; j++) {
        a.set(i, j, r.get(i, j) + r.get(j, i));
      }
    }
    SymmetricEigen eig = SymmetricEigen.compute(be, a);
    checkDecomposition(be, a, eig);
    double trace = 0;
    double sum = 0;
    for (int i = 0; i < 70; i++) {
      trace += a.get(i, i);
      sum += eig.values()[i];
    }
    assertEquals(trace, sum, 1e-11);
    DenseMatrix zero = new DenseMatrix(5, 5);
    SymmetricEigen ez = SymmetricEigen.compute(be, zero);
    assertArrayEquals(new double[5], ez.values(), 0.0);
    assertTrue(Fixtures.orthogonalityError(ez.vectors()) < 1e-15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void rejectsNonSymmetric(Backend be) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SymmetricEigen.compute(be, DenseMatrix.fromRows(new double[][] {{1, 2}, {3, 4}})));
    assertTrue(e.getMessage().contains("a(1, 0) = 3.0"), e.getMessage());
  }
}
