package praxis.quality;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Frame;

/**
 * A set of declarative column constraints, checked against frames. Each rule of each {@link ColumnConstraint}
 * is evaluated cell by cell and every failure becomes a {@link Violation} (row, column, value, rule); a
 * {@link Policy} then decides: {@link Policy#FAIL} throws with the counts, {@link Policy#DROP_ROWS} removes the
 * violating rows, {@link Policy#SET_MISSING} blanks the violating cells — and the {@link Result} reports how
 * many rows/cells were affected. Nothing is changed silently.
 *
 * <p>Type rules: a column of the declared type passes; a text column declared {@code numeric} is checked value
 * by value (values that do not parse as numbers violate {@code type}); a text column declared
 * {@code categorical} passes; any other mismatch is a column-level violation (row -1) that no row policy can
 * repair.
 *
 * <p>Constraint files are JSON:
 * <pre>
 * { "columns": {
 *     "age":   { "type": "numeric", "min": 0, "max": 120, "notNull": true },
 *     "sex":   { "allowed": ["F", "M"] },
 *     "email": { "regex": "[^@]+@[^@.]+\\.[a-z]+", "unique": true } } }
 * </pre>
 * Rules: {@code type} (numeric, categorical, boolean, text), {@code min}, {@code max}, {@code allowed},
 * {@code notNull}, {@code regex}, {@code unique}. An unknown rule or a malformed value is an error naming the
 * file, line and column of the offending field.
 *
 * <pre>{@code
 * Constraints c = Constraints.read(Path.of("rules.json"));
 * Constraints.Result r = c.apply(frame, Constraints.Policy.DROP_ROWS);
 * System.out.println(r.summary());   // "dropped 3 of 200 rows; 0 cells set missing; 4 violation(s) ..."
 * }</pre>
 */
public final class Constraints {
  /** What to do with violations. */
  public enum Policy {
    /** Throw {@link ConstraintViolationException} when any rule is broken. */
    FAIL,
    /** Remove every row with a violation. */
    DROP_ROWS,
    /** Set every violating cell missing (not-null violations stay missing). */
    SET_MISSING
  }

  /**
   * The outcome of {@link #apply}.
   *
   * @param frame the repaired frame
   * @param report the violations found in the input
   * @param keptRows input indices of the rows kept
   * @param rowsDropped number of rows removed
   * @param cellsSetMissing number of cells blanked
   */
  public record Result(Frame frame, ConstraintReport report, int[] keptRows, int rowsDropped, int cellsSetMissing) {
    /** One line of counts plus the report's summary. */
    public String summary() {
      return "dropped " + rowsDropped + " of " + report.rows() + " rows; " + cellsSetMissing + " cells set missing; "
          + report.summary();
    }
  }

  private final List<ColumnConstraint> constraints;

  private Constraints(List<ColumnConstraint> constraints) {
    this.constraints = List.copyOf(constraints);
  }

  /** The given constraints. */
  public static Constraints of(ColumnConstraint... constraints) {
    return new Constraints(Arrays.asList(constraints));
  }

  /** The given constraints. */
  public static Constraints of(List<ColumnConstraint> constraints) {
    return new Constraints(constraints);
  }

  /** The constraints, in declaration order. */
  public List<ColumnConstraint> constraints() {
    return constraints;
  }

