package praxis.io.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.io.DataFormatException;

/**
 * Runs any SQL query over a JDBC {@link Connection} and returns the result as a {@link Frame}, one column per
 * result column (named by its label, so use {@code AS} to rename). SQL types map to column types:
 * <ul>
 *   <li>TINYINT, SMALLINT, INTEGER, BIGINT, REAL, FLOAT, DOUBLE, NUMERIC, DECIMAL → NUMERIC (64-bit double;
 *       integers beyond 2<sup>53</sup> lose precision);</li>
 *   <li>BOOLEAN, BIT → BOOLEAN;</li>
 *   <li>CHAR, VARCHAR, LONGVARCHAR, the N- variants and CLOB → CATEGORICAL (levels in first-seen order), or
 *       TEXT with {@link Builder#textAs(ColumnType) textAs(TEXT)};</li>
 *   <li>DATE, TIME, TIMESTAMP → TEXT holding the driver's ISO text;</li>
 *   <li>NULL, OTHER, JAVA_OBJECT or a type the driver leaves unspecified (e.g. SQLite expressions) → decided
 *       from the values: all numbers → NUMERIC, all booleans → BOOLEAN, otherwise strings;</li>
 *   <li>binary, array and structured types → an error naming the column (cast them in SQL).</li>
 * </ul>
 * SQL NULL is a missing value. A value that does not fit its column's declared type (SQLite, for one, lets a
 * TEXT value sit in an INTEGER column) is a {@link DataFormatException} naming the query, the 1-based result
 * row (reported as the line), the column and the text, never a silent zero. The connection is left open;
 * the statement and result set are closed. Cost: one pass over the result, O(cells).
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection("jdbc:sqlite:shop.db")) {
 *   Frame f = JdbcReader.query(c, "SELECT age, income, city FROM customers WHERE age > 18");
 *   Frame g = JdbcReader.builder().textAs(ColumnType.TEXT).build()
 *       .read(c, "SELECT id, review FROM reviews WHERE stars >= ?", 4);
 * }
 * }</pre>
 */
public final class JdbcReader {
  private static final JdbcReader DEFAULTS = builder().build();

  private final ColumnType textAs;
  private final int fetchSize;

  private JdbcReader(Builder b) {
    this.textAs = b.textAs;
    this.fetchSize = b.fetchSize;
  }

  /** Runs {@code sql} with the default settings. */
  public static Frame query(Connection connection, String sql) {
    return DEFAULTS.read(connection, sql);
  }

