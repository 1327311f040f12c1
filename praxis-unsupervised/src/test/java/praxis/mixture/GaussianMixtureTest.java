package praxis.mixture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;

class GaussianMixtureTest {
  @Test
  void commonChecks() {
    Frame iris = Fixtures.xy("iris").x();
    for (GaussianMixture.CovarianceType t : GaussianMixture.CovarianceType.values()) {
      EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(
          () -> new GaussianMixture(GaussianMixture.Params.DEFAULTS.withNComponents(2).withCovarianceType(t)), iris));
    }
  }

  @Test
  void bicPicksTheGeneratingNumberOfComponents() {
    Frame blobs = Fixtures.blobs(400, 2, 3, 11L).x();
    int best = 0;
    double bestBic = Double.POSITIVE_INFINITY;
    for (int k = 1; k <= 6; k++) {
      GaussianMixtureModel g = GaussianMixture.of(k).fit(blobs, Target.none(400));
      double bic = g.bic(blobs);
      if (bic < bestBic) {
        bestBic = bic;
        best = k;
      }
    }
    assertEquals(3, best);
  }

  @Test
  void samplesFollowTheFittedDistribution() {
    Frame blobs = Fixtures.blobs(300, 2, 2, 5L).x();
    GaussianMixtureModel g = GaussianMixture.of(2).fit(blobs, Target.none(300));
    GaussianMixtureModel.Sample s = g.sample(20000, 3L);
    assertEquals(20000, s.x().length);
    double[] w = g.weights();
    double[][] means = g.means();
    double[][][] cov = g.covariances();
    for (int c = 0; c < 2; c++) {
      int count = 0;
      double[] m = new double[2];
      for (int r = 0; r < s.x().length; r++) {
        if (s.component()[r] == c) {
          count++;
          m[0] += s.x()[r][0];
          m[1] += s.x()[r][1];
        }
      }
      assertEquals(w[c], count / 20000.0, 0.015, "weight " + c);
      // Mean within 5 standard errors.
      for (int j = 0; j < 2; j++) {
        double se = Math.sqrt(cov[c][j][j] / count);
        assertEquals(means[c][j], m[j] / count, 5 * se, "mean " + c + "," + j);
      }
    }
    assertArrayEquals(s.x()[7], g.sample(20000, 3L).x()[7], 0.0, "seeded");
    // The sample is as likely under the model as the training data, on average (within 0.1 nats).
    Frame drawn = Frame.ofRows(s.x(), blobs.schema().names());
    assertEquals(g.score(blobs), g.score(drawn), 0.1);
  }

  @Test
  void savesAndLoads(@TempDir Path dir) {
    Frame iris = Fixtures.xy("iris").x();
    for (GaussianMixture.CovarianceType t : GaussianMixture.CovarianceType.values()) {
      GaussianMixtureModel g = new GaussianMixture(GaussianMixture.Params.DEFAULTS.withNComponents(3)
          .withCovarianceType(t)).fit(iris, Target.none(150));
      Path f = dir.resolve(t + ".praxis");
      ModelIO.save(g, f);
      GaussianMixtureModel back = (GaussianMixtureModel) ModelIO.load(f);
      assertArrayEquals(g.scoreSamples(iris), back.scoreSamples(iris), 0.0);
      assertEquals(g.covarianceType(), back.covarianceType());
    }
  }

  @Test
  void badInputIsExplained() {
    Frame iris = Fixtures.xy("iris").x();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GaussianMixture.of(5).fit(iris.rowRange(0, 3), Target.none(3)));
    assertTrue(e.getMessage().contains("only 3 rows"), e.getMessage());
    Frame constant = Frame.of(DoubleColumn.of("a", 1, 1, 1, 1, 1, 1), DoubleColumn.of("b", 2, 2, 2, 2, 2, 2));
    e = assertThrows(IllegalArgumentException.class, () -> new GaussianMixture(GaussianMixture.Params.DEFAULTS
        .withNComponents(2)).withParams(new GaussianMixture.Params(2, GaussianMixture.CovarianceType.FULL, 1e-3, 0.0,
        100, 1, GaussianMixture.Init.KMEANS, 0L)).fit(constant, Target.none(6)));
    assertTrue(e.getMessage().contains("regCovar"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GaussianMixture.of(0));
  }
}
