package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * KMeans against scikit-learn 1.2.1 ({@code reference/make_kmeans_reference.py}): because the seeds are drawn
 * exactly as scikit-learn draws them from {@code RandomState(seed)}, labels must be identical and inertia and
 * centers equal to 1e-9 (relative), for Lloyd and Elkan, k-means++ and random seeding, 1 or several runs, with
 * and without sample weights.
 */
class KMeansReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/kmeans_reference.json");

  static Stream<Arguments> cases() {
    JsonNode cases = REF.get("cases");
    return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> {
      JsonNode c = cases.get(i);
      return Arguments.of(c.get("dataset").asText() + " k=" + c.get("k").asInt() + " " + c.get("init").asText()
          + " nInit=" + c.get("n_init").asInt() + " " + c.get("algorithm").asText() + " seed=" + c.get("seed").asInt()
          + (c.get("weighted").asBoolean() ? " weighted" : ""), i);
    });
  }

  private static Frame data(String name) {
    Frame x = Fixtures.xy(name).x();
    return name.equals("wine") ? Fixtures.standardize(x) : x;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesScikitLearn(String label, int index) {
    String i = Integer.toString(index);
    JsonNode c = REF.get("cases", i);
    Frame x = data(c.get("dataset").asText());
    KMeans.Params p = KMeans.Params.DEFAULTS.withNClusters(c.get("k").asInt())
        .withInit(c.get("init").asText().equals("random") ? KMeans.Init.RANDOM : KMeans.Init.K_MEANS_PLUS_PLUS)
        .withNInit(c.get("n_init").asInt())
        .withAlgorithm(c.get("algorithm").asText().equals("elkan") ? KMeans.Algorithm.ELKAN : KMeans.Algorithm.LLOYD)
        .withSeed(c.get("seed").asLong());
    double[] w = null;
    if (c.get("weighted").asBoolean()) {
      w = new double[x.rowCount()];
      for (int r = 0; r < w.length; r++) {
        w[r] = (r + 1) % 3 + 0.5;
      }
    }
    KMeansModel m = new KMeans(p).fit(x, Target.none(x.rowCount()), w);
    double inertia = REF.get("cases", i, "inertia").asDouble();
    assertEquals(inertia, m.inertia(), 1e-9 * inertia, "inertia");
    assertArrayEquals(REF.ints("cases", i, "labels"), m.predict(x), "labels");
    double[][] centers = REF.matrix("cases", i, "centers");
    double[][] got = m.centers();
    for (int k = 0; k < centers.length; k++) {
      assertArrayEquals(centers[k], got[k], 1e-9 * (1 + Math.abs(centers[k][0])), "center " + k);
    }
  }
}
