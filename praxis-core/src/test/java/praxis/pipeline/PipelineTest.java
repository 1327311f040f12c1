package praxis.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.DoubleColumn;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.preprocess.MinMaxScaler;
import praxis.preprocess.OneHotEncoder;
import praxis.preprocess.RefData;
import praxis.preprocess.SimpleImputer;
import praxis.preprocess.StandardScaler;
import praxis.preprocess.StandardScalerModel;

/** Pipelines: no leakage, capability dispatch, nested hyperparameters, save/load. */
class PipelineTest {
  private static Frame xs(double... v) {
    return Frame.of(DoubleColumn.of("x", v));
  }

  @Test
  void fitsTransformersOnTrainingRowsOnly() {
    Frame all = xs(1, 2, 3, 4, 1000, 2000);
    Target yAll = Target.values(2, 4, 6, 8, 2000, 4000);
    int[] trainRows = {0, 1, 2, 3};
    Frame train = all.rows(trainRows);
    Target y = yAll.rows(trainRows);
    PipelineModel m = Pipeline.of(new StandardScaler(), new TestModels.LineRegressor()).fit(train, y);
    StandardScalerModel scaler = (StandardScalerModel) m.step("standard_scaler");
    assertArrayEquals(new double[] {2.5}, scaler.mean(), 0);
    assertArrayEquals(new double[] {Math.sqrt(1.25)}, scaler.scale(), 1e-15);
    // the same as fitting the steps by hand on the training rows
    StandardScalerModel manual = new StandardScaler().fit(train, Target.none(4));
    TestModels.LineModel line = new TestModels.LineRegressor().fit(manual.transform(train), y);
    Frame test = all.rows(new int[] {4, 5});
    assertArrayEquals(line.predict(manual.transform(test)), ((Regressor) m).predict(test), 1e-12);
    assertArrayEquals(new double[] {2000, 4000}, ((Regressor) m).predict(test), 1e-9);
    // inside a ColumnTransformer inside a pipeline, too
    PipelineModel ct = Pipeline.of(ColumnTransformer.builder()
        .add("num", ColumnSelector.names("x"), new MinMaxScaler()).build(), new TestModels.LineRegressor())
        .fit(train, y);
    Transformer t = (Transformer) ct.step("column_transformer");
    assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1}, RefData.values(t.transform(train), "x"), 1e-15);
    assertEquals(333.0, RefData.values(t.transform(test), "x")[0], 1e-12);
  }

  @Test
  void capabilityDispatch() {
    Frame x = xs(-2, -1, 1, 2);
    Target cls = Target.classes("a", "a", "b", "b");
    Model transformerOnly = Pipeline.of(new StandardScaler(), new MinMaxScaler()).fit(x, Target.none(4));
    assertInstanceOf(Transformer.class, transformerOnly);
    assertFalse(transformerOnly instanceof Classifier || transformerOnly instanceof Regressor
        || transformerOnly instanceof Clusterer);
    assertArrayEquals(new double[] {0, 0.25, 0.75, 1}, RefData.values(((Transformer) transformerOnly).transform(x), "x"),
        1e-15);
    assertEquals(List.of("x"), ((Transformer) transformerOnly).outputSchema().names());

    Model prob = Pipeline.of(new StandardScaler(), new TestModels.Centroids(new TestModels.Centroids.Params(true)))
        .fit(x, cls);
    assertInstanceOf(ProbabilisticClassifier.class, prob);
    assertFalse(prob instanceof Transformer);
    assertEquals(List.of("a", "b"), ((Classifier) prob).classes());
    assertArrayEquals(new int[] {0, 0, 1, 1}, ((Classifier) prob).predict(x));
    double[][] p = ((ProbabilisticClassifier) prob).predictProba(x);
    assertEquals(1.0, p[0][0] + p[0][1], 1e-15);
    assertTrue(p[0][0] > 0.5 && p[3][1] > 0.5);

    Model plain = Pipeline.of(new StandardScaler(), new TestModels.Centroids(new TestModels.Centroids.Params(false)))
        .fit(x, cls);
    assertInstanceOf(Classifier.class, plain);
    assertFalse(plain instanceof ProbabilisticClassifier);

    Model reg = Pipeline.of(new TestModels.LineRegressor()).fit(x, Target.values(1, 2, 3, 4));
    assertInstanceOf(Regressor.class, reg);
    assertFalse(reg instanceof Classifier);

    Model clu = Pipeline.of(new MinMaxScaler(new MinMaxScaler.Params(-1, 1, false)), new TestModels.SignClusterer())
        .fit(x, Target.none(4));
    assertInstanceOf(Clusterer.class, clu);
    assertArrayEquals(new int[] {0, 0, 1, 1}, ((Clusterer) clu).predict(x));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.of(new TestModels.LineRegressor(), new StandardScaler()).fit(x, Target.values(1, 2, 3, 4)));
    assertTrue(e.getMessage().contains("'line'") && e.getMessage().contains("not a Transformer"), e.getMessage());
  }

  @Test
  void checksInputSchema() {
    PipelineModel m = Pipeline.of(new StandardScaler(), new TestModels.LineRegressor())
        .fit(xs(1, 2, 3), Target.values(1, 2, 3));
    Frame wrong = Frame.of(DoubleColumn.of("z", 1, 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ((Regressor) m).predict(wrong));
    assertTrue(e.getMessage().contains("pipeline input") && e.getMessage().contains("'x'"), e.getMessage());
  }

  @Test
  void namesAndNestedHyperparameters() {
    Pipeline p = Pipeline.of(new StandardScaler(), new StandardScaler(), new TestModels.LineRegressor());
    assertEquals(List.of("standard_scaler-1", "standard_scaler-2", "line"), p.stepNames());

    Pipeline q = Pipeline.of(Preprocessing.standard(true), new TestModels.LineRegressor());
    Map<String, String> sp = q.stepParams();
    assertEquals("true", sp.get("column_transformer.num.standard_scaler.withStd"));
    assertEquals("ignore", sp.get("column_transformer.cat.one_hot_encoder.handleUnknown"));
    assertEquals("median", sp.get("column_transformer.num.simple_imputer.strategy"));

    Pipeline tuned = q.withStepParams(Map.of("column_transformer.num.standard_scaler.withStd", "false",
        "column_transformer.num.simple_imputer.strategy", "mean"));
    assertEquals("false", tuned.stepParams().get("column_transformer.num.standard_scaler.withStd"));
    assertEquals("mean", tuned.stepParams().get("column_transformer.num.simple_imputer.strategy"));
    assertEquals("true", q.stepParams().get("column_transformer.num.standard_scaler.withStd"), "original unchanged");

    Pipeline typed = q.withStepValues(Map.of("column_transformer.cat.one_hot_encoder.handleUnknown",
        OneHotEncoder.HandleUnknown.ERROR));
    assertEquals("error", typed.stepParams().get("column_transformer.cat.one_hot_encoder.handleUnknown"));

    Pipeline simple = Pipeline.of(new SimpleImputer(), new StandardScaler());
    Pipeline s2 = simple.withStepParams(Map.of("standard_scaler.withMean", "false"));
    assertEquals(new StandardScaler.Params(false, true), ((StandardScaler) s2.step("standard_scaler")).params());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> simple.withStepParams(Map.of("scaler.withMean", "false")));
    assertTrue(e.getMessage().contains("'scaler'") && e.getMessage().contains("standard_scaler"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> simple.withStepParams(Map.of("standard_scaler.c", "1")));
    assertTrue(e.getMessage().contains("pipeline step 'standard_scaler'") && e.getMessage().contains("withMean"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> simple.withStepParams(Map.of("withMean", "false")));
    assertTrue(e.getMessage().contains("step.param"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(
        new Pipeline.Step("a", new StandardScaler()), new Pipeline.Step("a", new MinMaxScaler()))));
    assertThrows(IllegalArgumentException.class, () -> new Pipeline.Step("a.b", new StandardScaler()));
    assertEquals(p.params(), p.withParams(p.params()).params());
    assertEquals(new StandardScaler.Params(true, false),
        ((StandardScaler) Pipeline.configure(new StandardScaler(), Map.of("withStd", "false"))).params());
    assertEquals("false", Pipeline.flatParams(Pipeline.configure(simple, Map.of("standard_scaler.withStd", "false")))
        .get("standard_scaler.withStd"));
    assertEquals("none", Pipeline.flatParams(Preprocessing.standard(true)).get("cat.one_hot_encoder.drop"));
  }

  @Test
  void saveAndLoadGivesIdenticalPredictions(@TempDir Path dir) {
    Frame bc = RefData.breastCancer();
    Frame train = RefData.train(bc);
    Frame test = RefData.test(bc);
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < bc.rowCount(); i++) {
      labels.add(Integer.parseInt(bc.column("Cell.size").format(i)) > 3 ? "big" : "small");
    }
    Target yAll = Target.classes("class", labels);
    int[] trainRows = new int[train.rowCount()];
    for (int i = 0, k = 0; i < bc.rowCount(); i++) {
      if (i % 4 != 0) {
        trainRows[k++] = i;
      }
    }
    Target y = yAll.rows(trainRows);
    PipelineModel m = Pipeline.of(Preprocessing.standard(true),
        new TestModels.Centroids(new TestModels.Centroids.Params(true))).fit(train, y);
    Path f = dir.resolve("pipe.praxis");
    ModelIO.save(m, f);
    Model back = ModelIO.load(f);
    assertInstanceOf(ProbabilisticClassifier.class, back);
    assertEquals(m.toState(), back.toState());
    assertEquals(m.provenance(), back.provenance());
    assertEquals("median", back.provenance().params().get("column_transformer.num.simple_imputer.strategy"));
    assertEquals("pipeline", back.provenance().estimator());
    assertEquals(train.rowCount(), back.provenance().rows());
    assertArrayEquals(((Classifier) m).predict(test), ((Classifier) back).predict(test));
    double[][] a = ((ProbabilisticClassifier) m).predictProba(test);
    double[][] b = ((ProbabilisticClassifier) back).predictProba(test);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
    }
    assertEquals(m.inputSchema(), back.inputSchema());
    assertEquals(List.of("column_transformer", "centroids"), ((PipelineModel) back).stepNames());

    PipelineModel t = Pipeline.of(Preprocessing.standard(false)).fit(train, Target.none(train.rowCount()));
    Path g = dir.resolve("prep.praxis");
    ModelIO.save(t, g);
    Transformer tb = (Transformer) ModelIO.load(g);
    Frame ta = ((Transformer) t).transform(test);
    Frame tbOut = tb.transform(test);
    assertEquals(ta.schema(), tbOut.schema());
    for (String n : ta.schema().names()) {
      assertArrayEquals(RefData.values(ta, n), RefData.values(tbOut, n), 0);
    }

    PipelineModel r = Pipeline.of(new SimpleImputer(), new StandardScaler(), new TestModels.LineRegressor())
        .fit(xs(1, Double.NaN, 3, 4), Target.values(2, 3, 6, 8));
    Path h = dir.resolve("reg.praxis");
    ModelIO.save(r, h);
    Regressor rb = (Regressor) ModelIO.load(h);
    Frame q = xs(Double.NaN, 10);
    assertArrayEquals(((Regressor) r).predict(q), rb.predict(q), 0);
  }
}
