package praxis.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimators;
import praxis.api.Model;
import praxis.api.Task;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/** Common checks, registry entries, persistence and bad input for NuSVC, NuSVR, OneClassSVM, LinearSVC, LinearSVR. */
class Svm2ChecksTest {
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");
  private static final Fixtures.XY DIABETES = Fixtures.xy("diabetes");

  @Test
  void commonChecks() {
    Frame xs = Fixtures.standardize(IRIS.x());
    Frame dx = Fixtures.standardize(DIABETES.x());
    Fixtures.XY blobs = Fixtures.blobs(40, 3, 2, 11L);
    EstimatorChecks.runAll(Config.classifier(NuSVC::new, xs, IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(new NuSVC(NuSVC.Params.DEFAULTS.withNu(0.3).withProbability(true, 1L)),
        blobs.x(), blobs.y()));
    EstimatorChecks.runAll(Config.regressor(new NuSVR(NuSVR.Params.DEFAULTS.withC(50)), dx, DIABETES.y()));
    EstimatorChecks.runAll(Config.clusterer(() -> new OneClassSVM(OneClassSVM.Params.DEFAULTS.withNu(0.1)), xs));
    EstimatorChecks.runAll(Config.classifier(LinearSVC::new, xs, IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(new LinearSVC(LinearSVC.Params.DEFAULTS.withLoss(LinearSVC.Loss.HINGE)
        .withClassWeights(2, 1)), blobs.x(), blobs.y()));
    EstimatorChecks.runAll(Config.regressor(new LinearSVR(LinearSVR.Params.DEFAULTS.withEpsilon(1)), dx,
        DIABETES.y()));
    EstimatorChecks.runAll(Config.regressor(new LinearSVR(LinearSVR.Params.DEFAULTS
        .withLoss(LinearSVR.Loss.SQUARED_EPSILON_INSENSITIVE).withC(0.01).withIntercept(false, 1)), dx,
        DIABETES.y()));
  }

  @Test
  void registryEntries() {
    assertEquals(Task.CLASSIFICATION, Estimators.info("nu_svc").task());
    assertEquals(Task.REGRESSION, Estimators.info("nu_svr").task());
    assertEquals(Task.CLASSIFICATION, Estimators.info("linear_svc").task());
    assertEquals(Task.REGRESSION, Estimators.info("linear_svr").task());
    assertEquals(Task.OUTLIER_DETECTION, Estimators.info("one_class_svm").task());
    assertFalse(Estimators.info("one_class_svm").appliesTo().test(IRIS.x().schema()), "not in compare");
    assertTrue(Estimators.info("linear_svc").appliesTo().test(IRIS.x().schema()));
    for (String name : new String[] {"nu_svc", "nu_svr", "one_class_svm", "linear_svc", "linear_svr"}) {
      assertTrue(Estimators.info(name).scaleSensitive(), name);
    }
    var nusvc = (NuSVC) Estimators.create("nu_svc", Map.of("nu", "0.25", "kernel", "linear"));
    assertEquals(0.25, nusvc.params().nu(), 0.0);
    assertEquals(Kernel.LINEAR, nusvc.params().kernel());
    var lsvc = (LinearSVC) Estimators.create("linear_svc", Map.of("loss", "hinge", "c", "0.5",
        "classWeights", "1,2,3", "interceptScaling", "2"));
    assertEquals(LinearSVC.Loss.HINGE, lsvc.params().loss());
    assertArrayEquals(new double[] {1, 2, 3}, lsvc.params().classWeights(), 0.0);
    var lsvr = (LinearSVR) Estimators.create("linear_svr", Map.of("epsilon", "0.5", "shrinking", "false"));
    assertEquals(0.5, lsvr.params().epsilon(), 0.0);
    assertFalse(lsvr.params().shrinking());
    var oc = (OneClassSVM) Estimators.create("one_class_svm", Map.of("nu", "0.05"));
    assertEquals(0.05, oc.params().nu(), 0.0);
    for (String type : new String[] {"one_class_svm", "linear_svc", "linear_svr"}) {
      assertTrue(ModelIO.codecs().containsKey(type), type);
    }
  }

  @Test
  void saveLoadRoundTrips(@TempDir Path dir) throws Exception {
    Frame xs = Fixtures.standardize(IRIS.x());
    Frame dx = Fixtures.standardize(DIABETES.x());
    OneClassSVMModel oc = new OneClassSVM(OneClassSVM.Params.DEFAULTS.withNu(0.2)).fit(xs,
        Target.none(xs.rowCount()));
    Path f = dir.resolve("oc.praxis");
    ModelIO.save(oc, f);
    assertTrue(Files.size(f) > 0);
    OneClassSVMModel ocBack = assertInstanceOf(OneClassSVMModel.class, ModelIO.load(f));
    assertArrayEquals(oc.decisionFunction(xs), ocBack.decisionFunction(xs), 0.0);
    assertArrayEquals(oc.predict(xs), ocBack.predict(xs));

    SVCModel nu = new NuSVC().fit(xs, IRIS.y());
    SVCModel nuBack = assertInstanceOf(SVCModel.class, roundTrip(nu, dir.resolve("nu.praxis")));
    assertEquals(Arrays.deepToString(nu.decisionFunction(xs)), Arrays.deepToString(nuBack.decisionFunction(xs)));
    assertEquals("nu_svc", nuBack.provenance().estimator());

    LinearSVCModel l = new LinearSVC().fit(xs, IRIS.y());
    LinearSVCModel lBack = assertInstanceOf(LinearSVCModel.class, roundTrip(l, dir.resolve("l.praxis")));
    assertEquals(Arrays.deepToString(l.decisionFunction(xs)), Arrays.deepToString(lBack.decisionFunction(xs)));
    LinearSVRModel r = new LinearSVR().fit(dx, DIABETES.y());
    LinearSVRModel rBack = assertInstanceOf(LinearSVRModel.class, roundTrip(r, dir.resolve("r.praxis")));
    assertArrayEquals(r.predict(dx), rBack.predict(dx), 0.0);
    SVRModel nr = new NuSVR().fit(dx, DIABETES.y());
    assertArrayEquals(nr.predict(dx), ((SVRModel) roundTrip(nr, dir.resolve("nr.praxis"))).predict(dx), 0.0);
  }

  private static Model roundTrip(Model m, Path f) throws Exception {
    ModelIO.save(m, f);
    return ModelIO.load(f);
  }

  /** The nu-property and KKT on the training rows; a point far from the data is an outlier. */
  @Test
  void oneClassFlagsOutliers() {
    Frame xs = Fixtures.standardize(IRIS.x());
    for (double nu : new double[] {0.05, 0.2, 0.5}) {
      OneClassSVMModel m = new OneClassSVM(OneClassSVM.Params.DEFAULTS.withNu(nu)).fit(xs,
          Target.none(xs.rowCount()));
      int[] pred = m.predict(xs);
      double[] dec = m.decisionFunction(xs);
      int[] sv = m.supportIndices();
      double[] a = m.dualCoefficients()[0];
      boolean[] isSv = new boolean[xs.rowCount()];
      int atBound = 0;
      for (int s = 0; s < sv.length; s++) {
        isSv[sv[s]] = true;
        atBound += a[s] >= 1 - 1e-12 ? 1 : 0;
      }
      // nu-property: rows at the bound (margin errors) <= nu l <= support vectors
      assertTrue(atBound <= nu * xs.rowCount() && sv.length >= nu * xs.rowCount() - 1e-9,
          atBound + " at bound, " + sv.length + " SVs for nu " + nu);
      for (int i = 0; i < pred.length; i++) {
        assertEquals(dec[i] > 0 ? 1 : -1, pred[i]);
        // KKT within tol: a row clearly outside (decision < -tol) has a non-zero coefficient
        assertTrue(dec[i] >= -1e-3 || isSv[i], "row " + i + " outside but not a support vector");
      }
      Frame probe = Frame.ofRows(new double[][] {{0, 0, 0, 0}, {8, -8, 8, -8}}, xs.schema().names());
      int[] p = m.predict(probe);
      assertEquals(-1, p[1], "a point far from the data is an outlier");
      assertTrue(m.decisionFunction(probe)[1] < 0);
    }
  }

  @Test
  void linearSvmBadInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LinearSVC.Params.DEFAULTS.withC(0));
    assertTrue(e.getMessage().contains("c must be finite and > 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LinearSVR.Params.DEFAULTS.withC(-2));
    assertTrue(e.getMessage().contains("c must be finite and > 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LinearSVC.Params.DEFAULTS.withIntercept(true, 0));
    assertTrue(e.getMessage().contains("interceptScaling"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LinearSVR.Params.DEFAULTS.withEpsilon(-1));
    assertTrue(e.getMessage().contains("epsilon"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LinearSVC.Params.DEFAULTS.withClassWeights(1, -1));
    assertTrue(e.getMessage().contains("classWeights[1]"), e.getMessage());
    Frame x = Frame.ofRows(new double[][] {{0}, {1}, {2}}, null);
    e = assertThrows(IllegalArgumentException.class, () -> new LinearSVC().fit(x, Target.classes("y",
        java.util.List.of("a", "a", "a"))));
    assertTrue(e.getMessage().contains("at least 2 classes"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new LinearSVC(LinearSVC.Params.DEFAULTS
        .withClassWeights(1, 2, 3)).fit(x, Target.classes("y", java.util.List.of("a", "b", "a"))));
    assertTrue(e.getMessage().contains("classWeights has 3 values"), e.getMessage());
  }

  /** Weighting a class up moves the boundary away from it: more of its rows are predicted correctly. */
  @Test
  void linearSvcClassWeightShiftsBoundary() {
    Fixtures.XY bc = Fixtures.xy("breast_cancer");
    Frame xs = Fixtures.standardize(bc.x());
    int[] codes = bc.y().codes();
    int[] base = new LinearSVC(LinearSVC.Params.DEFAULTS.withC(0.001)).fit(xs, bc.y()).predict(xs);
    int[] up = new LinearSVC(LinearSVC.Params.DEFAULTS.withC(0.001).withClassWeights(10, 1)).fit(xs, bc.y())
        .predict(xs);
    int hitBase = 0;
    int hitUp = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == 0) {
        hitBase += base[i] == 0 ? 1 : 0;
        hitUp += up[i] == 0 ? 1 : 0;
      }
    }
    assertTrue(hitUp > hitBase, "class 0 recall " + hitUp + " > " + hitBase);
  }
}
