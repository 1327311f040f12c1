package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.linalg.CsrMatrix;
import praxis.linear.LogisticRegression.ClassWeight;
import praxis.linear.LogisticRegression.Penalty;

/**
 * The sparse paths of the linear models against their dense paths on the same data (a dense frame and its
 * sparse copy {@link Frame#ofCsr}): digits scaled to [0, 1] (about half the pixels are 0) and a text-like
 * random matrix (5% of cells stored).
 *
 * <p>Tolerances (max absolute difference of coefficients, intercepts and predictions). Runs with the same
 * fixed number of solver iterations follow the same trajectory up to rounding: 1e-9 (measured 3e-15).
 * Converged fits agree to the solver tolerance: L-BFGS / OWL-QN at tol 1e-9 to 1e-6 on the text-like data
 * (measured 3e-9) and 5e-5 on the weighted multinomial digits fits (measured 1.9e-5 on an intercept, after
 * 210 vs 199 iterations: the stopping tests are met at slightly different points of a flat 650-parameter
 * objective whose smallest curvature is about 1 / (C sum of weights); the elastic-net fit agrees to 3e-11);
 * coordinate descent at tol 1e-12 to 1e-8; Ridge
 * (sparse CG to 1e-12 relative residual vs dense Cholesky / SVD) to 1e-8. SGD runs the same steps in the same
 * order (the lazy weight scaling only changes rounding): 1e-8.
 */
class SparseLinearTest {

  /** The sparse copy of a numeric frame (same names, only non-zeros stored). */
  static Frame sparse(Frame dense) {
    List<String> names = new ArrayList<>();
    for (Column c : dense.columns()) {
      names.add(c.name());
    }
    Frame s = Frame.ofCsr(dense.toCsr(), names);
    assertTrue(s.hasSparseColumns());
    return s;
  }

  /** Digits scaled to [0, 1], dense, first {@code n} rows (250 here). */
  static Datasets.XY digits(int n) {
    Datasets.XY d = Datasets.xy("digits");
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    Frame x = d.x().rows(rows);
    double[][] a = x.toRowArrays();
    for (double[] r : a) {
      for (int j = 0; j < r.length; j++) {
        r[j] /= 16.0;
      }
    }
    List<String> names = new ArrayList<>();
    for (Column c : x.columns()) {
      names.add(c.name());
    }
    Target y = Target.ofCodes("digit", java.util.Arrays.copyOf(d.y().codes(), n), d.y().classList());
    return new Datasets.XY(Frame.ofRows(a, names), y);
  }

