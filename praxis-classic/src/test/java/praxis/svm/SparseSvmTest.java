package praxis.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.State;
import praxis.io.libsvm.LibSvmData;
import praxis.io.libsvm.LibSvmReader;

/**
 * The SVMs on sparse input: {@code reference/digits4_sparse.libsvm} (240 digits of classes 0-3, pixels / 16,
 * about 51% of the cells stored) read into sparse columns. Against scikit-learn 1.2.1 fitted on the same file
 * as a scipy CSR matrix ({@code make_svm2_reference.py}, entry {@code sparse_digits4}): SVC and OneClassSVM
 * support vectors, dual coefficients, intercepts and decision values within 1e-4 relative to the largest
 * reference value; LinearSVC (tol 1e-8) coefficients within 1e-4 of the largest reference coefficient; equal
 * predictions. Every estimator fitted on the sparse frame gives the same model as on the dense frame of the
 * same file (within 1e-12: the same solver on the same stored values; only zero products are skipped).
 */
class SparseSvmTest {
  private static final JsonNode REF = NuSvmReferenceTest.get("sparse_digits4");
  private static final LibSvmData SPARSE = read(LibSvmReader.Storage.SPARSE);
  private static final LibSvmData DENSE = read(LibSvmReader.Storage.DENSE);

