package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/**
 * KBinsDiscretizer against scikit-learn 1.2.1 (5 bins, ordinal, the diabetes features; {@code
 * make_prep1_reference.py}): edges to 1e-9 (k-means: 1e-6), bin counts and bin indices exactly.
 */
class KBinsDiscretizerTest {
  @Test
  void equalsScikitLearn() {
    Frame x = Prep1Ref.numeric("diabetes", QuantileTransformerTest.FEATURES);
    for (KBinsDiscretizer.Strategy s : KBinsDiscretizer.Strategy.values()) {
      JsonNode e = Prep1Ref.get("kbins", s.name().toLowerCase());
      KBinsDiscretizerModel m = new KBinsDiscretizer(new KBinsDiscretizer.Params(5, s,
          KBinsDiscretizer.Encode.ORDINAL)).fit(x, Target.none(x.rowCount()));
      double[][] edges = m.binEdges();
      int[] nb = m.nBins();
      Frame z = m.transform(x);
      double[][] ref = Prep1Ref.columns(e.get("transform"));
      for (int j = 0; j < edges.length; j++) {
        String what = s + " " + QuantileTransformerTest.FEATURES.get(j);
        assertEquals(e.get("n_bins").get(j).asInt(), nb[j], what + " bins");
        assertArrayEquals(Prep1Ref.vector(e.get("edges").get(j)), edges[j], s == KBinsDiscretizer.Strategy.KMEANS
            ? 1e-6 : 1e-9, what + " edges");
        assertArrayEquals(ref[j], Support.values(z.column(j)), 0, what + " bins");
      }
    }
  }

  @Test
  void oneHotConstantAndErrors() {
    Frame x = Frame.of(DoubleColumn.of("a", 0, 1, 2, 3, 4, 5, 6, 7, 8, 10), DoubleColumn.of("c", 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3));
    KBinsDiscretizerModel m = new KBinsDiscretizer(new KBinsDiscretizer.Params(2, KBinsDiscretizer.Strategy.UNIFORM,
        KBinsDiscretizer.Encode.ONE_HOT)).fit(x, Target.none(10));
    assertEquals(List.of("a=0", "a=1", "c=0"), m.outputSchema().names());
    Frame q = Frame.of(DoubleColumn.of("a", -3, 4.99, 5, 99), DoubleColumn.of("c", 1, 2, 3, 4));
    Frame z = m.transform(q);
    assertArrayEquals(new double[] {1, 1, 0, 0}, Support.values(z.column("a=0")), 0);
    assertArrayEquals(new double[] {0, 0, 1, 1}, Support.values(z.column("a=1")), 0);
    assertArrayEquals(new double[] {1, 1, 1, 1}, Support.values(z.column("c=0")), 0);
    KBinsDiscretizerModel back = (KBinsDiscretizerModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(
        m.toState())));
    assertArrayEquals(Support.values(z.column("a=1")), Support.values(back.transform(q).column("a=1")), 0);
    Frame nan = Frame.of(DoubleColumn.of("a", 1, Double.NaN, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KBinsDiscretizer().fit(nan, Target.none(3)));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("impute"), e.getMessage());
  }
}
