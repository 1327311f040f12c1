package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import praxis.classic.Reference;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

class LinearRegressionTest {

  /**
   * Closed form: beta = (A'A)^-1 A'y with A = [1, X], computed exactly in BigDecimal from the binary double
   * inputs and solved by Gaussian elimination at 60 significant digits, so it is the true least-squares
   * solution to far below double precision.
   */
  static double[] closedForm(Frame x, double[] y) {
    int n = x.rowCount();
    int p = x.columnCount() + 1;
    MathContext mc = new MathContext(60);
    BigDecimal[][] a = new BigDecimal[p][p + 1];
    for (int r = 0; r < p; r++) {
      for (int c = 0; c <= p; c++) {
        a[r][c] = BigDecimal.ZERO;
      }
    }
    BigDecimal[] row = new BigDecimal[p];
    for (int i = 0; i < n; i++) {
      row[0] = BigDecimal.ONE;
      for (int j = 1; j < p; j++) {
        row[j] = new BigDecimal(x.getDouble(i, j - 1));
      }
      BigDecimal yi = new BigDecimal(y[i]);
      for (int r = 0; r < p; r++) {
        for (int c = 0; c < p; c++) {
          a[r][c] = a[r][c].add(row[r].multiply(row[c]));
        }
        a[r][p] = a[r][p].add(row[r].multiply(yi));
      }
    }
    for (int k = 0; k < p; k++) {
      int piv = k;
      for (int r = k + 1; r < p; r++) {
        if (a[r][k].abs().compareTo(a[piv][k].abs()) > 0) {
          piv = r;
        }
      }
      BigDecimal[] t = a[k];
      a[k] = a[piv];
      a[piv] = t;
      for (int r = k + 1; r < p; r++) {
        BigDecimal f = a[r][k].divide(a[k][k], mc);
        for (int c = k; c <= p; c++) {
          a[r][c] = a[r][c].subtract(f.multiply(a[k][c], mc), mc);
        }
      }
    }
    BigDecimal[] sol = new BigDecimal[p];
    for (int r = p - 1; r >= 0; r--) {
      BigDecimal s = a[r][p];
      for (int c = r + 1; c < p; c++) {
        s = s.subtract(a[r][c].multiply(sol[c], mc), mc);
      }
      sol[r] = s.divide(a[r][r], mc);
    }
    double[] out = new double[p];
    for (int j = 0; j < p; j++) {
      out[j] = sol[j].doubleValue();
    }
    return out;
  }

  @Test
  void diabetesMatchesTheClosedFormTo1eMinus9() {
    Fixtures.XY d = Fixtures.xy("diabetes");
    LinearRegressionModel m = new LinearRegression().fit(d.x(), d.y());
    double[] exact = closedForm(d.x(), d.y().values());
    assertEquals(exact[0], m.intercept(), 1e-9, "intercept");
    double[] coef = m.coefficients();
    for (int j = 0; j < coef.length; j++) {
      assertEquals(exact[j + 1], coef[j], 1e-9, "coefficient " + j);
    }
    assertEquals(10, m.rank());
  }

  @Test
  void diabetesMatchesScikitLearn() {
    // scikit-learn 1.2.1 LinearRegression (scipy lstsq); tolerance 1e-9 absolute (coefficients are O(1..100))
    Fixtures.XY d = Fixtures.xy("diabetes");
    LinearRegressionModel m = new LinearRegression().fit(d.x(), d.y());
    assertArrayEquals(Reference.REF.vector("linear_regression_diabetes", "coef"), m.coefficients(), 1e-9);
    assertEquals(Reference.REF.get("linear_regression_diabetes", "intercept").asDouble(), m.intercept(), 1e-9);
    double[] pred = m.predict(d.x().rowRange(0, 10));
    assertArrayEquals(Reference.REF.vector("linear_regression_diabetes", "predict_first10"), pred, 1e-9);
  }

