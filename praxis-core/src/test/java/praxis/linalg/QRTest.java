package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.linalg.internal.Backend;

/** QR: hand case, reconstruction A = QR and QᵀQ = I to 1e-12 (relative), R upper, solve vs normal equations. */
class QRTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void handCheckedTwoByTwo(Backend be) {
    // a1 = (3, 4): H1 a1 = (-5, 0); H1 = [[-0.6, -0.8], [-0.8, 0.6]], so R = [[-5, -2.2], [0, 0.4]], Q = H1
    QR qr = QR.compute(be, DenseMatrix.fromRows(new double[][] {{3, 1}, {4, 2}}));
    assertArrayEquals(new double[] {-5, 0, -2.2, 0.4}, qr.r().data(), 1e-14);
    assertArrayEquals(new double[] {-0.6, -0.8, -0.8, 0.6}, qr.q().data(), 1e-14);
    assertEquals(2, qr.rank());
    // 3x + y = 1, 4x + 2y = 2 → x = 0, y = 1
    assertArrayEquals(new double[] {0, 1}, qr.solve(new double[] {1, 2}), 1e-14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void reconstructsTallSquareWideAndIllConditioned(Backend be) {
    DenseMatrix[] cases = {
        Fixtures.random(60, 25, 11), Fixtures.random(40, 40, 12), Fixtures.random(20, 35, 13),
        Fixtures.withSingularValues(50, 30, Fixtures.graded(30, 1e-12), 14), Fixtures.hilbert(10)};
    for (DenseMatrix a : cases) {
      QR qr = QR.compute(be, a);
      DenseMatrix q = qr.q();
      DenseMatrix r = qr.r();
      int k = Math.min(a.rows(), a.cols());
      assertEquals(k, q.cols());
      assertEquals(k, r.rows());
      for (int j = 0; j < r.cols(); j++) {
        for (int i = j + 1; i < k; i++) {
          assertEquals(0.0, r.get(i, j), "R must be upper triangular");
        }
      }
      double err = Fixtures.maxDiff(a, Fixtures.mul(q, r)) / Fixtures.maxAbs(a);
      assertTrue(err < 1e-12, be + " " + a.rows() + "×" + a.cols() + " reconstruction error " + err);
      double orth = Fixtures.orthogonalityError(q);
      assertTrue(orth < 1e-12, be + " orthogonality " + orth);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void solveMatchesNormalEquationsAndQtb(Backend be) {
    DenseMatrix a = Fixtures.random(80, 6, 21);
    double[] b = Fixtures.random(80, 1, 22).data();
    double[] x = QR.compute(be, a).solve(b);
    // normal equations AᵀA x = Aᵀb through an independent Cholesky (well conditioned: cond(AᵀA) ~ 10)
    DenseMatrix ata = Fixtures.naive(true, false, a, a);
    double[] atb = Fixtures.naive(true, false, a, DenseMatrix.wrap(80, 1, b)).data();
    double[] ref = Cholesky.compute(praxis.linalg.internal.JavaBackend.INSTANCE, ata).solve(atb);
    assertArrayEquals(ref, x, 1e-12);
    // ‖Qᵀb‖ = ‖b‖ (Q is orthogonal)
    double[] qtb = QR.compute(be, a).qtMultiply(b);
    assertEquals(norm(b), norm(qtb), 1e-12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void rankDeficientIsDetectedAndSolveRefuses(Backend be) {
    DenseMatrix a = Fixtures.random(30, 4, 31);
    DenseMatrix dup = new DenseMatrix(30, 5);
    System.arraycopy(a.data(), 0, dup.data(), 0, 120);
    for (int i = 0; i < 30; i++) {
      dup.set(i, 4, a.get(i, 0) + a.get(i, 1));
    }
    QR qr = QR.compute(be, dup);
    assertEquals(4, qr.rank());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> qr.solve(new double[30]));
    assertTrue(e.getMessage().contains("leastSquares"), e.getMessage());
    QR wide = QR.compute(be, Fixtures.random(3, 5, 32));
    assertThrows(IllegalStateException.class, () -> wide.solve(new double[3]));
    assertThrows(IllegalArgumentException.class, () -> wide.solve(new double[4]));
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
