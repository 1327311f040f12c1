package praxis.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.CategoricalColumn;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;

/** Constraint files, every rule, the three policies with their counts, and the error messages. */
class ConstraintsTest {
  static final String RULES = """
      {
        "columns": {
          "age":   { "type": "numeric", "min": 0, "max": 120, "notNull": true },
          "sex":   { "allowed": ["F", "M"] },
          "email": { "regex": "[^@]+@[a-z]+\\\\.[a-z]+", "unique": true },
          "zip":   { "type": "numeric" }
        }
      }
      """;

  static Frame people() {
    return Frame.of(
        DoubleColumn.of("age", 34, -2, Double.NaN, 57, 130),
        CategoricalColumn.of("sex", "F", "M", "X", "F", null),
        TextColumn.of("email", "a@b.org", "c@d.com", "a@b.org", "not-an-email", "e@f.net"),
        TextColumn.of("zip", "12345", "1234x", "99999", null, "00000"));
  }

  @Test
  void checkFindsEveryViolation(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("rules.json");
    Files.writeString(f, RULES);
    Constraints c = Constraints.read(f);
    assertEquals(4, c.constraints().size());
    ConstraintReport r = c.check(people());
    assertEquals(Map.of("age/min", 1, "age/notNull", 1, "age/max", 1, "sex/allowed", 1, "email/unique", 1,
        "email/regex", 1, "zip/type", 1), r.countsByRule());
    assertArrayEquals(new int[] {1, 2, 3, 4}, r.violatingRows());
    Violation first = r.violations().get(0);
    assertEquals(new Violation(1, "age", "-2", "min", "value below 0.0"), first);
    assertTrue(r.summary().startsWith("7 violation(s) in 4 of 5 rows"), r.summary());
  }

  @Test
  void policiesReportCounts() {
    Constraints c = Constraints.parse(RULES, "rules");
    ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
        () -> c.apply(people(), Constraints.Policy.FAIL));
    assertTrue(e.getMessage().contains("age/min: 1") && e.getMessage().contains("DROP_ROWS"), e.getMessage());
    assertEquals(7, e.report().violations().size());

    Constraints.Result drop = c.apply(people(), Constraints.Policy.DROP_ROWS);
    assertEquals(4, drop.rowsDropped());
    assertArrayEquals(new int[] {0}, drop.keptRows());
    assertEquals(1, drop.frame().rowCount());
    assertTrue(drop.summary().startsWith("dropped 4 of 5 rows; 0 cells set missing"), drop.summary());

    Constraints.Result blank = c.apply(people(), Constraints.Policy.SET_MISSING);
    assertEquals(0, blank.rowsDropped());
    assertEquals(6, blank.cellsSetMissing()); // the not-null violation is already missing
    Frame f = blank.frame();
    assertEquals(5, f.rowCount());
    assertTrue(f.column("age").isMissing(1) && f.column("age").isMissing(4) && !f.column("age").isMissing(0));
    assertTrue(f.column("sex").isMissing(2));
    assertTrue(f.column("email").isMissing(2) && f.column("email").isMissing(3));
    assertTrue(f.column("zip").isMissing(1));
    assertEquals(ColumnType.CATEGORICAL, f.column("sex").type());
    // the repaired frame passes except for the not-null rule
    assertEquals(Map.of("age/notNull", 3), c.check(f).countsByRule());
  }

  @Test
  void unknownRuleNamesLineAndField() {
    String bad = """
        { "columns": {
            "age": { "min": 0,
                     "maximum": 120 } } }
        """;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Constraints.parse(bad,
        "rules.json"));
    assertTrue(e.getMessage().startsWith("rules.json:3:14: unknown rule 'maximum' for column 'age'; known rules: type,"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Constraints.parse(
        "{\"columns\": {\"a\": {\"type\": \"int\"}}}", "r"));
    assertTrue(e.getMessage().contains("unknown type 'int'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Constraints.parse(
        "{\"columns\": {\"a\": {\"min\": \"zero\"}}}", "r"));
    assertTrue(e.getMessage().contains("rule 'min' of column 'a': expected a number"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Constraints.parse("{\"columns\": {\"a\": {\"min\": 1,}}}",
        "r"));
    assertTrue(e.getMessage().startsWith("r:1:") && e.getMessage().contains("malformed JSON"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Constraints.parse(
        "{\"columns\": {\"a\": {\"regex\": \"[\"}}}", "r"));
    assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
  }

  @Test
  void columnLevelViolations() {
    Constraints c = Constraints.of(ColumnConstraint.of("sex").withType(ColumnType.NUMERIC),
        ColumnConstraint.of("height").withNotNull(true));
    ConstraintReport r = c.check(people());
    assertEquals(List.of("type", "column"), r.violations().stream().map(Violation::rule).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.apply(people(), Constraints.Policy.DROP_ROWS));
    assertTrue(e.getMessage().contains("cannot be repaired"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ColumnConstraint.of("a").withRange(5, 1));
  }
}
