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

  @Test
  void infoChecksConstraints(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path rules = dir.resolve("rules.json");
    java.nio.file.Files.writeString(rules, "{\"columns\": {\"insulin\": {\"notNull\": true, \"max\": 600}}}");
    CliRunner.Run r = CliRunner.run("info", "builtin:PimaIndiansDiabetes2", "--constraints", rules.toString());
    assertEquals(Main.OK, r.code(), r.toString());
    // 374 missing insulin values, and 3 values above 600 (680, 744, 846)
    assertTrue(r.out().contains("insulin/notNull: 374") && r.out().contains("insulin/max: 3"), r.out());
    java.nio.file.Files.writeString(rules, "{\"columns\": {\"insulin\": {\"nonNull\": true}}}");
    CliRunner.Run bad = CliRunner.run("info", "builtin:PimaIndiansDiabetes2", "--constraints", rules.toString());
    assertTrue(bad.code() != Main.OK && bad.err().contains("unknown rule 'nonNull'"), bad.toString());
  }
}
