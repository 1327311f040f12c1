package praxis.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import praxis.api.Task;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.csv.CsvReader;

/**
 * Small public datasets bundled with praxis-core (iris, wine, breast_cancer, digits, diabetes and mlbench /
 * kernlab sets such as BreastCancer, PimaIndiansDiabetes2, Sonar, spam). Each is a CSV plus a
 * {@code .meta.json} sidecar under {@code praxis/datasets/} on the classpath; the sidecar gives every
 * column's type ({@code numeric}, {@code integer}, {@code binary} → NUMERIC; {@code categorical} →
 * CATEGORICAL with its level order; {@code ordinal} → ordered CATEGORICAL; {@code text} → TEXT), the label
 * column and the task. Names are case-sensitive ({@code breast_cancer} and {@code BreastCancer} are different
 * data). Loaded frames are immutable and cached. Licences and citations: {@code praxis/datasets/README.md}.
 *
 * <pre>{@code
 * Frame iris = Datasets.load("iris");                 // 150 x 5, label "class" last
 * Datasets.XY d = Datasets.xy("PimaIndiansDiabetes2"); // features with missing values, class target
 * Task t = Datasets.task("diabetes");                 // REGRESSION
 * }</pre>
 */
public final class Datasets {
  private static final String ROOT = "/praxis/datasets/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Frame> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, Meta> META = new ConcurrentHashMap<>();
  private static volatile List<String> names;

  private Datasets() {}

  /**
   * Features and target of a dataset.
   *
   * @param x all columns except the label
   * @param y the label: classes for classification, values for regression
   */
  public record XY(Frame x, Target y) {}

  /** Names of the bundled datasets, in a stable order. */
  public static List<String> names() {
    List<String> n = names;
    if (n == null) {
      List<String> out = new ArrayList<>();
      try (InputStream in = resource("index.txt");
           BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the dataset index " + ROOT + "index.txt", e);
      }
      n = List.copyOf(out);
      names = n;
    }
    return n;
  }

  /**
   * The whole dataset (features and label, label last) with the column types of its {@code .meta.json}.
   *
   * @throws IllegalArgumentException if there is no dataset of that name (the message lists the names)
   */
  public static Frame load(String name) {
    requireName(name);
    return CACHE.computeIfAbsent(name, n -> {
      Meta m = meta(n);
      try (InputStream in = resource(n + ".csv")) {
        return m.read(in, "praxis/datasets/" + n + ".csv");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled dataset " + n, e);
      }
    });
  }

  /** Name of the label column ({@code class} or {@code target} for the bundled sets). */
  public static String labelColumn(String name) {
    requireName(name);
    return meta(name).label;
  }

  /** The task the dataset is meant for: CLASSIFICATION or REGRESSION. */
  public static Task task(String name) {
    requireName(name);
    return meta(name).task;
  }

  /** Features (every column but the label) and the label as a {@link Target}. */
  public static XY xy(String name) {
    Frame f = load(name);
    String label = labelColumn(name);
    return new XY(f.drop(label), Target.fromColumn(f.column(label)));
  }

