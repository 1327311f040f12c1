package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/** DropMissing: column threshold, row threshold, counts in the reports, save/load. */
class DropMissingTest {
  @Test
  void dropsColumnsAndRowsAndReports() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, Double.NaN, 3, 4),
        DoubleColumn.of("b", Double.NaN, Double.NaN, Double.NaN, 1),
        CategoricalColumn.of("c", "u", null, null, "v"));
    DropMissingModel m = new DropMissing(new DropMissing.Params(0.5)).fit(x, Target.none(4));
    assertArrayEquals(new double[] {0.25, 0.75, 0.5}, m.missingShare(), 0);
    assertEquals(List.of("b"), m.droppedColumns());
    assertEquals("dropped 1 of 3 columns (more than 50.0% missing): b (75.0%)", m.report());
    Frame t = m.transform(x);
    assertEquals(List.of("a", "c"), t.schema().names());
    DropMissing.RowDrop r = DropMissing.dropRows(t, 0.0);
    assertArrayEquals(new int[] {0, 3}, r.keptRows());
    assertArrayEquals(new int[] {1, 2}, r.droppedRows());
    assertEquals(2, r.frame().rowCount());
    assertEquals("dropped 2 of 4 rows with more than 0.0% missing cells", r.report(0.0));
    assertEquals(1, DropMissing.dropRows(t, 0.5).droppedCount());
    DropMissingModel back = (DropMissingModel) ModelIO.fromState(ModelIO.decode(ModelIO.encode(m.toState())));
    assertEquals(m.droppedColumns(), back.droppedColumns());
    assertEquals(t.schema(), back.transform(x).schema());
  }
}
