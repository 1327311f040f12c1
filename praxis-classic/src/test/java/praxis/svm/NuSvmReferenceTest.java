package praxis.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * NuSVC, NuSVR and OneClassSVM against scikit-learn 1.2.1 (LIBSVM 3.x) on the cases of
 * {@code reference/make_svm2_reference.py}: the same support vectors, dual coefficients, intercepts and
 * decision values within {@code 1e-4 * max(1, max |reference|)} (relative to the largest reference value of
 * the compared quantity; the solver follows LIBSVM's nu-solver step by step, including its single-precision
 * kernel cache, and every comparison also passes at 1e-10 relative), identical predictions; and the KKT
 * conditions of the raw nu-solver solution within tol = 1e-3 (the solver's stopping rule) together with its
 * equality constraints within 1e-9.
 */
class NuSvmReferenceTest {
  static final JsonNode ROOT = load();
  private static final double TOL = 1e-3;
  private static final double REL = 1e-4;

  private static JsonNode load() {
    try (InputStream in = NuSvmReferenceTest.class.getResourceAsStream("/reference/svm2_reference.json")) {
      if (in == null) {
        throw new IllegalStateException("reference/svm2_reference.json is missing from the test classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode get(String name) {
    JsonNode n = ROOT.get(name);
    if (n == null) {
      throw new IllegalStateException("no reference entry " + name);
    }
    return n;
  }

  static void assertRel(double[] e, double[] a, String what) {
    assertEquals(e.length, a.length, what + " length");
    double scale = 1;
    for (double v : e) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < e.length; i++) {
      assertEquals(e[i], a[i], REL * scale, what + "[" + i + "]");
    }
  }

  static Kernel kernel(JsonNode p) {
    return p.has("kernel") ? Kernel.valueOf(p.get("kernel").asText().toUpperCase()) : Kernel.RBF;
  }

  static Gamma gammaRule(JsonNode p) {
    return p.has("gamma") ? (p.get("gamma").isNumber() ? Gamma.VALUE
        : Gamma.valueOf(p.get("gamma").asText().toUpperCase())) : Gamma.SCALE;
  }

  static double gammaValue(JsonNode p) {
    return p.has("gamma") && p.get("gamma").isNumber() ? p.get("gamma").asDouble() : 1.0;
  }

  static int degree(JsonNode p) {
    return p.has("degree") ? p.get("degree").asInt() : 3;
  }

  static double coef0(JsonNode p) {
    return p.has("coef0") ? p.get("coef0").asDouble() : 0.0;
  }

  static double nu(JsonNode p) {
    return p.has("nu") ? p.get("nu").asDouble() : 0.5;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nusvc_iris2_rbf", "nusvc_iris2_linear", "nusvc_iris3_rbf", "nusvc_iris3_poly"})
  void nuSvcMatchesLibsvm(String name) {
    JsonNode c = get(name);
    JsonNode p = c.get("params");
    Frame x = SvmReference.x(c);
    Target y = SvmReference.classes(c);
    assertEquals(SvmReference.strings(c.get("classes")), y.classList());
    NuSVC.Params params = NuSVC.Params.DEFAULTS.withNu(nu(p)).withKernel(kernel(p), gammaRule(p), gammaValue(p),
        degree(p), coef0(p));
    for (boolean shrinking : new boolean[] {true, false}) {
      SVCModel m = new NuSVC(params.withSolver(TOL, 200, shrinking, -1)).fit(x, y);
      String what = name + (shrinking ? " (shrinking)" : " (no shrinking)");
      assertEquals(c.get("gamma").asDouble(), m.gamma(), 1e-12, what + " gamma");
      assertArrayEquals(SvmReference.ints(c.get("support")), m.supportIndices(), what + " support");
      assertArrayEquals(SvmReference.ints(c.get("n_support")), m.nSupport(), what + " n_support");
      double[][] dc = SvmReference.matrix(c.get("dual_coef"));
      double[][] mc = m.dualCoefficients();
      assertEquals(dc.length, mc.length);
      for (int r = 0; r < dc.length; r++) {
        assertRel(dc[r], mc[r], what + " dual_coef row " + r);
      }
      assertRel(SvmReference.vector(c.get("intercept")), m.intercepts(), what + " intercept");
      double[][] dec = SvmReferenceTest.decisionRows(c.get("decision_ovo"));
      double[][] md = m.decisionFunction(x);
      int pairs = md[0].length;
      for (int k = 0; k < pairs; k++) {
        double[] e = new double[dec.length];
        double[] a = new double[dec.length];
        for (int i = 0; i < dec.length; i++) {
          e[i] = dec[i][k];
          a[i] = md[i][k];
        }
        assertRel(e, a, what + " decision pair " + k);
      }
      List<String> pred = SvmReference.strings(c.get("predict"));
      int[] mp = m.predict(x);
      for (int i = 0; i < mp.length; i++) {
        assertEquals(pred.get(i), y.classList().get(mp[i]), what + " prediction " + i);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nusvr_diabetes_raw", "nusvr_diabetes_std", "nusvr_diabetes_linear"})
  void nuSvrMatchesLibsvm(String name) {
    JsonNode c = get(name);
    JsonNode p = c.get("params");
    Frame x = SvmReference.x(c);
    Target y = Target.values("y", SvmReference.vector(c.get("y")));
    double cc = p.has("C") ? p.get("C").asDouble() : 1.0;
    NuSVR.Params params = NuSVR.Params.DEFAULTS.withC(cc).withNu(nu(p)).withKernel(kernel(p), gammaRule(p),
        gammaValue(p), degree(p), coef0(p));
    for (boolean shrinking : new boolean[] {true, false}) {
      SVRModel m = new NuSVR(params.withSolver(TOL, 200, shrinking, -1)).fit(x, y);
      String what = name + (shrinking ? " (shrinking)" : " (no shrinking)");
      assertEquals(c.get("gamma").asDouble(), m.gamma(), 1e-12, what + " gamma");
      if (!shrinking && params.kernel() == Kernel.LINEAR) {
        // the linear-kernel dual (rank 10, 240 variables) has many optimal points: without shrinking the path
        // ends at another tol-optimal one, so only the (unique) fitted function is compared, within what the
        // stopping rule guarantees, tol * max(1, C)
        double[] e = SvmReference.vector(c.get("predict"));
        double[] a = m.predict(x);
        for (int i = 0; i < e.length; i++) {
          assertEquals(e[i], a[i], TOL * Math.max(1, cc), what + " predict " + i);
        }
        continue;
      }
      assertArrayEquals(SvmReference.ints(c.get("support")), m.supportIndices(), what + " support");
      assertRel(SvmReference.vector(c.get("dual_coef").get(0)), m.dualCoefficients()[0], what + " dual_coef");
      assertRel(SvmReference.vector(c.get("intercept")), m.intercepts(), what + " intercept");
      assertRel(SvmReference.vector(c.get("predict")), m.predict(x), what + " predict");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ocsvm_iris_rbf", "ocsvm_setosa_rbf", "ocsvm_wine_poly"})
  void oneClassMatchesLibsvm(String name) {
    JsonNode c = get(name);
    JsonNode p = c.get("params");
    Frame x = SvmReference.x(c);
    OneClassSVM.Params params = OneClassSVM.Params.DEFAULTS.withNu(nu(p)).withKernel(kernel(p), gammaRule(p),
        gammaValue(p), degree(p), coef0(p));
    for (boolean shrinking : new boolean[] {true, false}) {
      OneClassSVMModel m = new OneClassSVM(params.withSolver(TOL, 200, shrinking, -1)).fit(x,
          Target.none(x.rowCount()));
      String what = name + (shrinking ? " (shrinking)" : " (no shrinking)");
      assertEquals(c.get("gamma").asDouble(), m.gamma(), 1e-12, what + " gamma");
      assertArrayEquals(SvmReference.ints(c.get("support")), m.supportIndices(), what + " support");
      assertRel(SvmReference.vector(c.get("dual_coef").get(0)), m.dualCoefficients()[0], what + " dual_coef");
      assertRel(SvmReference.vector(c.get("intercept")), m.intercepts(), what + " intercept");
      assertEquals(c.get("offset").asDouble(), m.offset(), REL * Math.max(1, Math.abs(m.offset())), what + " offset");
      assertRel(SvmReference.vector(c.get("decision")), m.decisionFunction(x), what + " decision");
      assertArrayEquals(SvmReference.ints(c.get("predict")), m.predict(x), what + " predict");
    }
  }

  /**
   * KKT of {@code min 1/2 a'Qa + p'a} with the per-label sums of a fixed and {@code 0 <= a_i <= c_i}: within
   * each label, {@code max{G_i : a_i > 0} - min{G_i : a_i < c_i} <= tol} for the gradient {@code G = Qa + p}
   * (recomputed here in double precision).
   */
  static void assertKkt(double[][] q, double[] p, byte[] y, double[] c, double[] a, String what) {
    int l = a.length;
    double[] g = p.clone();
    for (int i = 0; i < l; i++) {
      for (int j = 0; j < l; j++) {
        g[i] += q[i][j] * a[j];
      }
    }
    for (int s : new int[] {1, -1}) {
      double maxDown = Double.NEGATIVE_INFINITY;
      double minUp = Double.POSITIVE_INFINITY;
      for (int i = 0; i < l; i++) {
        if (y[i] != s) {
          continue;
        }
        assertTrue(a[i] >= 0 && a[i] <= c[i] * (1 + 1e-12), what + ": alpha in [0, C] at " + i);
        if (a[i] > 0) {
          maxDown = Math.max(maxDown, g[i]);
        }
        if (a[i] < c[i] * (1 - 1e-12)) { // (alpha rescaled by 1/r and back may miss the bound by an ulp)
          minUp = Math.min(minUp, g[i]);
        }
      }
      assertTrue(maxDown - minUp <= TOL, what + ": KKT violation for label " + s + " is "
          + (maxDown - minUp));
    }
  }

  static double sum(double[] a, byte[] y, int label) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      if (y[i] == label) {
        s += a[i];
      }
    }
    return s;
  }

  @Test
  void nuSolverKktAndConstraints() {
    // nu-SVC on versicolor / virginica
    JsonNode c = get("nusvc_iris2_rbf");
    double[][] xs = SvmReference.matrix(c.get("x"));
    int n = xs.length;
    int d = xs[0].length;
    double[] flat = new double[n * d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(xs[i], 0, flat, i * d, d);
    }
    KernelEval ke = new KernelEval(Kernel.RBF, c.get("gamma").asDouble(), 3, 0, flat, n, d);
    int[] idx = new int[n];
    byte[] y = new byte[n];
    List<String> labels = SvmReference.strings(c.get("y"));
    for (int i = 0; i < n; i++) {
      idx[i] = i;
      y[i] = (byte) (labels.get(i).equals(labels.get(0)) ? 1 : -1);
    }
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        q[i][j] = y[i] * y[j] * ke.k(i, j);
      }
    }
    for (double nu : new double[] {0.1, 0.5, 0.9}) {
      Smo.Solution s = Problems.nuSvc(ke, idx, y, nu, TOL, true, 200, -1);
      double[] a = s.alpha();
      double r = s.r();
      assertTrue(r > 0, "r > 0");
      for (int i = 0; i < n; i++) {
        a[i] *= r; // back to the nu-dual's scale, 0 <= a_i <= 1
      }
      assertEquals(nu * n / 2, sum(a, y, 1), 1e-9, "sum alpha+ = nu l / 2");
      assertEquals(nu * n / 2, sum(a, y, -1), 1e-9, "sum alpha- = nu l / 2");
      assertKkt(q, new double[n], y, Smo.filled(n, 1.0), a, "nu-SVC nu=" + nu);
      // nu bounds the fraction of support vectors from below and of margin errors (alpha at bound) from above
      int nsv = 0;
      int bound = 0;
      for (double v : a) {
        nsv += v > 0 ? 1 : 0;
        bound += v >= 1 - 1e-12 ? 1 : 0;
      }
      assertTrue(nsv >= nu * n - 1e-9 && bound <= nu * n + 1e-9, "nu property: " + nsv + " SVs, " + bound
          + " at bound, nu l = " + nu * n);
    }
    // one-class on the same points: one label, sum = nu l
    double[][] kq = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        kq[i][j] = ke.k(i, j);
      }
    }
    byte[] ones = new byte[n];
    java.util.Arrays.fill(ones, (byte) 1);
    for (double nu : new double[] {0.05, 0.37, 1.0}) {
      Smo.Solution s = Problems.oneClass(ke, nu, TOL, true, 200, -1);
      assertEquals(nu * n, sum(s.alpha(), ones, 1), 1e-9, "one-class sum alpha = nu l");
      assertKkt(kq, new double[n], ones, Smo.filled(n, 1.0), s.alpha(), "one-class nu=" + nu);
    }
  }

  @Test
  void nuSvrSolverKktAndConstraints() {
    JsonNode c = get("nusvr_diabetes_std");
    double[][] xs = SvmReference.matrix(c.get("x"));
    double[] t = SvmReference.vector(c.get("y"));
    int n = xs.length;
    int d = xs[0].length;
    double[] flat = new double[n * d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(xs[i], 0, flat, i * d, d);
    }
    KernelEval ke = new KernelEval(Kernel.RBF, c.get("gamma").asDouble(), 3, 0, flat, n, d);
    double[][] q = new double[2 * n][2 * n];
    byte[] y = new byte[2 * n];
    double[] p = new double[2 * n];
    for (int i = 0; i < n; i++) {
      y[i] = 1;
      y[i + n] = -1;
      p[i] = -t[i];
      p[i + n] = t[i];
    }
    for (int i = 0; i < 2 * n; i++) {
      for (int j = 0; j < 2 * n; j++) {
        q[i][j] = y[i] * y[j] * ke.k(i % n, j % n);
      }
    }
    for (double cc : new double[] {0.5, 5.0}) {
      double nu = 0.3;
      Smo.Solution s = Problems.nuSvr(ke, t, cc, nu, TOL, true, 200, -1);
      double[] a = s.alpha();
      assertEquals(cc * nu * n / 2, sum(a, y, 1), 1e-9 * cc, "sum alpha = C nu l / 2");
      assertEquals(cc * nu * n / 2, sum(a, y, -1), 1e-9 * cc, "sum alpha* = C nu l / 2");
      assertKkt(q, p, y, Smo.filled(2 * n, cc), a, "nu-SVR C=" + cc);
    }
  }

  @Test
  void nuSvcProbabilitiesSumToOne() {
    JsonNode c = get("nusvc_iris3_rbf");
    Frame x = SvmReference.x(c);
    Target y = SvmReference.classes(c);
    SVCModel m = new NuSVC(NuSVC.Params.DEFAULTS.withNu(0.2).withProbability(true, 3L)).fit(x, y);
    SVCProbabilityModel pm = assertInstanceOf(SVCProbabilityModel.class, m);
    double[][] proba = pm.predictProba(x);
    int agree = 0;
    int[] pred = pm.predict(x);
    for (int i = 0; i < proba.length; i++) {
      double s = 0;
      int best = 0;
      for (int k = 0; k < proba[i].length; k++) {
        assertTrue(proba[i][k] >= 0 && proba[i][k] <= 1, "probability in [0, 1]");
        s += proba[i][k];
        best = proba[i][k] > proba[i][best] ? k : best;
      }
      assertEquals(1.0, s, 1e-12, "row " + i + " sums to 1");
      agree += best == pred[i] ? 1 : 0;
    }
    assertTrue(agree >= 0.95 * proba.length, "argmax probability agrees with the vote on most rows: " + agree);
  }

  @Test
  void badInputGivesClearErrors() {
    for (double nu : new double[] {0, -0.1, 1.5, Double.NaN}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> NuSVC.Params.DEFAULTS.withNu(nu));
      assertTrue(e.getMessage().contains("nu must be in (0, 1]"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> NuSVR.Params.DEFAULTS.withNu(nu));
      assertThrows(IllegalArgumentException.class, () -> OneClassSVM.Params.DEFAULTS.withNu(nu));
    }
    for (double g : new double[] {0, -1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> NuSVC.Params.DEFAULTS.withKernel(Kernel.RBF, Gamma.VALUE, g, 3, 0));
      assertTrue(e.getMessage().contains("gammaValue must be finite and > 0"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> OneClassSVM.Params.DEFAULTS.withKernel(Kernel.RBF, Gamma.VALUE, g, 3, 0));
    }
    IllegalArgumentException ec = assertThrows(IllegalArgumentException.class,
        () -> NuSVR.Params.DEFAULTS.withC(0));
    assertTrue(ec.getMessage().contains("c must be finite and > 0"), ec.getMessage());
    // 3 rows of one class, 7 of the other: nu (3 + 7) / 2 > 3 for nu = 0.8
    Frame x = Frame.ofRows(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}}, null);
    Target y = Target.classes("y", List.of("a", "a", "a", "b", "b", "b", "b", "b", "b", "b"));
    IllegalArgumentException ei = assertThrows(IllegalArgumentException.class,
        () -> new NuSVC(NuSVC.Params.DEFAULTS.withNu(0.8)).fit(x, y));
    assertTrue(ei.getMessage().contains("infeasible") && ei.getMessage().contains("nu <= 0.6"), ei.getMessage());
    new NuSVC(NuSVC.Params.DEFAULTS.withNu(0.6)).fit(x, y);
  }
}
