package praxis.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.io.Datasets;

/** MissingnessReport: counts, a planted dependence found, random missingness not flagged, Welch t hand-checked. */
class MissingnessReportTest {
  @Test
  void countsOnPima() {
    MissingnessReport r = MissingnessReport.of(Datasets.load("PimaIndiansDiabetes2"), 0.05);
    assertEquals(652, r.totalMissing());
    MissingnessReport.ColumnMissingness ins = r.columns().get(4);
    assertEquals("insulin", ins.name());
    assertEquals(374, ins.missing());
    assertEquals(374.0 / 768, ins.share(), 1e-15);
    assertTrue(ins.dependsOnOthers(), ins.toString());
    assertEquals(0, r.columns().get(0).missing());
    assertTrue(r.toString().contains("insulin"));
  }

  @Test
  void plantedDependenceFoundAndRandomNot() {
    int n = 400;
    SplittableRandom rnd = new SplittableRandom(3);
    double[] age = new double[n];
    double[] income = new double[n];
    double[] noise = new double[n];
    String[] city = new String[n];
    for (int i = 0; i < n; i++) {
      age[i] = 20 + 50 * rnd.nextDouble();
      income[i] = age[i] > 50 ? Double.NaN : 1000 + rnd.nextDouble();   // missing when old: MAR on age
      noise[i] = rnd.nextDouble() < 0.3 ? Double.NaN : rnd.nextDouble(); // MCAR
      city[i] = rnd.nextBoolean() ? "x" : "y";
    }
    Frame f = Frame.of(DoubleColumn.wrap("age", age), DoubleColumn.wrap("income", income),
        DoubleColumn.wrap("noise", noise), CategoricalColumn.of("city", city));
    MissingnessReport r = MissingnessReport.of(f, 0.01);
    MissingnessReport.ColumnMissingness inc = r.columns().get(1);
    assertTrue(inc.dependsOnOthers());
    assertEquals("age", inc.strongestColumn());
    assertEquals("welch-t", inc.test());
    MissingnessReport.ColumnMissingness no = r.columns().get(2);
    assertFalse(no.dependsOnOthers(), no.toString());
  }

  @Test
  void welchHandChecked() {
    // groups {1,2,3} (observed) and {5,7} (missing): means 2 and 6, var/n 1/3 and 2/2 = 1; t = 4/sqrt(4/3)
    DoubleColumn o = DoubleColumn.of("o", 1, 2, 3, 5, 7);
    boolean[] m = {false, false, false, true, true};
    double t = 4 / Math.sqrt(4.0 / 3);
    double df = (16.0 / 9) / ((1.0 / 9) / 2 + 1.0 / 1);
    double expected = 2 * new praxis.stat.StudentT(df).sf(t);
    assertEquals(expected, MissingnessReport.welch(o, m), 1e-14);
  }
}
