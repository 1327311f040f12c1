package praxis.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/** OutlierFlagger: fences of the three rules hand-checked, transform, report, save/load. */
class OutlierFlaggerTest {
  static Frame data() {
    return Frame.of(DoubleColumn.of("v", 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, Double.NaN),
        CategoricalColumn.of("k", "a", "b", "a", "b", "a", "b", "a", "b", "a", "b", "a"));
  }

  @Test
  void fencesHandChecked() {
    Frame x = data();
    // IQR: Q1 = 3.25, Q3 = 7.75, IQR 4.5 -> [-3.5, 14.5]
    OutlierFlaggerModel iqr = new OutlierFlagger().fit(x, Target.none(11));
    assertEquals(-3.5, iqr.lower()[0], 1e-12);
    assertEquals(14.5, iqr.upper()[0], 1e-12);
    assertArrayEquals(new int[] {1, 0}, iqr.counts(x));
    // modified z: median 5.5, |dev| = 4.5 3.5 2.5 1.5 .5 .5 1.5 2.5 3.5 94.5 -> MAD 2.5; fences 5.5 +- 3.5*2.5/0.6745
    OutlierFlaggerModel mz = new OutlierFlagger(new OutlierFlagger.Params(OutlierFlagger.Method.MODIFIED_Z, 3.5))
        .fit(x, Target.none(11));
    assertEquals(5.5 + 3.5 * 2.5 / 0.6745, mz.upper()[0], 1e-12);
    assertArrayEquals(new int[] {1, 0}, mz.counts(x));
    // z-score: mean 14.5, population sd; 100 is (100-14.5)/sd = 2.999 sd away -> not flagged at 3, flagged at 2.5
    OutlierFlaggerModel z3 = new OutlierFlagger(new OutlierFlagger.Params(OutlierFlagger.Method.Z_SCORE, 3))
        .fit(x, Target.none(11));
    assertArrayEquals(new int[] {0, 0}, z3.counts(x));
    OutlierFlaggerModel z2 = new OutlierFlagger(new OutlierFlagger.Params(OutlierFlagger.Method.Z_SCORE, 2.5))
        .fit(x, Target.none(11));
    assertArrayEquals(new int[] {1, 0}, z2.counts(x));
  }

  @Test
  void transformReportAndSaveLoad() {
    Frame x = data();
    OutlierFlaggerModel m = new OutlierFlagger().fit(x, Target.none(11));
    Frame t = m.transform(x);
    assertTrue(t.column("v").isMissing(9));
    assertEquals(2, t.column("v").missingCount());
    assertEquals(x.column("k").format(3), t.column("k").format(3));
    String r = m.report(x);
    assertTrue(r.contains("v: 1 outside [-3.50000, 14.5000] rows [9]") && r.contains("total: 1 cells"), r);
    OutlierFlaggerModel back = (OutlierFlaggerModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(m.toState())));
    assertArrayEquals(m.upper(), back.upper(), 0);
    assertEquals(r, back.report(x));
  }
}
