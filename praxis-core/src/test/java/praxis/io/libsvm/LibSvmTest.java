package praxis.io.libsvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.BooleanColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.DataFormatException;
import praxis.io.Datasets;

class LibSvmTest {
  private static final String SMALL = """
      # two classes, three features
      +1 1:0.5 3:-2
      -1 2:1e3
      1\t1:1 2:2 3:3   # trailing comment

      -1
      """;

  @Test
  void readsSparseRowsIntoDenseColumns() {
    LibSvmData d = LibSvmReader.defaults().parse(SMALL, "small.txt");
    Frame x = d.x();
    assertEquals(List.of("x1", "x2", "x3"), x.schema().names());
    assertEquals(4, x.rowCount());
    assertArrayEquals(new double[][] {{0.5, 0, -2}, {0, 1000, 0}, {1, 2, 3}, {0, 0, 0}}, x.toRowArrays());
    assertArrayEquals(new double[] {1, -1, 1, -1}, d.labels());
    Frame all = d.frame();
    assertEquals("label", all.column(3).name());
    Target y = d.classTarget();
    assertEquals(List.of("-1", "1"), y.classList());
    assertArrayEquals(new int[] {1, 0, 1, 0}, y.codes());
    assertEquals(Target.Kind.VALUES, d.valueTarget().kind());
  }

