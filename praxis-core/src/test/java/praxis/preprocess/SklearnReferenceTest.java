package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static praxis.preprocess.RefData.assertClose;
import static praxis.preprocess.RefData.assertColumns;
import static praxis.preprocess.RefData.columns;
import static praxis.preprocess.RefData.get;
import static praxis.preprocess.RefData.vector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.pipeline.Preprocessing;

/**
 * Compares fitted statistics and transforms with scikit-learn 1.2.1 (fixture {@code preprocess_reference.json}
 * made by {@code make_preprocess_reference.py} from the Pima (numeric, with missing values) and BreastCancer
 * (ordinal/nominal) data; fit on rows with index % 4 != 0, transform the others).
 *
 * <p>Tolerance: {@value #TOL} relative, i.e. {@code |a - e| <= 1e-12 * max(1, |e|)} (summation order differs
 * from numpy's pairwise sums); encodings and most-frequent values are compared exactly.
 */
class SklearnReferenceTest {
  static final double TOL = 1e-12;
  private static final Frame PIMA = RefData.pima();
  private static final Frame PIMA_TRAIN = RefData.train(PIMA);
  private static final Frame PIMA_TEST = RefData.test(PIMA);
  private static final Frame BC = RefData.breastCancer();
  private static final Frame BC_TRAIN = RefData.train(BC);
  private static final Frame BC_TEST = RefData.test(BC);

  private static Target none(Frame x) {
    return Target.none(x.rowCount());
  }

  private static void assertFrame(double[][] expectedCols, Frame actual, String what) {
    assertEquals(expectedCols.length, actual.columnCount(), what + ": columns");
    for (int j = 0; j < expectedCols.length; j++) {
      assertClose(expectedCols[j], RefData.values(actual, actual.schema().field(j).name()), TOL,
          what + " column " + j);
    }
  }

  @Test
  void splitMatchesFixture() {
    assertEquals(((Number) get("pima", "trainRows")).intValue(), PIMA_TRAIN.rowCount());
    assertEquals(((Number) get("pima", "testRows")).intValue(), PIMA_TEST.rowCount());
    assertEquals(((Number) get("breastCancer", "trainRows")).intValue(), BC_TRAIN.rowCount());
    assertEquals(get("pima", "columns"), PIMA.schema().names());
  }

  @Test
  void standardScaler() {
    StandardScalerModel m = new StandardScaler().fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertClose(vector(get("pima", "standard", "mean")), m.mean(), TOL, "mean");
    assertClose(vector(get("pima", "standard", "var")), m.variance(), TOL, "var");
    assertClose(vector(get("pima", "standard", "scale")), m.scale(), TOL, "scale");
    assertFrame(columns(get("pima", "standard", "test")), m.transform(PIMA_TEST), "standard test");
    StandardScalerModel noMean = new StandardScaler(new StandardScaler.Params(false, true))
        .fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertFrame(columns(get("pima", "standardNoMean", "test")), noMean.transform(PIMA_TEST), "with_mean=False");
  }

  @Test
  void minMaxScaler() {
    MinMaxScalerModel m = new MinMaxScaler(new MinMaxScaler.Params(-1, 2, false)).fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertClose(vector(get("pima", "minmax", "dataMin")), m.dataMin(), TOL, "dataMin");
    assertClose(vector(get("pima", "minmax", "dataMax")), m.dataMax(), TOL, "dataMax");
    assertClose(vector(get("pima", "minmax", "scale")), m.scale(), TOL, "scale");
    assertClose(vector(get("pima", "minmax", "offset")), m.offset(), TOL, "min_");
    assertFrame(columns(get("pima", "minmax", "test")), m.transform(PIMA_TEST), "minmax test");
  }

  @Test
  void robustScaler() {
    RobustScalerModel m = new RobustScaler().fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertClose(vector(get("pima", "robust", "center")), m.center(), TOL, "center");
    assertClose(vector(get("pima", "robust", "scale")), m.scale(), TOL, "scale");
    assertFrame(columns(get("pima", "robust", "test")), m.transform(PIMA_TEST), "robust test");
    RobustScalerModel q = new RobustScaler(new RobustScaler.Params(true, true, 10, 90)).fit(PIMA_TRAIN,
        none(PIMA_TRAIN));
    assertClose(vector(get("pima", "robust1090", "scale")), q.scale(), TOL, "scale (10, 90)");
    assertFrame(columns(get("pima", "robust1090", "test")), q.transform(PIMA_TEST), "robust (10, 90) test");
  }

  @Test
  void simpleImputerNumeric() {
    for (SimpleImputer.Strategy s : List.of(SimpleImputer.Strategy.MEAN, SimpleImputer.Strategy.MEDIAN,
        SimpleImputer.Strategy.MOST_FREQUENT)) {
      String key = "impute_" + s.name().toLowerCase(java.util.Locale.ROOT);
      SimpleImputerModel m = new SimpleImputer(s).fit(PIMA_TRAIN, none(PIMA_TRAIN));
      assertClose(vector(get("pima", key, "statistics")), m.statistics(), TOL, key + " statistics");
      assertFrame(columns(get("pima", key, "test")), m.transform(PIMA_TEST), key + " test");
    }
    SimpleImputerModel c = new SimpleImputer(new SimpleImputer.Params(SimpleImputer.Strategy.CONSTANT, -1, "x"))
        .fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertFrame(columns(get("pima", "impute_constant", "test")), c.transform(PIMA_TEST), "constant test");
  }

