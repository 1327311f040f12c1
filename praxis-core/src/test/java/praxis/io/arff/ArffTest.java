package praxis.io.arff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.DataFormatException;
import praxis.io.Datasets;

class ArffTest {
  private static final String WEATHER = """
      % The classic weather data (Witten & Frank), abridged
      @RELATION weather

      @attribute outlook {sunny, overcast, rainy}
      @attribute temperature real
      @ATTRIBUTE humidity INTEGER   % percent
      @attribute 'wind speed' numeric
      @attribute note string
      @attribute when date "yyyy-MM-dd"
      @attribute play {yes,no}

      @data
      sunny,85,85,1.5,'hot, dry',2024-01-05,no
      overcast, 83 ,?,?,"it's \\"fine\\"",?,yes
      % a comment line inside the data
      rainy,-7e-1,96,0,?,'2024-01-07',yes   % trailing comment
      {0 overcast, 2 70, 4 'sparse row', 6 yes}
      """;

  @Test
  void readsDenseAndSparseRowsQuotesMissingAndComments() {
    ArffReader.ArffData d = ArffReader.parse(WEATHER, "weather.arff");
    assertEquals("weather", d.relation());
    Frame f = d.frame();
    assertEquals(List.of("outlook", "temperature", "humidity", "wind speed", "note", "when", "play"),
        f.schema().names());
    assertEquals(4, f.rowCount());
    CategoricalColumn outlook = f.categoricalColumn("outlook");
    assertEquals(List.of("sunny", "overcast", "rainy"), outlook.levels());
    assertEquals("overcast", outlook.get(3));
    DoubleColumn t = f.doubleColumn("temperature");
    assertEquals(85.0, t.get(0));
    assertEquals(83.0, t.get(1));
    assertEquals(-0.7, t.get(2));
    assertEquals(0.0, t.get(3), "omitted numeric in a sparse row is 0");
    assertTrue(f.column("humidity").isMissing(1));
    assertEquals(70.0, f.doubleColumn("humidity").get(3));
    TextColumn note = (TextColumn) f.column("note");
    assertEquals("hot, dry", note.get(0));
    assertEquals("it's \"fine\"", note.get(1));
    assertNull(note.get(2));
    assertEquals("sparse row", note.get(3));
    TextColumn when = (TextColumn) f.column("when");
    assertEquals(ColumnType.TEXT, when.type());
    assertEquals("2024-01-07", when.get(2));
    assertEquals("", when.get(3), "omitted string in a sparse row is empty, as in Weka");
    assertEquals(List.of("no", "yes", "yes", "yes"),
        List.of(f.categoricalColumn("play").get(0), f.categoricalColumn("play").get(1),
            f.categoricalColumn("play").get(2), f.categoricalColumn("play").get(3)));
  }

  @Test
  void errorsNameLineAttributeAndText() {
    String head = "@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n";
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "1,a\nten,b\n", "r.arff"));
    assertEquals("r.arff:6: column 'x' (1): expected a number but found 'ten'", e.getMessage());
    DataFormatException e2 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "1,z\n", "r.arff"));
    assertEquals("r.arff:5: column 'c' (2): expected one of the declared values [a, b] but found 'z'",
        e2.getMessage());
    DataFormatException e3 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "1\n", "r.arff"));
    assertEquals("r.arff:5: expected 2 values (one per @attribute) but found 1", e3.getMessage());
    DataFormatException e4 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "1,a,b\n", "r.arff"));
    assertEquals("r.arff:5: expected 2 values (one per @attribute) but found 3", e4.getMessage());
    DataFormatException e5 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse("@relation r\n@attribute x numbr\n@data\n", "r.arff"));
    assertTrue(e5.getMessage().startsWith("r.arff:2: attribute 'x': expected a type of numeric"), e5.getMessage());
    DataFormatException e6 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "{1 a, 0 2}\n", "r.arff"));
    assertTrue(e6.getMessage().startsWith("r.arff:5: expected a sparse attribute index in [2, 2)"), e6.getMessage());
    DataFormatException e7 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "1,'open\n", "r.arff"));
    assertTrue(e7.getMessage().startsWith("r.arff:5: expected a closing '"), e7.getMessage());
    DataFormatException e8 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse("@relation r\n@attribute x numeric\n", "r.arff"));
    assertTrue(e8.getMessage().contains("expected an @data section"), e8.getMessage());
    DataFormatException e9 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse(head + "1,a,{2}\n", "r.arff"));
    assertTrue(e9.getMessage().contains("instance weights"), e9.getMessage());
    DataFormatException e10 = assertThrows(DataFormatException.class,
        () -> ArffReader.parse("@relation r\n@attribute x numeric\n@attribute x numeric\n@data\n", "r.arff"));
    assertTrue(e10.getMessage().startsWith("r.arff:3: duplicate attribute name 'x'"), e10.getMessage());
  }

  @Test
  void roundTripOfMixedFrame(@TempDir Path dir) throws IOException {
    Frame f = Frame.of(
        DoubleColumn.of("x y", 1, Double.NaN, 0.1, -2.5e-8),
        CategoricalColumn.of("c", "a b", "?", null, "it's"),
        TextColumn.of("t", "line\nbreak", null, "", "50% {x}"),
        BooleanColumn.of("b", true, false, null, true));
    Path p = dir.resolve("mixed.arff");
    ArffWriter.write(f, "mixed data", p);
    ArffReader.ArffData d = ArffReader.load(p);
    assertEquals("mixed data", d.relation());
    Frame g = d.frame();
    assertEquals(f.schema().names(), g.schema().names());
    for (int j = 0; j < 3; j++) {
      Column a = f.column(j);
      Column b = g.column(j);
      assertEquals(a.type(), b.type());
      for (int i = 0; i < f.rowCount(); i++) {
        assertEquals(a.isMissing(i), b.isMissing(i));
        assertEquals(a.format(i), b.format(i), a.name() + " row " + i);
      }
    }
    CategoricalColumn b = g.categoricalColumn("b");
    assertEquals(List.of("false", "true"), b.levels());
    assertEquals("true", b.get(0));
    assertTrue(b.isMissing(2));
    assertEquals(f.categoricalColumn("c").levels(), g.categoricalColumn("c").levels());
  }

  @Test
  void bundledDatasetsRoundTripExactly() {
    for (String name : List.of("iris", "BreastCancer", "PimaIndiansDiabetes2", "Servo")) {
      Frame f = Datasets.load(name);
      Frame g = ArffReader.parse(ArffWriter.toArffString(f, name), name + ".arff").frame();
      assertEquals(f.rowCount(), g.rowCount());
      for (int j = 0; j < f.columnCount(); j++) {
        assertEquals(f.column(j).type(), g.column(j).type());
        assertEquals(f.column(j).missingCount(), g.column(j).missingCount());
        for (int i = 0; i < f.rowCount(); i++) {
          assertEquals(f.column(j).format(i), g.column(j).format(i), name + " " + f.column(j).name() + " " + i);
        }
      }
    }
  }

  @Test
  void writerQuotesOnlyWhenNeeded() {
    assertEquals("abc", ArffWriter.quote("abc"));
    assertEquals("'a b'", ArffWriter.quote("a b"));
    assertEquals("'?'", ArffWriter.quote("?"));
    assertEquals("''", ArffWriter.quote(""));
    assertEquals("'it\\'s'", ArffWriter.quote("it's"));
    assertThrows(IllegalArgumentException.class, () -> ArffWriter.toArffString(Frame.empty(0), ""));
  }
}
