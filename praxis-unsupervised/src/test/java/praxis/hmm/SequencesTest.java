package praxis.hmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import org.junit.jupiter.api.Test;

/** Long-format frames to HMM sequences. */
class SequencesTest {
  @Test
  void groupsRowsBySequenceIdInFrameOrder() {
    Frame f = Frame.of(TextColumn.of("id", "b", "a", "b", "a", "b"),
        CategoricalColumn.of("obs", List.of("sun", "rain"), false, "rain", "sun", "sun", "sun", "rain"),
        DoubleColumn.of("x", 1, 2, 3, 4, 5), DoubleColumn.of("y", 10, 20, 30, 40, 50));
    Sequences.Categorical c = Sequences.categorical(f, "id", "obs");
    assertEquals(List.of("b", "a"), c.ids());
    assertEquals(List.of("sun", "rain"), c.symbols());
    assertArrayEquals(new int[] {1, 0, 1}, c.sequences().get(0));
    assertArrayEquals(new int[] {0, 0}, c.sequences().get(1));
    Sequences.Numeric n = Sequences.numeric(f, "id", "x", "y");
    assertArrayEquals(new double[] {3, 30}, n.sequences().get(0)[1], 0.0);
    assertArrayEquals(new double[] {4, 40}, n.sequences().get(1)[1], 0.0);
    Sequences.Categorical codes = Sequences.categorical(f, "id", "x");
    assertEquals(6, codes.symbols().size());
    // fits straight from the frame
    CategoricalHMMModel m = new CategoricalHMM(CategoricalHMM.Params.DEFAULTS.withMaxIter(3)).fit(c.sequences());
    assertEquals(2, m.nSymbols());
  }

  @Test
  void refusesMissingAndNonIntegerSymbols() {
    Frame f = Frame.of(TextColumn.of("id", "a", "a"), DoubleColumn.of("s", 0, 1.5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sequences.categorical(f, "id", "s"));
    assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("integer"), e.getMessage());
    Frame g = Frame.of(TextColumn.of("id", "a", "a"), DoubleColumn.of("s", 0, Double.NaN));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Sequences.categorical(g, "id", "s")).getMessage()
        .contains("missing"));
    assertThrows(IllegalArgumentException.class, () -> Sequences.numeric(f, "id"));
  }
}
