package praxis.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Estimator;
import praxis.api.Estimators;
import praxis.api.ParamsCodec;

/** Flattening and setting of {@code step.param} hyperparameters of composite estimators (package-private). */
final class NestedParams {
  private NestedParams() {}

  /** {@code name → value} strings of an estimator; composite estimators give dotted nested names. */
  static Map<String, String> flatten(Estimator<?, ?> e) {
    if (e instanceof Pipeline p) {
      return p.stepParams();
    }
    if (e instanceof ColumnTransformer ct) {
      return ct.groupParams();
    }
    return ParamsCodec.toStrings(e.params());
  }

  /** Adds {@code prefix.key → value} for every entry of {@code inner}. */
  static void putPrefixed(Map<String, String> out, String prefix, Map<String, String> inner) {
    for (Map.Entry<String, String> e : inner.entrySet()) {
      out.put(prefix + "." + e.getKey(), e.getValue());
    }
  }

  /**
   * Splits {@code step.param} keys by their first segment, checking that each names one of {@code parts}.
   *
   * @param what "step" or "group", for messages
   */
  static <V> Map<String, Map<String, V>> split(Map<String, V> values, List<String> parts, String what) {
    Map<String, Map<String, V>> out = new LinkedHashMap<>();
    for (Map.Entry<String, V> e : values.entrySet()) {
      String key = e.getKey();
      int dot = key.indexOf('.');
      if (dot <= 0 || dot == key.length() - 1) {
        throw new IllegalArgumentException("nested hyperparameter '" + key + "' must look like '" + what
            + ".param' (e.g. '" + (parts.isEmpty() ? what : parts.get(parts.size() - 1)) + ".param'); "
            + what + "s: " + parts);
      }
      String head = key.substring(0, dot);
      if (!parts.contains(head)) {
        throw new IllegalArgumentException("nested hyperparameter '" + key + "': no " + what + " named '" + head
            + "'; " + what + "s: " + parts);
      }
      out.computeIfAbsent(head, k -> new LinkedHashMap<>()).put(key.substring(dot + 1), e.getValue());
    }
    return out;
  }

  /** {@code e} with (possibly nested) string hyperparameters applied. */
  static Estimator<?, ?> configure(Estimator<?, ?> e, Map<String, String> values, String where) {
    try {
      if (e instanceof Pipeline p) {
        return p.withStepParams(values);
      }
      if (e instanceof ColumnTransformer ct) {
        return ct.withGroupParams(values);
      }
      return Estimators.configure(e, values);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
    }
  }

  /** {@code e} with (possibly nested) typed hyperparameters applied. */
  static Estimator<?, ?> configureValues(Estimator<?, ?> e, Map<String, ?> values, String where) {
    try {
      if (e instanceof Pipeline p) {
        return p.withStepValues(values);
      }
      if (e instanceof ColumnTransformer ct) {
        return ct.withGroupValues(values);
      }
      return Estimators.configureValues(e, values);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
    }
  }

  /** Checks a step or group name: non-empty, without '.'. */
  static String checkName(String name, String what) {
    if (name == null || name.isEmpty() || name.indexOf('.') >= 0) {
      throw new IllegalArgumentException(what + " name must be a non-empty string without '.', got "
          + (name == null ? "null" : "'" + name + "'"));
    }
    return name;
  }

  /** Throws if {@code names} has a duplicate. */
  static void requireDistinct(List<String> names, String what) {
    List<String> seen = new ArrayList<>();
    for (String n : names) {
      if (seen.contains(n)) {
        throw new IllegalArgumentException("two " + what + "s are named '" + n + "'; " + what + " names must be"
            + " distinct, got " + names);
      }
      seen.add(n);
    }
  }
}
