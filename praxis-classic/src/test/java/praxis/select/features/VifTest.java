package praxis.select.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.testkit.ReferenceFile;

/**
 * VIF against R 4.2.2 {@code car::vif} ({@code reference/features/make_vif_reference.R}) to 1e-6 relative;
 * elimination, collinearity messages and the correlation filter by hand-checked cases.
 */
class VifTest {
  static final ReferenceFile REF = ReferenceFile.load("/reference/features/vif_reference.json");

  @Test
  void vifEqualsCarVif() {
    for (String name : List.of("diabetes", "wine")) {
      Frame x = Datasets.xy(name).x();
      double[] expected = REF.vector(name, "vif");
      double[] v = Vif.compute(x);
      for (int j = 0; j < v.length; j++) {
        assertEquals(expected[j], v[j], 1e-6 * expected[j], name + " VIF of " + x.column(j).name());
      }
    }
  }

  @Test
  void eliminationDropsTheHighestVifFirst() {
    Frame x = Datasets.xy("diabetes").x();
    FeatureSubsetModel m = new VifElimination(new VifElimination.Params(10)).fit(x, Target.none(x.rowCount()));
    // R: s1 has the highest VIF (59.2); after dropping it every VIF of the rest is below 10 (checked by
    // recomputing below)
    assertEquals(List.of("s1"), m.droppedNames());
    double[] rest = Vif.compute(m.transform(x));
    for (double v : rest) {
      assertTrue(v <= 10, "remaining VIF " + v);
    }
    assertEquals(REF.vector("diabetes", "vif")[4], m.scores()[4], 1e-6 * 59.2, "score of s1 = VIF when dropped");
  }

  @Test
  void perfectlyCollinearColumnsAreNamed() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 3, 4, 5, 7), DoubleColumn.of("b", 2, 1, 4, 3, 6, 5),
        DoubleColumn.of("c", 3, 3, 7, 7, 11, 12), DoubleColumn.of("d", 0, 1, 0, 1, 0, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new VifElimination().fit(x, Target.none(6)));
    String msg = e.getMessage();
    assertTrue(msg.contains("'a'") && msg.contains("b") && msg.contains("c") && msg.contains("perfect linear"), msg);
    assertFalse(msg.contains("d]") || msg.contains(", d"), "d is not part of the combination: " + msg);
  }

  @Test
  void correlationFilterKeepsTheColumnMoreRelatedToTheTarget() {
    double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
    Frame x = Frame.of(DoubleColumn.of("good", 1, 2, 3, 4, 5, 6, 7, 9),
        DoubleColumn.of("twin", 1, 2, 3, 4, 5, 7, 6, 9), DoubleColumn.of("other", 5, 1, 4, 2, 8, 1, 3, 2));
    FeatureSubsetModel m = new CorrelationFilter(new CorrelationFilter.Params(0.9, Correlation.Method.PEARSON))
        .fit(x, Target.values(y));
    assertEquals(List.of("good", "other"), m.selectedNames());
    double[][] s = Correlation.matrix(x, Correlation.Method.SPEARMAN);
    // Spearman of good and twin: ranks differ by one swap of neighbours: 1 - 6*2/(8*63)
    assertEquals(1 - 12.0 / 504, s[0][1], 1e-12);
    assertEquals(1.0, s[2][2], 0);
  }
}
