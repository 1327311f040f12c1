package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressAndParamsTest {
  @Test
  void progressCountsStepsAndStaysSilentWithoutATerminal() {
    assertFalse(Progress.interactive(), "tests do not run on a terminal");
    try (Progress p = Progress.start("t", 3, true)) {
      p.step("a");
      p.step("b");
      assertEquals(2, p.done());
    }
  }

  @Test
  void parsesNameValuePairs() {
    Map<String, String> m = HyperParams.parse(List.of("k=7", " weights = distance ", "k=9", "expr=a=b"));
    assertEquals(Map.of("k", "9", "weights", "distance", "expr", "a=b"), m);
    UsageException e = assertThrows(UsageException.class, () -> HyperParams.parse(List.of("=3")));
    assertTrue(e.getMessage().contains("name=value"), e.getMessage());
  }

  @Test
  void oneLineCollapsesMessages() {
    assertEquals("a; b; c", Main.oneLine("a\n  b\r\nc\n"));
  }
}
