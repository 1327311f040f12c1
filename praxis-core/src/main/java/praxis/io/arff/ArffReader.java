package praxis.io.arff;

import praxis.io.internal.NumberText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.DataFormatException;

/**
 * Reads Weka ARFF files into a {@link Frame}. Supported: {@code @relation}; {@code @attribute} of type
 * {@code numeric}, {@code real}, {@code integer} (→ NUMERIC), nominal {@code {a, b, 'c d'}} (→ CATEGORICAL
 * with the declared level order), {@code string} and {@code date [format]} (→ TEXT, dates kept as written);
 * {@code @data} rows in dense form ({@code 1.5,a,'some text'}) and sparse form ({@code {0 1.5, 2 a}},
 * 0-based attribute indices, omitted values are 0 for numeric attributes, the first level for nominal ones
 * and the empty string for string/date ones, as in Weka); {@code ?} for missing; {@code '...'} and
 * {@code "..."} quoting with backslash escapes; {@code %} comments; keywords in any case; {@code .gz} files.
 * Not supported (clear error): relational attributes, instance weights ({@code {w}} after a row).
 * Errors are {@link DataFormatException}s naming the source, 1-based line, attribute and text.
 * Cost: one pass, O(cells).
 *
 * <pre>{@code
 * Frame weather = ArffReader.read(Path.of("weather.arff"));
 * ArffReader.ArffData d = ArffReader.load(Path.of("weather.arff"));
 * System.out.println(d.relation() + " " + d.frame().rowCount());
 * }</pre>
 */
public final class ArffReader {
  private ArffReader() {}

  /**
   * An ARFF file's relation name and data.
   *
   * @param relation the {@code @relation} name
   * @param frame one column per attribute
   */
  public record ArffData(String relation, Frame frame) {}

  /** Reads the data of an ARFF file (gzip when the name ends in {@code .gz}). */
  public static Frame read(Path path) {
    return load(path).frame();
  }

