package praxis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * AgglomerativeClustering against scikit-learn 1.2.1 / SciPy 1.10.1
 * ({@code reference/make_agglomerative_reference.py}): identical children (merge tree), merge distances to
 * 1e-12 relative, and identical labels (same numbering) for Ward, complete, average and single linkage, cuts by
 * count and by distance threshold.
 */
class AgglomerativeReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/agglomerative_reference.json");

  static Stream<Arguments> cases() {
    JsonNode cases = REF.get("cases");
    return IntStream.range(0, cases.size()).mapToObj(i -> {
      JsonNode c = cases.get(i);
      return Arguments.of(c.get("dataset").asText() + " " + c.get("linkage").asText() + " k=" + c.get("k").asInt()
          + (c.has("threshold") ? " threshold" : ""), i);
    });
  }

  static Frame data(String name) {
    if (name.equals("wine_std")) {
      return Fixtures.standardize(Fixtures.xy("wine").x());
    }
    return Fixtures.xy(name).x().rows(REF.ints("dedup", name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesScikitLearn(String label, int index) {
    String i = Integer.toString(index);
    JsonNode c = REF.get("cases", i);
    Frame x = data(c.get("dataset").asText());
    AgglomerativeClustering.Params p = AgglomerativeClustering.Params.DEFAULTS.withLinkage(
        AgglomerativeClustering.Linkage.valueOf(c.get("linkage").asText().toUpperCase(Locale.ROOT)));
    p = c.has("threshold") ? p.withDistanceThreshold(c.get("threshold").asDouble())
        : p.withNClusters(c.get("k").asInt());
    AgglomerativeModel m = new AgglomerativeClustering(p).fit(x, Target.none(x.rowCount()));
    double[][] merges = m.merges();
    double[][] children = REF.matrix("cases", i, "children");
    double[] distances = REF.vector("cases", i, "distances");
    for (int t = 0; t < children.length; t++) {
      assertEquals(children[t][0], merges[t][0], 0.0, "merge " + t + " child a");
      assertEquals(children[t][1], merges[t][1], 0.0, "merge " + t + " child b");
      assertEquals(distances[t], merges[t][2], 1e-12 * Math.max(1, distances[t]), "merge " + t + " distance");
    }
    assertEquals(c.get("k").asInt(), m.clusterCount());
    assertArrayEquals(REF.ints("cases", i, "labels"), m.labels(), "labels");
    assertArrayEquals(m.labels(), m.predict(x), "training rows predict their own cluster");
  }
}
