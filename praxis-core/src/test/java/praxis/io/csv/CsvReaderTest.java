package praxis.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.DataFormatException;

class CsvReaderTest {
  private static Frame read(String csv) {
    return CsvReader.defaults().readString(csv, "t.csv");
  }

  @Test
  void infersNumericAndCategoricalAndKeepsNaStringsAsCategories() {
    Frame f = read("\"a\",\"b\",\"c\"\n1,\"x\",NA\n2.5,\"None\",\n-3e2,\"x\",None\n");
    assertEquals(3, f.rowCount());
    DoubleColumn a = f.doubleColumn("a");
    assertEquals(1.0, a.get(0));
    assertEquals(2.5, a.get(1));
    assertEquals(-300.0, a.get(2));
    CategoricalColumn b = f.categoricalColumn("b");
    assertEquals(List.of("x", "None"), b.levels());
    assertEquals(0, b.missingCount());
    CategoricalColumn c = f.categoricalColumn("c");
    assertEquals(List.of("NA", "None"), c.levels());
    assertEquals(1, c.missingCount());
    assertTrue(c.isMissing(1));
  }

  @Test
  void quotedNumbersAreStringsUnlessQuotesAreIgnored() {
    String csv = "\"k\",\"v\"\n\"1\",\"10\"\n\"2\",\"\"\n";
    Frame f = read(csv);
    assertEquals(ColumnType.CATEGORICAL, f.column("k").type());
    assertEquals(List.of("1", "2"), f.categoricalColumn("k").levels());
    assertEquals(List.of("10", ""), f.categoricalColumn("v").levels());
    Frame g = CsvReader.builder().ignoreQuotes(true).build().readString(csv, "t.csv");
    assertEquals(ColumnType.NUMERIC, g.column("k").type());
    assertEquals(10.0, g.doubleColumn("v").get(0));
    assertTrue(g.column("v").isMissing(1));
  }

  @Test
  void columnTurningCategoricalKeepsOriginalSpellings() {
    Frame f = read("c\n1.50\n007\n\nabc\n1.50\n");
    CategoricalColumn c = f.categoricalColumn("c");
    assertEquals(List.of("1.50", "007", "abc"), c.levels());
    assertEquals(5, c.size());
    assertTrue(c.isMissing(2));
    assertEquals(0, c.code(4));
  }

  @Test
  void rfc4180QuotingEmbeddedDelimitersQuotesAndNewlines() {
    Frame f = read("\"name\",\"n\"\n\"a, b\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n");
    CategoricalColumn c = f.categoricalColumn("name");
    assertEquals("a, b", c.get(0));
    assertEquals("say \"hi\"", c.get(1));
    assertEquals("two\nlines", c.get(2));
    assertEquals(3.0, f.doubleColumn("n").get(2));
  }

  @Test
  void configurableDelimiterAndMissingMarkers() {
    Frame f = CsvReader.builder().delimiter(';').missing("NA", "?").build()
        .readString("x;y\n1;NA\n?;\"NA\"\n3;b\n", "t.csv");
    assertTrue(f.column("x").isMissing(1));
    assertEquals(ColumnType.NUMERIC, f.column("x").type());
    CategoricalColumn y = f.categoricalColumn("y");
    assertTrue(y.isMissing(0));
    assertEquals("NA", y.get(1), "a quoted NA is a value");
    assertEquals("b", y.get(2));
  }

