package praxis.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Converts hyperparameter records to {@code name → string} maps and back; the basis of the CLI's
 * {@code name=value} flags, the search spaces, reports and model provenance.
 *
 * <p>Supported component types: {@code int, long, double, boolean, String}, enums (case-insensitive),
 * {@code OptionalInt/OptionalLong/OptionalDouble} (value or {@code none}) and {@code double[]}
 * (comma-separated). Errors name the parameter, the expected type and the valid names.
 *
 * <pre>{@code
 * var p = ParamsCodec.with(LogisticRegression.Params.DEFAULTS, Map.of("c", "0.5", "maxIter", "200"));
 * Map<String, String> s = ParamsCodec.toStrings(p);   // {c=0.5, maxIter=200, ...}
 * }</pre>
 */
public final class ParamsCodec {
  private ParamsCodec() {}

  /** Description of one hyperparameter. */
  public record Spec(String name, Class<?> type, String defaultValue) {
    /** Human-readable type, e.g. {@code double} or {@code one of [L2, NONE]}. */
    public String typeDescription() {
      if (type.isEnum()) {
        List<String> c = new ArrayList<>();
        for (Object o : type.getEnumConstants()) {
          c.add(((Enum<?>) o).name().toLowerCase(Locale.ROOT));
        }
        return "one of " + c;
      }
      if (type == OptionalInt.class || type == OptionalLong.class) {
        return "integer or none";
      }
      if (type == OptionalDouble.class) {
        return "number or none";
      }
      if (type == double[].class) {
        return "comma-separated numbers";
      }
      return type.getSimpleName();
    }
  }

  /** The hyperparameters of a record (names, types, current values as strings). */
  public static List<Spec> specs(Params p) {
    requireRecord(p);
    List<Spec> out = new ArrayList<>();
    for (RecordComponent rc : p.getClass().getRecordComponents()) {
      out.add(new Spec(rc.getName(), rc.getType(), format(get(rc, p))));
    }
    return out;
  }

