package praxis.data;

/**
 * A true/false column stored as bytes (0, 1, or {@link #MISSING}).
 *
 * <pre>{@code
 * BooleanColumn smoker = BooleanColumn.of("smoker", new Boolean[] {true, null, false});
 * }</pre>
 */
public final class BooleanColumn extends Column {
  /** Stored byte for a missing value. */
  public static final byte MISSING = -1;
  private final byte[] data;

  private BooleanColumn(String name, byte[] data, int[] index) {
    super(name, index, data.length);
    this.data = data;
  }

  /** A column from boxed values ({@code null} = missing). */
  public static BooleanColumn of(String name, Boolean... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = values[i] == null ? MISSING : (byte) (values[i] ? 1 : 0);
    }
    return new BooleanColumn(name, b, null);
  }

  /** A column taking ownership of bytes 0/1/{@link #MISSING}. */
  public static BooleanColumn wrap(String name, byte[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0 && values[i] != 1 && values[i] != MISSING) {
        throw new IllegalArgumentException("boolean column '" + name + "' row " + i + ": byte " + values[i]
            + " is not 0, 1 or MISSING (-1)");
      }
    }
    return new BooleanColumn(name, values, null);
  }

  @Override
  public ColumnType type() {
    return ColumnType.BOOLEAN;
  }

  /** Raw byte: 0, 1 or {@link #MISSING}. */
  public byte getByte(int row) {
    return data[at(row)];
  }

  /** Value at {@code row}; throws if missing. */
  public boolean get(int row) {
    byte b = data[at(row)];
    if (b == MISSING) {
      throw new IllegalStateException("row " + row + " of boolean column '" + name() + "' is missing");
    }
    return b == 1;
  }

  /** Value as 0.0/1.0, NaN for missing. */
  public double getDouble(int row) {
    byte b = data[at(row)];
    return b == MISSING ? Double.NaN : b;
  }

  @Override
  public boolean isMissing(int row) {
    return data[at(row)] == MISSING;
  }

  @Override
  public BooleanColumn rename(String newName) {
    return new BooleanColumn(newName, data, index);
  }

  @Override
  public BooleanColumn rows(int[] rows) {
    return new BooleanColumn(name(), data, compose(rows));
  }

  @Override
  public String format(int row) {
    byte b = getByte(row);
    return b == MISSING ? "" : (b == 1 ? "true" : "false");
  }

  @Override
  public Field field() {
    return Field.bool(name());
  }
}