  private static LibSvmData read(LibSvmReader.Storage storage) {
    try (InputStream in = SparseSvmTest.class.getResourceAsStream("/reference/digits4_sparse.libsvm")) {
      if (in == null) {
        throw new IllegalStateException("reference/digits4_sparse.libsvm is missing from the test classpath");
      }
      return LibSvmReader.builder().storage(storage).nFeatures(64).build().read(in, "digits4_sparse.libsvm");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertNear(double[][] e, double[][] a, double tol, String what) {
    assertEquals(e.length, a.length, what + " rows");
    for (int i = 0; i < e.length; i++) {
      assertArrayEquals(e[i], a[i], tol, what + " row " + i);
    }
  }

  @Test
  void inputIsSparse() {
    assertTrue(SPARSE.x().hasSparseColumns());
    assertFalse(DENSE.x().hasSparseColumns());
    assertEquals(240, SPARSE.rowCount());
    assertEquals(SvmReference.strings(REF.get("svc").get("predict")).size(), 240);
  }

  @Test
  void svcMatchesLibsvmOnSparseInput() {
    JsonNode c = REF.get("svc");
    Frame x = SPARSE.x();
    Target y = SPARSE.classTarget();
    SVCModel m = new SVC().fit(x, y);
    assertEquals(c.get("gamma").asDouble(), m.gamma(), 1e-12, "gamma (scale) from the sparse cells");
    assertArrayEquals(SvmReference.ints(c.get("support")), m.supportIndices(), "support");
    assertArrayEquals(SvmReference.ints(c.get("n_support")), m.nSupport(), "n_support");
    double[][] dc = SvmReference.matrix(c.get("dual_coef"));
    double[][] mc = m.dualCoefficients();
    for (int r = 0; r < dc.length; r++) {
      NuSvmReferenceTest.assertRel(dc[r], mc[r], "dual_coef row " + r);
    }
    NuSvmReferenceTest.assertRel(SvmReference.vector(c.get("intercept")), m.intercepts(), "intercept");
    double[][] dec = SvmReference.matrix(c.get("decision_ovo"));
    double[][] md = m.decisionFunction(x);
    for (int k = 0; k < dec[0].length; k++) {
      double[] e = new double[dec.length];
      double[] a = new double[dec.length];
      for (int i = 0; i < dec.length; i++) {
        e[i] = dec[i][k];
        a[i] = md[i][k];
      }
      NuSvmReferenceTest.assertRel(e, a, "decision pair " + k);
    }
    List<String> pred = SvmReference.strings(c.get("predict"));
    int[] mp = m.predict(x);
    for (int i = 0; i < mp.length; i++) {
      assertEquals(pred.get(i), y.classList().get(mp[i]), "prediction " + i);
    }
    // the model keeps its support vectors sparse, persists them so, and predicts dense and sparse frames alike
    State s = m.toState();
    assertTrue(s.has("svIndptr") && !s.has("supportVectors"), "sparse support vectors in the state");
    SVCModel back = new SVCModel.Codec().read(s);
    assertNear(md, back.decisionFunction(x), 0.0, "reloaded decision");
    assertNear(md, m.decisionFunction(DENSE.x()), 1e-12, "dense query");
    SVCModel dense = new SVC().fit(DENSE.x(), DENSE.classTarget());
    assertTrue(dense.toState().has("supportVectors"));
    assertNear(dense.dualCoefficients(), mc, 1e-12, "dense fit dual_coef");
    assertNear(dense.decisionFunction(DENSE.x()), md, 1e-12, "dense fit decision");
    assertNear(dense.supportVectors(), m.supportVectors(), 0.0, "support vectors");
  }

  @Test
  void oneClassMatchesLibsvmOnSparseInput() {
    JsonNode c = REF.get("one_class_svm");
    Frame x = SPARSE.x();
    OneClassSVMModel m = new OneClassSVM(OneClassSVM.Params.DEFAULTS.withNu(0.2)).fit(x, Target.none(240));
    assertEquals(c.get("gamma").asDouble(), m.gamma(), 1e-12, "gamma");
    assertArrayEquals(SvmReference.ints(c.get("support")), m.supportIndices(), "support");
    NuSvmReferenceTest.assertRel(SvmReference.vector(c.get("dual_coef").get(0)), m.dualCoefficients()[0],
        "dual_coef");
    NuSvmReferenceTest.assertRel(SvmReference.vector(c.get("intercept")), m.intercepts(), "intercept");
    NuSvmReferenceTest.assertRel(SvmReference.vector(c.get("decision")), m.decisionFunction(x), "decision");
    assertArrayEquals(SvmReference.ints(c.get("predict")), m.predict(x), "predict");
    OneClassSVMModel back = new OneClassSVMModel.Codec().read(m.toState());
    assertArrayEquals(m.decisionFunction(x), back.decisionFunction(DENSE.x()), 1e-12, "reloaded, dense query");
  }

  @Test
  void linearSvcMatchesLiblinearOnSparseInput() {
    JsonNode c = REF.get("linear_svc");
    Frame x = SPARSE.x();
    Target y = SPARSE.classTarget();
    assertEquals(SvmReference.strings(c.get("classes")), y.classList());
    LinearSVC.Params p = LinearSVC.Params.DEFAULTS.withC(0.1).withSolver(1e-8, 200000, true, 3L);
    LinearSVCModel m = new LinearSVC(p).fit(x, y);
    double[][] rc = SvmReference.matrix(c.get("coef"));
    double[] rb = SvmReference.vector(c.get("intercept"));
    double[][] mc = m.coefficients();
    for (int k = 0; k < rc.length; k++) {
      double scale = 1;
      for (double v : rc[k]) {
        scale = Math.max(scale, Math.abs(v));
      }
      assertArrayEquals(rc[k], mc[k], 1e-4 * scale, "coef row " + k);
      assertEquals(rb[k], m.intercepts()[k], 1e-4 * scale, "intercept " + k);
    }
    List<String> pred = SvmReference.strings(c.get("predict"));
    int[] mp = m.predict(x);
    for (int i = 0; i < mp.length; i++) {
      assertEquals(pred.get(i), y.classList().get(mp[i]), "prediction " + i);
    }
    LinearSVCModel dense = new LinearSVC(p).fit(DENSE.x(), DENSE.classTarget());
    assertNear(dense.coefficients(), mc, 1e-12, "dense fit coef");
    assertNear(m.decisionFunction(DENSE.x()), m.decisionFunction(x), 1e-12, "dense and sparse queries");
  }

  /** The remaining estimators: the sparse fit equals the dense fit. */
  @Test
  void sparseFitEqualsDenseFit() {
    Frame xs = SPARSE.x();
    Frame xd = DENSE.x();
    Target t = SPARSE.valueTarget();
    SVRModel a = new SVR(SVR.Params.DEFAULTS.withC(10)).fit(xs, t);
    SVRModel b = new SVR(SVR.Params.DEFAULTS.withC(10)).fit(xd, t);
    assertArrayEquals(b.supportIndices(), a.supportIndices());
    assertArrayEquals(b.predict(xd), a.predict(xs), 1e-12, "SVR");
    SVRModel na = new NuSVR().fit(xs, t);
    assertArrayEquals(new NuSVR().fit(xd, t).predict(xd), na.predict(xs), 1e-12, "NuSVR");
    assertArrayEquals(na.predict(xs), new SVRModel.Codec().read(na.toState()).predict(xs), 0.0, "NuSVR reload");
    Target y = SPARSE.classTarget();
    NuSVC.Params np = NuSVC.Params.DEFAULTS.withNu(0.3).withKernel(Kernel.POLY, Gamma.AUTO, 1, 2, 1);
    assertNear(new NuSVC(np).fit(xd, y).decisionFunction(xd), new NuSVC(np).fit(xs, y).decisionFunction(xs), 1e-12,
        "NuSVC poly");
    LinearSVR.Params lp = LinearSVR.Params.DEFAULTS.withEpsilon(0.1).withSolver(1e-6, 5000, true, 5L);
    LinearSVRModel la = new LinearSVR(lp).fit(xs, t);
    assertArrayEquals(new LinearSVR(lp).fit(xd, t).coefficients(), la.coefficients(), 1e-12, "LinearSVR");
    assertArrayEquals(la.predict(xd), la.predict(xs), 1e-12, "LinearSVR dense and sparse queries");
  }
}
