package praxis.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.Datasets;

class CsvWriterTest {
  private static Frame mixed() {
    return Frame.of(
        DoubleColumn.of("x", 1, Double.NaN, 0.1, 1e-7, Double.POSITIVE_INFINITY, -0.0, 1e20),
        CategoricalColumn.of("c", "a", "", "1", "a,b", "say \"hi\"", "two\nlines", null),
        TextColumn.of("t", "free text", null, "3.5", " x", "NA", "", "z"),
        BooleanColumn.of("b", true, null, false, true, false, null, true));
  }

  @Test
  void minimalQuotingOutput() {
    Frame f = Frame.of(DoubleColumn.of("x", 1.5, Double.NaN, 3), CategoricalColumn.of("c", "a", "7", null),
        TextColumn.of("t", "", "q\"", "a;b"));
    assertEquals("x,c,t\n1.5,a,\"\"\n,\"7\",\"q\"\"\"\n3,,a;b\n", CsvWriter.builder().build().toCsvString(f));
    assertEquals("x;c;t\r\n1.5;a;\"\"\r\n;\"7\";\"q\"\"\"\r\n3;;\"a;b\"\r\n",
        CsvWriter.builder().delimiter(';').crlf(true).build().toCsvString(f));
    assertEquals("\"x\",\"c\",\"t\"\n1.5,\"a\",\"\"\n,\"7\",\"q\"\"\"\n3,,\"a;b\"\n",
        CsvWriter.builder().quoteAllStrings(true).build().toCsvString(f));
    assertEquals("1.5,a,\"\"\n,\"7\",\"q\"\"\"\n3,,a;b\n", CsvWriter.builder().header(false).build().toCsvString(f));
  }

  @Test
  void roundTripKeepsValuesTypesAndMissing() {
    Frame f = mixed();
    for (boolean all : new boolean[] {false, true}) {
      String csv = CsvWriter.builder().quoteAllStrings(all).build().toCsvString(f);
      Frame g = CsvReader.builder().types(Map.of("t", ColumnType.TEXT, "b", ColumnType.BOOLEAN)).build()
          .readString(csv, "rt.csv");
      assertSameFrame(f, g);
      DoubleColumn x = g.doubleColumn("x");
      assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(x.get(5)));
    }
  }

  @Test
  void savesAtomicallyPlainAndGzip(@TempDir Path dir) throws IOException {
    Frame f = mixed();
    Path plain = dir.resolve("sub/out.csv");
    CsvWriter.write(f, plain);
    Path gz = dir.resolve("out.csv.gz");
    CsvWriter.builder().build().save(f, gz);
    byte[] head = Files.readAllBytes(gz);
    assertEquals(0x1f, head[0] & 0xff);
    assertEquals(0x8b, head[1] & 0xff);
    CsvReader r = CsvReader.builder().types(Map.of("t", ColumnType.TEXT, "b", ColumnType.BOOLEAN)).build();
    assertSameFrame(f, r.read(plain));
    assertSameFrame(f, r.read(gz));
    try (Stream<Path> s = Files.list(dir)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void reproducesTheBundledFileStyleByteForByte() throws IOException {
    Frame f = Datasets.load("BreastCancer");
    String csv = CsvWriter.builder().quoteAllStrings(true).build().toCsvString(f);
    try (InputStream in = CsvWriterTest.class.getResourceAsStream("/praxis/datasets/BreastCancer.csv")) {
      assertArrayEquals(in.readAllBytes(), csv.getBytes(StandardCharsets.UTF_8));
    }
  }

  static Stream<String> names() {
    return Datasets.names().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyBundledDatasetRoundTrips(String name) {
    Frame f = Datasets.load(name);
    String csv = CsvWriter.builder().build().toCsvString(f);
    assertSameFrame(f, CsvReader.defaults().readString(csv, name));
  }

  static void assertSameFrame(Frame a, Frame b) {
    assertEquals(a.schema().names(), b.schema().names());
    assertEquals(a.rowCount(), b.rowCount());
    for (int j = 0; j < a.columnCount(); j++) {
      Column ca = a.column(j);
      Column cb = b.column(j);
      assertEquals(ca.type(), cb.type(), ca.name());
      for (int i = 0; i < a.rowCount(); i++) {
        assertEquals(ca.isMissing(i), cb.isMissing(i), ca.name() + " row " + i);
        if (ca instanceof DoubleColumn da) {
          assertEquals(da.get(i), ((DoubleColumn) cb).get(i), 0.0, ca.name() + " row " + i);
        } else if (ca instanceof CategoricalColumn ka) {
          assertEquals(ka.get(i), ((CategoricalColumn) cb).get(i), ca.name() + " row " + i);
        } else if (ca instanceof TextColumn ta) {
          assertEquals(ta.get(i), ((TextColumn) cb).get(i), ca.name() + " row " + i);
        } else {
          assertEquals(((BooleanColumn) ca).getByte(i), ((BooleanColumn) cb).getByte(i), ca.name() + " row " + i);
        }
      }
    }
  }

  @Test
  void formatNumberIsExactAndShort() {
    assertEquals("3", CsvWriter.formatNumber(3.0));
    assertEquals("-12", CsvWriter.formatNumber(-12.0));
    assertEquals("0.1", CsvWriter.formatNumber(0.1));
    assertEquals("1.0E15", CsvWriter.formatNumber(1e15));
    assertEquals("-Infinity", CsvWriter.formatNumber(Double.NEGATIVE_INFINITY));
    assertTrue(Double.parseDouble(CsvWriter.formatNumber(Math.PI)) == Math.PI);
  }
}
