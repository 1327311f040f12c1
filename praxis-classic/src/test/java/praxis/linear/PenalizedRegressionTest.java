package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;

/**
 * Ridge, Lasso, ElasticNet and their CV variants against scikit-learn 1.2.1 ({@code
 * reference/penalized_reference.json} from {@code reference/make_penalized_reference.py}, raw diabetes features,
 * coordinate descent at tol 1e-12 / max_iter 100000), a soft-thresholding closed form and path properties.
 * Tolerance: every reference number to 1e-6 relative to max(1, |value|).
 */
class PenalizedRegressionTest {
  private static final double TOL = 1e-6;
  private static final JsonNode REF = load();
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");
  private static final double[] ALPHAS = {0.01, 0.1, 1.0};

  private static JsonNode load() {
    try (InputStream in = PenalizedRegressionTest.class.getResourceAsStream("/reference/penalized_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double[] vec(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
  }

  private static void close(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      close(expected[i], actual[i], what + "[" + i + "]");
    }
  }

  @Test
  void ridgeMatchesScikitLearnForEverySolver() {
    for (double a : new double[] {0.01, 0.1, 1.0, 10.0}) {
      JsonNode r = REF.get("ridge").get(Double.toString(a));
      for (Ridge.Solver s : Ridge.Solver.values()) {
        RidgeModel m = new Ridge(new Ridge.Params(a, true, s)).fit(DIABETES.x(), DIABETES.y());
        close(vec(r.get("coef")), m.coefficients(), "ridge alpha " + a + " " + s + " coef");
        close(r.get("intercept").asDouble(), m.intercept(), "ridge alpha " + a + " " + s + " intercept");
      }
    }
  }

  @Test
  void iterativeRidgeSolversMatchCholeskyOnALargeGeneratedProblem() {
    // 200,000 x 20, correlated columns on different scales plus an offset; CG and LSQR (matrix-free) against
    // the Cholesky (SVD at alpha 0) closed form to 1e-6 relative (measured worst: CG 3.9e-10, LSQR 4.7e-12)
    int n = 200_000;
    int p = 20;
    SplittableRandom rng = new SplittableRandom(11);
    double[][] cols = new double[p][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double common = rng.nextGaussian();
      for (int j = 0; j < p; j++) {
        cols[j][i] = (j + 1) * (0.5 * common + rng.nextGaussian()) + 3 * j;
        y[i] += (j % 3 - 1) * 0.7 * cols[j][i];
      }
      y[i] += 5 + rng.nextGaussian();
    }
    java.util.List<praxis.data.Column> columns = new java.util.ArrayList<>();
    for (int j = 0; j < p; j++) {
      columns.add(praxis.data.DoubleColumn.of("x" + j, cols[j]));
    }
    Frame x = Frame.of(columns);
    Target t = Target.values("y", y);
    RidgeModel chol10 = null;
    for (double a : new double[] {0.0, 10.0}) {
      RidgeModel chol = new Ridge(new Ridge.Params(a, true, a == 0 ? Ridge.Solver.SVD : Ridge.Solver.CHOLESKY))
          .fit(x, t);
      chol10 = chol;
      for (Ridge.Solver s : new Ridge.Solver[] {Ridge.Solver.CG, Ridge.Solver.LSQR}) {
        RidgeModel it = new Ridge(new Ridge.Params(a, true, s)).fit(x, t);
        close(chol.coefficients(), it.coefficients(), s + " alpha " + a);
        close(chol.intercept(), it.intercept(), s + " alpha " + a + " intercept");
      }
    }
    // AUTO keeps the closed form for narrow designs
    assertArrayEquals(chol10.coefficients(),
        new Ridge(new Ridge.Params(10.0, true, Ridge.Solver.AUTO)).fit(x, t).coefficients(), 0.0);
  }

  @Test
  void autoChoosesTheSolverBySize() {
    int wide = Ridge.AUTO_CHOLESKY_MAX_P + 1;
    assertEquals(Ridge.Solver.CHOLESKY, Ridge.resolve(Ridge.Solver.AUTO, 200_000, 20, 1.0));
    assertEquals(Ridge.Solver.CHOLESKY, Ridge.resolve(Ridge.Solver.AUTO, 5000, Ridge.AUTO_CHOLESKY_MAX_P, 1.0));
    assertEquals(Ridge.Solver.CG, Ridge.resolve(Ridge.Solver.AUTO, 5000, wide, 1.0));
    assertEquals(Ridge.Solver.SVD, Ridge.resolve(Ridge.Solver.AUTO, 5000, wide, 0.0));
    assertEquals(Ridge.Solver.SVD, Ridge.resolve(Ridge.Solver.AUTO, 100, 200, 1.0));
    assertEquals(Ridge.Solver.LSQR, Ridge.resolve(Ridge.Solver.LSQR, 100, 200, 1.0));
  }

  @Test
  void iterativeRidgeSolversReportNonConvergence() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Ridge(
        new Ridge.Params(0.01, true, Ridge.Solver.CG).withTolerance(1e-12, 2)).fit(DIABETES.x(), DIABETES.y()));
    assertTrue(e.getMessage().contains("maxIter = 2") && e.getMessage().contains("CG"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> new Ridge(
        new Ridge.Params(0.01, true, Ridge.Solver.LSQR).withTolerance(1e-12, 2)).fit(DIABETES.x(), DIABETES.y()));
    assertTrue(e.getMessage().contains("LSQR"), e.getMessage());
    assertMessage(() -> Ridge.Params.DEFAULTS.withTolerance(0, 10), "tol", "0");
  }

