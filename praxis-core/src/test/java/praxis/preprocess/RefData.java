package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;

/**
 * Test fixtures of {@code reference/preprocess}: the two CSV files (read by a tiny local reader), the split
 * used by {@code make_preprocess_reference.py} (test rows: index % 4 == 0) and a minimal JSON reader for
 * {@code preprocess_reference.json}.
 */
public final class RefData {
  /** Levels "1".."10". */
  public static final List<String> LEVELS10 = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  /** Ordinal columns of BreastCancer. */
  public static final List<String> ORDINAL = List.of("Cl.thickness", "Cell.size", "Cell.shape", "Marg.adhesion",
      "Epith.c.size");
  /** Nominal columns of BreastCancer. */
  public static final List<String> NOMINAL = List.of("Bare.nuclei", "Bl.cromatin", "Normal.nucleoli", "Mitoses");
  private static final String DIR = "/reference/preprocess/";
  private static Map<String, Object> json;

  private RefData() {}

  /** The reference JSON (parsed once). */
  @SuppressWarnings("unchecked")
  public static synchronized Map<String, Object> json() {
    if (json == null) {
      json = (Map<String, Object>) new Json(text("preprocess_reference.json")).value();
    }
    return json;
  }

  /** Walks the JSON by keys. */
  @SuppressWarnings("unchecked")
  public static Object get(String... path) {
    Object o = json();
    for (String k : path) {
      o = ((Map<String, Object>) o).get(k);
      if (o == null) {
        throw new IllegalStateException("no JSON entry " + String.join("/", path));
      }
    }
    return o;
  }

  /** A JSON number array (null → NaN). */
  public static double[] vector(Object o) {
    List<?> l = (List<?>) o;
    double[] out = new double[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = l.get(i) == null ? Double.NaN : ((Number) l.get(i)).doubleValue();
    }
    return out;
  }

  /** A JSON list of columns. */
  public static double[][] columns(Object o) {
    List<?> l = (List<?>) o;
    double[][] out = new double[l.size()][];
    for (int j = 0; j < out.length; j++) {
      out[j] = vector(l.get(j));
    }
    return out;
  }

  /** Pima features (label dropped), all numeric. */
  public static Frame pima() {
    List<String[]> rows = csv("PimaIndiansDiabetes2.csv");
    String[] header = rows.get(0);
    List<Column> cols = new ArrayList<>();
    for (int j = 0; j < header.length - 1; j++) {
      double[] v = new double[rows.size() - 1];
      for (int i = 1; i < rows.size(); i++) {
        String s = rows.get(i)[j];
        v[i - 1] = s == null ? Double.NaN : Double.parseDouble(s);
      }
      cols.add(DoubleColumn.wrap(header[j], v));
    }
    return Frame.of(cols);
  }

  /** BreastCancer features (label dropped): five ordinal and four nominal categorical columns. */
  public static Frame breastCancer() {
    List<String[]> rows = csv("BreastCancer.csv");
    String[] header = rows.get(0);
    List<Column> cols = new ArrayList<>();
    for (int j = 0; j < header.length - 1; j++) {
      String[] v = new String[rows.size() - 1];
      for (int i = 1; i < rows.size(); i++) {
        v[i - 1] = rows.get(i)[j];
      }
      boolean ordinal = ORDINAL.contains(header[j]);
      List<String> levels = new ArrayList<>(LEVELS10);
      if (header[j].equals("Mitoses")) {
        levels.remove("9");
      }
      cols.add(CategoricalColumn.of(header[j], levels, ordinal, v));
    }
    return Frame.of(cols);
  }

  /** Training rows of the reference split (index % 4 != 0). */
  public static Frame train(Frame f) {
    return f.rows(rows(f.rowCount(), false));
  }

  /** Test rows of the reference split (index % 4 == 0). */
  public static Frame test(Frame f) {
    return f.rows(rows(f.rowCount(), true));
  }

  private static int[] rows(int n, boolean test) {
    List<Integer> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((i % 4 == 0) == test) {
        r.add(i);
      }
    }
    return r.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Asserts {@code |actual - expected| <= tol * max(1, |expected|)} (NaN must match NaN), naming {@code what}
   * and the index.
   */
  public static void assertClose(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      if (Double.isNaN(e)) {
        assertTrue(Double.isNaN(a), what + "[" + i + "]: expected NaN, got " + a);
      } else {
        assertTrue(Math.abs(a - e) <= tol * Math.max(1.0, Math.abs(e)),
            what + "[" + i + "]: expected " + e + ", got " + a);
      }
    }
  }

  /** Asserts that {@code actual} has, for every name of {@code expected}, a column close to it, and no other. */
  public static void assertColumns(Map<String, Object> expected, Frame actual, double tol, String what) {
    assertEquals(new java.util.TreeSet<>(expected.keySet()), new java.util.TreeSet<>(actual.schema().names()),
        what + ": output column names");
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      assertClose(vector(e.getValue()), values(actual, e.getKey()), tol, what + " column '" + e.getKey() + "'");
    }
  }

  /** Values of a numeric or boolean column as doubles. */
  public static double[] values(Frame f, String name) {
    int j = f.schema().requireIndex(name);
    double[] out = new double[f.rowCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.getDouble(i, j);
    }
    return out;
  }

  private static String text(String name) {
    try (InputStream in = RefData.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a simple CSV: quoted fields are strings, empty unquoted fields are null. No embedded commas. */
  private static List<String[]> csv(String name) {
    List<String[]> out = new ArrayList<>();
    for (String line : text(name).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split(",", -1);
      for (int j = 0; j < parts.length; j++) {
        String p = parts[j];
        if (p.isEmpty()) {
          parts[j] = null;
        } else if (p.startsWith("\"")) {
          parts[j] = p.substring(1, p.length() - 1).replace("\"\"", "\"");
        }
      }
      out.add(parts);
    }
    return out;
  }

  /** A minimal JSON reader: objects, arrays, strings with simple escapes, numbers, literals. */
  private static final class Json {
    private final String s;
    private int pos;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(pos);
      if (c == '{') {
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        skip();
        if (s.charAt(pos) == '}') {
          pos++;
          return m;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          expect(':');
          m.put(k, value());
          skip();
          if (s.charAt(pos++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        pos++;
        List<Object> l = new ArrayList<>();
        skip();
        if (s.charAt(pos) == ']') {
          pos++;
          return l;
        }
        while (true) {
          l.add(value());
          skip();
          if (s.charAt(pos++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      if (s.startsWith("true", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      return Double.parseDouble(s.substring(start, pos));
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(pos) != c) {
        throw new IllegalStateException("JSON: expected '" + c + "' at " + pos);
      }
      pos++;
    }

    private void skip() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
