package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.ParamsCodec;
import praxis.data.BooleanColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.ModelIO;

/**
 * {@link PolynomialFeatures}: hand-computed outputs and scikit-learn's column order and names (checked by hand
 * against {@code PolynomialFeatures(...).get_feature_names_out(["a", "b", "c"])} of scikit-learn 1.2.1, and on
 * diabetes in praxis-classic's PolynomialRegressionTest), counts, input checks, determinism, save/load.
 */
class PolynomialFeaturesTest {
  private static final Frame X = Frame.of(DoubleColumn.of("a", 2, -1, 0.5), DoubleColumn.of("b", 3, 4, -2),
      BooleanColumn.of("c", true, false, true));

  private static Target none(Frame x) {
    return Target.none(x.rowCount());
  }

  private static double[] col(Frame f, String name) {
    return RefData.values(f, name);
  }

  @Test
  void degreeTwoByHand() {
    Frame t = new PolynomialFeatures(2).fit(X, none(X)).transform(X);
    assertEquals(List.of("1", "a", "b", "c", "a^2", "a b", "a c", "b^2", "b c", "c^2"), t.schema().names());
    assertArrayEquals(new double[] {1, 1, 1}, col(t, "1"), 0);
    assertArrayEquals(new double[] {4, 1, 0.25}, col(t, "a^2"), 0);
    assertArrayEquals(new double[] {6, -4, -1}, col(t, "a b"), 0);
    assertArrayEquals(new double[] {2, 0, 0.5}, col(t, "a c"), 0);
    assertArrayEquals(new double[] {1, 0, 1}, col(t, "c^2"), 0);
  }

  @Test
  void degreeThreeInteractionsAndNoBias() {
    PolynomialFeaturesModel m = new PolynomialFeatures(new PolynomialFeatures.Params(3, true, false)).fit(X, none(X));
    assertEquals(List.of("a", "b", "c", "a b", "a c", "b c", "a b c"), m.outputSchema().names());
    assertArrayEquals(new double[] {6, 0, -1}, col(m.transform(X), "a b c"), 0);
    PolynomialFeaturesModel cubic = new PolynomialFeatures(new PolynomialFeatures.Params(3, false, false))
        .fit(X, none(X));
    // C(3 + 3, 3) - 1 = 19 columns; scikit-learn's order within degree 3
    assertEquals(19, cubic.outputSchema().size());
    assertEquals(List.of("a^3", "a^2 b", "a^2 c", "a b^2", "a b c", "a c^2", "b^3", "b^2 c", "b c^2", "c^3"),
        cubic.outputSchema().names().subList(9, 19));
    assertArrayEquals(new int[] {1, 2, 0}, cubic.powers()[12]);
    assertArrayEquals(new double[] {18, -16, 2}, col(cubic.transform(X), "a b^2"), 0);
    // degree 1 without bias is the identity
    Frame same = new PolynomialFeatures(new PolynomialFeatures.Params(1, false, false)).fit(X, none(X)).transform(X);
    assertArrayEquals(col(X, "b"), col(same, "b"), 0);
  }

  @Test
  void badInputIsExplained() {
    Frame text = Frame.of(DoubleColumn.of("a", 1, 2), TextColumn.of("name", "x", "y"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PolynomialFeatures().fit(text, none(text)));
    assertTrue(e.getMessage().contains("'name'") && e.getMessage().contains("OneHotEncoder"), e.getMessage());
    Frame nan = Frame.of(DoubleColumn.of("a", 1, Double.NaN));
    e = assertThrows(IllegalArgumentException.class, () -> new PolynomialFeatures().fit(nan, none(nan)));
    assertTrue(e.getMessage().contains("a"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new PolynomialFeatures.Params(0, false, true));
    assertTrue(e.getMessage().contains("degree"), e.getMessage());
    double[][] wide = new double[2][60];
    Frame w = Frame.ofRows(wide, null);
    e = assertThrows(IllegalArgumentException.class, () -> new PolynomialFeatures(4).fit(w, none(w)));
    assertTrue(e.getMessage().contains("100000") && e.getMessage().contains("degree 4"), e.getMessage());
    PolynomialFeaturesModel m = new PolynomialFeatures().fit(X, none(X));
    Frame swapped = Frame.of(DoubleColumn.of("b", 1), DoubleColumn.of("a", 1), BooleanColumn.of("c", true));
    assertThrows(IllegalArgumentException.class, () -> m.transform(swapped));
  }

  @Test
  void savesLoadsAndIsDeterministic(@TempDir Path dir) {
    PolynomialFeaturesModel m = new PolynomialFeatures(new PolynomialFeatures.Params(3, false, true))
        .fit(X, none(X));
    Path p = dir.resolve("poly.praxis");
    ModelIO.save(m, p);
    PolynomialFeaturesModel back = (PolynomialFeaturesModel) ModelIO.load(p);
    assertEquals(m.toState(), back.toState());
    assertEquals(m.outputSchema(), back.outputSchema());
    Frame a = m.transform(X);
    Frame b = back.transform(X);
    for (String name : a.schema().names()) {
      assertArrayEquals(col(a, name), col(b, name), 0);
    }
    Frame again = new PolynomialFeatures(new PolynomialFeatures.Params(3, false, true)).fit(X, none(X)).transform(X);
    assertArrayEquals(col(a, "a b c"), col(again, "a b c"), 0);
    // parameters round-trip through the name=value codec used by grid search and the CLI
    PolynomialFeatures.Params q = ParamsCodec.with(PolynomialFeatures.Params.DEFAULTS,
        java.util.Map.of("degree", "3", "interactionOnly", "true"));
    assertEquals(new PolynomialFeatures.Params(3, true, true), q);
  }
}
