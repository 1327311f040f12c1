package praxis.outlier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimators;
import praxis.api.OutlierDetector;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;

class OutlierTest {
  private static final Frame WINE = Fixtures.standardize(Fixtures.xy("wine").x());

  @Test
  void commonChecks() {
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(() -> new IsolationForest(
        IsolationForest.Params.DEFAULTS.withNEstimators(30).withNThreads(2)), WINE));
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(LocalOutlierFactor::new, WINE));
  }

  @Test
  void threadCountDoesNotChangeTheForest() {
    double[] one = new IsolationForest().fit(WINE, Target.none(178)).scoreSamples(WINE);
    double[] three = new IsolationForest(IsolationForest.Params.DEFAULTS.withNThreads(3)).fit(WINE, Target.none(178))
        .scoreSamples(WINE);
    assertArrayEquals(one, three, 0.0);
  }

  @Test
  void contaminationSetsTheFlaggedFraction() {
    IsolationForestModel f = new IsolationForest(IsolationForest.Params.DEFAULTS.withContamination(0.1))
        .fit(WINE, Target.none(178));
    long flagged = java.util.Arrays.stream(f.predict(WINE)).filter(v -> v == -1).count();
    assertEquals(18, flagged, 1, "about 10% of 178 rows");
    LocalOutlierFactorModel lof = new LocalOutlierFactor(LocalOutlierFactor.Params.DEFAULTS.withContamination(0.05))
        .fit(WINE, Target.none(178));
    long lofFlagged = java.util.Arrays.stream(lof.trainingLabels()).filter(v -> v == -1).count();
    assertEquals(9, lofFlagged, 1, "about 5% of 178 rows");
  }

  @Test
  void obviousOutlierIsFlagged() {
    double[][] far = new double[1][13];
    java.util.Arrays.fill(far[0], 8.0);
    Frame x = Frame.ofRows(far, WINE.schema().names());
    for (String name : new String[] {"isolation_forest", "local_outlier_factor"}) {
      OutlierDetector d = (OutlierDetector) Estimators.create(name, Map.of()).fit(WINE, Target.none(178));
      assertEquals(-1, d.predict(x)[0], name);
      assertTrue(d.decisionFunction(x)[0] < 0, name);
    }
  }

  @Test
  void savesAndLoads(@TempDir Path dir) {
    for (String name : new String[] {"isolation_forest", "local_outlier_factor"}) {
      OutlierDetector d = (OutlierDetector) Estimators.create(name, Map.of()).fit(WINE, Target.none(178));
      Path f = dir.resolve(name + ".praxis");
      ModelIO.save(d, f);
      OutlierDetector back = (OutlierDetector) ModelIO.load(f);
      assertArrayEquals(d.scoreSamples(WINE), back.scoreSamples(WINE), 0.0, name);
      assertArrayEquals(d.predict(WINE), back.predict(WINE), name);
    }
  }

  @Test
  void badInputIsExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IsolationForest.Params.DEFAULTS.withContamination(0.7));
    assertTrue(e.getMessage().contains("contamination"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new LocalOutlierFactor().fit(WINE.rowRange(0, 1), Target.none(1)));
    assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
  }
}
