package praxis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameTest {
  private final Frame f = Frame.of(
      DoubleColumn.of("x", 1, Double.NaN, 3, 4),
      CategoricalColumn.of("c", "a", "b", null, "a"),
      TextColumn.of("t", "one", "two", "three", null),
      BooleanColumn.of("b", true, false, null, true));

  @Test
  void schemaAndTypes() {
    assertEquals(4, f.rowCount());
    assertEquals(List.of("x", "c", "t", "b"), f.schema().names());
    assertEquals(ColumnType.CATEGORICAL, f.schema().field("c").type());
    assertEquals(List.of("a", "b"), f.schema().field("c").levels());
    assertEquals(1, f.column("x").missingCount());
    assertEquals(1, f.column("c").missingCount());
    assertEquals(1, f.column("t").missingCount());
    assertEquals(1, f.column("b").missingCount());
  }

  @Test
  void rowViewsAreComposable() {
    Frame v = f.rows(new int[] {3, 0, 0});
    assertEquals(3, v.rowCount());
    assertEquals(4.0, ((DoubleColumn) v.column("x")).get(0));
    Frame vv = v.rows(new int[] {2, 0});
    assertEquals(1.0, ((DoubleColumn) vv.column("x")).get(0));
    assertEquals(4.0, ((DoubleColumn) vv.column("x")).get(1));
    assertEquals("a", ((CategoricalColumn) vv.column("c")).get(1));
    assertEquals(List.of("a", "b"), ((CategoricalColumn) vv.column("c")).levels(), "levels stable in views");
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> f.rows(new int[] {4}));
    assertTrue(e.getMessage().contains("outside [0, 4)"), e.getMessage());
  }

  @Test
  void selectDropRenameDerive() {
    assertEquals(List.of("t", "x"), f.select("t", "x").schema().names());
    assertEquals(List.of("x", "b"), f.drop("c", "t").schema().names());
    assertEquals(List.of("y", "c", "t", "b"), f.rename(Map.of("x", "y")).schema().names());
    Frame d = f.derive(fr -> {
      DoubleColumn x = fr.doubleColumn("x");
      double[] v = new double[fr.rowCount()];
      for (int i = 0; i < v.length; i++) {
        v[i] = x.get(i) * 2;
      }
      return DoubleColumn.wrap("x2", v);
    });
    assertEquals(8.0, d.doubleColumn("x2").get(3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.select("nope"));
    assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("available columns"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> f.drop("nope"));
  }

  @Test
  void numericMatrixAndChecks() {
    Frame n = f.select("x", "b");
    assertTrue(n.isNumeric());
    double[] cm = n.toColumnMajor();
    assertEquals(8, cm.length);
    assertEquals(1.0, cm[4]);
    assertTrue(Double.isNaN(cm[6]));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.requireNumeric("knn"));
    assertTrue(e.getMessage().contains("'c'") && e.getMessage().contains("OneHotEncoder"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> n.requireFinite("ols"));
    assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("row 1"), e.getMessage());
  }

  @Test
  void describeMatchesHandComputedStatistics() {
    FrameSummary s = f.describe();
    FrameSummary.ColumnSummary x = s.column("x");
    assertEquals(3, x.count());
    assertEquals(1, x.missing());
    assertEquals(8.0 / 3, x.mean(), 1e-15);
    // sample std of {1,3,4}: mean 8/3, squared deviations 25/9 + 1/9 + 16/9 = 42/9, / 2
    assertEquals(Math.sqrt(42.0 / 18), x.std(), 1e-15);
    assertEquals(2.0, x.q25(), 1e-15);
    assertEquals(3.0, x.median(), 1e-15);
    assertEquals(3.5, x.q75(), 1e-15);
    assertEquals(Map.of("a", 2, "b", 1), s.column("c").levelCounts());
    assertTrue(s.toString().contains("x"));
  }

  @Test
  void categoricalWithDeclaredLevels() {
    CategoricalColumn c = CategoricalColumn.of("size", List.of("S", "M", "L"), true, "L", "S", null);
    assertArrayEquals(new int[] {2, 0, -1}, c.codes());
    assertTrue(c.ordinal());
    assertNull(c.get(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CategoricalColumn.of("size", List.of("S"), true, "XL"));
    assertTrue(e.getMessage().contains("'XL'"));
  }

  @Test
  void frameRejectsMismatchedColumns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Frame.of(DoubleColumn.of("a", 1, 2), DoubleColumn.of("b", 1)));
    assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Frame.of(DoubleColumn.of("a", 1), DoubleColumn.of("a", 2)));
  }

  @Test
  void schemaCompatibilityMessagesNameColumns() {
    Schema s = Schema.of(Field.numeric("age"), Field.numeric("bmi"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.requireCompatible(Schema.of(Field.numeric("age")), "input"));
    assertTrue(e.getMessage().contains("missing: 'bmi'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> s.requireCompatible(Schema.of(Field.numeric("age"), Field.text("bmi")), "input"));
    assertTrue(e.getMessage().contains("'bmi'") && e.getMessage().contains("TEXT"), e.getMessage());
    assertFalse(s.contains("x"));
  }

  @Test
  void targets() {
    Target y = Target.classes("b", "a", "b");
    assertEquals(List.of("a", "b"), y.classList());
    assertArrayEquals(new int[] {1, 0, 1}, y.codes());
    Target sub = y.rows(new int[] {1});
    assertEquals(List.of("a", "b"), sub.classList(), "class list kept in folds");
    assertArrayEquals(new int[] {1, 2}, y.classCounts());
    Target v = Target.values(1, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, v::classList);
    assertTrue(e.getMessage().contains("classifier"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Target.values(1, Double.NaN));
    Target fromCol = Target.fromColumn(BooleanColumn.of("flag", true, false));
    assertEquals(List.of("false", "true"), fromCol.classList());
  }
}
