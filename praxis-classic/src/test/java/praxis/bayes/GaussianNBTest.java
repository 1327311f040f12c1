package praxis.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.classic.Reference;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

class GaussianNBTest {

  @Test
  void irisMatchesScikitLearn() {
    // scikit-learn 1.2.1 GaussianNB() on raw iris; tolerances: 1e-12 relative on moments, 1e-10 on probabilities
    Fixtures.XY d = Fixtures.xy("iris");
    GaussianNBModel m = new GaussianNB().fit(d.x(), d.y());
    double[][] theta = Reference.REF.matrix("gaussian_nb_iris", "theta");
    double[][] var = Reference.REF.matrix("gaussian_nb_iris", "var");
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(theta[c], m.theta()[c], 1e-12, "theta class " + c);
      assertArrayEquals(var[c], m.var()[c], 1e-12, "var class " + c);
    }
    assertArrayEquals(Reference.REF.vector("gaussian_nb_iris", "class_prior"), m.priors(), 1e-15);
    assertEquals(Reference.REF.get("gaussian_nb_iris", "epsilon").asDouble(), m.epsilon(), 1e-20);
    double[][] proba = m.predictProba(d.x());
    double[][] ref = Reference.REF.matrix("gaussian_nb_iris", "predict_proba");
    for (int i = 0; i < proba.length; i++) {
      assertArrayEquals(ref[i], proba[i], 1e-10, "row " + i);
    }
    assertArrayEquals(Reference.REF.ints("gaussian_nb_iris", "predict"), m.predict(d.x()));
  }

  @Test
  void handCheckedOneFeature() {
    // class a: {0, 2} mean 1 var 1; class b: {4, 6, 8} mean 6 var 8/3; epsilon = 1e-9 * var(all) tiny
    Frame x = Frame.of(DoubleColumn.of("x", 0, 2, 4, 6, 8));
    GaussianNBModel m = new GaussianNB().fit(x, Target.classes("a", "a", "b", "b", "b"));
    assertEquals(1, m.theta()[0][0], 1e-15);
    assertEquals(6, m.theta()[1][0], 1e-15);
    assertEquals(1, m.var()[0][0], 1e-8);
    assertEquals(8.0 / 3, m.var()[1][0], 1e-8);
    // at x = 3: log N(3; 1, 1) + log 0.4 versus log N(3; 6, 8/3) + log 0.6
    double va = m.var()[0][0];
    double vb = m.var()[1][0];
    double la = Math.log(0.4) - 0.5 * Math.log(2 * Math.PI * va) - 0.5 * 4 / va;
    double lb = Math.log(0.6) - 0.5 * Math.log(2 * Math.PI * vb) - 0.5 * 9 / vb;
    double pa = 1 / (1 + Math.exp(lb - la));
    double[][] p = m.predictProba(Frame.of(DoubleColumn.of("x", 3)));
    assertEquals(pa, p[0][0], 1e-14);
    assertEquals(1 - pa, p[0][1], 1e-14);
  }

  @Test
  void givenPriorsAreUsedAndValidated() {
    Fixtures.XY d = Fixtures.xy("iris");
    var m = new GaussianNB(new GaussianNB.Params(1e-9, new double[] {0.5, 0.25, 0.25})).fit(d.x(), d.y());
    assertArrayEquals(new double[] {0.5, 0.25, 0.25}, m.priors());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GaussianNB.Params(1e-9, new double[] {0.5, 0.6}));
    assertTrue(e.getMessage().contains("sum to 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new GaussianNB(new GaussianNB.Params(1e-9, new double[] {0.5, 0.5})).fit(d.x(), d.y()));
    assertTrue(e.getMessage().contains("2 values but y has 3 classes"), e.getMessage());
  }

  @Test
  void farAwayPointsKeepFiniteProbabilities() {
    // log-sum-exp keeps probabilities defined where every likelihood underflows
    Fixtures.XY d = Fixtures.xy("iris");
    GaussianNBModel m = new GaussianNB().fit(d.x(), d.y());
    double[][] p = m.predictProba(Frame.ofRows(new double[][] {{1e3, -1e3, 1e3, 1e3}}, d.x().schema().names()));
    double s = 0;
    for (double v : p[0]) {
      assertTrue(Double.isFinite(v));
      s += v;
    }
    assertEquals(1, s, 1e-12);
  }

  @Test
  void classAbsentFromTheRowsGetsProbabilityZero() {
    Fixtures.XY d = Fixtures.xy("iris");
    int[] rows = new int[100];
    for (int i = 0; i < 100; i++) {
      rows[i] = i; // setosa and versicolor only; the class list keeps virginica
    }
    GaussianNBModel m = new GaussianNB().fit(d.x().rows(rows), d.y().rows(rows));
    assertEquals(3, m.classes().size());
    for (double[] p : m.predictProba(d.x())) {
      assertEquals(0.0, p[2]);
    }
  }

  @Test
  void partialFitsOverBatchesEqualOneFit() {
    // Chan et al. merge of batch means/variances; epsilon from the variance over all rows: equal to 1e-12
    Fixtures.XY d = Fixtures.xy("iris");
    int n = d.x().rowCount();
    int[][] parts = {range(0, 3), range(3, 60), range(60, 61), range(61, 120), range(120, n)};
    // the first batch holds only setosa: the class list is given up front
    Target y0 = Target.classes("setosa", "setosa", "setosa");
    GaussianNBModel m = new GaussianNB().partialFit(d.x().rows(parts[0]), y0, d.y().classList());
    for (int b = 1; b < parts.length; b++) {
      m = m.partialFit(d.x().rows(parts[b]), d.y().rows(parts[b]));
    }
    GaussianNBModel full = new GaussianNB().fit(d.x(), d.y());
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(full.theta()[c], m.theta()[c], 1e-12, "theta class " + c);
      assertArrayEquals(full.var()[c], m.var()[c], 1e-12, "var class " + c);
    }
    assertEquals(full.epsilon(), m.epsilon(), 1e-20);
    assertArrayEquals(full.priors(), m.priors(), 1e-15);
    assertArrayEquals(full.classCounts(), m.classCounts());
    double[][] pf = full.predictProba(d.x());
    double[][] pm = m.predictProba(d.x());
    for (int i = 0; i < n; i++) {
      assertArrayEquals(pf[i], pm[i], 1e-12, "row " + i);
    }
    // a saved and reloaded model keeps its hyperparameters and can still be updated
    GaussianNBModel back = new GaussianNBModel.Codec().read(full.toState());
    GaussianNBModel more = back.partialFit(d.x().rows(parts[2]), d.y().rows(parts[2]));
    assertEquals(full.classCounts()[1] + 1, more.classCounts()[1]);
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = from; i < to; i++) {
      r[i - from] = i;
    }
    return r;
  }
}