  /** A builder starting from the defaults (strings → CATEGORICAL, driver's fetch size). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs {@code sql} as a prepared statement with {@code params} bound to its {@code ?} placeholders in
   * order.
   *
   * @throws IllegalStateException wrapping the driver's {@link SQLException}, with the query in the message
   */
  public Frame read(Connection connection, String sql, Object... params) {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      if (fetchSize > 0) {
        st.setFetchSize(fetchSize);
      }
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        return read(rs, "query [" + DataFormatException.excerpt(sql) + "]");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("SQL query failed: " + e.getMessage() + " (query: "
          + DataFormatException.excerpt(sql) + ")", e);
    }
  }

  /**
   * Reads the remaining rows of an open result set (not closed).
   *
   * @param sourceName how to name the result in error messages
   */
  public Frame read(ResultSet rs, String sourceName) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int p = md.getColumnCount();
    Map<String, Integer> seen = new HashMap<>();
    Col[] cols = new Col[p];
    for (int j = 0; j < p; j++) {
      String name = md.getColumnLabel(j + 1);
      if (name == null || name.isEmpty()) {
        name = md.getColumnName(j + 1);
      }
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException(sourceName + ": result column " + (j + 1)
            + " has no name; give it one with AS");
      }
      Integer prev = seen.put(name, j);
      if (prev != null) {
        throw new IllegalArgumentException(sourceName + ": result columns " + (prev + 1) + " and " + (j + 1)
            + " are both named '" + name + "'; give them distinct names with AS");
      }
      cols[j] = new Col(name, j + 1, kindOf(md.getColumnType(j + 1), md.getColumnTypeName(j + 1), name, sourceName));
    }
    int row = 0;
    while (rs.next()) {
      row++;
      for (Col c : cols) {
        c.read(rs, row, sourceName);
      }
    }
    List<Column> out = new ArrayList<>(p);
    for (Col c : cols) {
      out.add(c.build(textAs));
    }
    return p == 0 ? Frame.empty(row) : Frame.of(out);
  }

  private enum Kind { NUMBER, BOOL, STRING, TEMPORAL, DYNAMIC }

  private static Kind kindOf(int sqlType, String typeName, String column, String source) {
    switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
          Types.NUMERIC, Types.DECIMAL:
        return Kind.NUMBER;
      case Types.BOOLEAN, Types.BIT:
        return Kind.BOOL;
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
          Types.CLOB, Types.NCLOB:
        return Kind.STRING;
      case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE:
        return Kind.TEMPORAL;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.ARRAY, Types.STRUCT, Types.REF,
          Types.SQLXML, Types.DATALINK, Types.ROWID:
        throw new IllegalArgumentException(source + ": column '" + column + "' has SQL type " + typeName
            + ", which has no frame column type; CAST it to a number or text in the query, or leave it out");
      default:
        return Kind.DYNAMIC;
    }
  }

  /** One growing result column. */
  private static final class Col {
    final String name;
    final int number;
    Kind kind;
    int n;
    double[] num = new double[0];
    byte[] bool = new byte[0];
    String[] str = new String[0];
    Object[] obj = new Object[0];

    Col(String name, int number, Kind kind) {
      this.name = name;
      this.number = number;
      this.kind = kind;
      switch (kind) {
        case NUMBER -> num = new double[64];
        case BOOL -> bool = new byte[64];
        case STRING, TEMPORAL -> str = new String[64];
        default -> obj = new Object[64];
      }
    }

    void read(ResultSet rs, int row, String source) throws SQLException {
      int j = number;
      switch (kind) {
        case NUMBER -> {
          if (n == num.length) {
            num = Arrays.copyOf(num, n * 2);
          }
          double v = rs.getDouble(j);
          if (rs.wasNull()) {
            v = Double.NaN;
          } else if (v == 0) {
            // drivers with dynamic typing return 0 for text in a numeric column: check the value itself
            Object o = rs.getObject(j);
            if (!(o instanceof Number) && !isZeroText(o)) {
              throw new DataFormatException(source, row, name, number, "a number (the column is declared numeric)",
                  String.valueOf(o));
            }
          }
          num[n++] = v;
        }
        case BOOL -> {
          if (n == bool.length) {
            bool = Arrays.copyOf(bool, n * 2);
          }
          boolean b = rs.getBoolean(j);
          bool[n++] = rs.wasNull() ? BooleanColumn.MISSING : (byte) (b ? 1 : 0);
        }
        case STRING, TEMPORAL -> {
          if (n == str.length) {
            str = Arrays.copyOf(str, n * 2);
          }
          str[n++] = rs.getString(j);
        }
        default -> {
          if (n == obj.length) {
            obj = Arrays.copyOf(obj, n * 2);
          }
          Object o = rs.getObject(j);
          if (o instanceof byte[] || o instanceof java.sql.Blob || o instanceof java.sql.Array) {
            throw new DataFormatException(source, row, name, number, "a number, boolean or text",
                "a " + o.getClass().getSimpleName() + " value");
          }
          obj[n++] = o;
        }
      }
    }

    private static boolean isZeroText(Object o) {
      if (o == null) {
        return false;
      }
      try {
        return new BigDecimal(o.toString().trim()).signum() == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    Column build(ColumnType textAs) {
      switch (kind) {
        case NUMBER:
          return DoubleColumn.wrap(name, Arrays.copyOf(num, n));
        case BOOL:
          return BooleanColumn.wrap(name, Arrays.copyOf(bool, n));
        case TEMPORAL:
          return TextColumn.wrap(name, Arrays.copyOf(str, n));
        case STRING:
          return strings(Arrays.copyOf(str, n), textAs);
        default:
          break;
      }
      boolean allNumbers = true;
      boolean allBooleans = true;
      for (int i = 0; i < n; i++) {
        Object o = obj[i];
        if (o != null) {
          allNumbers &= o instanceof Number;
          allBooleans &= o instanceof Boolean;
        }
      }
      if (allNumbers) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
          v[i] = obj[i] == null ? Double.NaN : ((Number) obj[i]).doubleValue();
        }
        return DoubleColumn.wrap(name, v);
      }
      if (allBooleans) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
          b[i] = obj[i] == null ? BooleanColumn.MISSING : (byte) ((Boolean) obj[i] ? 1 : 0);
        }
        return BooleanColumn.wrap(name, b);
      }
      String[] s = new String[n];
      for (int i = 0; i < n; i++) {
        s[i] = obj[i] == null ? null : obj[i].toString();
      }
      return strings(s, textAs);
    }

    private Column strings(String[] s, ColumnType textAs) {
      if (textAs == ColumnType.TEXT) {
        return TextColumn.wrap(name, s);
      }
      Map<String, Integer> dict = new LinkedHashMap<>();
      int[] codes = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        if (s[i] == null) {
          codes[i] = CategoricalColumn.MISSING;
        } else {
          Integer c = dict.get(s[i]);
          if (c == null) {
            c = dict.size();
            dict.put(s[i], c);
          }
          codes[i] = c;
        }
      }
      return CategoricalColumn.wrap(name, codes, new ArrayList<>(dict.keySet()), false);
    }
  }

  /**
   * Settings of a {@link JdbcReader}.
   *
   * <pre>{@code
   * JdbcReader r = JdbcReader.builder().textAs(ColumnType.TEXT).fetchSize(10_000).build();
   * }</pre>
   */
  public static final class Builder {
    private ColumnType textAs = ColumnType.CATEGORICAL;
    private int fetchSize;

    private Builder() {}

    /** Column type for SQL character columns: CATEGORICAL (default) or TEXT. */
    public Builder textAs(ColumnType type) {
      if (type != ColumnType.CATEGORICAL && type != ColumnType.TEXT) {
        throw new IllegalArgumentException("textAs must be CATEGORICAL or TEXT, got " + type);
      }
      this.textAs = type;
      return this;
    }

    /** Rows fetched per round trip, a hint to the driver; 0 (default) keeps the driver's setting. */
    public Builder fetchSize(int rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("fetchSize must be >= 0, got " + rows);
      }
      this.fetchSize = rows;
      return this;
    }

    /** The reader. */
    public JdbcReader build() {
      return new JdbcReader(this);
    }
  }
}
