package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/** {@link Network#samples} and {@link Network#labels}: the Trainer's layouts from a frame and a target. */
class NetworkSamplesTest {
  @Test
  void samplesAreRowAfterRowAndLabelsAreCodesOrValues() {
    Frame x = Frame.of(DoubleColumn.of("a", 1, 2, 3), DoubleColumn.of("b", 10, 20, 30));
    assertArrayEquals(new double[] {1, 10, 2, 20, 3, 30}, Network.samples(x), 0);
    assertArrayEquals(new double[] {1, 0, 1}, Network.labels(Target.classes("y", "n", "y")), 0);
    assertArrayEquals(new double[] {0.5, 1.5}, Network.labels(Target.values(0.5, 1.5)), 0);
  }

  @Test
  void badInputIsNamed() {
    Frame nan = Frame.of(DoubleColumn.of("a", 1, Double.NaN));
    var e = assertThrows(IllegalArgumentException.class, () -> Network.samples(nan));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("Network.samples"), e.getMessage());
    var e2 = assertThrows(IllegalArgumentException.class, () -> Network.labels(Target.none(3)));
    assertTrue(e2.getMessage().contains("unsupervised"), e2.getMessage());
  }
}