  /**
   * Reads a user's CSV that has a sibling {@code <name>.meta.json} in the bundled datasets' format (for
   * {@code data.csv} or {@code data.csv.gz} the sidecar is {@code data.meta.json}); types, levels and the
   * label position come from the sidecar, as in {@link #load}.
   *
   * @throws UncheckedIOException naming the sidecar if it is missing or unreadable
   * @throws DataFormatException if the sidecar's columns do not match the CSV header, or a cell does not fit
   */
  public static Frame loadCsvWithMeta(Path csv) {
    String file = csv.getFileName().toString();
    String stem = file.replaceFirst("(?i)\\.csv(\\.gz)?$", "");
    Path metaPath = csv.resolveSibling(stem + ".meta.json");
    if (!Files.exists(metaPath)) {
      throw new UncheckedIOException("cannot read '" + metaPath.toAbsolutePath() + "': no such file; "
          + "loadCsvWithMeta needs a .meta.json sidecar next to " + csv,
          new java.nio.file.NoSuchFileException(metaPath.toString()));
    }
    Meta m;
    try (InputStream in = Files.newInputStream(metaPath)) {
      m = Meta.parse(in, metaPath.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + metaPath.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    Frame f = m.reader().read(csv);
    return m.finish(f, csv.toString());
  }

  private static void requireName(String name) {
    if (name == null || !names().contains(name)) {
      String hint = "";
      if (name != null) {
        for (String n : names()) {
          if (n.replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
            hint += " (did you mean '" + n + "'?)";
          }
        }
      }
      throw new IllegalArgumentException("no bundled dataset named '" + name + "'" + hint + "; available: " + names());
    }
  }

  private static Meta meta(String name) {
    return META.computeIfAbsent(name, n -> {
      try (InputStream in = resource(n + ".meta.json")) {
        return Meta.parse(in, "praxis/datasets/" + n + ".meta.json");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read metadata of bundled dataset " + n, e);
      }
    });
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = Datasets.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IOException("classpath resource " + ROOT + file + " not found (is praxis-core on the classpath?)");
    }
    return in;
  }

  /** The parts of a {@code .meta.json} the loader needs. */
  private static final class Meta {
    final String source;
    final List<String> columns = new ArrayList<>();
    final Map<String, ColumnType> types = new LinkedHashMap<>();
    final Map<String, List<String>> levels = new HashMap<>();
    final List<String> ordinal = new ArrayList<>();
    String label;
    Task task;

    private Meta(String source) {
      this.source = source;
    }

    static Meta parse(InputStream in, String source) throws IOException {
      JsonNode root = JSON.readTree(in);
      Meta m = new Meta(source);
      JsonNode cols = root.path("columns");
      if (!cols.isArray() || cols.isEmpty()) {
        throw new DataFormatException(source, 0, "expected a non-empty \"columns\" array");
      }
      for (JsonNode c : cols) {
        String name = c.path("name").asText(null);
        String type = c.path("type").asText("");
        if (name == null || name.isEmpty()) {
          throw new DataFormatException(source, 0, "expected every entry of \"columns\" to have a \"name\" but found "
              + c);
        }
        m.columns.add(name);
        List<String> lv = new ArrayList<>();
        for (JsonNode l : c.path("levels")) {
          lv.add(l.asText());
        }
        switch (type) {
          case "numeric", "integer", "binary" -> m.types.put(name, ColumnType.NUMERIC);
          case "categorical", "ordinal" -> {
            m.types.put(name, ColumnType.CATEGORICAL);
            if (!lv.isEmpty()) {
              m.levels.put(name, lv);
            }
            if (type.equals("ordinal")) {
              if (lv.isEmpty()) {
                throw new DataFormatException(source, 0, "column '" + name
                    + "' is ordinal; expected its \"levels\" in order but found none");
              }
              m.ordinal.add(name);
            }
          }
          case "text" -> m.types.put(name, ColumnType.TEXT);
          default -> throw new DataFormatException(source, 0, "column '" + name + "': expected a type of numeric,"
              + " integer, binary, categorical, ordinal or text but found '" + type + "'");
        }
        if ("label".equals(c.path("role").asText(""))) {
          m.label = name;
        }
      }
      if (root.hasNonNull("label")) {
        m.label = root.get("label").asText();
      }
      if (m.label == null || !m.columns.contains(m.label)) {
        throw new DataFormatException(source, 0, "expected \"label\" to name one of the columns " + m.columns
            + " but found '" + m.label + "'");
      }
      String task = root.path("task").asText("").toLowerCase(Locale.ROOT);
      m.task = switch (task) {
        case "regression" -> Task.REGRESSION;
        case "classification", "text" -> Task.CLASSIFICATION;
        default -> throw new DataFormatException(source, 0, "expected \"task\" classification, regression or text"
            + " but found '" + task + "'");
      };
      return m;
    }

    CsvReader reader() {
      return CsvReader.builder().types(types).levels(levels).ordinal(ordinal.toArray(new String[0])).build();
    }

    Frame read(InputStream in, String csvSource) {
      return finish(reader().read(in, csvSource), csvSource);
    }

    /** Checks the header against the sidecar and moves the label last. */
    Frame finish(Frame f, String csvSource) {
      if (!f.schema().names().equals(columns)) {
        throw new DataFormatException(csvSource, 1, "expected the columns " + columns + " listed in " + source
            + " but the header has " + f.schema().names());
      }
      List<String> order = new ArrayList<>(columns);
      order.remove(label);
      order.add(label);
      return order.equals(columns) ? f : f.select(order);
    }
  }
}
