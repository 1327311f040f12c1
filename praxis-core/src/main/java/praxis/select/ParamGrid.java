package praxis.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A grid of hyperparameter values: every combination of one value per name is a candidate. Values may be
 * strings (parsed by {@link praxis.api.ParamsCodec}) or typed values ({@code Integer}, {@code Double},
 * enums, ...). Names follow the estimator's {@code Params} record components, {@code step.param} for a
 * {@link praxis.pipeline.Pipeline}, or whatever a {@link Tunable} estimator accepts.
 *
 * <p>Candidates are enumerated as scikit-learn's {@code ParameterGrid} does: names sorted, the last name
 * varying fastest.
 *
 * <pre>{@code
 * ParamGrid g = ParamGrid.builder().add("k", 1, 3, 5).add("metric", "euclidean", "manhattan").build();
 * g.size();   // 6
 * }</pre>
 */
public final class ParamGrid {
  private final TreeMap<String, List<Object>> values;

  private ParamGrid(TreeMap<String, List<Object>> values) {
    this.values = values;
  }

  /** A grid from a map of name to values. */
  public static ParamGrid of(Map<String, ? extends List<?>> values) {
    Builder b = builder();
    for (Map.Entry<String, ? extends List<?>> e : values.entrySet()) {
      b.add(e.getKey(), e.getValue().toArray());
    }
    return b.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parameter names, sorted. */
  public List<String> names() {
    return List.copyOf(values.keySet());
  }

  /** The values of one parameter. */
  public List<Object> values(String name) {
    List<Object> v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("parameter '" + name + "' is not in the grid; grid names: " + names());
    }
    return v;
  }

  /** Number of candidates (product of the value counts). */
  public int size() {
    long n = 1;
    for (List<Object> v : values.values()) {
      n *= v.size();
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("the grid has more than " + Integer.MAX_VALUE + " candidates");
      }
    }
    return (int) n;
  }

  /** Every candidate as {@code name → value}, in scikit-learn's ParameterGrid order. */
  public List<Map<String, Object>> candidates() {
    List<String> names = names();
    int total = size();
    List<Map<String, Object>> out = new ArrayList<>(total);
    int[] idx = new int[names.size()];
    for (int c = 0; c < total; c++) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int j = 0; j < names.size(); j++) {
        m.put(names.get(j), values.get(names.get(j)).get(idx[j]));
      }
      out.add(Collections.unmodifiableMap(m));
      for (int j = names.size() - 1; j >= 0; j--) {
        if (++idx[j] < values.get(names.get(j)).size()) {
          break;
        }
        idx[j] = 0;
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ParamGrid" + values;
  }

  /**
   * Collects parameter value lists.
   *
   * <pre>{@code
   * ParamGrid g = ParamGrid.builder().add("alpha", 0.1, 1.0).add("metric", "manhattan").build();
   * }</pre>
   */
  public static final class Builder {
    private final TreeMap<String, List<Object>> values = new TreeMap<>();

    private Builder() {}

    /** Adds (or replaces) the values of one parameter; at least one value, none null. */
    public Builder add(String name, Object... vals) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("parameter name must be non-empty, got '" + name + "'");
      }
      if (vals == null || vals.length == 0) {
        throw new IllegalArgumentException("parameter '" + name + "' needs at least one value in the grid");
      }
      for (Object v : vals) {
        if (v == null) {
          throw new IllegalArgumentException("parameter '" + name + "' has a null value in the grid; use the"
              + " string \"none\" for an empty optional");
        }
      }
      values.put(name, List.copyOf(Arrays.asList(vals)));
      return this;
    }

    /** The grid (at least one parameter). */
    public ParamGrid build() {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a parameter grid needs at least one parameter; call add(name, values...)");
      }
      return new ParamGrid(new TreeMap<>(values));
    }
  }
}
