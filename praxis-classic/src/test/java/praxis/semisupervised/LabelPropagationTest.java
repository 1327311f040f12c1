package praxis.semisupervised;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.Estimators;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.Fixtures;

/**
 * LabelPropagation and LabelSpreading against scikit-learn 1.2.1 (semisupervised_reference.json): RBF gamma
 * 20 on iris and kNN 7 on wine with 70% of the labels hidden; transduction exactly, label distributions and
 * predict_proba to 1e-6, iteration counts exactly.
 */
class LabelPropagationTest {
  static Target partial(String data) {
    Fixtures.XY d = Fixtures.xy(data);
    return Unlabeled.hide(d.y(), SemiReference.REF.ints(data, "hidden"), Unlabeled.DEFAULT_LABEL);
  }

  private static void check(String data, String variant, LabelPropagationModel m) {
    Fixtures.XY d = Fixtures.xy(data);
    assertEquals(d.y().classList(), m.classes());
    assertEquals(SemiReference.REF.get(data, variant, "n_iter").asInt(), m.iterations(), data + " " + variant);
    assertArrayEquals(SemiReference.REF.ints(data, variant, "transduction"), m.transduction(), data + " " + variant);
    double[][] want = SemiReference.REF.matrix(data, variant, "label_distributions");
    double[][] got = m.labelDistributions();
    for (int i = 0; i < want.length; i++) {
      assertArrayEquals(want[i], got[i], 1e-6, data + " " + variant + " row " + i);
    }
    if (SemiReference.REF.get(data, variant).has("predict_rows")) {
      int[] rows = SemiReference.REF.ints(data, variant, "predict_rows");
      double[][] wp = SemiReference.REF.matrix(data, variant, "predict_proba");
      double[][] gp = m.predictProba(d.x().rows(rows));
      for (int i = 0; i < wp.length; i++) {
        assertArrayEquals(wp[i], gp[i], 1e-6, data + " " + variant + " predict_proba row " + rows[i]);
      }
    }
  }

  @Test
  void rbfOnIrisMatchesScikitLearn() {
    Fixtures.XY d = Fixtures.xy("iris");
    check("iris", "propagation", new LabelPropagation().fit(d.x(), partial("iris")));
    check("iris", "spreading", new LabelSpreading().fit(d.x(), partial("iris")));
  }

  @Test
  void knnOnWineMatchesScikitLearn() {
    Fixtures.XY d = Fixtures.xy("wine");
    check("wine", "propagation", new LabelPropagation(LabelPropagation.Params.DEFAULTS.withKernel(Kernel.KNN, 7))
        .fit(d.x(), partial("wine")));
    check("wine", "spreading", new LabelSpreading(LabelSpreading.Params.DEFAULTS.withKernel(Kernel.KNN, 7))
        .fit(d.x(), partial("wine")));
  }

  @Test
  void saveLoadAndRegistry() throws Exception {
    Fixtures.XY d = Fixtures.xy("iris");
    var est = Estimators.create("label_spreading", Map.of("kernel", "knn", "nNeighbors", "5", "alpha", "0.5"));
    var m = (LabelPropagationModel) est.fit(d.x(), partial("iris"));
    var file = java.nio.file.Files.createTempFile("ls", ".praxis");
    try {
      ModelIO.save(m, file);
      var back = (LabelPropagationModel) ModelIO.load(file);
      assertArrayEquals(m.transduction(), back.transduction());
      double[][] a = m.predictProba(d.x());
      double[][] b = back.predictProba(d.x());
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], 0);
      }
      assertEquals("spreading", back.variant());
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    assertTrue(Estimators.create("label_propagation", Map.of()) instanceof LabelPropagation);
  }

  @Test
  void clearErrors() {
    Fixtures.XY d = Fixtures.xy("iris");
    int[] all = java.util.stream.IntStream.range(0, 150).toArray();
    var e = assertThrows(IllegalArgumentException.class,
        () -> new LabelPropagation().fit(d.x(), Unlabeled.hide(d.y(), all, "-1")));
    assertTrue(e.getMessage().contains("no labeled row"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LabelSpreading.Params.DEFAULTS.withAlpha(1.0));
    assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    assertEquals(List.of("-1", "setosa", "versicolor", "virginica"),
        Unlabeled.hide(d.y(), new int[] {0}, "-1").classList());
  }
}