  /** Reads a JSON constraint file (format in the class comment). */
  public static Constraints read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read constraint file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses JSON constraint text; {@code source} names it in error messages. */
  public static Constraints parse(String json, String source) {
    List<ColumnConstraint> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "a JSON object { \"columns\": { ... } }");
      boolean seen = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String top = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        if (!top.equals("columns")) {
          throw error(source, at, "unknown top-level field '" + top + "'; the file must be { \"columns\": { ... } }");
        }
        seen = true;
        expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "an object of column name -> rules");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          out.add(column(p, p.currentName(), source));
        }
      }
      if (!seen) {
        throw error(source, p.currentTokenLocation(), "no \"columns\" field; the file must be { \"columns\": { ... } }");
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new IllegalArgumentException(source + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr())
          + ": malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Constraints(out);
  }

  private static ColumnConstraint column(JsonParser p, String name, String source) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT, source, "an object of rules for column '" + name + "'");
    ColumnConstraint c = ColumnConstraint.of(name);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String rule = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      JsonToken v = p.nextToken();
      String where = "rule '" + rule + "' of column '" + name + "'";
      switch (rule) {
        case "type" -> {
          String t = text(p, v, source, at, where);
          ColumnType type = switch (t.toLowerCase(Locale.ROOT)) {
            case "numeric", "number", "double" -> ColumnType.NUMERIC;
            case "categorical", "category" -> ColumnType.CATEGORICAL;
            case "boolean" -> ColumnType.BOOLEAN;
            case "text", "string" -> ColumnType.TEXT;
            default -> throw error(source, at, where + ": unknown type '" + t
                + "'; use numeric, categorical, boolean or text");
          };
          c = c.withType(type);
        }
        case "min" -> c = c.withRange(number(p, v, source, at, where), c.max());
        case "max" -> c = c.withRange(c.min(), number(p, v, source, at, where));
        case "notNull" -> c = c.withNotNull(bool(v, source, at, where));
        case "unique" -> c = c.withUnique(bool(v, source, at, where));
        case "regex" -> {
          String r = text(p, v, source, at, where);
          try {
            c = c.withRegex(r);
          } catch (PatternSyntaxException e) {
            throw error(source, at, where + ": invalid regular expression: " + e.getDescription());
          }
        }
        case "allowed" -> {
          if (v != JsonToken.START_ARRAY) {
            throw error(source, at, where + ": expected an array of strings");
          }
          List<String> vals = new ArrayList<>();
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (!t.isScalarValue()) {
              throw error(source, p.currentTokenLocation(), where + ": expected strings in the array");
            }
            vals.add(p.getText());
          }
          c = c.withAllowed(vals);
        }
        default -> throw error(source, at, "unknown rule '" + rule + "' for column '" + name + "'; known rules: "
            + String.join(", ", ColumnConstraint.RULES));
      }
      if (!Double.isNaN(c.min()) && !Double.isNaN(c.max()) && c.min() > c.max()) {
        throw error(source, at, "column '" + name + "': min " + c.min() + " is above max " + c.max());
      }
    }
    return c;
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken want, String source, String what) {
    if (got != want) {
      throw error(source, p.currentTokenLocation(), "expected " + what + " but found " + (got == null ? "end of file"
          : got.asString() == null ? got.name() : "'" + got.asString() + "'"));
    }
  }

  private static String text(JsonParser p, JsonToken v, String source, JsonLocation at, String where)
      throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw error(source, at, where + ": expected a string");
    }
    return p.getText();
  }

  private static double number(JsonParser p, JsonToken v, String source, JsonLocation at, String where)
      throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(source, at, where + ": expected a number");
    }
    return p.getDoubleValue();
  }

  private static boolean bool(JsonToken v, String source, JsonLocation at, String where) {
    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
      throw error(source, at, where + ": expected true or false");
    }
    return v == JsonToken.VALUE_TRUE;
  }

  private static IllegalArgumentException error(String source, JsonLocation at, String msg) {
    return new IllegalArgumentException(source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + msg);
  }

  /** Evaluates every rule on {@code x}. */
  public ConstraintReport check(Frame x) {
    List<Violation> out = new ArrayList<>();
    int n = x.rowCount();
    for (ColumnConstraint cc : constraints) {
      if (!x.schema().names().contains(cc.column())) {
        out.add(new Violation(-1, cc.column(), null, "column", "the frame has no column '" + cc.column()
            + "' (columns: " + x.schema().names() + ")"));
        continue;
      }
      Column c = x.column(cc.column());
      boolean parseNumbers = false;
      if (cc.type() != null && cc.type() != c.type()) {
        if (c.type() == ColumnType.TEXT && cc.type() == ColumnType.NUMERIC) {
          parseNumbers = true;
        } else if (!(c.type() == ColumnType.TEXT && cc.type() == ColumnType.CATEGORICAL)) {
          out.add(new Violation(-1, cc.column(), null, "type", "expected " + cc.type() + " but the column is "
              + c.type()));
          continue;
        }
      }
      Set<String> allowed = cc.allowed() == null ? null : new HashSet<>(cc.allowed());
      Pattern regex = cc.regex();
      Set<String> seen = cc.unique() ? new HashSet<>() : null;
      boolean range = !Double.isNaN(cc.min()) || !Double.isNaN(cc.max());
      boolean numericLike = c.type() == ColumnType.NUMERIC || c.type() == ColumnType.BOOLEAN || parseNumbers;
      for (int i = 0; i < n; i++) {
        String s = Cells.text(c, i);
        if (s == null) {
          if (cc.notNull()) {
            out.add(new Violation(i, cc.column(), null, "notNull", "a value is required"));
          }
          continue;
        }
        double v = numericLike ? Cells.number(c, i) : Double.NaN;
        if (parseNumbers && Double.isNaN(v)) {
          out.add(new Violation(i, cc.column(), s, "type", "expected a number"));
        }
        if (range && numericLike && !Double.isNaN(v)) {
          if (!Double.isNaN(cc.min()) && v < cc.min()) {
            out.add(new Violation(i, cc.column(), s, "min", "value below " + cc.min()));
          }
          if (!Double.isNaN(cc.max()) && v > cc.max()) {
            out.add(new Violation(i, cc.column(), s, "max", "value above " + cc.max()));
          }
        }
        if (allowed != null && !allowed.contains(s)) {
          out.add(new Violation(i, cc.column(), s, "allowed", "not one of " + cc.allowed()));
        }
        if (regex != null && !regex.matcher(s).matches()) {
          out.add(new Violation(i, cc.column(), s, "regex", "does not match " + regex.pattern()));
        }
        if (seen != null && !seen.add(s)) {
          out.add(new Violation(i, cc.column(), s, "unique", "repeats an earlier value"));
        }
      }
    }
    return new ConstraintReport(n, out);
  }

  /** Checks {@code x} and applies {@code policy}; see {@link Policy}. */
  public Result apply(Frame x, Policy policy) {
    ConstraintReport r = check(x);
    int n = x.rowCount();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    if (r.ok()) {
      return new Result(x, r, all, 0, 0);
    }
    if (policy == Policy.FAIL) {
      throw new ConstraintViolationException(r);
    }
    for (Violation v : r.violations()) {
      if (v.row() < 0) {
        throw new IllegalArgumentException("column-level violation cannot be repaired by policy " + policy + ": "
            + v + "; fix the column (or its constraint) first");
      }
    }
    if (policy == Policy.DROP_ROWS) {
      int[] bad = r.violatingRows();
      boolean[] drop = new boolean[n];
      for (int i : bad) {
        drop[i] = true;
      }
      int[] kept = java.util.stream.IntStream.range(0, n).filter(i -> !drop[i]).toArray();
      return new Result(x.rows(kept), r, kept, bad.length, 0);
    }
    Frame f = x;
    int cells = 0;
    for (String name : x.schema().names()) {
      boolean[] blank = new boolean[n];
      int k = 0;
      for (Violation v : r.violations()) {
        if (v.column().equals(name) && v.value() != null && !blank[v.row()]) {
          blank[v.row()] = true;
          k++;
        }
      }
      if (k > 0) {
        f = f.with(Cells.setMissing(x.column(name), blank));
        cells += k;
      }
    }
    return new Result(f, r, all, 0, cells);
  }
}
