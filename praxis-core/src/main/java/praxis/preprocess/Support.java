package praxis.preprocess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import praxis.api.Provenance;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.TextColumn;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/** Shared helpers of the preprocessing models (package-private). */
final class Support {
  /** Row code of a missing value in {@link #encode}. */
  static final int MISSING = -1;
  /** Row code of a category not seen in training in {@link #encode}. */
  static final int UNKNOWN = -2;

  private Support() {}

  /** Requires every column of {@code x} to be numeric or boolean. */
  static void requireNumeric(Frame x, String who) {
    for (Column c : x.columns()) {
      if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.BOOLEAN) {
        throw new IllegalArgumentException(who + " needs numeric or boolean columns but column '" + c.name()
            + "' is " + c.type() + "; encode it first (OneHotEncoder/OrdinalEncoder) or select the numeric columns"
            + " with a ColumnTransformer");
      }
    }
  }

  /** The values of a numeric or boolean column, NaN for missing (a fresh array). */
  static double[] values(Column c) {
    if (c instanceof DoubleColumn d) {
      return d.toArray();
    }
    BooleanColumn b = (BooleanColumn) c;
    double[] out = new double[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getDouble(i);
    }
    return out;
  }

  /** Rejects infinite values (NaN is missing and allowed). */
  static void requireNoInfinity(Column c, double[] v, String who) {
    for (int i = 0; i < v.length; i++) {
      if (Double.isInfinite(v[i])) {
        throw new IllegalArgumentException(who + ": column '" + c.name() + "' row " + i + " is " + v[i]
            + "; infinite values are not allowed (replace them, e.g. by NaN, and impute)");
      }
    }
  }

  /** Checks the input schema and rows of a frame passed to a fitted model. */
  static void checkInput(Schema expected, Frame x, String who) {
    expected.requireCompatible(x.schema(), who + " input");
  }

  /** A schema of numeric fields with the given names. */
  static Schema numericSchema(List<String> names) {
    List<Field> f = new ArrayList<>(names.size());
    for (String n : names) {
      f.add(Field.numeric(n));
    }
    return new Schema(f);
  }

  /** Starts a model state with the input schema and provenance. */
  static State.Builder state(String type, Schema input, Provenance provenance) {
    return State.builder(type).put("schema", Persist.schema(input)).put("provenance", provenance.toState());
  }

  /** Reads the input schema written by {@link #state}. */
  static Schema schema(State s) {
    return Persist.schema(s.getState("schema"));
  }

  /** Reads the provenance written by {@link #state}. */
  static Provenance provenance(State s) {
    return Provenance.fromState(s.getState("provenance"));
  }

  /** Requires an array read from state to have {@code n} entries. */
  static void requireLength(State s, String key, int actual, int n) {
    if (actual != n) {
      throw new ModelFormatException("state '" + s.type() + "' entry '" + key + "' has " + actual
          + " values but the schema has " + n + " columns");
    }
  }

  /** Enum constant named {@code name}, or a format error. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String name, State s) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + s.type() + "': unknown " + type.getSimpleName() + " '" + name + "'");
    }
  }

  /**
   * The categories of a categorical, boolean or text column: categorical → its levels in level order (all
   * declared levels, or only those observed when {@code observedOnly}); boolean → {@code false, true}
   * (observed ones when {@code observedOnly}); text → the distinct observed strings, sorted.
   */
  static List<String> categories(Column c, boolean observedOnly, String who) {
    if (c instanceof CategoricalColumn cc) {
      if (!observedOnly) {
        return cc.levels();
      }
      int[] counts = cc.levelCounts();
      List<String> out = new ArrayList<>();
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] > 0) {
          out.add(cc.levels().get(k));
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (c instanceof BooleanColumn b) {
      if (!observedOnly) {
        return List.of("false", "true");
      }
      boolean f = false;
      boolean t = false;
      for (int i = 0; i < b.size(); i++) {
        byte v = b.getByte(i);
        f |= v == 0;
        t |= v == 1;
      }
      List<String> out = new ArrayList<>(2);
      if (f) {
        out.add("false");
      }
      if (t) {
        out.add("true");
      }
      return Collections.unmodifiableList(out);
    }
    if (c instanceof TextColumn t) {
      TreeSet<String> set = new TreeSet<>();
      for (int i = 0; i < t.size(); i++) {
        String s = t.get(i);
        if (s != null) {
          set.add(s);
        }
      }
      return List.copyOf(set);
    }
    throw new IllegalArgumentException(who + " encodes categorical, boolean or text columns but column '" + c.name()
        + "' is " + c.type() + "; select only the categorical columns (e.g. with a ColumnTransformer)");
  }

  /** Category string → index. */
  static Map<String, Integer> index(List<String> categories) {
    Map<String, Integer> m = new HashMap<>(categories.size() * 2);
    for (int k = 0; k < categories.size(); k++) {
      m.put(categories.get(k), k);
    }
    return m;
  }

  /**
   * Per row: the index of the row's category in {@code index}, {@link #MISSING} for a missing value or
   * {@link #UNKNOWN} for a category not in {@code index}.
   */
  static int[] encode(Column c, Map<String, Integer> index) {
    int n = c.size();
    int[] out = new int[n];
    if (c instanceof CategoricalColumn cc) {
      List<String> lv = cc.levels();
      int[] table = new int[lv.size()];
      for (int k = 0; k < table.length; k++) {
        Integer j = index.get(lv.get(k));
        table[k] = j == null ? UNKNOWN : j;
      }
      for (int i = 0; i < n; i++) {
        int code = cc.code(i);
        out[i] = code == CategoricalColumn.MISSING ? MISSING : table[code];
      }
    } else if (c instanceof BooleanColumn b) {
      Integer f = index.get("false");
      Integer t = index.get("true");
      int fi = f == null ? UNKNOWN : f;
      int ti = t == null ? UNKNOWN : t;
      for (int i = 0; i < n; i++) {
        byte v = b.getByte(i);
        out[i] = v == BooleanColumn.MISSING ? MISSING : (v == 1 ? ti : fi);
      }
    } else if (c instanceof TextColumn t) {
      for (int i = 0; i < n; i++) {
        String s = t.get(i);
        if (s == null) {
          out[i] = MISSING;
        } else {
          Integer j = index.get(s);
          out[i] = j == null ? UNKNOWN : j;
        }
      }
    } else {
      throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type()
          + " but a categorical, boolean or text column is required");
    }
    return out;
  }

  /** Up to five distinct unknown category strings at rows where {@code codes} is {@link #UNKNOWN}. */
  static List<String> unknownExamples(Column c, int[] codes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < codes.length && out.size() < 5; i++) {
      if (codes[i] == UNKNOWN) {
        String s = c.format(i);
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The first row at which {@code codes} equals {@code what}, or -1. */
  static int firstRow(int[] codes, int what) {
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == what) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The per-column map {@code (x - center[j]) / scale[j]} (scikit-learn's order of operations) into new
   * numeric columns named {@code names}; a null {@code center} or {@code scale} skips that step.
   */
  static Frame centerAndScale(Frame x, List<String> names, double[] center, double[] scale) {
    int p = names.size();
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] v = values(x.column(j));
      double c = center == null ? 0.0 : center[j];
      double s = scale == null ? 1.0 : scale[j];
      for (int i = 0; i < v.length; i++) {
        v[i] = (v[i] - c) / s;
      }
      cols[j] = v;
    }
    return numericFrame(names, cols, x.rowCount());
  }

  /** Per-column category lists as a list of {@code categories} states (encoder model files). */
  static List<State> categoriesState(List<List<String>> categories) {
    List<State> cs = new ArrayList<>(categories.size());
    for (List<String> c : categories) {
      cs.add(State.builder("categories").put("values", c).build());
    }
    return cs;
  }

  /** Reads the {@code categories} entry written from {@link #categoriesState}, one list per input column. */
  static List<List<String>> categories(State s, int columns) {
    List<List<String>> cats = new ArrayList<>();
    for (State c : s.getStates("categories")) {
      cats.add(List.of(c.getStrings("values")));
    }
    requireLength(s, "categories", cats.size(), columns);
    return cats;
  }

  /** Builds a frame of numeric columns. */
  static Frame numericFrame(List<String> names, double[][] cols, int rows) {
    List<Column> out = new ArrayList<>(names.size());
    for (int j = 0; j < names.size(); j++) {
      out.add(DoubleColumn.wrap(names.get(j), cols[j]));
    }
    return out.isEmpty() ? Frame.empty(rows) : Frame.of(out);
  }

  /**
   * Whether a feature is constant up to rounding, as in scikit-learn's {@code _is_constant_feature}:
   * {@code var <= n*eps*var + (n*mean*eps)^2}.
   */
  static boolean constantFeature(double var, double mean, double n) {
    double eps = Math.ulp(1.0);
    double upper = n * eps * var + (n * mean * eps) * (n * mean * eps);
    return var <= upper;
  }

  /** scikit-learn's {@code _handle_zeros_in_scale}: scales below {@code 10*eps} become 1. */
  static double handleZero(double scale) {
    return scale < 10 * Math.ulp(1.0) ? 1.0 : scale;
  }
}
