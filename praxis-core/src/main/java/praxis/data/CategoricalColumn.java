package praxis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary-encoded categorical column: each row holds an int code into a stable list of levels;
 * {@link #MISSING} marks a missing value. Ordinal columns keep their declared level order.
 *
 * <pre>{@code
 * CategoricalColumn c = CategoricalColumn.of("colour", "red", "green", null, "red");
 * c.levels();   // [red, green]  (first-seen order)
 * c.code(3);    // 0
 * }</pre>
 */
public final class CategoricalColumn extends Column {
  /** Code of a missing value. */
  public static final int MISSING = -1;
  private final int[] codes;
  private final List<String> levels;
  private final boolean ordinal;

  private CategoricalColumn(String name, int[] codes, List<String> levels, boolean ordinal, int[] index) {
    super(name, index, codes.length);
    this.codes = codes;
    this.levels = levels;
    this.ordinal = ordinal;
  }

  /** Encodes strings with levels in first-seen order; {@code null} is missing. */
  public static CategoricalColumn of(String name, String... values) {
    Map<String, Integer> dict = new HashMap<>();
    List<String> levels = new ArrayList<>();
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      String v = values[i];
      if (v == null) {
        codes[i] = MISSING;
        continue;
      }
      Integer c = dict.get(v);
      if (c == null) {
        c = levels.size();
        dict.put(v, c);
        levels.add(v);
      }
      codes[i] = c;
    }
    return new CategoricalColumn(name, codes, List.copyOf(levels), false, null);
  }

  /**
   * Encodes strings against a declared level list (e.g. an ordinal scale).
   *
   * @throws IllegalArgumentException if a value is not one of {@code levels}
   */
  public static CategoricalColumn of(String name, List<String> levels, boolean ordinal, String... values) {
    Map<String, Integer> dict = dictionary(name, levels);
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        codes[i] = MISSING;
      } else {
        Integer c = dict.get(values[i]);
        if (c == null) {
          throw new IllegalArgumentException("column '" + name + "' row " + i + ": value '" + values[i]
              + "' is not one of the declared levels " + levels);
        }
        codes[i] = c;
      }
    }
    return new CategoricalColumn(name, codes, List.copyOf(levels), ordinal, null);
  }

  /** Takes ownership of {@code codes}, each in {@code [-1, levels.size())}. */
  public static CategoricalColumn wrap(String name, int[] codes, List<String> levels, boolean ordinal) {
    dictionary(name, levels);
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < MISSING || codes[i] >= levels.size()) {
        throw new IllegalArgumentException("column '" + name + "' row " + i + ": code " + codes[i]
            + " is outside [-1, " + levels.size() + ")");
      }
    }
    return new CategoricalColumn(name, codes, List.copyOf(levels), ordinal, null);
  }

  private static Map<String, Integer> dictionary(String name, List<String> levels) {
    Map<String, Integer> dict = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i) == null || dict.put(levels.get(i), i) != null) {
        throw new IllegalArgumentException("column '" + name + "': levels must be distinct non-null strings, got "
            + levels);
      }
    }
    return dict;
  }

  @Override
  public ColumnType type() {
    return ColumnType.CATEGORICAL;
  }

  /** Code at {@code row}, or {@link #MISSING}. */
  public int code(int row) {
    return codes[at(row)];
  }

  /** Level string at {@code row}, or {@code null} if missing. */
  public String get(int row) {
    int c = codes[at(row)];
    return c == MISSING ? null : levels.get(c);
  }

  /** Levels in code order (immutable). */
  public List<String> levels() {
    return levels;
  }

  /** Whether the level order is meaningful. */
  public boolean ordinal() {
    return ordinal;
  }

  /** Code of {@code level}, or {@link #MISSING} if it is not a level. */
  public int codeOf(String level) {
    int i = levels.indexOf(level);
    return i < 0 ? MISSING : i;
  }

  /** Fresh array of codes in row order. */
  public int[] codes() {
    if (index == null) {
      return codes.clone();
    }
    int[] out = new int[index.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = codes[index[i]];
    }
    return out;
  }

  /** Count of each level (index = code) over the rows of this view. */
  public int[] levelCounts() {
    int[] counts = new int[levels.size()];
    for (int i = 0; i < size(); i++) {
      int c = code(i);
      if (c != MISSING) {
        counts[c]++;
      }
    }
    return counts;
  }

  @Override
  public boolean isMissing(int row) {
    return codes[at(row)] == MISSING;
  }

  @Override
  public CategoricalColumn rename(String newName) {
    return new CategoricalColumn(newName, codes, levels, ordinal, index);
  }

  @Override
  public CategoricalColumn rows(int[] rows) {
    return new CategoricalColumn(name(), codes, levels, ordinal, compose(rows));
  }

  @Override
  public String format(int row) {
    String s = get(row);
    return s == null ? "" : s;
  }

  @Override
  public Field field() {
    return Field.categorical(name(), levels, ordinal);
  }

  @Override
  public String toString() {
    return "CategoricalColumn[" + name() + ", levels=" + levels + ", ordinal=" + ordinal + ", rows=" + size() + "]"
        + (size() <= 10 ? Arrays.toString(codes()) : "");
  }
}
