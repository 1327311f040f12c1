package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/**
 * KNNImputer against scikit-learn 1.2.1's KNNImputer on PimaIndiansDiabetes2 (fit on the rows with index % 4 != 0,
 * transform the others; {@code make_prep1_reference.py}), to 1e-9; plus hand-checked cases.
 */
class KNNImputerTest {
  private static final List<String> PIMA = List.of("pregnant", "glucose", "pressure", "triceps", "insulin", "mass",
      "pedigree", "age");

  @Test
  void equalsScikitLearnOnPima() {
    Frame x = Prep1Ref.numeric("PimaIndiansDiabetes2", PIMA);
    int[] test = IntStream.range(0, x.rowCount()).filter(i -> i % 4 == 0).toArray();
    int[] train = IntStream.range(0, x.rowCount()).filter(i -> i % 4 != 0).toArray();
    Frame tr = x.rows(train);
    Frame te = x.rows(test);
    for (String key : List.of("k5_uniform", "k5_distance", "k3_uniform", "k10_distance")) {
      JsonNode e = Prep1Ref.get("knn", key);
      KNNImputer.Params p = new KNNImputer.Params(e.get("k").asInt(),
          e.get("weights").asText().equals("uniform") ? KNNImputer.Weights.UNIFORM : KNNImputer.Weights.DISTANCE);
      Frame out = new KNNImputer(p).fit(tr, Target.none(tr.rowCount())).transform(te);
      double[][] ref = Prep1Ref.columns(e.get("test"));
      for (int j = 0; j < ref.length; j++) {
        assertArrayEquals(ref[j], Support.values(out.column(j)), 1e-9, key + " column " + PIMA.get(j));
      }
    }
  }

  @Test
  void handCheckedUniformAndDistance() {
    // donors for 'b' of row (a=0): rows a=1 (b=10), a=3 (b=30), a=10 (b=100); distances sqrt(2*1)/..: p=2, present=1
    Frame train = Frame.of(DoubleColumn.of("a", 1, 3, 10, Double.NaN), DoubleColumn.of("b", 10, 30, 100, 7));
    Frame q = Frame.of(DoubleColumn.of("a", 0, Double.NaN), DoubleColumn.of("b", Double.NaN, Double.NaN));
    KNNImputerModel u = new KNNImputer(new KNNImputer.Params(2, KNNImputer.Weights.UNIFORM))
        .fit(train, Target.none(4));
    Frame o = u.transform(q);
    assertEquals(20.0, Support.values(o.column("b"))[0], 1e-12);
    // an all-missing row has no distance to anyone: column means
    assertEquals(14.0 / 3, Support.values(o.column("a"))[1], 1e-12);
    assertEquals(147.0 / 4, Support.values(o.column("b"))[1], 1e-12);
    KNNImputerModel d = new KNNImputer(new KNNImputer.Params(2, KNNImputer.Weights.DISTANCE))
        .fit(train, Target.none(4));
    // d1 = sqrt(2*1), d2 = sqrt(2*9): weights 1/d → (10/1 + 30/3) / (1 + 1/3) = 15
    assertEquals(15.0, Support.values(d.transform(q).column("b"))[0], 1e-12);
    // a donor at distance 0 takes all the weight
    Frame q0 = Frame.of(DoubleColumn.of("a", 3), DoubleColumn.of("b", Double.NaN));
    assertEquals(30.0, Support.values(d.transform(q0).column("b"))[0], 1e-12);
    // observed cells are never changed
    Frame full = Frame.of(DoubleColumn.of("a", 5), DoubleColumn.of("b", 6));
    assertEquals(6.0, Support.values(d.transform(full).column("b"))[0], 0);
  }

  @Test
  void errorsAndSaveLoad() {
    Frame allMissing = Frame.of(DoubleColumn.of("a", 1, 2), DoubleColumn.of("empty", Double.NaN, Double.NaN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KNNImputer().fit(allMissing, Target.none(2)));
    assertTrue(e.getMessage().contains("'empty'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new KNNImputer.Params(0, KNNImputer.Weights.UNIFORM));
    Frame x = Prep1Ref.numeric("PimaIndiansDiabetes2", PIMA).rowRange(0, 60);
    KNNImputerModel m = new KNNImputer().fit(x, Target.none(60));
    KNNImputerModel back = (KNNImputerModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(m.toState())));
    for (int j = 0; j < PIMA.size(); j++) {
      assertArrayEquals(Support.values(m.transform(x).column(j)), Support.values(back.transform(x).column(j)), 0);
    }
  }
}
