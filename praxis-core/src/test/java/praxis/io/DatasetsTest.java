package praxis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.api.Task;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.csv.CsvReader;

/**
 * Acceptance test of the CSV reader: every bundled dataset loads with the column types, row count,
 * missing-value counts and label distribution that its {@code .meta.json} states, both through
 * {@link Datasets} (types from the sidecar) and through plain {@link CsvReader} type inference.
 */
class DatasetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> names() {
    return Datasets.names().stream();
  }

  private static JsonNode meta(String name) throws IOException {
    try (InputStream in = DatasetsTest.class.getResourceAsStream("/praxis/datasets/" + name + ".meta.json")) {
      return JSON.readTree(in);
    }
  }

  @Test
  void indexListsEveryBundledCsvExceptNone() throws Exception {
    Path dir = Path.of(DatasetsTest.class.getResource("/praxis/datasets/index.txt").toURI()).getParent();
    List<String> csvs = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".csv"))
          .forEach(f -> csvs.add(f.substring(0, f.length() - 4)));
    }
    assertEquals(csvs.stream().sorted().toList(), Datasets.names().stream().sorted().toList());
    assertEquals(13, Datasets.names().size());
  }

  @ParameterizedTest
  @MethodSource("names")
  void loadsWithMetaTypesCountsAndLabels(String name) throws IOException {
    JsonNode meta = meta(name);
    Frame f = Datasets.load(name);
    check(name, meta, f, false);
    String label = meta.get("label").asText();
    assertEquals(label, Datasets.labelColumn(name));
    assertEquals(label, f.column(f.columnCount() - 1).name(), "label column last");
    for (JsonNode c : meta.get("columns")) {
      Column col = f.column(c.get("name").asText());
      String type = c.get("type").asText();
      if ((type.equals("categorical") || type.equals("ordinal")) && c.has("levels")) {
        List<String> lv = new ArrayList<>();
        c.get("levels").forEach(l -> lv.add(l.asText()));
        assertEquals(lv, ((CategoricalColumn) col).levels(), name + "." + col.name() + " levels");
        assertEquals(type.equals("ordinal"), ((CategoricalColumn) col).ordinal(), name + "." + col.name());
      }
    }
    Datasets.XY xy = Datasets.xy(name);
    assertEquals(f.columnCount() - 1, xy.x().columnCount());
    assertEquals(f.rowCount(), xy.y().size());
    String task = meta.get("task").asText();
    assertEquals(task.equals("regression") ? Task.REGRESSION : Task.CLASSIFICATION, Datasets.task(name));
    assertEquals(task.equals("regression") ? Target.Kind.VALUES : Target.Kind.CLASSES, xy.y().kind());
    if (task.equals("regression")) {
      JsonNode t = meta.get("stats_summary").get("target");
      double[] v = xy.y().values();
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      for (double d : v) {
        min = Math.min(min, d);
        max = Math.max(max, d);
        sum += d;
      }
      assertEquals(t.get("min").asDouble(), min, 0.0);
      assertEquals(t.get("max").asDouble(), max, 0.0);
      // the sidecar rounds the mean to 6 significant digits
      assertEquals(t.get("mean").asDouble(), sum / v.length, 5e-4);
    }
    assertSame(f, Datasets.load(name), "frames are cached");
  }

  @ParameterizedTest
  @MethodSource("names")
  void plainCsvReaderInfersTheSameTypesAndCounts(String name) throws IOException {
    JsonNode meta = meta(name);
    Frame f;
    try (InputStream in = DatasetsTest.class.getResourceAsStream("/praxis/datasets/" + name + ".csv")) {
      f = CsvReader.defaults().read(in, name + ".csv");
    }
    check(name, meta, f, true);
  }

  private static void check(String name, JsonNode meta, Frame f, boolean inferred) {
    JsonNode stats = meta.get("stats_summary");
    assertEquals(stats.get("rows").asInt(), f.rowCount(), name + " rows");
    assertEquals(stats.get("columns").asInt(), f.columnCount(), name + " columns");
    Map<String, Integer> missing = new HashMap<>();
    stats.get("missing_by_column").fields().forEachRemaining(e -> missing.put(e.getKey(), e.getValue().asInt()));
    int totalMissing = 0;
    for (JsonNode c : meta.get("columns")) {
      String col = c.get("name").asText();
      Column column = f.column(col);
      ColumnType expected = switch (c.get("type").asText()) {
        case "numeric", "integer", "binary" -> ColumnType.NUMERIC;
        case "categorical", "ordinal" -> ColumnType.CATEGORICAL;
        case "text" -> ColumnType.TEXT;
        default -> throw new AssertionError("unknown meta type " + c.get("type"));
      };
      assertEquals(expected, column.type(), name + "." + col + " type (" + (inferred ? "inferred" : "meta") + ")");
      assertEquals(missing.getOrDefault(col, 0), column.missingCount(), name + "." + col + " missing");
      totalMissing += column.missingCount();
    }
    assertEquals(stats.get("missing").asInt(), totalMissing, name + " total missing");
    if (stats.has("label_counts")) {
      CategoricalColumn label = (CategoricalColumn) f.column(meta.get("label").asText());
      Map<String, Integer> counts = new HashMap<>();
      int[] lc = label.levelCounts();
      for (int k = 0; k < lc.length; k++) {
        if (lc[k] > 0) {
          counts.put(label.levels().get(k), lc[k]);
        }
      }
      Map<String, Integer> expected = new HashMap<>();
      stats.get("label_counts").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
      assertEquals(expected, counts, name + " label counts");
    }
  }

  @Test
  void irisValuesAreExact() {
    Frame iris = Datasets.load("iris");
    DoubleColumn sl = iris.doubleColumn("sepal length (cm)");
    assertEquals(5.1, sl.get(0), 0.0);
    assertEquals(5.9, sl.get(149), 0.0);
    Target y = Datasets.xy("iris").y();
    assertEquals(List.of("setosa", "versicolor", "virginica"), y.classList());
  }

  @Test
  void unknownNameListsTheAvailableOnesAndSuggests() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.load("Iris"));
    assertTrue(e.getMessage().contains("did you mean 'iris'") && e.getMessage().contains("available: ["),
        e.getMessage());
  }

  @Test
  void loadCsvWithMetaReadsAUsersFileAndChecksTheHeader(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("shop.csv");
    Files.writeString(csv, "\"size\",\"price\",\"y\"\n\"M\",3.5,\"a\"\n\"S\",,\"b\"\n");
    Files.writeString(dir.resolve("shop.meta.json"), "{\"label\":\"y\",\"task\":\"classification\",\"columns\":["
        + "{\"name\":\"y\",\"type\":\"categorical\"},"
        + "{\"name\":\"size\",\"type\":\"ordinal\",\"levels\":[\"S\",\"M\",\"L\"]},"
        + "{\"name\":\"price\",\"type\":\"numeric\"}]}");
    DataFormatException e = assertThrows(DataFormatException.class, () -> Datasets.loadCsvWithMeta(csv));
    assertTrue(e.getMessage().contains("expected the columns [y, size, price]"), e.getMessage());
    Files.writeString(dir.resolve("shop.meta.json"), "{\"label\":\"y\",\"task\":\"classification\",\"columns\":["
        + "{\"name\":\"size\",\"type\":\"ordinal\",\"levels\":[\"S\",\"M\",\"L\"]},"
        + "{\"name\":\"price\",\"type\":\"numeric\"},{\"name\":\"y\",\"type\":\"categorical\"}]}");
    Frame f = Datasets.loadCsvWithMeta(csv);
    CategoricalColumn size = f.categoricalColumn("size");
    assertTrue(size.ordinal());
    assertEquals(List.of("S", "M", "L"), size.levels());
    assertEquals(1, size.code(0));
    assertTrue(f.column("price").isMissing(1));
    assertThrows(java.io.UncheckedIOException.class, () -> Datasets.loadCsvWithMeta(dir.resolve("other.csv")));
  }
}
