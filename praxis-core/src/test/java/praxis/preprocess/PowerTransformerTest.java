package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * PowerTransformer against scikit-learn 1.2.1 / SciPy 1.10.1 ({@code make_prep1_reference.py}): lambdas to 1e-6
 * (the acceptance bound; observed differences are ~1e-8, the size of SciPy's Brent tolerance), transformed
 * values to 1e-6 (means and scales relative to their magnitude), inverse round trip to 1e-9.
 */
class PowerTransformerTest {
  private static final List<String> DATASETS = List.of("diabetes", "Servo");

  private static double[] col(Frame f, int j) {
    return Support.values(f.column(j));
  }

  /** |a - b| <= tol * max(1, |a|) elementwise (means and scales grow with the data's magnitude). */
  static void assertRelative(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
    }
  }

  @Test
  void lambdasEqualScikitLearnAndScipy() {
    for (String ds : DATASETS) {
      JsonNode e = Prep1Ref.get("power", ds);
      Frame x = Prep1Ref.numeric(ds, Prep1Ref.names(e.get("columns")));
      for (PowerTransformer.Method m : PowerTransformer.Method.values()) {
        String key = m == PowerTransformer.Method.BOX_COX ? "box-cox" : "yeo-johnson";
        PowerTransformerModel model = new PowerTransformer(PowerTransformer.Params.DEFAULTS.withMethod(m))
            .fit(x, Target.none(x.rowCount()));
        double[] expected = Prep1Ref.vector(e.get(key).get("lambdas"));
        assertArrayEquals(expected, model.lambdas(), 1e-6, ds + " " + key + " lambdas");
        if (m == PowerTransformer.Method.BOX_COX) {
          assertArrayEquals(Prep1Ref.vector(e.get(key).get("scipy_normmax")), model.lambdas(), 1e-6, ds + " scipy");
        }
        assertRelative(Prep1Ref.vector(e.get(key).get("mean")), model.mean(), 1e-6, ds + " " + key + " mean");
        assertRelative(Prep1Ref.vector(e.get(key).get("scale")), model.scale(), 1e-6, ds + " " + key + " scale");
        Frame z = model.transform(x.rowRange(0, 20));
        double[][] ref = Prep1Ref.columns(e.get(key).get("transform_head"));
        for (int j = 0; j < ref.length; j++) {
          assertArrayEquals(ref[j], col(z, j), 1e-6, ds + " " + key + " transform column " + j);
        }
        Frame back = model.inverseTransform(model.transform(x));
        for (int j = 0; j < x.columnCount(); j++) {
          double[] orig = col(x, j);
          double[] b = col(back, j);
          for (int i = 0; i < orig.length; i++) {
            assertEquals(orig[i], b[i], 1e-9 * Math.max(1, Math.abs(orig[i])), ds + " inverse column " + j);
          }
        }
      }
    }
  }

  @Test
  void yeoJohnsonOnNegativeValues() {
    JsonNode e = Prep1Ref.get("power", "diabetes_centred");
    Frame raw = Prep1Ref.numeric("diabetes", Prep1Ref.names(Prep1Ref.get("power", "diabetes", "columns")));
    DoubleColumn[] cols = new DoubleColumn[raw.columnCount()];
    for (int j = 0; j < cols.length; j++) {
      double[] v = col(raw, j);
      double[] s = v.clone();
      java.util.Arrays.sort(s);
      int n = s.length;
      double med = n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
      for (int i = 0; i < n; i++) {
        v[i] -= med;
      }
      cols[j] = DoubleColumn.wrap(raw.column(j).name(), v);
    }
    Frame x = Frame.of(cols);
    PowerTransformerModel m = new PowerTransformer(PowerTransformer.Params.DEFAULTS.withStandardize(false))
        .fit(x, Target.none(x.rowCount()));
    assertArrayEquals(Prep1Ref.vector(e.get("lambdas")), m.lambdas(), 1e-6);
    Frame z = m.transform(x.rowRange(0, 20));
    double[][] ref = Prep1Ref.columns(e.get("transform_head"));
    for (int j = 0; j < ref.length; j++) {
      assertArrayEquals(ref[j], col(z, j), 1e-6, "column " + j);
    }
    Frame back = m.inverseTransform(m.transform(x));
    for (int j = 0; j < x.columnCount(); j++) {
      assertArrayEquals(col(x, j), col(back, j), 1e-9 * 1000, "inverse column " + j);
    }
  }

  @Test
  void boxCoxOnZerosNamesColumnAndSuggestsYeoJohnson() {
    Frame x = Frame.of(DoubleColumn.of("income", 3, 0, 5, 7), DoubleColumn.of("ok", 1, 2, 3, 4));
    PowerTransformer bc = new PowerTransformer(PowerTransformer.Params.DEFAULTS.withMethod(
        PowerTransformer.Method.BOX_COX));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bc.fit(x, Target.none(4)));
    assertTrue(e.getMessage().contains("'income'") && e.getMessage().contains("YEO_JOHNSON")
        && e.getMessage().contains("row 1"), e.getMessage());
    Frame pos = Frame.of(DoubleColumn.of("income", 3, 1, 5, 7), DoubleColumn.of("ok", 1, 2, 3, 4));
    PowerTransformerModel m = bc.fit(pos, Target.none(4));
    Frame neg = Frame.of(DoubleColumn.of("income", 3, -1, 5, 7), DoubleColumn.of("ok", 1, 2, 3, 4));
    e = assertThrows(IllegalArgumentException.class, () -> m.transform(neg));
    assertTrue(e.getMessage().contains("'income'"), e.getMessage());
    // Yeo-Johnson takes the zeros
    PowerTransformerModel yj = new PowerTransformer().fit(x, Target.none(4));
    assertEquals(2, yj.lambdas().length);
  }

  @Test
  void missingValuesIgnoredAndKeptAndStateRoundTrips() throws Exception {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, Double.NaN, 4, 9, 3));
    PowerTransformerModel m = new PowerTransformer().fit(x, Target.none(6));
    Frame clean = Frame.of(DoubleColumn.of("a", 1, 2, 4, 9, 3));
    PowerTransformerModel m2 = new PowerTransformer().fit(clean, Target.none(5));
    assertEquals(m2.lambdas()[0], m.lambdas()[0], 0);
    double[] z = col(m.transform(x), 0);
    assertTrue(Double.isNaN(z[2]));
    State s = m.toState();
    PowerTransformerModel back = PowerTransformerModel.fromState(s);
    assertArrayEquals(z, col(back.transform(x), 0), 0);
    assertEquals(PowerTransformerModel.class, ModelIO.fromState(ModelIO.decode(ModelIO.encode(s))).getClass());
  }
}
