package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/**
 * QuantileTransformer against scikit-learn 1.2.1 (nQuantiles 100, diabetes features; {@code make_prep1_reference.py}):
 * quantiles to 1e-9, uniform output and inverse to 1e-9, normal output to 1e-7 (the normal quantile function's
 * accuracy), including probe values outside the training range.
 */
class QuantileTransformerTest {
  static final List<String> FEATURES = List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6");

  static Frame frame(double[][] cols) {
    List<Column> out = new ArrayList<>();
    for (int j = 0; j < cols.length; j++) {
      out.add(DoubleColumn.wrap(FEATURES.get(j), cols[j]));
    }
    return Frame.of(out);
  }

  @Test
  void equalsScikitLearn() {
    Frame x = Prep1Ref.numeric("diabetes", FEATURES);
    for (QuantileTransformer.Output o : QuantileTransformer.Output.values()) {
      JsonNode e = Prep1Ref.get("quantile", o == QuantileTransformer.Output.UNIFORM ? "uniform" : "normal");
      double tol = o == QuantileTransformer.Output.UNIFORM ? 1e-9 : 1e-7;
      QuantileTransformerModel m = new QuantileTransformer(QuantileTransformer.Params.DEFAULTS.withNQuantiles(100)
          .withOutput(o)).fit(x, Target.none(x.rowCount()));
      double[][] q = Prep1Ref.columns(e.get("quantiles"));
      double[][] mq = m.quantiles();
      for (int j = 0; j < FEATURES.size(); j++) {
        assertArrayEquals(q[j], mq[j], 1e-9, "quantiles of " + FEATURES.get(j));
      }
      Frame z = m.transform(x);
      Frame probe = frame(Prep1Ref.columns(e.get("probe")));
      Frame zp = m.transform(probe);
      double[][] ref = Prep1Ref.columns(e.get("transform"));
      double[][] refP = Prep1Ref.columns(e.get("probe_transform"));
      double[][] inv = Prep1Ref.columns(e.get("inverse"));
      Frame back = m.inverseTransform(z.rowRange(0, 50));
      for (int j = 0; j < FEATURES.size(); j++) {
        assertArrayEquals(ref[j], Support.values(z.column(j)), tol, o + " transform " + FEATURES.get(j));
        assertArrayEquals(refP[j], Support.values(zp.column(j)), tol, o + " probe " + FEATURES.get(j));
        double[] b = Support.values(back.column(j));
        for (int i = 0; i < b.length; i++) {
          assertEquals(inv[j][i], b[i], 1e-7 * Math.max(1, Math.abs(inv[j][i])), o + " inverse " + FEATURES.get(j));
        }
      }
    }
  }

  @Test
  void handCheckedTiesNanAndSaveLoad() {
    // quantiles of {1,2,2,3} with 3 references (0, .5, 1): 1, 2, 3; the value 2 maps to 0.5, 2.5 to 0.75
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 2, 3, Double.NaN));
    QuantileTransformerModel m = new QuantileTransformer(new QuantileTransformer.Params(3,
        QuantileTransformer.Output.UNIFORM, 10, 0)).fit(x, Target.none(5));
    assertArrayEquals(new double[] {1, 2, 3}, m.quantiles()[0], 0);
    Frame q = Frame.of(DoubleColumn.of("a", 2, 2.5, 0, 9, Double.NaN));
    double[] z = Support.values(m.transform(q).column(0));
    assertArrayEquals(new double[] {0.5, 0.75, 0, 1, Double.NaN}, z, 1e-15);
    QuantileTransformerModel back = (QuantileTransformerModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(
        m.toState())));
    assertArrayEquals(z, Support.values(back.transform(q).column(0)), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new QuantileTransformer.Params(1000, QuantileTransformer.Output.UNIFORM, 10, 0));
    assertTrue(e.getMessage().contains("subsample"), e.getMessage());
  }

  @Test
  void subsampleIsSeededAndBounded() {
    double[] v = new double[500];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i * 37) % 500;
    }
    Frame x = Frame.of(DoubleColumn.wrap("a", v));
    QuantileTransformer.Params p = new QuantileTransformer.Params(10, QuantileTransformer.Output.UNIFORM, 50, 3);
    double[] q1 = new QuantileTransformer(p).fit(x, Target.none(500)).quantiles()[0];
    double[] q2 = new QuantileTransformer(p).fit(x, Target.none(500)).quantiles()[0];
    assertArrayEquals(q1, q2, 0);
    assertTrue(q1[0] >= 0 && q1[9] <= 499 && q1[9] > q1[0]);
  }
}
