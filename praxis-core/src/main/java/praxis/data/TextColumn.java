package praxis.data;

/**
 * A free-text column; {@code null} is missing.
 *
 * <pre>{@code
 * TextColumn d = TextColumn.of("description", "a fast parser", null);
 * }</pre>
 */
public final class TextColumn extends Column {
  private final String[] data;

  private TextColumn(String name, String[] data, int[] index) {
    super(name, index, data.length);
    this.data = data;
  }

  /** A column over a copy of {@code values}. */
  public static TextColumn of(String name, String... values) {
    return new TextColumn(name, values.clone(), null);
  }

  /** A column taking ownership of {@code values}. */
  public static TextColumn wrap(String name, String[] values) {
    return new TextColumn(name, values, null);
  }

  @Override
  public ColumnType type() {
    return ColumnType.TEXT;
  }

  /** Value at {@code row} ({@code null} if missing). */
  public String get(int row) {
    return data[at(row)];
  }

  @Override
  public boolean isMissing(int row) {
    return data[at(row)] == null;
  }

  @Override
  public TextColumn rename(String newName) {
    return new TextColumn(newName, data, index);
  }

  @Override
  public TextColumn rows(int[] rows) {
    return new TextColumn(name(), data, compose(rows));
  }

  @Override
  public String format(int row) {
    String s = get(row);
    return s == null ? "" : s;
  }

  @Override
  public Field field() {
    return Field.text(name());
  }
}