  @Test
  void explicitNumericTypeRejectsBadCellNamingLineColumnAndText() {
    CsvReader r = CsvReader.builder().types(Map.of("age", ColumnType.NUMERIC)).build();
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> r.readString("\"id\",\"age\"\n\"a\",31\n\"b\",forty\n", "people.csv"));
    assertEquals("people.csv:3: column 'age' (2): expected a number but found 'forty'", e.getMessage());
    assertEquals("people.csv", e.source());
    assertEquals(3, e.line());
    assertEquals("age", e.column());
    assertEquals(2, e.columnNumber());
  }

  @Test
  void explicitNumericAcceptsQuotedNumbersAndNeverTurnsNaNTextIntoMissing() {
    CsvReader r = CsvReader.builder().types(Map.of("v", ColumnType.NUMERIC)).build();
    Frame f = r.readString("v\n\"2.5\"\n\nInfinity\n", "t.csv");
    assertEquals(2.5, f.doubleColumn("v").get(0));
    assertTrue(f.column("v").isMissing(1), "one-column file: empty line in the middle is missing");
    assertEquals(Double.POSITIVE_INFINITY, f.doubleColumn("v").get(2));
    assertThrows(DataFormatException.class, () -> r.readString("v\nNaN\n", "t.csv"));
    assertThrows(DataFormatException.class, () -> r.readString("v\n1f\n", "t.csv"));
    assertThrows(DataFormatException.class, () -> r.readString("v\n0x10\n", "t.csv"));
    assertThrows(DataFormatException.class, () -> r.readString("v\n1-2\n", "t.csv"));
  }

  @Test
  void explicitTextBooleanAndDeclaredLevels() {
    CsvReader r = CsvReader.builder()
        .types(Map.of("t", ColumnType.TEXT, "b", ColumnType.BOOLEAN))
        .levels(Map.of("s", List.of("S", "M", "L")))
        .ordinal("s")
        .build();
    Frame f = r.readString("t,b,s\nhello,true,M\n,0,\nworld,FALSE,S\n", "t.csv");
    TextColumn t = (TextColumn) f.column("t");
    assertEquals("hello", t.get(0));
    assertNull(t.get(1));
    BooleanColumn b = (BooleanColumn) f.column("b");
    assertTrue(b.get(0));
    assertEquals(0, b.getByte(1));
    assertEquals(0, b.getByte(2));
    CategoricalColumn s = f.categoricalColumn("s");
    assertEquals(List.of("S", "M", "L"), s.levels());
    assertTrue(s.ordinal());
    assertEquals(1, s.code(0));
    assertTrue(s.isMissing(1));
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> r.readString("t,b,s\nx,true,XL\n", "t.csv"));
    assertEquals("t.csv:2: column 's' (3): expected one of the declared levels [S, M, L] but found 'XL'",
        e.getMessage());
    DataFormatException e2 = assertThrows(DataFormatException.class,
        () -> r.readString("t,b,s\nx,yes,S\n", "t.csv"));
    assertTrue(e2.getMessage().contains("column 'b' (2): expected a boolean"), e2.getMessage());
  }

  @Test
  void raggedRowsNameLineAndCounts() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read("a,b,c\n1,2,3\n4,5\n"));
    assertEquals("t.csv:3: expected 3 fields (as in the header) but found 2; check the delimiter (',') and the"
        + " quoting of this line", e.getMessage());
    assertEquals(3, e.line());
    DataFormatException e2 = assertThrows(DataFormatException.class, () -> read("a,b\n1,2\n3,4,5\n"));
    assertTrue(e2.getMessage().startsWith("t.csv:3: expected 2 fields (as in the header) but found 3"));
  }

  @Test
  void lineNumbersCountPhysicalLinesOfQuotedNewlines() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> CsvReader.builder().types(Map.of("n", ColumnType.NUMERIC)).build()
            .readString("s,n\n\"a\nb\",1\nc,x\n", "t.csv"));
    assertEquals(4, e.line());
  }

  @Test
  void headerOnlyGivesEmptyFrameWithColumns() {
    Frame f = read("\"a\",\"b\"\n");
    assertEquals(0, f.rowCount());
    assertEquals(List.of("a", "b"), f.schema().names());
    Frame g = CsvReader.builder().types(Map.of("b", ColumnType.TEXT)).build().readString("a,b", "t.csv");
    assertEquals(ColumnType.TEXT, g.column("b").type());
  }

  @Test
  void emptyInputDuplicateAndEmptyHeaderNamesAreErrors() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(""));
    assertTrue(e.getMessage().contains("expected a header line"), e.getMessage());
    DataFormatException d = assertThrows(DataFormatException.class, () -> read("a,b,a\n1,2,3\n"));
    assertEquals("t.csv:1: duplicate column name 'a' in header fields 1 and 3; expected distinct names (rename one"
        + " of them)", d.getMessage());
    DataFormatException n = assertThrows(DataFormatException.class, () -> read("\"\",b\n1,2\n"));
    assertTrue(n.getMessage().startsWith("t.csv:1: header field 1 is empty"), n.getMessage());
  }

  @Test
  void emptyLinesAtEndAndInMiddleOfMultiColumnFileAreSkipped() {
    Frame f = read("a,b\r\n1,2\r\n\r\n3,4\r\n\r\n\r\n");
    assertEquals(2, f.rowCount());
    assertEquals(4.0, f.doubleColumn("b").get(1));
    Frame g = read("a\n1\n\n\n");
    assertEquals(1, g.rowCount());
  }

  @Test
  void unknownTypeColumnIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvReader.builder().types(Map.of("zz", ColumnType.NUMERIC)).build().readString("a\n1\n", "t.csv"));
    assertTrue(e.getMessage().contains("'zz'") && e.getMessage().contains("[a]"), e.getMessage());
  }

  @Test
  void noHeaderNamesColumnsX0X1() {
    Frame f = CsvReader.builder().header(false).build().readString("1,a\n2,b\n", "t.csv");
    assertEquals(List.of("x0", "x1"), f.schema().names());
    assertEquals(2, f.rowCount());
    assertEquals(1.0, f.doubleColumn("x0").get(0));
  }

  @Test
  void manyDistinctStringsBecomeText() {
    StringBuilder b = new StringBuilder("id,g\n");
    for (int i = 0; i < 1500; i++) {
      b.append("id").append(i).append(',').append(i % 3 == 0 ? "u" : "v").append('\n');
    }
    Frame f = read(b.toString());
    assertEquals(ColumnType.TEXT, f.column("id").type());
    assertEquals(ColumnType.CATEGORICAL, f.column("g").type());
    Frame g = CsvReader.builder().textMinDistinct(Integer.MAX_VALUE).build().readString(b.toString(), "t.csv");
    assertEquals(ColumnType.CATEGORICAL, g.column("id").type());
    assertEquals(1500, g.categoricalColumn("id").levels().size());
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bytes = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    Frame f = CsvReader.defaults().read(new ByteArrayInputStream(bytes), "bom.csv");
    assertEquals(List.of("a", "b"), f.schema().names());
  }

  @Test
  void malformedUtf8IsAnError() {
    byte[] bytes = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> CsvReader.defaults().read(new ByteArrayInputStream(bytes), "bad.csv"));
    assertTrue(e.getMessage().startsWith("bad.csv:"), e.getMessage());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void gzipBySuffixAndByMagic(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("d.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("x,y\n1,\"a\"\n2,\"b\"\n".getBytes(StandardCharsets.UTF_8));
    }
    Frame f = CsvReader.defaults().read(gz);
    assertEquals(2, f.rowCount());
    assertEquals(2.0, f.doubleColumn("x").get(1));
    Frame g = CsvReader.defaults().read(new ByteArrayInputStream(Files.readAllBytes(gz)), "stream");
    assertEquals("b", g.categoricalColumn("y").get(1));
    Path fake = dir.resolve("plain.csv.gz");
    Files.writeString(fake, "x\n1\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> CsvReader.defaults().read(fake));
    assertTrue(e.getMessage().contains("expected gzip-compressed data"), e.getMessage());
  }

  @Test
  void missingFileNamesThePath(@TempDir Path dir) {
    Path p = dir.resolve("nope.csv");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CsvReader.defaults().read(p));
    assertTrue(e.getMessage().contains(p.toAbsolutePath().toString()) && e.getMessage().contains("no such file"),
        e.getMessage());
  }

  @Test
  void builderRejectsContradictions() {
    assertThrows(IllegalArgumentException.class, () -> CsvReader.builder()
        .types(Map.of("s", ColumnType.NUMERIC)).levels(Map.of("s", List.of("a"))).build());
    assertThrows(IllegalArgumentException.class, () -> CsvReader.builder().ordinal("s").build());
    assertThrows(IllegalArgumentException.class, () -> CsvReader.builder().levels(Map.of("s", List.of("a", "a"))));
    assertThrows(IllegalArgumentException.class, () -> CsvReader.builder().delimiter('"'));
  }

  @Test
  void largeInputGrowsBuilders() {
    StringBuilder b = new StringBuilder("i,s\n");
    for (int i = 0; i < 10_000; i++) {
      b.append(i).append(",\"").append((char) ('a' + i % 5)).append("\"\n");
    }
    Frame f = read(b.toString());
    assertEquals(10_000, f.rowCount());
    assertEquals(9999.0, f.doubleColumn("i").get(9999));
    assertEquals(List.of("a", "b", "c", "d", "e"), f.categoricalColumn("s").levels());
    assertEquals(2000, f.categoricalColumn("s").levelCounts()[4]);
  }

  @Test
  void unterminatedQuoteAndTextAfterClosingQuoteAreErrors() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    sink.writeBytes("a,b\n1,\"open\n\n".getBytes(StandardCharsets.UTF_8));
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> CsvReader.defaults().read(new ByteArrayInputStream(sink.toByteArray()), "q.csv"));
    assertTrue(e.getMessage().startsWith("q.csv:2: expected a closing quote"), e.getMessage());
    DataFormatException e2 = assertThrows(DataFormatException.class, () -> read("a,b\n1,\"x\" y\n"));
    assertTrue(e2.getMessage().startsWith("t.csv:2: malformed CSV"), e2.getMessage());
    Frame ok = read("a,b\n1,\"closed\"\n\n");
    assertEquals("closed", ok.categoricalColumn("b").get(0));
    Frame ok2 = read("a,b\n1,\"closed\"");
    assertEquals("closed", ok2.categoricalColumn("b").get(0));
  }

}