  @Test
  void exactLinearDataIsRecoveredExactly() {
    // y = 1 + 2 a - 3 b, hand-checked
    Frame x = Frame.of(DoubleColumn.of("a", 0, 1, 2, 3, 4), DoubleColumn.of("b", 1, 0, 2, 5, 3));
    double[] y = {-2, 3, -1, -8, 0};
    LinearRegressionModel m = new LinearRegression().fit(x, Target.values(y));
    assertArrayEquals(new double[] {2, -3}, m.coefficients(), 1e-13);
    assertEquals(1, m.intercept(), 1e-13);
    assertArrayEquals(y, m.predict(x), 1e-12);
  }

  @Test
  void withoutInterceptFitsThroughTheOrigin() {
    // minimize sum (y - w x)^2 -> w = sum xy / sum x^2 = (1*2 + 2*3 + 3*7) / 14 = 29/14
    Frame x = Frame.of(DoubleColumn.of("x", 1, 2, 3));
    LinearRegressionModel m = new LinearRegression(new LinearRegression.Params(false)).fit(x, Target.values(2, 3, 7));
    assertEquals(29.0 / 14, m.coefficients()[0], 1e-15);
    assertEquals(0, m.intercept());
  }

  @Test
  void collinearColumnsGetTheMinimumNormSolution() {
    // y = 2 x with the column duplicated: every (w1, w2) with w1 + w2 = 2 fits; minimum norm is (1, 1)
    Frame x = Frame.of(DoubleColumn.of("x1", 1, 2, 3, 4), DoubleColumn.of("x2", 1, 2, 3, 4),
        DoubleColumn.of("z", 0, 1, 0, 1));
    LinearRegressionModel m = new LinearRegression().fit(x, Target.values(2, 4, 6, 8));
    assertEquals(2, m.rank());
    assertArrayEquals(new double[] {1, 1, 0}, m.coefficients(), 1e-12);
    assertEquals(0, m.intercept(), 1e-12);
    // a constant column has zero coefficient (its centred column is zero)
    Frame c = Frame.of(DoubleColumn.of("x", 1, 2, 3), DoubleColumn.of("k", 5, 5, 5));
    LinearRegressionModel mc = new LinearRegression().fit(c, Target.values(1, 3, 5));
    assertArrayEquals(new double[] {2, 0}, mc.coefficients(), 1e-12);
    assertEquals(-1, mc.intercept(), 1e-12);
  }

  @Test
  void moreFeaturesThanRowsGivesMinimumNormInterpolation() {
    // 2 rows, 3 features, no intercept: min-norm solution of [1 0 1; 0 1 1] w = [2, 3] is A'(AA')^-1 y
    // AA' = [[2,1],[1,2]], inverse = 1/3 [[2,-1],[-1,2]], (AA')^-1 y = 1/3 [1, 4], w = 1/3 [1, 4, 5]
    Frame x = Frame.of(DoubleColumn.of("a", 1, 0), DoubleColumn.of("b", 0, 1), DoubleColumn.of("c", 1, 1));
    LinearRegressionModel m = new LinearRegression(new LinearRegression.Params(false)).fit(x, Target.values(2, 3));
    assertArrayEquals(new double[] {1.0 / 3, 4.0 / 3, 5.0 / 3}, m.coefficients(), 1e-14);
  }

  @Test
  void rejectsBadInputWithClearMessages() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 3), CategoricalColumn.of("color", "r", "g", "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LinearRegression().fit(x, Target.values(1, 2, 3)));
    assertTrue(e.getMessage().contains("'color'") && e.getMessage().contains("OneHotEncoder"), e.getMessage());
    Frame ok = Frame.of(DoubleColumn.of("a", 1, 2, 3));
    e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(ok, Target.classes("u", "v", "u")));
    assertTrue(e.getMessage().contains("numeric target"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(ok, Target.values(1, 2)));
    assertTrue(e.getMessage().contains("3 rows but y has 2"), e.getMessage());
  }
}
