package praxis.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.ModelIO;
import praxis.preprocess.MinMaxScaler;
import praxis.preprocess.OneHotEncoder;
import praxis.preprocess.OrdinalEncoder;
import praxis.preprocess.RefData;
import praxis.preprocess.StandardScaler;

/** ColumnTransformer: selection, order, remainder, errors, nested params, save/load. */
class ColumnTransformerTest {
  private static final Frame X = Frame.of(
      DoubleColumn.of("a", 0, 5, 10),
      CategoricalColumn.of("colour", "red", "blue", "red"),
      TextColumn.of("note", "x", "y", "z"),
      CategoricalColumn.of("size", List.of("S", "M", "L"), true, "L", "S", "M"),
      BooleanColumn.of("flag", true, false, true));

  @Test
  void groupsInOrderThenRemainder() {
    ColumnTransformer ct = ColumnTransformer.builder()
        .add("cat", ColumnSelector.nominal(), new OneHotEncoder())
        .add("num", ColumnSelector.types(ColumnType.NUMERIC), new MinMaxScaler())
        .add("ord", ColumnSelector.ordinal(), new OrdinalEncoder())
        .remainder(ColumnTransformer.Remainder.PASSTHROUGH).build();
    ColumnTransformerModel m = ct.fit(X, Target.none(3));
    Frame t = m.transform(X);
    assertEquals(List.of("colour=red", "colour=blue", "a", "size", "note", "flag"), t.schema().names());
    assertEquals(m.outputSchema(), t.schema());
    assertArrayEquals(new double[] {0, 0.5, 1}, RefData.values(t, "a"), 0);
    assertArrayEquals(new double[] {2, 0, 1}, RefData.values(t, "size"), 0);
    assertEquals(ColumnType.TEXT, t.column("note").type());
    assertEquals(List.of("note", "flag"), m.remainderColumns());
    assertEquals(List.of("colour"), m.groupColumns("cat"));

    ColumnTransformerModel dropped = ColumnTransformer.builder()
        .add("num", ColumnSelector.names("a"), new StandardScaler()).build().fit(X, Target.none(3));
    assertEquals(List.of("a"), dropped.transform(X).schema().names());
  }

  @Test
  void emptyGroupsAreSkippedAndErrorsAreClear() {
    Frame numOnly = X.select("a");
    ColumnTransformerModel m = Preprocessing.standard(true).fit(numOnly, Target.none(3));
    assertEquals(List.of("a"), m.transform(numOnly).schema().names());
    IllegalStateException s = assertThrows(IllegalStateException.class, () -> m.group("cat"));
    assertTrue(s.getMessage().contains("'cat'"), s.getMessage());

    ColumnTransformer clash = ColumnTransformer.builder()
        .add("one", ColumnSelector.names("a"), new StandardScaler())
        .add("two", ColumnSelector.names("a"), new MinMaxScaler()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> clash.fit(X, Target.none(3)));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("group 'one'")
        && e.getMessage().contains("group 'two'"), e.getMessage());

    ColumnTransformer missingColumn = ColumnTransformer.builder()
        .add("num", ColumnSelector.names("nope"), new StandardScaler()).build();
    e = assertThrows(IllegalArgumentException.class, () -> missingColumn.fit(X, Target.none(3)));
    assertTrue(e.getMessage().contains("'nope'"), e.getMessage());

    ColumnTransformer predictor = ColumnTransformer.builder()
        .add("p", ColumnSelector.names("a"), new TestModels.LineRegressor()).build();
    e = assertThrows(IllegalArgumentException.class, () -> predictor.fit(X, Target.values(1, 2, 3)));
    assertTrue(e.getMessage().contains("group 'p'") && e.getMessage().contains("not a Transformer"), e.getMessage());

    ColumnTransformerModel fitted = ColumnTransformer.builder()
        .add("num", ColumnSelector.names("a"), new StandardScaler()).build().fit(X, Target.none(3));
    e = assertThrows(IllegalArgumentException.class, () -> fitted.transform(X.select("a", "colour")));
    assertTrue(e.getMessage().contains("ColumnTransformerModel input"), e.getMessage());
  }

  @Test
  void groupParams() {
    ColumnTransformer ct = Preprocessing.standard(true);
    assertEquals(List.of("num", "ord", "cat"), ct.groupNames());
    ColumnTransformer off = ct.withGroupParams(Map.of("ord.standard_scaler.withMean", "false"));
    assertEquals("false", off.groupParams().get("ord.standard_scaler.withMean"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ct.withGroupParams(Map.of("text.x", "1")));
    assertTrue(e.getMessage().contains("'text'") && e.getMessage().contains("[num, ord, cat]"), e.getMessage());
  }

  @Test
  void savesAndLoads(@TempDir Path dir) {
    ColumnTransformer ct = ColumnTransformer.builder()
        .add("cat", ColumnSelector.nominal(), new OneHotEncoder())
        .add("none", ColumnSelector.types(ColumnType.TEXT), new OrdinalEncoder())
        .add("empty", ColumnSelector.names(), new StandardScaler())
        .remainder(ColumnTransformer.Remainder.PASSTHROUGH).build();
    ColumnTransformerModel m = ct.fit(X, Target.none(3));
    Path f = dir.resolve("ct.praxis");
    ModelIO.save(m, f);
    ColumnTransformerModel back = (ColumnTransformerModel) ModelIO.load(f);
    assertEquals(m.toState(), back.toState());
    assertEquals(m.outputSchema(), back.outputSchema());
    Frame a = m.transform(X);
    Frame b = back.transform(X);
    assertEquals(a.schema(), b.schema());
    for (int j = 0; j < a.columnCount(); j++) {
      for (int i = 0; i < a.rowCount(); i++) {
        assertEquals(a.column(j).format(i), b.column(j).format(i));
      }
    }
  }
}
