package praxis.io.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Tests against a real embedded SQL engine: SQLite (xerial sqlite-jdbc), in memory. */
class JdbcReaderTest {
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, age INTEGER, income REAL, score NUMERIC(5,2),"
          + " city VARCHAR(20), bio TEXT, member BOOLEAN, joined DATE)");
      st.execute("INSERT INTO people VALUES (1, 34, 52000.5, 7.25, 'Oslo', 'likes skiing', 1, '2021-03-04')");
      st.execute("INSERT INTO people VALUES (2, NULL, 48000, NULL, 'Bergen', NULL, 0, NULL)");
      st.execute("INSERT INTO people VALUES (3, 0, NULL, 0, NULL, 'a, \"quoted\" text', NULL, '2022-12-31')");
      st.execute("INSERT INTO people VALUES (4, 51, -1.5e3, 9.5, 'Oslo', '', 1, '2020-01-01')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void mapsSqlTypesAndNulls() {
    Frame f = JdbcReader.query(conn, "SELECT * FROM people ORDER BY id");
    assertEquals(List.of("id", "age", "income", "score", "city", "bio", "member", "joined"), f.schema().names());
    assertEquals(4, f.rowCount());
    DoubleColumn age = f.doubleColumn("age");
    assertEquals(34.0, age.get(0));
    assertTrue(age.isMissing(1));
    assertEquals(0.0, age.get(2), "a real zero stays zero");
    DoubleColumn income = f.doubleColumn("income");
    assertEquals(52000.5, income.get(0));
    assertTrue(income.isMissing(2));
    assertEquals(-1500.0, income.get(3));
    assertEquals(ColumnType.NUMERIC, f.column("score").type());
    assertEquals(7.25, f.doubleColumn("score").get(0));
    assertTrue(f.column("score").isMissing(1));
    CategoricalColumn city = f.categoricalColumn("city");
    assertEquals(List.of("Oslo", "Bergen"), city.levels());
    assertTrue(city.isMissing(2));
    assertEquals("Oslo", city.get(3));
    CategoricalColumn bio = f.categoricalColumn("bio");
    assertTrue(bio.isMissing(1));
    assertEquals("a, \"quoted\" text", bio.get(2));
    assertEquals("", bio.get(3), "the empty string is not missing");
    BooleanColumn member = (BooleanColumn) f.column("member");
    assertTrue(member.get(0));
    assertEquals(0, member.getByte(1));
    assertTrue(member.isMissing(2));
    Column joined = f.column("joined");
    assertEquals(ColumnType.TEXT, joined.type());
    assertTrue(joined.isMissing(1));
    assertEquals(1, f.column("joined").missingCount());
  }

  @Test
  void textOptionParametersAndExpressions() {
    Frame f = JdbcReader.builder().textAs(ColumnType.TEXT).fetchSize(2).build()
        .read(conn, "SELECT city, bio, age * 2 AS twice, NULL AS none_at_all FROM people WHERE id >= ? ORDER BY id", 2);
    assertEquals(3, f.rowCount());
    assertEquals(ColumnType.TEXT, f.column("city").type());
    assertNull(((TextColumn) f.column("city")).get(1));
    assertEquals(ColumnType.NUMERIC, f.column("twice").type());
    assertTrue(f.column("twice").isMissing(0));
    assertEquals(102.0, f.doubleColumn("twice").get(2));
    assertEquals(3, f.column("none_at_all").missingCount());
  }

  @Test
  void emptyResultKeepsColumns() {
    Frame f = JdbcReader.query(conn, "SELECT age, city FROM people WHERE id > 100");
    assertEquals(0, f.rowCount());
    assertEquals(List.of("age", "city"), f.schema().names());
    assertEquals(ColumnType.NUMERIC, f.column("age").type());
  }

  @Test
  void textInNumericColumnIsAnErrorNotASilentZero() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("INSERT INTO people (id, age) VALUES (5, 'forty')");
    }
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> JdbcReader.query(conn, "SELECT id, age FROM people ORDER BY id"));
    assertTrue(e.getMessage().endsWith(":5: column 'age' (2): expected a number (the column is declared numeric)"
        + " but found 'forty'"), e.getMessage());
    assertEquals(5, e.line());
  }

  @Test
  void clearErrorsForDuplicateNamesBlobsAndBadSql() {
    IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
        () -> JdbcReader.query(conn, "SELECT age, income AS age FROM people"));
    assertTrue(d.getMessage().contains("both named 'age'") && d.getMessage().contains("AS"), d.getMessage());
    Exception b = assertThrows(RuntimeException.class, () -> JdbcReader.query(conn, "SELECT x'CAFE' AS raw"));
    assertTrue(b.getMessage().contains("'raw'"), b.getMessage());
    IllegalStateException s = assertThrows(IllegalStateException.class,
        () -> JdbcReader.query(conn, "SELECT nope FROM people"));
    assertTrue(s.getMessage().contains("SELECT nope FROM people"), s.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JdbcReader.builder().textAs(ColumnType.NUMERIC));
  }

  @Test
  void bundledDatasetThroughAFileDatabase(@TempDir Path dir) throws SQLException {
    Frame iris = Datasets.load("iris");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("iris.db"))) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE iris (sl REAL, sw REAL, pl REAL, pw REAL, species TEXT)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO iris VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < iris.rowCount(); i++) {
          for (int j = 0; j < 4; j++) {
            ps.setDouble(j + 1, iris.getDouble(i, j));
          }
          ps.setString(5, iris.categoricalColumn("class").get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      Frame f = JdbcReader.query(c, "SELECT species, COUNT(*) AS n, AVG(pl) AS mean_pl FROM iris GROUP BY species"
          + " ORDER BY species");
      assertEquals(List.of("setosa", "versicolor", "virginica"), f.categoricalColumn("species").levels());
      assertEquals(50.0, f.doubleColumn("n").get(0));
      // mean petal length of setosa: 73.1 / 50 (hand-checked sum of the 50 values)
      assertEquals(1.462, f.doubleColumn("mean_pl").get(0), 1e-12);
    }
  }
}
