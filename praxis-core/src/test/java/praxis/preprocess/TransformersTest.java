package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Transformer;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.ModelIO;

/** Hand-checked cases, policies, error messages and save/load of every preprocessing model. */
class TransformersTest {
  private static final double EPS = 1e-15;

  private static Target none(Frame x) {
    return Target.none(x.rowCount());
  }

  private static double[] col(Frame f, String name) {
    return RefData.values(f, name);
  }

  @Test
  void standardScalerHandChecked() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 3, Double.NaN), DoubleColumn.of("c", 5, 5, 5, 5),
        BooleanColumn.of("b", true, false, false, true));
    StandardScalerModel m = new StandardScaler().fit(x, none(x));
    assertArrayEquals(new double[] {2, 5, 0.5}, m.mean(), EPS);
    assertArrayEquals(new double[] {2.0 / 3, 0, 0.25}, m.variance(), EPS);
    assertArrayEquals(new double[] {Math.sqrt(2.0 / 3), 1, 0.5}, m.scale(), EPS);
    assertArrayEquals(new long[] {3, 4, 4}, m.samplesSeen());
    Frame z = m.transform(x);
    assertEquals(ColumnType.NUMERIC, z.column("b").type());
    assertArrayEquals(new double[] {-1 / Math.sqrt(2.0 / 3), 0, 1 / Math.sqrt(2.0 / 3), Double.NaN}, col(z, "a"), EPS);
    assertArrayEquals(new double[] {0, 0, 0, 0}, col(z, "c"), EPS);
    assertArrayEquals(new double[] {1, -1, -1, 1}, col(z, "b"), EPS);
    Frame back = m.inverseTransform(z);
    assertArrayEquals(new double[] {1, 2, 3, Double.NaN}, col(back, "a"), 1e-15);
    StandardScalerModel off = new StandardScaler(new StandardScaler.Params(false, false)).fit(x, none(x));
    assertArrayEquals(col(x, "a"), col(off.transform(x), "a"), 0);
  }

  @Test
  void scalersRejectBadInput() {
    Frame cat = Frame.of(CategoricalColumn.of("colour", "red", "blue"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StandardScaler().fit(cat, none(cat)));
    assertTrue(e.getMessage().contains("'colour'") && e.getMessage().contains("OneHotEncoder"), e.getMessage());
    Frame nan = Frame.of(DoubleColumn.of("a", Double.NaN, Double.NaN));
    e = assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().fit(nan, none(nan)));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("no non-missing"), e.getMessage());
    Frame inf = Frame.of(DoubleColumn.of("a", 1, Double.POSITIVE_INFINITY));
    e = assertThrows(IllegalArgumentException.class, () -> new RobustScaler().fit(inf, none(inf)));
    assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler.Params(1, 1, false));
    assertThrows(IllegalArgumentException.class, () -> new RobustScaler.Params(true, true, 80, 20));
  }

  @Test
  void schemaIsCheckedOnEveryCall() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2), DoubleColumn.of("b", 3, 4));
    StandardScalerModel m = new StandardScaler().fit(x, none(x));
    Frame swapped = x.select("b", "a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.transform(swapped));
    assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("'a'"), e.getMessage());
    Frame fewer = x.select("a");
    e = assertThrows(IllegalArgumentException.class, () -> m.transform(fewer));
    assertTrue(e.getMessage().contains("missing: 'b'"), e.getMessage());
  }

  @Test
  void minMaxScalerClipAndConstant() {
    Frame x = Frame.of(DoubleColumn.of("a", 0, 5, 10), DoubleColumn.of("k", 3, 3, 3));
    MinMaxScalerModel m = new MinMaxScaler(new MinMaxScaler.Params(0, 1, true)).fit(x, none(x));
    Frame t = m.transform(Frame.of(DoubleColumn.of("a", -5, 5, 20, Double.NaN), DoubleColumn.of("k", 3, 4, 3, 3)));
    assertArrayEquals(new double[] {0, 0.5, 1, Double.NaN}, col(t, "a"), EPS);
    assertArrayEquals(new double[] {0, 1, 0, 0}, col(t, "k"), EPS);
    assertArrayEquals(new double[] {0, 5, 10}, col(m.inverseTransform(m.transform(x)), "a"), 1e-14);
  }

  @Test
  void robustScalerHandChecked() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 3, 4, 100));
    RobustScalerModel m = new RobustScaler().fit(x, none(x));
    assertArrayEquals(new double[] {3}, m.center(), EPS);
    assertArrayEquals(new double[] {2}, m.scale(), EPS);
    assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 48.5}, col(m.transform(x), "a"), EPS);
    assertEquals(2.5, RobustScaler.percentile(new double[] {1, 2, 3, 4}, 50), EPS);
    assertEquals(1.75, RobustScaler.percentile(new double[] {1, 2, 3, 4}, 25), EPS);
  }

  @Test
  void normalizerRowsAndZeroRows() {
    Frame x = Frame.of(DoubleColumn.of("a", 3, 0, -1), DoubleColumn.of("b", 4, 0, 1));
    Frame l2 = new Normalizer().fit(x, none(x)).transform(x);
    assertArrayEquals(new double[] {0.6, 0, -Math.sqrt(0.5)}, col(l2, "a"), EPS);
    Frame l1 = new Normalizer(new Normalizer.Params(Normalizer.Norm.L1)).fit(x, none(x)).transform(x);
    assertArrayEquals(new double[] {4.0 / 7, 0, 0.5}, col(l1, "b"), EPS);
    Frame mx = new Normalizer(new Normalizer.Params(Normalizer.Norm.MAX)).fit(x, none(x)).transform(x);
    assertArrayEquals(new double[] {0.75, 0, -1}, col(mx, "a"), EPS);
    Frame nan = Frame.of(DoubleColumn.of("a", 1, Double.NaN), DoubleColumn.of("b", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Normalizer().fit(x, none(x)).transform(nan));
  }

  @Test
  void oneHotEncoderPolicies() {
    Frame x = Frame.of(CategoricalColumn.of("c", List.of("lo", "mid", "hi", "unused"), false, "hi", "lo", "hi"),
        BooleanColumn.of("b", true, false, true), TextColumn.of("t", "y", "x", "y"));
    OneHotEncoderModel m = new OneHotEncoder().fit(x, none(x));
    assertEquals(List.of(List.of("lo", "hi"), List.of("false", "true"), List.of("x", "y")), m.categories());
    assertEquals(List.of("c=lo", "c=hi", "b=false", "b=true", "t=x", "t=y"), m.outputSchema().names());
    Frame t = m.transform(x);
    assertArrayEquals(new double[] {0, 1, 0}, col(t, "c=lo"), 0);
    assertArrayEquals(new double[] {1, 0, 1}, col(t, "b=true"), 0);
    assertArrayEquals(new double[] {1, 0, 1}, col(t, "t=y"), 0);

    OneHotEncoderModel declared = new OneHotEncoder(new OneHotEncoder.Params(OneHotEncoder.HandleUnknown.ERROR,
        OneHotEncoder.Drop.NONE, OneHotEncoder.Missing.ERROR, OneHotEncoder.Categories.DECLARED)).fit(x, none(x));
    assertEquals(List.of("lo", "mid", "hi", "unused"), declared.categories().get(0));

    Frame unseen = Frame.of(CategoricalColumn.of("c", "mid", "hi", "new"), BooleanColumn.of("b", true, true, true),
        TextColumn.of("t", "z", "x", "y"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.transform(unseen));
    assertTrue(e.getMessage().contains("'c'") && e.getMessage().contains("[mid, new]")
        && e.getMessage().contains("IGNORE"), e.getMessage());
    OneHotEncoderModel ign = new OneHotEncoder(
        OneHotEncoder.Params.DEFAULTS.withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE)).fit(x, none(x));
    Frame u = ign.transform(unseen);
    assertArrayEquals(new double[] {0, 1, 0}, col(u, "c=hi"), 0);
    assertArrayEquals(new double[] {0, 0, 0}, col(u, "c=lo"), 0);
    assertArrayEquals(new double[] {0, 1, 0}, col(u, "t=x"), 0);

    OneHotEncoderModel ifBinary = new OneHotEncoder(OneHotEncoder.Params.DEFAULTS.withDrop(OneHotEncoder.Drop.IF_BINARY))
        .fit(x, none(x));
    assertEquals(List.of("c=hi", "b=true", "t=y"), ifBinary.outputSchema().names());

    Frame miss = Frame.of(CategoricalColumn.of("c", "a", null, "b"));
    e = assertThrows(IllegalArgumentException.class, () -> new OneHotEncoder().fit(miss, none(miss)));
    assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("SimpleImputer"), e.getMessage());
    OneHotEncoderModel zeros = new OneHotEncoder(OneHotEncoder.Params.DEFAULTS.withMissing(OneHotEncoder.Missing.ZEROS))
        .fit(miss, none(miss));
    Frame mz = zeros.transform(miss);
    assertArrayEquals(new double[] {1, 0, 0}, col(mz, "c=a"), 0);
    assertArrayEquals(new double[] {0, 0, 1}, col(mz, "c=b"), 0);

    Frame num = Frame.of(DoubleColumn.of("n", 1, 2));
    e = assertThrows(IllegalArgumentException.class, () -> new OneHotEncoder().fit(num, none(num)));
    assertTrue(e.getMessage().contains("'n'") && e.getMessage().contains("NUMERIC"), e.getMessage());
  }

  @Test
  void oneHotEncoderMapsLevelsByName() {
    Frame train = Frame.of(CategoricalColumn.of("c", "a", "b", "c"));
    OneHotEncoderModel m = new OneHotEncoder().fit(train, none(train));
    Frame other = Frame.of(CategoricalColumn.of("c", "c", "a"));   // codes 0,1 but other levels
    Frame t = m.transform(other);
    assertArrayEquals(new double[] {0, 1}, col(t, "c=a"), 0);
    assertArrayEquals(new double[] {1, 0}, col(t, "c=c"), 0);
  }

  @Test
  void ordinalEncoderOrderUnknownAndMissing() {
    Frame x = Frame.of(CategoricalColumn.of("size", List.of("S", "M", "L"), true, "L", "S", null),
        TextColumn.of("t", "b", "a", "b"));
    OrdinalEncoderModel m = new OrdinalEncoder().fit(x, none(x));
    assertEquals(List.of(List.of("S", "M", "L"), List.of("a", "b")), m.categories());
    Frame t = m.transform(x);
    assertArrayEquals(new double[] {2, 0, Double.NaN}, col(t, "size"), 0);
    assertArrayEquals(new double[] {1, 0, 1}, col(t, "t"), 0);
    Frame unseen = Frame.of(CategoricalColumn.of("size", "XL", "M", "S"), TextColumn.of("t", "a", "c", "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.transform(unseen));
    assertTrue(e.getMessage().contains("'size'") && e.getMessage().contains("[XL]"), e.getMessage());
    OrdinalEncoderModel u = new OrdinalEncoder(OrdinalEncoder.Params.useEncodedValue(-1)).fit(x, none(x));
    Frame tu = u.transform(unseen);
    assertArrayEquals(new double[] {-1, 1, 0}, col(tu, "size"), 0);
    assertArrayEquals(new double[] {0, -1, 1}, col(tu, "t"), 0);
    e = assertThrows(IllegalArgumentException.class,
        () -> new OrdinalEncoder(OrdinalEncoder.Params.useEncodedValue(1)).fit(x, none(x)));
    assertTrue(e.getMessage().contains("unknownValue=1.0") && e.getMessage().contains("'size'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OrdinalEncoder.Params.useEncodedValue(0.5));
  }

  @Test
  void simpleImputerTypesAndTies() {
    Frame x = Frame.of(DoubleColumn.of("n", 3, 1, Double.NaN, 3, 1),
        CategoricalColumn.of("c", List.of("z", "a", "m"), false, "z", "a", null, "a", "z"),
        TextColumn.of("t", "q", null, "p", "q", "p"),
        BooleanColumn.of("b", true, null, true, false, false));
    SimpleImputerModel mf = new SimpleImputer(SimpleImputer.Strategy.MOST_FREQUENT).fit(x, none(x));
    assertEquals(1.0, mf.statistics()[0], 0);           // tie 1 vs 3 -> smallest
    assertEquals("a", mf.fillLevels().get(1));           // tie z vs a -> smallest string
    assertEquals("p", mf.fillLevels().get(2));
    assertEquals(0.0, mf.statistics()[3], 0);           // tie false vs true -> false
    Frame t = mf.transform(x);
    assertEquals(0, t.column("c").missingCount() + t.column("t").missingCount() + t.column("b").missingCount());
    assertEquals(ColumnType.BOOLEAN, t.column("b").type());
    assertEquals("a", ((CategoricalColumn) t.column("c")).get(2));
    assertEquals(List.of("z", "a", "m"), ((CategoricalColumn) t.column("c")).levels());

    SimpleImputerModel cst = new SimpleImputer(new SimpleImputer.Params(SimpleImputer.Strategy.CONSTANT, 1, "none"))
        .fit(x, none(x));
    Frame tc = cst.transform(x);
    assertEquals(List.of("z", "a", "m", "none"), ((CategoricalColumn) tc.column("c")).levels());
    assertEquals("none", ((CategoricalColumn) tc.column("c")).get(2));
    assertEquals(1.0, tc.getDouble(2, 0), 0);
    assertEquals(cst.outputSchema(), tc.schema());

    Frame nb = x.select("n", "b");
    SimpleImputerModel med = new SimpleImputer(SimpleImputer.Strategy.MEDIAN).fit(nb, none(nb));
    assertArrayEquals(new double[] {2, 0.5}, med.statistics(), 0);
    Frame tm = med.transform(nb);
    assertEquals(ColumnType.NUMERIC, tm.column("b").type());
    assertEquals(0.5, tm.getDouble(1, 1), 0);
    SimpleImputerModel mean = new SimpleImputer().fit(nb, none(nb));
    assertArrayEquals(new double[] {2, 0.5}, mean.statistics(), 0);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SimpleImputer(SimpleImputer.Strategy.MEDIAN).fit(x, none(x)));
    assertTrue(e.getMessage().contains("'c'") && e.getMessage().contains("MOST_FREQUENT"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new SimpleImputer(new SimpleImputer.Params(SimpleImputer.Strategy.CONSTANT, 2, "x")).fit(nb, none(nb)));
    assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    Frame empty = Frame.of(DoubleColumn.of("e", Double.NaN, Double.NaN));
    e = assertThrows(IllegalArgumentException.class, () -> new SimpleImputer().fit(empty, none(empty)));
    assertTrue(e.getMessage().contains("'e'") && e.getMessage().contains("CONSTANT"), e.getMessage());
  }

  @Test
  void missingIndicatorPolicies() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, Double.NaN), CategoricalColumn.of("c", "u", "v"));
    MissingIndicatorModel m = new MissingIndicator().fit(x, none(x));
    assertEquals(List.of("a"), m.features());
    Frame t = m.transform(x);
    assertEquals(List.of("missing(a)"), t.schema().names());
    assertEquals(ColumnType.BOOLEAN, t.column(0).type());
    assertArrayEquals(new double[] {0, 1}, col(t, "missing(a)"), 0);
    Frame newMissing = Frame.of(DoubleColumn.of("a", 1, 2), CategoricalColumn.of("c", "u", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.transform(newMissing));
    assertTrue(e.getMessage().contains("'c' row 1"), e.getMessage());
    MissingIndicatorModel lax = new MissingIndicator(new MissingIndicator.Params(
        MissingIndicator.Features.MISSING_ONLY, MissingIndicator.Output.NUMERIC, false)).fit(x, none(x));
    assertEquals(1, lax.transform(newMissing).columnCount());
  }

  @Test
  void everyModelSavesAndLoads(@TempDir Path dir) throws Exception {
    Frame pima = RefData.pima();
    Frame bc = RefData.breastCancer();
    Frame imputedPima = new SimpleImputer(SimpleImputer.Strategy.MEDIAN).fit(pima, none(pima)).transform(pima);
    Frame imputedBc = new SimpleImputer(SimpleImputer.Strategy.MOST_FREQUENT).fit(bc, none(bc)).transform(bc);
    List<Transformer> models = List.of(
        new StandardScaler().fit(pima, none(pima)),
        new MinMaxScaler(new MinMaxScaler.Params(-2, 2, true)).fit(pima, none(pima)),
        new RobustScaler(new RobustScaler.Params(true, false, 5, 95)).fit(pima, none(pima)),
        new Normalizer(new Normalizer.Params(Normalizer.Norm.L1)).fit(imputedPima, none(pima)),
        new SimpleImputer(SimpleImputer.Strategy.MEAN).fit(pima, none(pima)),
        new SimpleImputer(SimpleImputer.Strategy.MOST_FREQUENT).fit(bc, none(bc)),
        new MissingIndicator().fit(pima, none(pima)),
        new OneHotEncoder(OneHotEncoder.Params.DEFAULTS.withDrop(OneHotEncoder.Drop.FIRST)
            .withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE)).fit(imputedBc, none(bc)),
        new OrdinalEncoder(OrdinalEncoder.Params.useEncodedValue(-1)).fit(bc, none(bc)));
    List<Frame> inputs = List.of(pima, pima, pima, imputedPima, pima, bc, pima, imputedBc, bc);
    for (int k = 0; k < models.size(); k++) {
      Transformer m = models.get(k);
      Path p = dir.resolve("m" + k + ".praxis");
      ModelIO.save(m, p);
      assertTrue(Files.size(p) > 0);
      Transformer back = (Transformer) ModelIO.load(p);
      assertEquals(m.getClass(), back.getClass());
      assertEquals(m.inputSchema(), back.inputSchema());
      assertEquals(m.outputSchema(), back.outputSchema());
      assertEquals(m.provenance(), back.provenance());
      assertEquals(m.toState(), back.toState());
      Frame a = m.transform(inputs.get(k));
      Frame b = back.transform(inputs.get(k));
      assertEquals(a.schema(), b.schema());
      for (int j = 0; j < a.columnCount(); j++) {
        for (int i = 0; i < a.rowCount(); i++) {
          assertEquals(a.column(j).format(i), b.column(j).format(i), m.getClass().getSimpleName() + " cell");
        }
      }
    }
  }
}
