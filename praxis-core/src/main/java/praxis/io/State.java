package praxis.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistent state of a model: a typed tree of named values (strings, numbers, primitive arrays,
 * nested states). It is what {@link ModelIO} writes and reads; no Java serialization is involved and
 * reading never instantiates a class named in the file. The {@link #type()} selects the registered
 * {@link praxis.api.ModelCodec} that rebuilds the model.
 *
 * <pre>{@code
 * State s = State.builder("linear_regression").put("coef", coef).put("intercept", b).build();
 * double[] coef = s.getDoubles("coef");
 * }</pre>
 */
public final class State {
  /** Value kinds stored in a state (the tag bytes of the binary format). */
  enum Kind {
    STRING, LONG, DOUBLE, BOOL, STRINGS, DOUBLES, INTS, LONGS, MATRIX, STATE, STATES
  }

  private final String type;
  private final Map<String, Object> values;

  private State(String type, Map<String, Object> values) {
    this.type = type;
    this.values = Collections.unmodifiableMap(values);
  }

  /** A builder for a state of type {@code type}. */
  public static Builder builder(String type) {
    return new Builder(type);
  }

  /** Type tag, e.g. {@code "logistic_regression"}. */
  public String type() {
    return type;
  }

  /** Entry names in insertion order. */
  public java.util.Set<String> keys() {
    return values.keySet();
  }

  /** Whether an entry named {@code key} exists. */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  Map<String, Object> raw() {
    return values;
  }

  /** Throws a {@link ModelFormatException} unless this state has type {@code expected}. */
  public void requireType(String expected) {
    if (!type.equals(expected)) {
      throw new ModelFormatException("expected a '" + expected + "' state but found '" + type + "'");
    }
  }

  private <T> T get(String key, Class<T> cls) {
    Object v = values.get(key);
    if (v == null) {
      throw new ModelFormatException("state '" + type + "' has no entry '" + key + "'");
    }
    if (!cls.isInstance(v)) {
      throw new ModelFormatException("state '" + type + "' entry '" + key + "' is " + v.getClass().getSimpleName()
          + ", expected " + cls.getSimpleName());
    }
    return cls.cast(v);
  }

  /** String entry. */
  public String getString(String key) {
    return get(key, String.class);
  }

  /** Long entry. */
  public long getLong(String key) {
    return get(key, Long.class);
  }

  /** Int entry (stored as long). */
  public int getInt(String key) {
    long v = getLong(key);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new ModelFormatException("state '" + type + "' entry '" + key + "' = " + v + " does not fit an int");
    }
    return (int) v;
  }

  /** Double entry. */
  public double getDouble(String key) {
    return get(key, Double.class);
  }

  /** Boolean entry. */
  public boolean getBoolean(String key) {
    return get(key, Boolean.class);
  }

  /** String array entry (a copy). */
  public String[] getStrings(String key) {
    return get(key, String[].class).clone();
  }

  /** Double array entry (a copy). */
  public double[] getDoubles(String key) {
    return get(key, double[].class).clone();
  }

  /** Int array entry (a copy). */
  public int[] getInts(String key) {
    return get(key, int[].class).clone();
  }

  /** Long array entry (a copy). */
  public long[] getLongs(String key) {
    return get(key, long[].class).clone();
  }

  /** Matrix entry {@code [row][col]} (a deep copy). */
  public double[][] getMatrix(String key) {
    double[][] m = get(key, double[][].class);
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /** Nested state entry. */
  public State getState(String key) {
    return get(key, State.class);
  }

  /** List-of-states entry. */
  @SuppressWarnings("unchecked")
  public List<State> getStates(String key) {
    return List.copyOf(get(key, List.class));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof State s) || !s.type.equals(type) || !s.values.keySet().equals(values.keySet())) {
      return false;
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (!java.util.Objects.deepEquals(e.getValue(), s.values.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + values.keySet().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    dump(b, 0);
    return b.toString();
  }

  private void dump(StringBuilder b, int indent) {
    b.append(type).append(" {\n");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      b.append("  ".repeat(indent + 1)).append(e.getKey()).append(": ");
      Object v = e.getValue();
      if (v instanceof State s) {
        s.dump(b, indent + 1);
      } else if (v instanceof List<?> l) {
        b.append("[").append(l.size()).append(" states]\n");
        for (Object o : l) {
          b.append("  ".repeat(indent + 2));
          ((State) o).dump(b, indent + 2);
        }
      } else if (v instanceof double[] a) {
        b.append("double[").append(a.length).append("]\n");
      } else if (v instanceof int[] a) {
        b.append("int[").append(a.length).append("]\n");
      } else if (v instanceof long[] a) {
        b.append("long[").append(a.length).append("]\n");
      } else if (v instanceof String[] a) {
        b.append("string[").append(a.length).append("]").append(a.length <= 8 ? java.util.Arrays.toString(a) : "")
            .append('\n');
      } else if (v instanceof double[][] a) {
        b.append("double[").append(a.length).append("][").append(a.length == 0 ? 0 : a[0].length).append("]\n");
      } else {
        b.append(v).append('\n');
      }
    }
    b.append("  ".repeat(indent)).append("}\n");
  }

  /** Builds a {@link State}; arrays are copied. */
  public static final class Builder {
    private final String type;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder(String type) {
      if (type == null || type.isEmpty()) {
        throw new IllegalArgumentException("state type must be non-empty");
      }
      this.type = type;
    }

    private Builder putRaw(String key, Object v) {
      if (key == null || v == null) {
        throw new IllegalArgumentException("state '" + type + "': key and value must be non-null (key " + key + ")");
      }
      if (values.put(key, v) != null) {
        throw new IllegalArgumentException("state '" + type + "': duplicate key '" + key + "'");
      }
      return this;
    }

    /** Adds a string. */
    public Builder put(String key, String v) {
      return putRaw(key, v);
    }

    /** Adds a long. */
    public Builder put(String key, long v) {
      return putRaw(key, v);
    }

    /** Adds a double. */
    public Builder put(String key, double v) {
      return putRaw(key, v);
    }

    /** Adds a boolean. */
    public Builder put(String key, boolean v) {
      return putRaw(key, v);
    }

    /** Adds a string array. */
    public Builder put(String key, String[] v) {
      for (String s : v) {
        if (s == null) {
          throw new IllegalArgumentException("state '" + type + "' entry '" + key + "' contains null");
        }
      }
      return putRaw(key, v.clone());
    }

    /** Adds a string list. */
    public Builder put(String key, List<String> v) {
      return put(key, v.toArray(new String[0]));
    }

    /** Adds a double array. */
    public Builder put(String key, double[] v) {
      return putRaw(key, v.clone());
    }

    /** Adds an int array. */
    public Builder put(String key, int[] v) {
      return putRaw(key, v.clone());
    }

    /** Adds a long array. */
    public Builder put(String key, long[] v) {
      return putRaw(key, v.clone());
    }

    /** Adds a rectangular or ragged matrix {@code [row][col]}. */
    public Builder put(String key, double[][] v) {
      double[][] c = new double[v.length][];
      for (int i = 0; i < v.length; i++) {
        c[i] = v[i].clone();
      }
      return putRaw(key, c);
    }

    /** Adds a nested state. */
    public Builder put(String key, State v) {
      return putRaw(key, v);
    }

    /** Adds a list of nested states. */
    public Builder putStates(String key, List<State> v) {
      return putRaw(key, new ArrayList<>(v));
    }

    /** The state. */
    public State build() {
      return new State(type, new LinkedHashMap<>(values));
    }
  }

  static State unsafeOf(String type, Map<String, Object> values) {
    return new State(type, values);
  }
}
