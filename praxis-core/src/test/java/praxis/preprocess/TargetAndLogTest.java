package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.ModelIO;

/** TargetEncoder (hand-checked m-estimates, cross-fitting without leakage) and LogTransformer. */
class TargetAndLogTest {
  @Test
  void targetEncoderHandChecked() {
    Frame x = Frame.of(CategoricalColumn.of("c", "a", "a", "b", "b", "b", null));
    Target y = Target.values(1, 3, 10, 20, 30, 6);
    TargetEncoderModel m = new TargetEncoder(new TargetEncoder.Params(2, 2, 0)).fit(x, y);
    double prior = 70.0 / 6;
    assertEquals(prior, m.prior(), 1e-12);
    assertEquals(List.of("a", "b"), m.categories(0));
    // (sum + m*prior) / (n + m)
    assertArrayEquals(new double[] {(4 + 2 * prior) / 4, (60 + 2 * prior) / 5, (6 + 2 * prior) / 3},
        m.encodings(0), 1e-12);
    Frame test = Frame.of(CategoricalColumn.of("c", "b", "zzz", null));
    assertArrayEquals(new double[] {(60 + 2 * prior) / 5, prior, (6 + 2 * prior) / 3},
        Support.values(m.transform(test).column(0)), 1e-12);
    TargetEncoderModel back = (TargetEncoderModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(m.toState())));
    assertArrayEquals(Support.values(m.transform(x).column(0)), Support.values(back.transform(x).column(0)), 0);
    assertArrayEquals(Support.values(m.transform(test).column(0)), Support.values(back.transform(test).column(0)),
        0);
  }

  @Test
  void crossFittingDoesNotLeakTheRowsOwnTarget() {
    int n = 200;
    String[] ids = new String[n];
    String[] grp = new String[n];
    double[] yv = new double[n];
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      ids[i] = "id" + i;
      grp[i] = "g" + (i % 4);
      yv[i] = r.nextDouble();
    }
    Frame x = Frame.of(TextColumn.of("id", ids), TextColumn.of("grp", grp));
    TargetEncoder enc = new TargetEncoder(new TargetEncoder.Params(0, 5, 1));
    TargetEncoderModel m = enc.fit(x, Target.values(yv));
    // full-data encoding of an id column reproduces y exactly (smoothing 0): pure leakage ...
    Frame copy = Frame.of(TextColumn.of("id", ids.clone()), TextColumn.of("grp", grp.clone())).rowRange(0, n - 1);
    assertArrayEquals(java.util.Arrays.copyOf(yv, n - 1), Support.values(m.transform(copy).column("id")), 1e-12);
    // ... while the training frame gets out-of-fold encodings: an id never seen in the other folds -> their prior
    double[] oof = Support.values(m.transform(x).column("id"));
    for (int i = 0; i < n; i++) {
      assertNotEquals(yv[i], oof[i]);
    }
    // a row's own target never enters its encoding: change y_i, its encoding stays the same
    for (int i : new int[] {0, 17, 199}) {
      double[] y2 = yv.clone();
      y2[i] += 1000;
      TargetEncoderModel m2 = enc.fit(x, Target.values(y2));
      assertEquals(Support.values(m.transform(x).column("grp"))[i], Support.values(m2.transform(x).column("grp"))[i],
          1e-12, "row " + i);
      assertEquals(oof[i], Support.values(m2.transform(x).column("id"))[i], 1e-12);
    }
    // same seed -> same folds
    assertArrayEquals(oof, Support.values(enc.fit(x, Target.values(yv)).transform(x).column("id")), 0);
  }

  @Test
  void targetEncoderErrors() {
    Frame x = Frame.of(CategoricalColumn.of("c", "a", "b", "c", "a", "b", "c"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TargetEncoder().fit(x, Target.classes("p", "q", "r", "p", "q", "r")));
    assertTrue(e.getMessage().contains("3 classes"), e.getMessage());
    Frame num = Frame.of(DoubleColumn.of("v", 1, 2, 3, 4, 5, 6));
    e = assertThrows(IllegalArgumentException.class, () -> new TargetEncoder().fit(num, Target.values(1, 2, 3, 4,
        5, 6)));
    assertTrue(e.getMessage().contains("'v'"), e.getMessage());
    // binary: share of the second class
    TargetEncoderModel m = new TargetEncoder(new TargetEncoder.Params(0, 2, 0)).fit(x,
        Target.classes("yes", "no", "no", "yes", "no", "no"));
    assertArrayEquals(new double[] {1, 0, 0}, java.util.Arrays.copyOf(m.encodings(0), 3), 1e-12);
  }

  @Test
  void logTransformer() {
    Frame x = Frame.of(DoubleColumn.of("a", 0, 1, Math.E - 1, Double.NaN));
    LogTransformerModel m = new LogTransformer().fit(x, Target.none(4));
    assertArrayEquals(new double[] {0, Math.log(2), 1, Double.NaN}, Support.values(m.transform(x).column(0)),
        1e-15);
    assertArrayEquals(Support.values(x.column(0)), Support.values(m.inverseTransform(m.transform(x)).column(0)),
        1e-15);
    LogTransformer log = new LogTransformer(new LogTransformer.Params(LogTransformer.Kind.LOG, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.fit(x, Target.none(4)));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("row 0") && e.getMessage().contains("offset"),
        e.getMessage());
    LogTransformerModel shifted = new LogTransformer(new LogTransformer.Params(LogTransformer.Kind.LOG, 1))
        .fit(x, Target.none(4));
    assertEquals(Math.log(2), Support.values(shifted.transform(x).column(0))[1], 1e-15);
    LogTransformerModel back = (LogTransformerModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(
        shifted.toState())));
    assertArrayEquals(Support.values(shifted.transform(x).column(0)), Support.values(back.transform(x).column(0)), 0);
  }
}
