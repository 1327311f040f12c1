package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.ClusteringMetrics;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * Issue-5 acceptance: KMeans(k = number of classes, 10 runs, seed 0) on standardized iris, wine,
 * breast_cancer and digits, as {@code ../shared/reference} runs scikit-learn 1.2.1
 * ({@code reference/make_kmeans_acceptance.py}): adjusted Rand index at least scikit-learn's − 0.01 (it is
 * equal: the labels are identical), and the silhouette of the same labels equal to scikit-learn's
 * {@code silhouette_score} to 1e-9.
 */
class KMeansAcceptanceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/kmeans_acceptance.json");

  @Test
  void ariAndSilhouetteMatchScikitLearn() {
    JsonNode cases = REF.get("cases");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      String name = c.get("dataset").asText();
      Fixtures.XY xy = Fixtures.xy(name);
      Frame x = Fixtures.standardize(xy.x());
      int k = c.get("k").asInt();
      KMeansModel m = new KMeans(KMeans.Params.DEFAULTS.withNClusters(k).withNInit(10).withSeed(0))
          .fit(x, Target.none(x.rowCount()));
      int[] labels = m.predict(x);
      double ari = ClusteringMetrics.adjustedRand(xy.y().codes(), labels);
      double refAri = c.get("ari").asDouble();
      assertTrue(ari >= refAri - 0.01, name + ": ARI " + ari + " vs scikit-learn " + refAri);
      assertArrayEquals(REF.ints("cases", Integer.toString(i), "labels"), labels, name + " labels");
      double sil = ClusteringMetrics.silhouette(x.toRowArrays(), labels);
      assertEquals(c.get("silhouette").asDouble(), sil, 1e-9, name + " silhouette");
      assertEquals(c.get("inertia").asDouble(), m.inertia(), 1e-9 * m.inertia(), name + " inertia");
    }
  }
}