  /** A text-like n x p matrix with about {@code density} of the cells non-zero (positive counts / weights). */
  static double[][] textLike(int n, int p, double density, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] a = new double[n][p];
    for (double[] row : a) {
      for (int j = 0; j < p; j++) {
        if (r.nextDouble() < density) {
          row[j] = 1 + r.nextInt(4) * 0.5;
        }
      }
    }
    return a;
  }

  static List<String> names(int p) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      out.add("w" + j);
    }
    return out;
  }

  /** Binary labels of a noisy linear rule over a text-like matrix. */
  static Target rule(double[][] a, long seed, int classes) {
    SplittableRandom r = new SplittableRandom(seed);
    int p = a[0].length;
    double[][] w = new double[classes][p];
    for (double[] wc : w) {
      for (int j = 0; j < p; j++) {
        wc[j] = r.nextGaussian();
      }
    }
    int[] codes = new int[a.length];
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("c" + c);
    }
    for (int i = 0; i < a.length; i++) {
      int best = 0;
      double bestS = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        double s = r.nextGaussian();
        for (int j = 0; j < p; j++) {
          s += w[c][j] * a[i][j];
        }
        if (s > bestS) {
          bestS = s;
          best = c;
        }
      }
      codes[i] = best;
    }
    return Target.ofCodes("y", codes, labels);
  }

  static double maxDiff(double[][] a, double[][] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, maxDiff(a[i], b[i]));
    }
    return m;
  }

  static double maxDiff(double[] a, double[] b) {
    assertEquals(a.length, b.length);
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  private static void assertClose(double[][] a, double[][] b, double tol, String what) {
    double d = maxDiff(a, b);
    System.out.printf("%s: max diff %.3g%n", what, d);
    assertTrue(d <= tol, what + ": max difference " + d + " > " + tol);
  }

  private static void assertClose(double[] a, double[] b, double tol, String what) {
    assertClose(new double[][] {a}, new double[][] {b}, tol, what);
  }

  private static double[] centred(double[] b) {
    if (b.length < 2) {
      return b;
    }
    double m = 0;
    for (double v : b) {
      m += v / b.length;
    }
    double[] out = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] - m;
    }
    return out;
  }

  private static void compareLogistic(LogisticRegression est, Frame dense, Target y, double[] sw, double tol,
      String what) {
    Frame sp = sparse(dense);
    LogisticRegressionModel md = est.fit(dense, y, sw);
    LogisticRegressionModel ms = est.fit(sp, y, sw);
    System.out.println(what + ": iterations " + md.iterations() + " / " + ms.iterations() + ", converged "
        + md.converged() + " / " + ms.converged());
    assertClose(md.coefficients(), ms.coefficients(), tol, what + " coef");
    // multinomial: unpenalized intercepts are determined only up to a common shift (the softmax ignores it)
    assertClose(centred(md.intercepts()), centred(ms.intercepts()), tol, what + " intercepts");
    assertClose(md.predictProba(dense), ms.predictProba(sp), tol, what + " proba");
    assertClose(md.predictProba(dense), md.predictProba(sp), 1e-12, what + " dense model, sparse query");
    if (est.params().tol() == 0) {
      assertEquals(md.iterations(), ms.iterations(), what + " iterations");
    }
  }

  @Test
  void logisticBinaryL2AndL1OnTextLikeData() {
    double[][] a = textLike(300, 120, 0.05, 1);
    Frame x = Frame.ofRows(a, names(120));
    Target y = rule(a, 2, 2);
    LogisticRegression.Params base = LogisticRegression.Params.DEFAULTS;
    compareLogistic(new LogisticRegression(base.withStopping(15, 0)), x, y, null, 1e-9, "binary L2 15 it");
    compareLogistic(new LogisticRegression(base.withStopping(5000, 1e-9)), x, y, null, 1e-6, "binary L2");
    compareLogistic(new LogisticRegression(base.withPenalty(Penalty.L1).withC(2).withStopping(5000, 1e-9)), x, y,
        null, 1e-6, "binary L1");
    compareLogistic(new LogisticRegression(base.withFitIntercept(false).withStopping(5000, 1e-9)), x, y, null,
        1e-6, "binary L2 no intercept");
  }

  @Test
  void logisticMultinomialWithWeightsOnDigits() {
    Datasets.XY d = digits(250);
    double[] sw = new double[250];
    for (int i = 0; i < sw.length; i++) {
      sw[i] = 0.5 + (i % 3);
    }
    LogisticRegression.Params base = LogisticRegression.Params.DEFAULTS;
    compareLogistic(new LogisticRegression(base.withStopping(15, 0)), d.x(), d.y(), null, 1e-9,
        "multinomial L2 15 it");
    compareLogistic(new LogisticRegression(base.withStopping(5000, 1e-9).withClassWeight(ClassWeight.BALANCED)),
        d.x(), d.y(), sw, 5e-5, "multinomial L2 weighted");
    compareLogistic(new LogisticRegression(base.withElasticNet(0.5).withC(0.5).withStopping(5000, 1e-9)), d.x(),
        d.y(), sw, 5e-5, "multinomial elastic net weighted");
  }

  @Test
  void sgdClassifierAndRegressor() {
    double[][] a = textLike(300, 80, 0.08, 3);
    Frame x = Frame.ofRows(a, names(80));
    Frame sp = sparse(x);
    Target y3 = rule(a, 4, 3);
    for (SGDClassifier.Params p : List.of(
        SGDClassifier.Params.DEFAULTS.withStopping(20, 1e-3, 5),
        SGDClassifier.Params.DEFAULTS.withLoss(SGDClassifier.Loss.LOG).withPenalty(SGDPenalty.ELASTIC_NET, 1e-3, 0.3)
            .withStopping(20, 1e-3, 5),
        SGDClassifier.Params.DEFAULTS.withOptimizer(SGDOptimizer.ADAM, SGDSchedule.CONSTANT, 0.01)
            .withMode(SGDMode.MINI_BATCH, 16).withStopping(10, 1e-3, 5))) {
      SGDClassifier est = new SGDClassifier(p);
      SGDClassifierModel md = est.fit(x, y3);
      SGDClassifierModel ms = est.fit(sp, y3);
      assertClose(md.coefficients(), ms.coefficients(), 1e-8, "sgd classifier " + p.loss() + " coef");
      assertClose(md.intercepts(), ms.intercepts(), 1e-8, "sgd classifier intercepts");
      assertClose(md.decisionFunction(x), ms.decisionFunction(sp), 1e-8, "sgd classifier scores");
    }
    double[] yv = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      yv[i] = a[i][0] - 2 * a[i][1] + 0.5 * a[i][2] + 0.1 * (i % 5);
    }
    Target y = Target.values("y", yv);
    for (SGDRegressor.Params p : List.of(
        SGDRegressor.Params.DEFAULTS.withStopping(20, 1e-3, 5),
        SGDRegressor.Params.DEFAULTS.withPenalty(SGDPenalty.L1, 0.01, 0.15).withStopping(20, 1e-3, 5),
        SGDRegressor.Params.DEFAULTS.withMode(SGDMode.BATCH, 1).withStopping(20, 1e-3, 5),
        // constant rate with strong decay: the running scale drops below 1e-9 and is folded in repeatedly
        SGDRegressor.Params.DEFAULTS.withPenalty(SGDPenalty.ELASTIC_NET, 0.5, 0.3)
            .withOptimizer(SGDOptimizer.SGD, SGDSchedule.CONSTANT, 0.1).withStopping(20, -1, 5),
        // lr * l2 = 1: every step zeroes the untouched weights (the dense fallback step)
        SGDRegressor.Params.DEFAULTS.withPenalty(SGDPenalty.L2, 1.0, 0.15)
            .withOptimizer(SGDOptimizer.SGD, SGDSchedule.CONSTANT, 1.0).withStopping(3, -1, 5))) {
      SGDRegressor est = new SGDRegressor(p);
      SGDRegressorModel md = est.fit(x, y);
      SGDRegressorModel ms = est.fit(sp, y);
      assertClose(md.coefficients(), ms.coefficients(), 1e-8, "sgd regressor coef");
      assertClose(md.predict(x), ms.predict(sp), 1e-8, "sgd regressor predict");
    }
  }

  /** A regression target over digits pixels (a few informative pixels plus a row-dependent offset). */
  private static Target pixelsTarget(Frame x) {
    double[][] a = x.toRowArrays();
    double[] yv = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      yv[i] = 3 * a[i][20] - 2 * a[i][36] + a[i][43] + 0.05 * (i % 7);
    }
    return Target.values("y", yv);
  }

  @Test
  void lassoElasticNetFitAndPath() {
    Frame x = digits(500).x();
    Frame sp = sparse(x);
    Target y = pixelsTarget(x);
    for (boolean icpt : new boolean[] {true, false}) {
      Lasso las = new Lasso(new Lasso.Params(0.005, icpt, 10000, 1e-12));
      LassoModel ld = las.fit(x, y);
      LassoModel ls = las.fit(sp, y);
      assertClose(ld.coefficients(), ls.coefficients(), 1e-8, "lasso coef intercept=" + icpt);
      assertEquals(ld.intercept(), ls.intercept(), 1e-8);
      assertClose(ld.predict(x), ls.predict(sp), 1e-8, "lasso predict");
      ElasticNet en = new ElasticNet(new ElasticNet.Params(0.01, 0.3, icpt, 10000, 1e-12));
      ElasticNetModel ed = en.fit(x, y);
      ElasticNetModel es = en.fit(sp, y);
      assertClose(ed.coefficients(), es.coefficients(), 1e-8, "enet coef intercept=" + icpt);
      assertEquals(ed.intercept(), es.intercept(), 1e-8);
    }
    RegularizationPath pd = new Lasso(new Lasso.Params(1.0, true, 10000, 1e-12)).path(x, y, null);
    RegularizationPath ps = new Lasso(new Lasso.Params(1.0, true, 10000, 1e-12)).path(sp, y, null);
    assertClose(pd.alphas(), ps.alphas(), 1e-12, "lasso path alphas");
    assertClose(pd.coefficients(), ps.coefficients(), 1e-8, "lasso path coefs");
    assertClose(pd.intercepts(), ps.intercepts(), 1e-8, "lasso path intercepts");
  }

  @Test
  void ridgeByConjugateGradients() {
    Frame x = digits(300).x();
    Frame sp = sparse(x);
    Target y = pixelsTarget(x);
    for (boolean icpt : new boolean[] {true, false}) {
      for (double alpha : new double[] {0.1, 10}) {
        Ridge r = new Ridge(Ridge.Params.DEFAULTS.withAlpha(alpha).withFitIntercept(icpt));
        RidgeModel md = r.fit(x, y);
        RidgeModel ms = r.fit(sp, y);
        assertClose(md.coefficients(), ms.coefficients(), 1e-8, "ridge coef alpha=" + alpha + " icpt=" + icpt);
        assertEquals(md.intercept(), ms.intercept(), 1e-8);
        assertClose(md.predict(x), ms.predict(sp), 1e-8, "ridge predict");
      }
    }
    // more columns than rows: the dense side uses the SVD
    double[][] a = textLike(60, 150, 0.1, 9);
    Frame wide = Frame.ofRows(a, names(150));
    double[] yv = new double[60];
    for (int i = 0; i < 60; i++) {
      yv[i] = a[i][0] + a[i][5] - a[i][7] + 0.01 * i;
    }
    Target yw = Target.values("y", yv);
    Ridge r = new Ridge(Ridge.Params.DEFAULTS.withAlpha(0.5));
    assertClose(r.fit(wide, yw).coefficients(), r.fit(sparse(wide), yw).coefficients(), 1e-8, "ridge p > n");
  }

  @Test
  void sparseInputIsNotDensifiedForWideData() {
    // 400 rows x 200000 columns (dense: 640 MB) with 20 stored entries per row
    int n = 400;
    int p = 200_000;
    SplittableRandom r = new SplittableRandom(11);
    int[] ptr = new int[n + 1];
    int[] idx = new int[n * 20];
    double[] val = new double[n * 20];
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) {
      java.util.TreeSet<Integer> cols = new java.util.TreeSet<>();
      codes[i] = i % 2;
      cols.add(codes[i]);                    // column 0 or 1 tells the class
      while (cols.size() < 20) {
        cols.add(2 + r.nextInt(p - 2));
      }
      int k = i * 20;
      for (int j : cols) {
        idx[k] = j;
        val[k++] = 1.0;
      }
      ptr[i + 1] = k;
    }
    Frame x = Frame.ofCsr(CsrMatrix.wrap(n, p, ptr, idx, val), null);
    Target y = Target.ofCodes("y", codes, List.of("a", "b"));
    LogisticRegressionModel m = new LogisticRegression().fit(x, y);
    int[] pred = m.predict(x);
    int ok = 0;
    for (int i = 0; i < n; i++) {
      ok += pred[i] == codes[i] ? 1 : 0;
    }
    assertEquals(n, ok);
    assertFalse(m.coefficients()[0][0] >= 0, "column 0 marks class a: negative log-odds of b");
  }

  @Test
  void lassoCvAndElasticNetCvOnSparseInput() {
    Frame x = digits(300).x();
    Frame sp = sparse(x);
    Target y = pixelsTarget(x);
    LassoCV cv = new LassoCV(new LassoCV.Params(30, 1e-3, new double[0], 5, true, 10000, 1e-10));
    LassoCVModel md = cv.fit(x, y);
    LassoCVModel ms = cv.fit(sp, y);
    assertEquals(md.alpha(), ms.alpha(), 0.0, "same alpha chosen");
    assertClose(md.alphas(), ms.alphas(), 1e-12, "lassocv alphas");
    assertClose(md.msePath(), ms.msePath(), 1e-8, "lassocv mse path");
    assertClose(md.coefficients(), ms.coefficients(), 1e-8, "lassocv coef");
    ElasticNetCV ecv = new ElasticNetCV(new ElasticNetCV.Params(new double[] {0.3, 0.8}, 20, 1e-3, new double[0], 4,
        true, 10000, 1e-10));
    ElasticNetCVModel ed = ecv.fit(x, y);
    ElasticNetCVModel es = ecv.fit(sp, y);
    assertEquals(ed.alpha(), es.alpha(), 0.0);
    assertEquals(ed.l1Ratio(), es.l1Ratio(), 0.0);
    assertClose(ed.coefficients(), es.coefficients(), 1e-8, "enetcv coef");
  }
}