  /** Reads relation name and data of an ARFF file (gzip when the name ends in {@code .gz}). */
  public static ArffData load(Path path) {
    if (!Files.exists(path)) {
      throw new UncheckedIOException("cannot read ARFF file '" + path.toAbsolutePath() + "': no such file",
          new NoSuchFileException(path.toString()));
    }
    try (InputStream raw = Files.newInputStream(path)) {
      InputStream in = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
          ? new GZIPInputStream(raw, 1 << 16) : raw;
      return load(new InputStreamReader(in, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ARFF file '" + path.toAbsolutePath() + "': " + e.getMessage(), e);
    }
  }

  /** Reads UTF-8 ARFF from a stream (not closed). */
  public static ArffData load(InputStream in, String sourceName) {
    return load(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  /** Reads ARFF text held in a string. */
  public static ArffData parse(String arff, String sourceName) {
    return load(new StringReader(arff), sourceName);
  }

  /** Reads ARFF characters from a reader (not closed). */
  public static ArffData load(Reader reader, String sourceName) {
    try {
      return new Parser(new BufferedReader(reader, 1 << 16), sourceName).parse();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
  }

  private enum Kind { NUMERIC, NOMINAL, STRING }

  /** One attribute and its growing column. */
  private static final class Attr {
    final String name;
    final int number;
    final Kind kind;
    final List<String> levels;
    final Map<String, Integer> dict = new HashMap<>();
    double[] num;
    int[] codes;
    String[] str;
    int n;

    Attr(String name, int number, Kind kind, List<String> levels) {
      this.name = name;
      this.number = number;
      this.kind = kind;
      this.levels = levels;
      for (int i = 0; i < levels.size(); i++) {
        dict.put(levels.get(i), i);
      }
      switch (kind) {
        case NUMERIC -> num = new double[64];
        case NOMINAL -> codes = new int[64];
        default -> str = new String[64];
      }
    }

    void grow() {
      int cap = switch (kind) {
        case NUMERIC -> num.length;
        case NOMINAL -> codes.length;
        default -> str.length;
      };
      if (n == cap) {
        int nc = cap + (cap >> 1) + 16;
        switch (kind) {
          case NUMERIC -> num = Arrays.copyOf(num, nc);
          case NOMINAL -> codes = Arrays.copyOf(codes, nc);
          default -> str = Arrays.copyOf(str, nc);
        }
      }
    }

    void addMissing() {
      grow();
      switch (kind) {
        case NUMERIC -> num[n] = Double.NaN;
        case NOMINAL -> codes[n] = CategoricalColumn.MISSING;
        default -> str[n] = null;
      }
      n++;
    }

    /** The value Weka assumes for an attribute left out of a sparse row. */
    void addDefault(ArffLine l) {
      grow();
      switch (kind) {
        case NUMERIC -> num[n] = 0;
        case NOMINAL -> {
          if (levels.isEmpty()) {
            throw new DataFormatException(l.source, l.line, name, number, "a value (the nominal attribute has no"
                + " levels, so it cannot be left out of a sparse row)", "");
          }
          codes[n] = 0;
        }
        default -> str[n] = "";
      }
      n++;
    }

    void add(String v, ArffLine l) {
      grow();
      switch (kind) {
        case NUMERIC -> {
          double d = number(v);
          if (Double.isNaN(d)) {
            throw new DataFormatException(l.source, l.line, name, number, "a number", v);
          }
          num[n] = d;
        }
        case NOMINAL -> {
          Integer c = dict.get(v);
          if (c == null) {
            throw new DataFormatException(l.source, l.line, name, number, "one of the declared values " + levels, v);
          }
          codes[n] = c;
        }
        default -> str[n] = v;
      }
      n++;
    }

    Column build() {
      return switch (kind) {
        case NUMERIC -> DoubleColumn.wrap(name, Arrays.copyOf(num, n));
        case NOMINAL -> CategoricalColumn.wrap(name, Arrays.copyOf(codes, n), levels, false);
        default -> TextColumn.wrap(name, Arrays.copyOf(str, n));
      };
    }
  }

  /** A decimal number (sign, digits, point, exponent, Infinity), NaN if the text is not one. */
  static double number(String s) {
    return NumberText.parse(s);
  }


  private static final class Parser {
    private final BufferedReader in;
    private final String source;
    private long lineNo;
    private String relation;
    private final List<Attr> attrs = new ArrayList<>();

    Parser(BufferedReader in, String source) {
      this.in = in;
      this.source = source;
    }

    ArffData parse() throws IOException {
      boolean data = false;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        lineNo++;
        ArffLine l = new ArffLine(s, lineNo, source);
        if (!l.more()) {
          continue;
        }
        if (!data) {
          if (l.peek() != '@') {
            throw new DataFormatException(source, lineNo, "expected @relation, @attribute or @data but found '"
                + DataFormatException.excerpt(l.rest()) + "'");
          }
          String kw = l.token("", true).toLowerCase(Locale.ROOT);
          switch (kw) {
            case "@relation" -> relation = l.more() ? l.token("", true) : "";
            case "@attribute" -> attribute(l);
            case "@data" -> {
              if (attrs.isEmpty()) {
                throw new DataFormatException(source, lineNo, "expected at least one @attribute before @data");
              }
              data = true;
            }
            default -> throw new DataFormatException(source, lineNo, "expected @relation, @attribute or @data but"
                + " found '" + DataFormatException.excerpt(kw) + "'");
          }
        } else if (l.peek() == '{') {
          sparseRow(l);
        } else {
          denseRow(l);
        }
      }
      if (!data) {
        throw new DataFormatException(source, lineNo, "expected an @data section but the input ended"
            + (attrs.isEmpty() ? " (is this an ARFF file?)" : ""));
      }
      List<Column> cols = new ArrayList<>();
      for (Attr a : attrs) {
        cols.add(a.build());
      }
      return new ArffData(relation == null ? "" : relation, Frame.of(cols));
    }

    private void attribute(ArffLine l) {
      if (!l.more()) {
        throw new DataFormatException(source, lineNo, "expected an attribute name after @attribute");
      }
      String name = l.token("{", true);
      if (name.isEmpty()) {
        throw new DataFormatException(source, lineNo, "expected a non-empty attribute name");
      }
      for (Attr a : attrs) {
        if (a.name.equals(name)) {
          throw new DataFormatException(source, lineNo, "duplicate attribute name '" + name + "' (attributes "
              + a.number + " and " + (attrs.size() + 1) + "); expected distinct names");
        }
      }
      if (!l.more()) {
        throw new DataFormatException(source, lineNo, "attribute '" + name + "': expected a type (numeric, real,"
            + " integer, string, date or {values}) but found the end of the line");
      }
      int number = attrs.size() + 1;
      if (l.peek() == '{') {
        l.pos++;
        List<String> levels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
          if (!l.more()) {
            throw new DataFormatException(source, lineNo, "attribute '" + name + "': expected '}' closing the"
                + " nominal values but found the end of the line");
          }
          if (l.peek() == '}') {
            l.pos++;
            break;
          }
          String v = l.token(",}", false);
          if (!seen.add(v)) {
            throw new DataFormatException(source, lineNo, "attribute '" + name + "': nominal value '" + v
                + "' is declared twice; expected distinct values");
          }
          levels.add(v);
          if (l.more() && l.peek() == ',') {
            l.pos++;
          }
        }
        attrs.add(new Attr(name, number, Kind.NOMINAL, levels));
        return;
      }
      String type = l.token("", true).toLowerCase(Locale.ROOT);
      Kind kind = switch (type) {
        case "numeric", "real", "integer" -> Kind.NUMERIC;
        case "string", "date" -> Kind.STRING;
        case "relational" -> throw new DataFormatException(source, lineNo, "attribute '" + name
            + "': relational attributes are not supported; flatten the relation first");
        default -> throw new DataFormatException(source, lineNo, "attribute '" + name + "': expected a type of"
            + " numeric, real, integer, string, date or {values} but found '" + DataFormatException.excerpt(type)
            + "'");
      };
      if (type.equals("date")) {
        l.rest(); // optional date format: dates are kept as text
      }
      attrs.add(new Attr(name, number, kind, List.of()));
    }

    private void value(Attr a, ArffLine l, String v) {
      if (!l.quoted && v.equals("?")) {
        a.addMissing();
      } else {
        a.add(v, l);
      }
    }

    private void denseRow(ArffLine l) {
      int p = attrs.size();
      for (int j = 0; j < p; j++) {
        if (!l.more() || l.peek() == ',') {
          int found = j + (l.more() ? 1 : 0);
          throw rowLength(l, found);
        }
        String v = l.token(",", false);
        if (j < p - 1) {
          if (!l.more()) {
            throw rowLength(l, j + 1);
          }
          l.expect(',', "',' after the value of '" + attrs.get(j).name + "'");
        }
        value(attrs.get(j), l, v);
      }
      if (l.more()) {
        if (l.peek() == ',') {
          l.pos++;
          if (l.more() && l.peek() == '{') {
            throw new DataFormatException(source, lineNo, "instance weights ({w} after the values) are not"
                + " supported; remove them");
          }
          int extra = 1;
          for (int i = l.pos; i < l.text.length(); i++) {
            if (l.text.charAt(i) == ',') {
              extra++;
            }
          }
          throw rowLength(l, p + extra);
        }
        throw new DataFormatException(source, lineNo, "expected the end of the row after " + p + " values but found '"
            + DataFormatException.excerpt(l.rest()) + "'");
      }
    }

    private DataFormatException rowLength(ArffLine l, int found) {
      return new DataFormatException(source, l.line, "expected " + attrs.size()
          + " values (one per @attribute) but found " + found);
    }

    private void sparseRow(ArffLine l) {
      l.pos++; // '{'
      int next = 0;
      while (true) {
        if (!l.more()) {
          throw new DataFormatException(source, lineNo, "expected '}' closing the sparse row but found the end of"
              + " the line");
        }
        if (l.peek() == '}') {
          l.pos++;
          break;
        }
        String idxText = l.token(",}", true);
        int idx;
        try {
          idx = Integer.parseInt(idxText);
        } catch (NumberFormatException e) {
          throw new DataFormatException(source, lineNo, "expected a 0-based attribute index in the sparse row but"
              + " found '" + DataFormatException.excerpt(idxText) + "'");
        }
        if (idx < next || idx >= attrs.size()) {
          throw new DataFormatException(source, lineNo, "expected a sparse attribute index in [" + next + ", "
              + attrs.size() + ") (indices increase, 0-based) but found " + idx);
        }
        for (; next < idx; next++) {
          attrs.get(next).addDefault(l);
        }
        if (!l.more() || l.peek() == ',' || l.peek() == '}') {
          throw new DataFormatException(source, lineNo, "expected a value after sparse index " + idx
              + " but found none");
        }
        String v = l.token(",}", false);
        value(attrs.get(idx), l, v);
        next = idx + 1;
        if (l.more() && l.peek() == ',') {
          l.pos++;
        }
      }
      for (; next < attrs.size(); next++) {
        attrs.get(next).addDefault(l);
      }
      if (l.more()) {
        throw new DataFormatException(source, lineNo, "instance weights or other text after a sparse row are not"
            + " supported; found '" + DataFormatException.excerpt(l.rest()) + "'");
      }
    }
  }
}
