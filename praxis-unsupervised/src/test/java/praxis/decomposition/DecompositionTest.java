package praxis.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimators;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;

class DecompositionTest {
  private static final Frame WINE = Fixtures.standardize(Fixtures.xy("wine").x());

  @Test
  void commonChecks() {
    Target none = Target.none(WINE.rowCount());
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> PCA.of(3), WINE, none));
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new PCA(PCA.Params.DEFAULTS.withNComponents(3).withSolver(PCA.Solver.RANDOMIZED)), WINE, none));
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new IncrementalPCA(IncrementalPCA.Params.DEFAULTS.withNComponents(3)), WINE, none));
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new KernelPCA(
        KernelPCA.Params.DEFAULTS.withKernel(KernelPCA.Kernel.RBF).withNComponents(3)), WINE, none));
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> TruncatedSVD.of(3), WINE, none));
  }

  @Test
  void whitenedScoresHaveUnitVarianceAndFullPcaReconstructs() {
    PCAModel m = new PCA(PCA.Params.DEFAULTS.withWhiten(true)).fit(WINE, Target.none(178));
    Frame z = m.transform(WINE);
    for (int c = 0; c < z.columnCount(); c++) {
      double[] v = ((praxis.data.DoubleColumn) z.column(c)).toArray();
      double ss = 0;
      for (double d : v) {
        ss += d * d;
      }
      assertEquals(1.0, ss / (v.length - 1), 1e-9, "component " + c);
    }
    double[][] back = m.inverseTransform(z).toRowArrays();
    double[][] orig = WINE.toRowArrays();
    for (int i = 0; i < orig.length; i++) {
      assertArrayEquals(orig[i], back[i], 1e-9);
    }
    double total = 0;
    for (double r : m.explainedVarianceRatio()) {
      total += r;
    }
    assertEquals(1.0, total, 1e-12);
    assertEquals(0.0, m.noiseVariance(), 0.0);
  }

  @Test
  void varianceToKeepPicksTheSmallestSufficientCount() {
    PCAModel m = new PCA(PCA.Params.DEFAULTS.withVarianceToKeep(0.8)).fit(WINE, Target.none(178));
    double[] r = m.explainedVarianceRatio();
    double cum = 0;
    for (int c = 0; c < r.length - 1; c++) {
      cum += r[c];
    }
    assertTrue(cum <= 0.8 && cum + r[r.length - 1] > 0.8, "k = " + r.length);
  }

  @Test
  void truncatedSvdReadsSparseFramesAsDense() {
    Frame digits = Fixtures.xy("digits").x();
    Frame sparse = Frame.ofCsr(digits.toCsr(), digits.schema().names());
    PCAModel a = TruncatedSVD.of(4).fit(digits, Target.none(digits.rowCount()));
    PCAModel b = TruncatedSVD.of(4).fit(sparse, Target.none(digits.rowCount()));
    for (int c = 0; c < 4; c++) {
      assertArrayEquals(a.components()[c], b.components()[c], 1e-10);
    }
    assertArrayEquals(a.transform(digits.rowRange(0, 9)).toColumnMajor(),
        b.transform(sparse.rowRange(0, 9)).toColumnMajor(), 1e-9);
  }

  @Test
  void savesLoadsAndIsRegistered(@TempDir Path dir) {
    for (String name : new String[] {"pca", "incremental_pca", "kernel_pca", "truncated_svd"}) {
      Transformer t = (Transformer) Estimators.create(name, Map.of("nComponents", "2")).fit(WINE, Target.none(178));
      Path f = dir.resolve(name + ".praxis");
      ModelIO.save(t, f);
      Transformer back = (Transformer) ModelIO.load(f);
      assertArrayEquals(t.transform(WINE).toColumnMajor(), back.transform(WINE).toColumnMajor(), 0.0, name);
    }
  }

  @Test
  void badInputIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PCA.of(20).fit(WINE, Target.none(178)));
    assertTrue(e.getMessage().contains("nComponents = 20") && e.getMessage().contains("13"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PCA.Params.DEFAULTS.withVarianceToKeep(1.5));
    assertTrue(e.getMessage().contains("varianceToKeep"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TruncatedSVD.of(13).fit(WINE, Target.none(178)));
    assertTrue(e.getMessage().contains("below the number of columns"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PCA.of(1).fit(WINE.rowRange(0, 1), Target.none(1)));
    assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
    KernelPCAModel k = new KernelPCA(KernelPCA.Params.DEFAULTS.withNComponents(2)).fit(WINE, Target.none(178));
    IllegalStateException s = assertThrows(IllegalStateException.class, () -> k.inverseTransform(k.transform(WINE)));
    assertTrue(s.getMessage().contains("fitInverseTransform"), s.getMessage());
  }
}
