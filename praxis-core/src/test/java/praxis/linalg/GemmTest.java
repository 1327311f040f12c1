package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.linalg.internal.Backend;
import praxis.linalg.internal.JavaGemm;

/** GEMM/GEMV of every backend against a naive triple loop (tolerance 1e-12 × k), plus facade checks. */
class GemmTest {

  private static DenseMatrix run(Backend be, boolean ta, boolean tb, double alpha, DenseMatrix a, DenseMatrix b,
      double beta, DenseMatrix c) {
    int m = c.rows();
    int n = c.cols();
    int k = ta ? a.rows() : a.cols();
    be.gemm(ta, tb, m, n, k, alpha, a.data(), Math.max(1, a.rows()), b.data(), Math.max(1, b.rows()), beta,
        c.data(), Math.max(1, m));
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void matchesNaiveForAllShapesAndTransposes(Backend be) {
    // sizes straddle the small-matrix path and the 192 × 256 × 1024 blocking edges
    int[][] shapes = {{1, 1, 1}, {3, 5, 7}, {17, 9, 33}, {200, 130, 300}, {193, 1030, 257}};
    long seed = 1;
    for (int[] s : shapes) {
      int m = s[0];
      int n = s[1];
      int k = s[2];
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          DenseMatrix a = ta ? Fixtures.random(k, m, seed++) : Fixtures.random(m, k, seed++);
          DenseMatrix b = tb ? Fixtures.random(n, k, seed++) : Fixtures.random(k, n, seed++);
          DenseMatrix c0 = Fixtures.random(m, n, seed++);
          DenseMatrix expected = Fixtures.naive(ta, tb, a, b);
          for (int i = 0; i < expected.data().length; i++) {
            expected.data()[i] = 0.5 * expected.data()[i] - 2.0 * c0.data()[i];
          }
          DenseMatrix c = run(be, ta, tb, 0.5, a, b, -2.0, c0.copy());
          double err = Fixtures.maxDiff(expected, c);
          assertTrue(err <= 1e-12 * k, be + " " + Arrays.toString(s) + " ta=" + ta + " tb=" + tb + " err=" + err);
        }
      }
    }
  }

  @Test
  void scalarAndVectorJavaKernelsMatchNaive() {
    boolean moduleResolved = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    assertEquals(moduleResolved, JavaGemm.vectorized(), "the Vector API kernel must load whenever its module does");
    int[][] shapes = {{70, 50, 40}, {200, 130, 300}, {193, 1030, 257}, {129, 17, 515}};
    long seed = 500;
    for (int[] s : shapes) {
      int m = s[0];
      int n = s[1];
      int k = s[2];
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          DenseMatrix a = ta ? Fixtures.random(k, m, seed++) : Fixtures.random(m, k, seed++);
          DenseMatrix b = tb ? Fixtures.random(n, k, seed++) : Fixtures.random(k, n, seed++);
          DenseMatrix c0 = Fixtures.random(m, n, seed++);
          DenseMatrix expected = Fixtures.naive(ta, tb, a, b);
          for (int i = 0; i < expected.data().length; i++) {
            expected.data()[i] = -1.5 * expected.data()[i] + 0.5 * c0.data()[i];
          }
          DenseMatrix c = c0.copy();
          JavaGemm.scalarGemm(ta, tb, m, n, k, -1.5, a.data(), a.rows(), b.data(), b.rows(), 0.5, c.data(), m);
          assertTrue(Fixtures.maxDiff(expected, c) <= 1e-12 * k, "scalar " + Arrays.toString(s));
          if (JavaGemm.vectorized()) {
            DenseMatrix cv = c0.copy();
            JavaGemm.vectorGemm(ta, tb, m, n, k, -1.5, a.data(), a.rows(), b.data(), b.rows(), 0.5, cv.data(), m);
            assertTrue(Fixtures.maxDiff(expected, cv) <= 1e-12 * k, "vector " + Arrays.toString(s) + " ta=" + ta
                + " tb=" + tb + " err=" + Fixtures.maxDiff(expected, cv));
          } else {
            assertThrows(IllegalStateException.class, () -> JavaGemm.vectorGemm(false, false, 1, 1, 1, 1,
                new double[1], 1, new double[1], 1, 0, new double[1], 1));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void betaZeroIgnoresNaNInC(Backend be) {
    DenseMatrix a = Fixtures.random(40, 40, 3);
    DenseMatrix c = new DenseMatrix(40, 40);
    Arrays.fill(c.data(), Double.NaN);
    run(be, false, false, 1.0, a, DenseMatrix.identity(40), 0.0, c);
    assertEquals(0.0, Fixtures.maxDiff(a, c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("praxis.linalg.Fixtures#backends")
  void gemvMatchesNaive(Backend be) {
    DenseMatrix a = Fixtures.random(37, 23, 5);
    double[] x = Fixtures.random(23, 1, 6).data();
    double[] xt = Fixtures.random(37, 1, 7).data();
    double[] y = new double[37];
    Arrays.fill(y, 1.0);
    be.gemv(false, 37, 23, 2.0, a.data(), x, 3.0, y);
    double[] yt = new double[23];
    be.gemv(true, 37, 23, 1.0, a.data(), xt, 0.0, yt);
    DenseMatrix ax = Fixtures.mul(a, DenseMatrix.wrap(23, 1, x));
    DenseMatrix atx = Fixtures.naive(true, false, a, DenseMatrix.wrap(37, 1, xt));
    for (int i = 0; i < 37; i++) {
      assertEquals(2.0 * ax.get(i, 0) + 3.0, y[i], 1e-12);
    }
    assertArrayEquals(atx.data(), yt, 1e-12);
  }

  @Test
  void facadeMultipliesAndChecksShapes() {
    DenseMatrix a = DenseMatrix.fromRows(new double[][] {{1, 2}, {3, 4}, {5, 6}});
    DenseMatrix b = DenseMatrix.fromRows(new double[][] {{1, 0, 2}, {0, 1, 3}});
    DenseMatrix c = LinAlg.multiply(a, b);
    assertArrayEquals(new double[] {1, 2, 8}, c.toRows()[0], 0.0);
    assertArrayEquals(new double[] {5, 6, 28}, c.toRows()[2], 0.0);
    assertArrayEquals(new double[] {5, 11, 17}, LinAlg.multiply(a, new double[] {1, 2}), 0.0);
    double[] y = LinAlg.gemv(true, 1.0, a, new double[] {1, 1, 1}, 0.0, new double[2]);
    assertArrayEquals(new double[] {9, 12}, y, 0.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinAlg.multiply(a, a));
    assertTrue(e.getMessage().contains("inner dimensions"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> LinAlg.gemm(false, false, 1, a, b, 0, new DenseMatrix(2, 2)));
    assertThrows(IllegalArgumentException.class, () -> LinAlg.gemv(false, 1, a, new double[3], 0, new double[3]));
    DenseMatrix atA = LinAlg.gemm(true, false, 1.0, a, a, 0.0, new DenseMatrix(2, 2));
    assertArrayEquals(new double[] {35, 44, 44, 56}, atA.data(), 0.0);
  }

  @Test
  void emptyShapesAreNoOps() {
    DenseMatrix c = LinAlg.multiply(new DenseMatrix(3, 0), new DenseMatrix(0, 2));
    assertArrayEquals(new double[6], c.data(), 0.0);
    assertEquals(0, LinAlg.multiply(new DenseMatrix(0, 4), new DenseMatrix(4, 2)).rows());
  }
}