  @Test
  void ridgeWithMoreFeaturesThanRowsAgreesAcrossSolversAndZeroAlphaIsMinimumNormLeastSquares() {
    SplittableRandom rng = new SplittableRandom(5);
    double[][] rows = new double[6][15];
    double[] y = new double[6];
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 15; j++) {
        rows[i][j] = rng.nextDouble(-1, 1);
      }
      y[i] = rng.nextDouble(-3, 3);
    }
    Frame x = Frame.ofRows(rows, null);
    Target t = Target.values("y", y);
    RidgeModel svd = new Ridge(new Ridge.Params(0.5, true, Ridge.Solver.AUTO)).fit(x, t);
    RidgeModel chol = new Ridge(new Ridge.Params(0.5, true, Ridge.Solver.CHOLESKY)).fit(x, t);
    assertArrayEquals(chol.coefficients(), svd.coefficients(), 1e-10);
    assertEquals(chol.intercept(), svd.intercept(), 1e-10);
    RidgeModel ls = new Ridge(new Ridge.Params(0.0, true, Ridge.Solver.AUTO)).fit(x, t);
    LinearRegressionModel ols = new LinearRegression().fit(x, t);
    assertArrayEquals(ols.coefficients(), ls.coefficients(), 1e-9);
    assertArrayEquals(ols.predict(x), ls.predict(x), 1e-9);
    assertArrayEquals(y, ls.predict(x), 1e-9, "6 rows, 15 features: interpolation");

    // p > n: the path runs on the residual form (no Gram); its end equals a separate fit (which also does)
    ElasticNet en = new ElasticNet(new ElasticNet.Params(1.0, 0.7, true, 100000, 1e-13));
    RegularizationPath path = en.path(x, t, new double[] {0.3, 0.03, 0.003});
    ElasticNetModel single = new ElasticNet(en.params().withAlpha(0.003)).fit(x, t);
    assertArrayEquals(single.coefficients(), path.coefficients()[2], 1e-9);
    assertTrue(single.converged());
  }

  @Test
  void gramPathAgreesWithResidualFitsAtEveryAlpha() {
    Frame xs = Fixtures.standardize(DIABETES.x());
    ElasticNet en = new ElasticNet(new ElasticNet.Params(1.0, 0.5, true, 100000, 1e-12));
    RegularizationPath path = en.path(xs, DIABETES.y(), new double[] {3.0, 0.3, 0.03, 0.003});
    for (int a = 0; a < 4; a++) {
      ElasticNetModel m = new ElasticNet(en.params().withAlpha(path.alphas()[a])).fit(xs, DIABETES.y());
      close(m.coefficients(), path.coefficients()[a], "alpha " + path.alphas()[a]);
      close(m.intercept(), path.intercepts()[a], "intercept at alpha " + path.alphas()[a]);
      assertTrue(path.dualGaps()[a] >= 0 && path.iterations()[a] >= 1);
    }
  }

  @Test
  void lassoAndElasticNetMatchScikitLearn() {
    for (double a : ALPHAS) {
      JsonNode r = REF.get("lasso").get(Double.toString(a));
      LassoModel m = new Lasso(new Lasso.Params(a, true, 100000, 1e-12)).fit(DIABETES.x(), DIABETES.y());
      close(vec(r.get("coef")), m.coefficients(), "lasso alpha " + a + " coef");
      close(r.get("intercept").asDouble(), m.intercept(), "lasso alpha " + a + " intercept");
      assertTrue(m.converged() && m.dualGap() <= 1e-12 * 1e7, "lasso converged, gap " + m.dualGap());
      assertTrue(Math.abs(m.iterations() - r.get("n_iter").asInt()) <= 0.05 * r.get("n_iter").asInt(),
          "lasso sweeps " + m.iterations() + " vs scikit-learn " + r.get("n_iter").asInt());

      JsonNode e = REF.get("elastic_net_l1_0.5").get(Double.toString(a));
      ElasticNetModel en = new ElasticNet(new ElasticNet.Params(a, 0.5, true, 100000, 1e-12))
          .fit(DIABETES.x(), DIABETES.y());
      close(vec(e.get("coef")), en.coefficients(), "enet alpha " + a + " coef");
      close(e.get("intercept").asDouble(), en.intercept(), "enet alpha " + a + " intercept");
      assertTrue(en.converged());
    }
  }

  /** Sylvester-Hadamard columns: centred, orthogonal, squared norm n, so XᵀX = n·I. */
  private static Frame orthogonalDesign(int n, int[] which) {
    double[][] rows = new double[n][which.length];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < which.length; c++) {
        rows[i][c] = Integer.bitCount(i & which[c]) % 2 == 0 ? 1 : -1;
      }
    }
    return Frame.ofRows(rows, null);
  }

  @Test
  void orthogonalDesignGivesTheSoftThresholdingClosedForm() {
    int n = 8;
    Frame x = orthogonalDesign(n, new int[] {1, 2, 4, 3});
    double[] y = {3.0, -1.0, 4.0, 1.5, -5.0, 9.0, 2.0, -6.0};
    Target t = Target.values("y", y);
    double mean = 0;
    for (double v : y) {
      mean += v / n;
    }
    for (double l1 : new double[] {1.0, 0.5, 0.2}) {
      for (double a : new double[] {0.05, 0.5, 1.3}) {
        double[] expected = new double[x.columnCount()];
        double b = mean;
        for (int j = 0; j < expected.length; j++) {
          double z = 0;
          for (int i = 0; i < n; i++) {
            z += x.getDouble(i, j) * y[i] / n;
          }
          // w_j = S(x_jᵀy/n, alpha·l1Ratio) / (1 + alpha·(1 − l1Ratio)), S the soft-thresholding operator
          expected[j] = Math.signum(z) * Math.max(Math.abs(z) - a * l1, 0) / (1 + a * (1 - l1));
        }
        ElasticNetModel m = new ElasticNet(new ElasticNet.Params(a, l1, true, 1000, 1e-10)).fit(x, t);
        assertArrayEquals(expected, m.coefficients(), 1e-12, "alpha " + a + " l1Ratio " + l1);
        assertEquals(b, m.intercept(), 1e-12);
        assertTrue(m.iterations() <= 2, "orthogonal columns: one sweep is exact, got " + m.iterations());
      }
    }
    // hand check, alpha 0.5: x_jᵀy/n = (0.5/8, 4.5/8, 7.5/8, -20.5/8) = (0.0625, 0.5625, 0.9375, -2.5625) for the
    // columns of masks 1, 2, 4, 3; soft-thresholding by 0.5 gives (0, 0.0625, 0.4375, -2.0625); intercept mean(y) = 0.9375
    LassoModel m = new Lasso(Lasso.Params.DEFAULTS.withAlpha(0.5)).fit(x, t);
    assertArrayEquals(new double[] {0, 0.0625, 0.4375, -2.0625}, m.coefficients(), 1e-12);
    assertEquals(0.9375, m.intercept(), 1e-12);
  }

  @Test
  void pathStartsAtAllZeroAndMatchesSeparateFits() {
    Lasso lasso = new Lasso(new Lasso.Params(1.0, true, 100000, 1e-12));
    RegularizationPath path = lasso.path(DIABETES.x(), DIABETES.y(), null);
    double[] alphas = path.alphas();
    assertEquals(100, alphas.length);
    assertEquals(1e-3, alphas[99] / alphas[0], 1e-12);
    for (int k = 1; k < alphas.length; k++) {
      assertTrue(alphas[k] < alphas[k - 1], "descending");
    }
    for (double w : path.coefficients()[0]) {
      assertEquals(0.0, w, "every coefficient is zero at alphaMax");
    }
    double nonZero = 0;
    for (double w : path.coefficients()[1]) {
      nonZero += Math.abs(w);
    }
    assertTrue(nonZero > 0, "just below alphaMax something enters");
    int last = alphas.length - 1;
    LassoModel single = new Lasso(lasso.params().withAlpha(alphas[last])).fit(DIABETES.x(), DIABETES.y());
    close(single.coefficients(), path.coefficients()[last], "path end vs separate fit");
    close(single.intercept(), path.intercepts()[last], "path end intercept");

    // explicit alphas are sorted descending and match the reference fits
    RegularizationPath mine = lasso.path(DIABETES.x(), DIABETES.y(), ALPHAS);
    assertArrayEquals(new double[] {1.0, 0.1, 0.01}, mine.alphas());
    close(vec(REF.get("lasso").get("0.01").get("coef")), mine.coefficients()[2], "path at 0.01");

    ElasticNet en = new ElasticNet(new ElasticNet.Params(1.0, 0.5, true, 100000, 1e-12));
    RegularizationPath ep = en.path(DIABETES.x(), DIABETES.y(), null);
    assertEquals(2 * alphas[0], ep.alphas()[0], 1e-9 * alphas[0], "alphaMax scales with 1/l1Ratio");
    for (double w : ep.coefficients()[0]) {
      assertEquals(0.0, w);
    }
  }

  @Test
  void elasticNetWithoutL1PartConvergesToRidge() {
    // ElasticNet objective with l1Ratio 0: (1/(2n))‖r‖² + ½·alpha·‖w‖², i.e. Ridge with alpha_ridge = n·alpha
    Frame xs = Fixtures.standardize(DIABETES.x());
    int n = xs.rowCount();
    ElasticNetModel en = new ElasticNet(new ElasticNet.Params(0.05, 0.0, true, 100000, 1e-12)).fit(xs, DIABETES.y());
    assertTrue(en.converged() && en.iterations() < 100000, "converged after " + en.iterations() + " sweeps");
    RidgeModel r = new Ridge(Ridge.Params.DEFAULTS.withAlpha(0.05 * n)).fit(xs, DIABETES.y());
    close(r.coefficients(), en.coefficients(), "enet l1Ratio 0 vs ridge");
    close(r.intercept(), en.intercept(), "intercept");
  }

  @Test
  void warmStartFromTheSolutionStopsAtOnce() {
    Lasso est = new Lasso(new Lasso.Params(0.1, true, 100000, 1e-12));
    LassoModel cold = est.fit(DIABETES.x(), DIABETES.y());
    LassoModel warm = est.fit(DIABETES.x(), DIABETES.y(), cold.coefficients());
    assertTrue(warm.iterations() < 5 && cold.iterations() > 100, warm.iterations() + " vs " + cold.iterations());
    close(cold.coefficients(), warm.coefficients(), "warm start");
    assertThrows(IllegalArgumentException.class, () -> est.fit(DIABETES.x(), DIABETES.y(), new double[3]));
  }

  @Test
  void lassoCvMatchesScikitLearn() {
    JsonNode r = REF.get("lasso_cv");
    LassoCVModel m = new LassoCV(LassoCV.Params.DEFAULTS.withStopping(100000, 1e-12))
        .fit(DIABETES.x(), DIABETES.y());
    close(vec(r.get("alphas")), m.alphas(), "lasso_cv alphas");
    double[][] mse = m.msePath();
    for (int a = 0; a < mse.length; a++) {
      close(vec(r.get("mse_path").get(a)), mse[a], "lasso_cv mse_path[" + a + "]");
    }
    close(r.get("alpha").asDouble(), m.alpha(), "lasso_cv alpha");
    close(vec(r.get("coef")), m.coefficients(), "lasso_cv coef");
    close(r.get("intercept").asDouble(), m.intercept(), "lasso_cv intercept");
  }

  @Test
  void elasticNetCvMatchesScikitLearn() {
    JsonNode r = REF.get("elastic_net_cv");
    double[] ratios = vec(r.get("l1_ratios"));
    ElasticNetCVModel m = new ElasticNetCV(ElasticNetCV.Params.DEFAULTS.withL1Ratios(ratios)
        .withStopping(100000, 1e-12)).fit(DIABETES.x(), DIABETES.y());
    double[][] alphas = m.alphas();
    double[][][] mse = m.msePath();
    for (int l = 0; l < ratios.length; l++) {
      close(vec(r.get("alphas").get(l)), alphas[l], "enet_cv alphas[" + l + "]");
      for (int a = 0; a < mse[l].length; a++) {
        close(vec(r.get("mse_path").get(l).get(a)), mse[l][a], "enet_cv mse_path[" + l + "][" + a + "]");
      }
    }
    close(r.get("alpha").asDouble(), m.alpha(), "enet_cv alpha");
    assertEquals(r.get("l1_ratio").asDouble(), m.l1Ratio());
    close(vec(r.get("coef")), m.coefficients(), "enet_cv coef");
    close(r.get("intercept").asDouble(), m.intercept(), "enet_cv intercept");
  }

  @Test
  void badParametersAreRefusedNamingTheParameter() {
    assertMessage(() -> Ridge.Params.DEFAULTS.withAlpha(-1), "alpha", "-1");
    assertMessage(() -> Lasso.Params.DEFAULTS.withAlpha(-0.5), "alpha", "-0.5");
    assertMessage(() -> ElasticNet.Params.DEFAULTS.withAlpha(Double.NaN), "alpha", "NaN");
    assertMessage(() -> ElasticNet.Params.DEFAULTS.withL1Ratio(1.5), "l1Ratio", "1.5");
    assertMessage(() -> ElasticNet.Params.DEFAULTS.withL1Ratio(-0.1), "l1Ratio", "-0.1");
    assertMessage(() -> ElasticNetCV.Params.DEFAULTS.withL1Ratios(0.5, 2.0), "l1Ratios[1]", "2.0");
    assertMessage(() -> ElasticNetCV.Params.DEFAULTS.withL1Ratios(), "l1Ratios");
    assertMessage(() -> LassoCV.Params.DEFAULTS.withAlphas(0.1, -2), "alphas[1]", "-2");
    assertMessage(() -> LassoCV.Params.DEFAULTS.withFolds(1), "folds");
    assertMessage(() -> new ElasticNetCV(ElasticNetCV.Params.DEFAULTS.withL1Ratios(0.0))
        .fit(DIABETES.x(), DIABETES.y()), "l1Ratio", "explicit alphas");
    assertMessage(() -> new ElasticNet().path(DIABETES.x(), DIABETES.y(), new double[] {0.1, -1}), "alphas[1]");
    ElasticNetCVModel ridgeLike = new ElasticNetCV(ElasticNetCV.Params.DEFAULTS.withL1Ratios(0.0)
        .withAlphas(1.0, 0.1).withFolds(3)).fit(Fixtures.standardize(DIABETES.x()), DIABETES.y());
    assertTrue(ridgeLike.converged(), "l1Ratio 0 converges (the gap uses the unscaled residual)");
    assertEquals(0.0, ridgeLike.l1Ratio());
  }

  private static void assertMessage(Runnable r, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention " + p);
    }
  }
}
