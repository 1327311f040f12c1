package praxis.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {

  /** Rosenbrock: f = sum 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2, minimum 0 at (1, ..., 1). */
  static double rosenbrock(double[] x, double[] g) {
    double f = 0;
    java.util.Arrays.fill(g, 0);
    for (int i = 0; i + 1 < x.length; i++) {
      double a = x[i + 1] - x[i] * x[i];
      double b = 1 - x[i];
      f += 100 * a * a + b * b;
      g[i] += -400 * a * x[i] - 2 * b;
      g[i + 1] += 200 * a;
    }
    return f;
  }

  @Test
  void rosenbrock2dFromClassicStart() {
    Lbfgs.Result r = new Lbfgs(10, 1000, 1e-10, 0).minimize(LbfgsTest::rosenbrock, new double[] {-1.2, 1});
    assertTrue(r.converged(), r.status().toString());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-8);
    assertEquals(0, r.value(), 1e-16);
    assertTrue(r.iterations() < 100, "iterations " + r.iterations());
  }

  @Test
  void rosenbrock10d() {
    double[] x0 = new double[10];
    for (int i = 0; i < x0.length; i++) {
      x0[i] = i % 2 == 0 ? -1.2 : 1;
    }
    Lbfgs.Result r = new Lbfgs(7, 2000, 1e-9, 0).minimize(LbfgsTest::rosenbrock, x0);
    assertTrue(r.converged(), r.status().toString());
    for (double v : r.x()) {
      assertEquals(1, v, 1e-7);
    }
  }

  @Test
  void quadraticWithKnownMinimum() {
    // f = 1/2 x'Ax - b'x with A = diag(1..50) + 0.5 * (offdiagonal neighbours); minimum solves Ax = b
    int n = 50;
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = Math.sin(i + 1);
    }
    Lbfgs.Objective f = (x, g) -> {
      double v = 0;
      for (int i = 0; i < n; i++) {
        double ax = (i + 1) * x[i] + (i > 0 ? 0.5 * x[i - 1] : 0) + (i + 1 < n ? 0.5 * x[i + 1] : 0);
        g[i] = ax - b[i];
        v += 0.5 * x[i] * ax - b[i] * x[i];
      }
      return v;
    };
    Lbfgs.Result r = new Lbfgs(5, 500, 1e-9, 0).minimize(f, new double[n]);
    assertTrue(r.converged(), r.status() + " it=" + r.iterations() + " g=" + r.gradientNorm() + " f=" + r.value());
    // check A x = b directly
    double[] x = r.x();
    for (int i = 0; i < n; i++) {
      double ax = (i + 1) * x[i] + (i > 0 ? 0.5 * x[i - 1] : 0) + (i + 1 < n ? 0.5 * x[i + 1] : 0);
      assertEquals(b[i], ax, 1e-9);
    }
  }

  @Test
  void oneDimensionalQuadraticHandChecked() {
    Lbfgs.Objective f = (x, g) -> {
      g[0] = 2 * (x[0] - 3);
      return (x[0] - 3) * (x[0] - 3) + 7;
    };
    Lbfgs.Result r = new Lbfgs().minimize(f, new double[] {-10});
    assertEquals(3, r.x()[0], 1e-9);
    assertEquals(7, r.value(), 1e-15);
    assertEquals(Lbfgs.Status.GRADIENT_TOLERANCE, r.status());
  }

  @Test
  void startingAtTheMinimumStopsImmediately() {
    Lbfgs.Result r = new Lbfgs().minimize((x, g) -> {
      g[0] = 2 * x[0];
      return x[0] * x[0];
    }, new double[] {0});
    assertEquals(0, r.iterations());
    assertEquals(1, r.evaluations());
  }

  @Test
  void maxIterationsIsReported() {
    Lbfgs.Result r = new Lbfgs(10, 3, 1e-14, 0).minimize(LbfgsTest::rosenbrock, new double[] {-1.2, 1});
    assertEquals(Lbfgs.Status.MAX_ITERATIONS, r.status());
    assertEquals(3, r.iterations());
    assertTrue(r.value() < rosenbrock(new double[] {-1.2, 1}, new double[2]));
  }

  @Test
  void functionToleranceStops() {
    Lbfgs.Result r = new Lbfgs(10, 1000, 0, 1e-3).minimize(LbfgsTest::rosenbrock, new double[] {-1.2, 1});
    assertEquals(Lbfgs.Status.FUNCTION_TOLERANCE, r.status());
  }

  @Test
  void doesNotModifyStartingPoint() {
    double[] x0 = {-1.2, 1};
    new Lbfgs().minimize(LbfgsTest::rosenbrock, x0);
    assertArrayEquals(new double[] {-1.2, 1}, x0);
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Lbfgs(0, 10, 1e-5, 0));
    assertTrue(e.getMessage().contains("memory"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Lbfgs().minimize(LbfgsTest::rosenbrock, new double[0]));
    assertTrue(e.getMessage().contains("x0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new Lbfgs().minimize((x, g) -> Double.NaN, new double[] {1}));
    assertTrue(e.getMessage().contains("starting point"), e.getMessage());
  }

  @Test
  void cubicInterpolationFindsTheMinimumOfACubic() {
    // f(a) = (a - 2)^2 on [0, 5]: f(0)=4, f'(0)=-4, f(5)=9, f'(5)=6 -> minimizer 2 (a quadratic is a cubic)
    assertEquals(2, Lbfgs.cubicMin(0, 4, -4, 5, 9, 6), 1e-12);
  }
}