  @Test
  void storageFollowsDensityOrTheSetting() {
    // SMALL has 6 non-zeros in 12 cells: dense under AUTO; SPARSE forces sparse columns with equal content.
    Frame auto = LibSvmReader.defaults().parse(SMALL, "small.txt").x();
    assertTrue(!auto.hasSparseColumns());
    Frame sparse = LibSvmReader.builder().storage(LibSvmReader.Storage.SPARSE).build().parse(SMALL, "s.txt").x();
    assertTrue(sparse.hasSparseColumns());
    assertArrayEquals(auto.toRowArrays(), sparse.toRowArrays());
    praxis.linalg.CsrMatrix m = sparse.toCsr();
    assertEquals(6, m.nnz());
    assertArrayEquals(new int[] {0, 2, 3, 6, 6}, m.indptr());
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      wide.append(i % 2).append(' ').append(1 + i).append(":1 ").append(200 - i).append(":2\n");
    }
    Frame w = LibSvmReader.defaults().parse(wide.toString(), "wide.txt").x();
    assertTrue(w.hasSparseColumns(), "1% dense file loads sparse under AUTO");
    assertEquals(100, w.toCsr().nnz());
    assertEquals(2.0, ((DoubleColumn) w.column("x200")).get(0), 0.0);
    assertThrows(IllegalArgumentException.class, () -> LibSvmReader.builder().storage(null));
  }

  @Test
  void zeroBasedAndFixedDimension() {
    LibSvmData d = LibSvmReader.builder().zeroBased(true).nFeatures(5).labelName("y").build()
        .parse("2 0:1 4:7\n3 1:2\n", "z.txt");
    assertEquals(List.of("x0", "x1", "x2", "x3", "x4"), d.x().schema().names());
    assertArrayEquals(new double[] {1, 0, 0, 0, 7}, d.x().toRowArrays()[0]);
    assertEquals("y", d.frame().column(5).name());
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> LibSvmReader.builder().nFeatures(2).build().parse("1 3:1\n", "f.txt"));
    assertEquals("f.txt:1: expected an index <= 2 (nFeatures is 2) but found '3:1'", e.getMessage());
  }

  @Test
  void errorsNameLineAndToken() {
    LibSvmReader r = LibSvmReader.defaults();
    assertEquals("b.txt:2: expected an index greater than the previous one (3); indices must strictly increase"
        + " but found '2:1'", assertThrows(DataFormatException.class,
            () -> r.parse("1 1:1\n1 3:1 2:1\n", "b.txt")).getMessage());
    assertEquals("b.txt:1: expected an index greater than the previous one (3); indices must strictly increase"
        + " but found '3:5'", assertThrows(DataFormatException.class,
            () -> r.parse("1 3:1 3:5\n", "b.txt")).getMessage());
    assertEquals("b.txt:1: expected 'index:value' but found 'abc'",
        assertThrows(DataFormatException.class, () -> r.parse("1 abc\n", "b.txt")).getMessage());
    assertEquals("b.txt:1: expected 'index:value' with a numeric value but found '2:x'",
        assertThrows(DataFormatException.class, () -> r.parse("1 2:x\n", "b.txt")).getMessage());
    assertEquals("b.txt:1: expected 'index:value' with an integer index but found '-1:3'",
        assertThrows(DataFormatException.class, () -> r.parse("1 -1:3\n", "b.txt")).getMessage());
    assertTrue(assertThrows(DataFormatException.class, () -> r.parse("1 0:3\n", "b.txt")).getMessage()
        .contains("expected an index >= 1 (indices are 1-based; use zeroBased(true)"));
    assertEquals("b.txt:1: expected a numeric label as the first token but found 'yes'",
        assertThrows(DataFormatException.class, () -> r.parse("yes 1:3\n", "b.txt")).getMessage());
    assertTrue(assertThrows(DataFormatException.class, () -> r.parse("1,2 1:3\n", "b.txt")).getMessage()
        .contains("multi-label"));
    assertTrue(assertThrows(DataFormatException.class, () -> r.parse("1 qid:3 1:1\n", "b.txt")).getMessage()
        .contains("qid"));
  }

  @Test
  void roundTripThroughAFile(@TempDir Path dir) {
    Frame x = Frame.of(DoubleColumn.of("a", 0, 1.5, -3), DoubleColumn.of("b", 2, 0, 1e-9),
        BooleanColumn.of("c", true, false, true));
    double[] labels = {1, -1, 2.5};
    Path p = dir.resolve("rt.libsvm");
    LibSvmWriter.defaults().write(x, labels, p);
    LibSvmData d = LibSvmReader.defaults().read(p);
    assertArrayEquals(x.toRowArrays(), d.x().toRowArrays());
    assertArrayEquals(labels, d.labels());
    assertEquals("1 2:2 3:1\n-1 1:1.5\n2.5 1:-3 2:1.0E-9 3:1\n", LibSvmWriter.defaults().toLibSvmString(x, labels));
    assertEquals("1 1:2 2:1\n-1 0:1.5\n2.5 0:-3 1:1.0E-9 2:1\n",
        LibSvmWriter.builder().zeroBased(true).build().toLibSvmString(x, labels));
  }

  @Test
  void bundledDatasetRoundTripsWithClassTarget(@TempDir Path dir) {
    Datasets.XY d = Datasets.xy("digits");
    Path p = dir.resolve("digits.libsvm");
    LibSvmWriter.defaults().write(d.x(), d.y(), p);
    LibSvmData back = LibSvmReader.builder().nFeatures(64).build().read(p);
    assertArrayEquals(d.x().toColumnMajor(), back.x().toColumnMajor());
    assertEquals(d.y().classList(), back.classTarget().classList());
    assertArrayEquals(d.y().codes(), back.classTarget().codes());
  }

  @Test
  void writerRejectsMissingNonNumericAndBadLabels() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, Double.NaN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LibSvmWriter.defaults().toLibSvmString(x, new double[] {1, 2}));
    assertTrue(e.getMessage().contains("column 'a' row 1 is missing"), e.getMessage());
    Frame ok = Frame.of(DoubleColumn.of("a", 1, 2));
    assertThrows(IllegalArgumentException.class, () -> LibSvmWriter.defaults().toLibSvmString(ok, new double[] {1}));
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> LibSvmWriter.defaults().write(ok, Target.classes("yes", "no"), Path.of("unused.txt")));
    assertTrue(c.getMessage().contains("class 'no'") && c.getMessage().contains("not a number"), c.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LibSvmWriter.defaults().write(Datasets.xy("iris").x()
        .hconcat(Frame.of(praxis.data.CategoricalColumn.of("s", new String[150]))), new double[150],
        Path.of("unused.txt")));
  }
}