  /** {@code name → value} strings in declaration order. */
  public static Map<String, String> toStrings(Params p) {
    requireRecord(p);
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent rc : p.getClass().getRecordComponents()) {
      out.put(rc.getName(), format(get(rc, p)));
    }
    return out;
  }

  /**
   * A copy of {@code base} with the named components replaced by parsed values.
   *
   * @throws IllegalArgumentException naming the unknown parameter and listing the valid ones, or naming the
   *     parameter whose value does not parse (or fails validation) and why
   */
  @SuppressWarnings("unchecked")
  public static <P extends Params> P with(P base, Map<String, String> values) {
    requireRecord(base);
    RecordComponent[] rcs = base.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      args[i] = get(rcs[i], base);
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      int idx = -1;
      for (int i = 0; i < rcs.length; i++) {
        if (rcs[i].getName().equals(e.getKey()) || rcs[i].getName().equalsIgnoreCase(e.getKey())) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        throw new IllegalArgumentException("unknown hyperparameter '" + e.getKey() + "'; valid names: "
            + describe(base));
      }
      args[idx] = parse(rcs[idx], e.getValue());
    }
    return (P) construct(base.getClass(), rcs, args);
  }

  /** A copy of {@code base} with typed values (not strings) for the named components. */
  @SuppressWarnings("unchecked")
  public static <P extends Params> P withValues(P base, Map<String, ?> values) {
    requireRecord(base);
    RecordComponent[] rcs = base.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      args[i] = get(rcs[i], base);
    }
    for (Map.Entry<String, ?> e : values.entrySet()) {
      int idx = -1;
      for (int i = 0; i < rcs.length; i++) {
        if (rcs[i].getName().equals(e.getKey())) {
          idx = i;
        }
      }
      if (idx < 0) {
        throw new IllegalArgumentException("unknown hyperparameter '" + e.getKey() + "'; valid names: "
            + describe(base));
      }
      Object v = e.getValue();
      args[idx] = v instanceof String s && rcs[idx].getType() != String.class ? parse(rcs[idx], s) : coerce(rcs[idx], v);
    }
    return (P) construct(base.getClass(), rcs, args);
  }

  /** "name (type, default d), ..." for messages. */
  public static String describe(Params p) {
    StringBuilder b = new StringBuilder();
    for (Spec s : specs(p)) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(s.name()).append(" (").append(s.typeDescription()).append(", now ").append(s.defaultValue()).append(')');
    }
    return b.toString();
  }

  private static Object coerce(RecordComponent rc, Object v) {
    Class<?> t = rc.getType();
    if (v instanceof Number n) {
      if (t == int.class) {
        return n.intValue();
      }
      if (t == long.class) {
        return n.longValue();
      }
      if (t == double.class) {
        return n.doubleValue();
      }
      if (t == OptionalInt.class) {
        return OptionalInt.of(n.intValue());
      }
      if (t == OptionalLong.class) {
        return OptionalLong.of(n.longValue());
      }
      if (t == OptionalDouble.class) {
        return OptionalDouble.of(n.doubleValue());
      }
    }
    return v;
  }

  private static void requireRecord(Params p) {
    if (p == null || !p.getClass().isRecord()) {
      throw new IllegalArgumentException("hyperparameters must be a record implementing praxis.api.Params, got "
          + (p == null ? "null" : p.getClass().getName()));
    }
  }

  private static Object get(RecordComponent rc, Object o) {
    try {
      rc.getAccessor().setAccessible(true);
      return rc.getAccessor().invoke(o);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read hyperparameter " + rc.getName(), e);
    }
  }

  private static Object construct(Class<?> type, RecordComponent[] rcs, Object[] args) {
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      types[i] = rcs[i].getType();
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("invalid hyperparameters: " + cause, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** Formats a component value as the string {@link #with} parses back. */
  public static String format(Object v) {
    if (v == null) {
      return "none";
    }
    if (v instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    if (v instanceof OptionalInt o) {
      return o.isPresent() ? Integer.toString(o.getAsInt()) : "none";
    }
    if (v instanceof OptionalLong o) {
      return o.isPresent() ? Long.toString(o.getAsLong()) : "none";
    }
    if (v instanceof OptionalDouble o) {
      return o.isPresent() ? Double.toString(o.getAsDouble()) : "none";
    }
    if (v instanceof double[] a) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < a.length; i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(a[i]);
      }
      return b.toString();
    }
    return v.toString();
  }

  private static Object parse(RecordComponent rc, String s) {
    Class<?> t = rc.getType();
    String v = s.trim();
    try {
      if (t == int.class) {
        return Integer.parseInt(v);
      }
      if (t == long.class) {
        return Long.parseLong(v);
      }
      if (t == double.class) {
        return Double.parseDouble(v);
      }
      if (t == boolean.class) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
          return Boolean.parseBoolean(v);
        }
        throw new NumberFormatException();
      }
      if (t == String.class) {
        return s;
      }
      if (t == OptionalInt.class) {
        return v.equalsIgnoreCase("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
      }
      if (t == OptionalLong.class) {
        return v.equalsIgnoreCase("none") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v));
      }
      if (t == OptionalDouble.class) {
        return v.equalsIgnoreCase("none") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
      }
      if (t == double[].class) {
        if (v.isEmpty()) {
          return new double[0];
        }
        String[] parts = v.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
          out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
      }
      if (t.isEnum()) {
        for (Object o : t.getEnumConstants()) {
          if (((Enum<?>) o).name().equalsIgnoreCase(v.replace('-', '_'))) {
            return o;
          }
        }
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("hyperparameter '" + rc.getName() + "' expects "
          + new Spec(rc.getName(), t, "").typeDescription() + " but got '" + s + "'");
    }
    throw new IllegalArgumentException("hyperparameter '" + rc.getName() + "' has type " + t.getSimpleName()
        + " which cannot be set from text");
  }
}
