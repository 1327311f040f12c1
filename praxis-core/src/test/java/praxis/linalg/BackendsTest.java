package praxis.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import praxis.linalg.internal.Backend;
import praxis.linalg.internal.Backends;
import praxis.linalg.internal.JavaBackend;

/** Backend selection, and agreement of native and pure-Java results (when native is available) to 1e-10. */
class BackendsTest {

  @Test
  void selectionHonoursTheProperty() {
    assertSame(JavaBackend.INSTANCE, Backends.select("java"));
    assertSame(JavaBackend.INSTANCE, Backends.select(" JAVA "));
    Backend auto = Backends.select(null);
    assertTrue(auto.name().equals("java") || auto.name().equals("native"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backends.select("cuda"));
    assertTrue(e.getMessage().contains("praxis.linalg.backend") && e.getMessage().contains("cuda"), e.getMessage());
    String forced = System.getProperty(Backends.PROPERTY);
    assertEquals(forced == null || forced.isBlank() || forced.equals("auto") ? auto.name() : forced.trim(),
        LinAlg.backend());
  }

  @Test
  void nativeLoadsWhenRequested() {
    // `.ci/run` installs OpenBLAS and runs the tests with -Dpraxis.linalg.backend=native, so native must load
    Assumptions.assumeTrue("native".equals(System.getProperty(Backends.PROPERTY)),
        "run with -Dpraxis.linalg.backend=native to require the native library");
    assertNotNull(Fixtures.nativeBackend(), "native BLAS/LAPACK was requested but did not load");
  }

  @Test
  void nativeAndJavaAgree() {
    Backend nat = Fixtures.nativeBackend();
    Assumptions.assumeTrue(nat != null, "no native BLAS/LAPACK on this machine");
    Backend jv = JavaBackend.INSTANCE;
    DenseMatrix a = Fixtures.random(120, 80, 201);
    DenseMatrix b = Fixtures.random(80, 90, 202);
    DenseMatrix c1 = new DenseMatrix(120, 90);
    DenseMatrix c2 = new DenseMatrix(120, 90);
    nat.gemm(false, false, 120, 90, 80, 1.0, a.data(), 120, b.data(), 80, 0.0, c1.data(), 120);
    jv.gemm(false, false, 120, 90, 80, 1.0, a.data(), 120, b.data(), 80, 0.0, c2.data(), 120);
    assertTrue(Fixtures.maxDiff(c1, c2) < 1e-12);

    assertTrue(Fixtures.maxDiff(QR.compute(nat, a).r(), QR.compute(jv, a).r()) < 1e-10);
    assertArrayEquals(SVD.compute(nat, a).s(), SVD.compute(jv, a).s(), 1e-10);
    DenseMatrix spd = CholeskyTest.spd(70, 203);
    assertTrue(Fixtures.maxDiff(Cholesky.compute(nat, spd).l(), Cholesky.compute(jv, spd).l()) < 1e-10);
    assertTrue(Fixtures.maxDiff(Cholesky.compute(nat, spd).inverse(), Cholesky.compute(jv, spd).inverse())
        < 1e-10 * Fixtures.maxAbs(Cholesky.compute(jv, spd).inverse()));
    assertArrayEquals(SymmetricEigen.compute(nat, spd).values(), SymmetricEigen.compute(jv, spd).values(),
        1e-10 * Fixtures.maxAbs(spd));
    double[] y = Fixtures.random(120, 1, 204).data();
    assertArrayEquals(LinAlg.leastSquares(nat, a, y), LinAlg.leastSquares(jv, a, y), 1e-10);
    DenseMatrix wide = Fixtures.random(10, 30, 205);
    assertArrayEquals(LinAlg.leastSquares(nat, wide, new double[10]), new double[30], 0.0);
    double[] yw = Fixtures.random(10, 1, 206).data();
    assertArrayEquals(LinAlg.leastSquares(nat, wide, yw), LinAlg.leastSquares(jv, wide, yw), 1e-10);
  }

  @Test
  void facadeDecompositionsUseTheActiveBackend() {
    DenseMatrix a = Fixtures.random(30, 10, 301);
    assertEquals(10, LinAlg.qr(a).rank());
    assertEquals(10, LinAlg.svd(a).s().length);
    assertEquals(10, LinAlg.eigenSymmetric(LinAlg.gemm(true, false, 1, a, a, 0, new DenseMatrix(10, 10)))
        .values().length);
    assertEquals(10, LinAlg.cholesky(CholeskyTest.spd(10, 302)).l().rows());
  }
}
