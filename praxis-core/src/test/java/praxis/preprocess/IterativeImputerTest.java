package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * IterativeImputer: with the built-in ridge equal to scikit-learn 1.2.1's {@code IterativeImputer(estimator=
 * Ridge(alpha=1))} on PimaIndiansDiabetes2 (same split as the KNNImputer test) to 1e-8 and the same number of
 * rounds; a hand-checked linear case; a user-supplied regressor; errors; save/load.
 */
class IterativeImputerTest {
  private static final List<String> PIMA = List.of("pregnant", "glucose", "pressure", "triceps", "insulin", "mass",
      "pedigree", "age");

  @Test
  void ridgeEqualsScikitLearnOnPima() {
    Frame x = Prep1Ref.numeric("PimaIndiansDiabetes2", PIMA);
    Frame tr = x.rows(IntStream.range(0, x.rowCount()).filter(i -> i % 4 != 0).toArray());
    Frame te = x.rows(IntStream.range(0, x.rowCount()).filter(i -> i % 4 == 0).toArray());
    IterativeImputerModel m = new IterativeImputer().fit(tr, Target.none(tr.rowCount()));
    JsonNode e = Prep1Ref.get("iterative");
    assertEquals(e.get("n_iter").asInt(), m.rounds());
    Frame out = m.transform(te);
    double[][] ref = Prep1Ref.columns(e.get("test"));
    for (int j = 0; j < ref.length; j++) {
      double[] got = Support.values(out.column(j));
      for (int i = 0; i < got.length; i++) {
        assertEquals(ref[j][i], got[i], 1e-8 * Math.max(1, Math.abs(ref[j][i])), PIMA.get(j) + " row " + i);
      }
    }
    IterativeImputerModel back = (IterativeImputerModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(
        m.toState())));
    assertArrayEquals(Support.values(out.column(4)), Support.values(back.transform(te).column(4)), 0);
  }

  @Test
  void recoversAnExactLinearRelation() {
    double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] b = {3, 5, Double.NaN, 9, 11, Double.NaN, 15, 17};
    Frame x = Frame.of(DoubleColumn.wrap("a", a), DoubleColumn.wrap("b", b));
    IterativeImputerModel m = new IterativeImputer(new IterativeImputer.Params(10, 1e-6, 1e-10))
        .fit(x, Target.none(8));
    assertArrayEquals(new double[] {3, 5, 7, 9, 11, 13, 15, 17}, Support.values(m.transform(x).column("b")), 1e-6);
    Frame q = Frame.of(DoubleColumn.of("a", 10), DoubleColumn.of("b", Double.NaN));
    assertEquals(21, Support.values(m.transform(q).column("b"))[0], 1e-6);
  }

  @Test
  void userRegressorAndErrors() {
    double[] a = {1, 2, 3, 4, 5, 6};
    double[] b = {10, Double.NaN, 30, 40, Double.NaN, 60};
    Frame x = Frame.of(DoubleColumn.wrap("a", a), DoubleColumn.wrap("b", b));
    IterativeImputerModel m = new IterativeImputer(IterativeImputer.Params.DEFAULTS, new MeanRegressor())
        .fit(x, Target.none(6));
    // the mean regressor predicts the mean of the observed b: 35
    assertArrayEquals(new double[] {10, 35, 30, 40, 35, 60}, Support.values(m.transform(x).column("b")), 1e-12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IterativeImputer(IterativeImputer.Params.DEFAULTS, new StandardScaler()).fit(x, Target.none(6)));
    assertTrue(e.getMessage().contains("not a Regressor"), e.getMessage());
    Frame empty = Frame.of(DoubleColumn.wrap("a", a), DoubleColumn.wrap("z", new double[] {Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN}));
    e = assertThrows(IllegalArgumentException.class, () -> new IterativeImputer().fit(empty, Target.none(6)));
    assertTrue(e.getMessage().contains("'z'"), e.getMessage());
  }

  /** A test regressor: predicts the training mean of y. */
  static final class MeanRegressor implements Estimator<MeanRegressor.P, MeanModel> {
    record P() implements praxis.api.Params {}

    @Override
    public P params() {
      return new P();
    }

    @Override
    public MeanRegressor withParams(P p) {
      return this;
    }

    @Override
    public String name() {
      return "test_mean_regressor";
    }

    @Override
    public MeanModel fit(Frame x, Target y) {
      double s = 0;
      for (double v : y.values()) {
        s += v;
      }
      return new MeanModel(x.schema(), s / y.size(), Provenance.of(name(), params(), x, y, 0L));
    }
  }

  /** Fitted {@link MeanRegressor}. */
  record MeanModel(Schema inputSchema, double mean, Provenance provenance) implements Regressor {
    @Override
    public double[] predict(Frame x) {
      double[] out = new double[x.rowCount()];
      java.util.Arrays.fill(out, mean);
      return out;
    }

    @Override
    public State toState() {
      return State.builder("test_mean_regressor").put("mean", mean).build();
    }
  }

}