  @Test
  void normalizer() {
    Frame train = new SimpleImputer(SimpleImputer.Strategy.MEDIAN).fit(PIMA_TRAIN, none(PIMA_TRAIN))
        .transform(PIMA_TRAIN);
    Frame input = new SimpleImputer(SimpleImputer.Strategy.MEDIAN).fit(PIMA_TRAIN, none(PIMA_TRAIN))
        .transform(PIMA_TEST);
    assertFrame(columns(get("pima", "normalizerInput")), input, "normalizer input");
    for (Normalizer.Norm n : Normalizer.Norm.values()) {
      NormalizerModel m = new Normalizer(new Normalizer.Params(n)).fit(train, none(train));
      assertFrame(columns(get("pima", "normalize_" + n.name().toLowerCase(java.util.Locale.ROOT))),
          m.transform(input), "normalize " + n);
    }
  }

  @Test
  void missingIndicator() {
    MissingIndicatorModel m = new MissingIndicator().fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertEquals(get("pima", "missingIndicator", "features"), m.features());
    assertFrame(columns(get("pima", "missingIndicator", "test")), m.transform(PIMA_TEST), "indicator");
    MissingIndicatorModel all = new MissingIndicator(new MissingIndicator.Params(MissingIndicator.Features.ALL,
        MissingIndicator.Output.NUMERIC, true)).fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertFrame(columns(get("pima", "missingIndicatorAll", "test")), all.transform(PIMA_TEST), "indicator all");
    assertEquals("missing(glucose)", all.outputSchema().field(1).name());
  }

  @Test
  @SuppressWarnings("unchecked")
  void categoricalImputerAndEncoders() {
    SimpleImputerModel imp = new SimpleImputer(SimpleImputer.Strategy.MOST_FREQUENT).fit(BC_TRAIN, none(BC_TRAIN));
    Map<String, Object> mf = (Map<String, Object>) get("breastCancer", "mostFrequent");
    for (int j = 0; j < BC.columnCount(); j++) {
      assertEquals(mf.get(BC.schema().field(j).name()), imp.fillLevels().get(j), "most frequent of column " + j);
    }
    Frame tr = imp.transform(BC_TRAIN);
    Frame te = imp.transform(BC_TEST);
    assertEquals(0, tr.column("Bare.nuclei").missingCount());

    OneHotEncoderModel oh = new OneHotEncoder(
        OneHotEncoder.Params.DEFAULTS.withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE))
        .fit(tr.select(RefData.NOMINAL), none(tr));
    Map<String, Object> cats = (Map<String, Object>) get("breastCancer", "onehot", "categories");
    for (int j = 0; j < RefData.NOMINAL.size(); j++) {
      List<String> sorted = new ArrayList<>(oh.categories().get(j));
      sorted.sort(null);
      assertEquals(cats.get(RefData.NOMINAL.get(j)), sorted, "categories (as sets) of " + RefData.NOMINAL.get(j));
    }
    assertColumns((Map<String, Object>) get("breastCancer", "onehot", "test"), oh.transform(te.select(RefData.NOMINAL)),
        0.0, "one-hot");

    OneHotEncoderModel drop = new OneHotEncoder(OneHotEncoder.Params.DEFAULTS.withDrop(OneHotEncoder.Drop.FIRST))
        .fit(tr.select(RefData.ORDINAL), none(tr));
    assertColumns((Map<String, Object>) get("breastCancer", "onehotDropFirst"), drop.transform(te.select(RefData.ORDINAL)),
        0.0, "one-hot drop first");

    OrdinalEncoderModel ord = new OrdinalEncoder().fit(tr.select(RefData.ORDINAL), none(tr));
    assertEquals(RefData.LEVELS10, ord.categories().get(0));
    assertColumns((Map<String, Object>) get("breastCancer", "ordinal"), ord.transform(te.select(RefData.ORDINAL)), 0.0,
        "ordinal");
  }

  @Test
  @SuppressWarnings("unchecked")
  void referenceProtocol() {
    Transformer pima = Preprocessing.standard(true).fit(PIMA_TRAIN, none(PIMA_TRAIN));
    assertColumns((Map<String, Object>) get("protocolPima"), pima.transform(PIMA_TEST), TOL, "protocol Pima");
    Transformer bc = Preprocessing.standard(true).fit(BC_TRAIN, none(BC_TRAIN));
    Frame out = bc.transform(BC_TEST);
    assertColumns((Map<String, Object>) get("protocolBreastCancer"), out, TOL, "protocol BreastCancer");
    assertEquals(bc.outputSchema(), out.schema());
    Transformer raw = Preprocessing.standard(false).fit(BC_TRAIN, none(BC_TRAIN));
    assertColumns((Map<String, Object>) get("protocolBreastCancerNoScale"), raw.transform(BC_TEST), 0.0,
        "protocol BreastCancer unscaled");
    assertArrayEquals(new String[] {"Cl.thickness", "Cell.size"},
        out.schema().names().subList(0, 2).toArray(new String[0]));
  }
}
