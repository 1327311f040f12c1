package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code praxis info} prints the missingness section. */
class InfoMissingnessTest {
  @Test
  void infoReportsMissingnessPerColumn() {
    CliRunner.Run r = CliRunner.run("info", "builtin:PimaIndiansDiabetes2");
    assertEquals(Main.OK, r.code(), r.toString());
    // PimaIndiansDiabetes2: 652 missing cells, insulin 374 of 768 (48.7%)
    assertTrue(r.out().contains("Missing values: 652 cells"), r.out());
    assertTrue(r.out().matches("(?s).*insulin\\s+374\\s+48\\.7%\\s+yes, likely not MCAR.*"), r.out());
    CliRunner.Run iris = CliRunner.run("info", "builtin:iris");
    assertTrue(iris.out().contains("Missing values: 0 cells"), iris.out());
  }
}
