package praxis.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ParamsCodecTest {
  enum Penalty { L2, NONE }

  record P(double c, int maxIter, boolean fitIntercept, Penalty penalty, OptionalInt depth, long seed,
      double[] weights) implements Params {
    static final P DEFAULTS = new P(1.0, 100, true, Penalty.L2, OptionalInt.empty(), 0L, new double[] {1, 2});

    P {
      Check.positive(c, "c");
    }
  }

  @Test
  void roundTrip() {
    Map<String, String> s = ParamsCodec.toStrings(P.DEFAULTS);
    assertEquals("1.0", s.get("c"));
    assertEquals("l2", s.get("penalty"));
    assertEquals("none", s.get("depth"));
    P back = ParamsCodec.with(P.DEFAULTS, s);
    assertEquals(P.DEFAULTS.c(), back.c());
    assertEquals(P.DEFAULTS.penalty(), back.penalty());
    assertArrayEquals(P.DEFAULTS.weights(), back.weights());
  }

  @Test
  void parsesValues() {
    P p = ParamsCodec.with(P.DEFAULTS, Map.of("c", "0.5", "maxIter", "7", "penalty", "NONE", "depth", "3",
        "fitIntercept", "false", "weights", "3,4.5"));
    assertEquals(0.5, p.c());
    assertEquals(7, p.maxIter());
    assertEquals(Penalty.NONE, p.penalty());
    assertEquals(OptionalInt.of(3), p.depth());
    assertArrayEquals(new double[] {3, 4.5}, p.weights());
  }

  @Test
  void unknownNameListsValidNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParamsCodec.with(P.DEFAULTS, Map.of("gamma", "1")));
    assertTrue(e.getMessage().contains("'gamma'") && e.getMessage().contains("maxIter"), e.getMessage());
  }

  @Test
  void badValueNamesParameterAndType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParamsCodec.with(P.DEFAULTS, Map.of("maxIter", "lots")));
    assertTrue(e.getMessage().contains("'maxIter'") && e.getMessage().contains("'lots'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ParamsCodec.with(P.DEFAULTS, Map.of("penalty", "l3")));
    assertTrue(e.getMessage().contains("[l2, none]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ParamsCodec.with(P.DEFAULTS, Map.of("c", "-1")));
    assertTrue(e.getMessage().contains("c must be"), e.getMessage());
  }
}
