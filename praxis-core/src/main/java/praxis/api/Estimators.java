package praxis.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of estimators available on the classpath (from every {@link EstimatorProvider}), and
 * helpers to configure an estimator from {@code name=value} strings.
 *
 * <pre>{@code
 * Estimator<?, ?> e = Estimators.create("logreg", Map.of("c", "0.5"));
 * List<EstimatorInfo> classifiers = Estimators.forTask(Task.CLASSIFICATION);
 * }</pre>
 */
public final class Estimators {
  private static volatile Map<String, EstimatorInfo> registry;

  private Estimators() {}

  /** Every registered estimator, sorted by name. */
  public static List<EstimatorInfo> all() {
    return List.copyOf(registry().values());
  }

  /** Registered estimators for one task, sorted by name. */
  public static List<EstimatorInfo> forTask(Task task) {
    List<EstimatorInfo> out = new ArrayList<>();
    for (EstimatorInfo e : registry().values()) {
      if (e.task() == task) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entry named {@code name}; the error lists the valid names. */
  public static EstimatorInfo info(String name) {
    EstimatorInfo e = registry().get(name.toLowerCase(java.util.Locale.ROOT));
    if (e == null) {
      throw new IllegalArgumentException("unknown model '" + name + "'; available: " + registry().keySet());
    }
    return e;
  }

  /** A new estimator named {@code name} with the given hyperparameters applied. */
  public static Estimator<?, ?> create(String name, Map<String, String> params) {
    return configure(info(name).factory().get(), params);
  }

  /** {@code estimator} with the given {@code name=value} hyperparameters applied. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Estimator<?, ?> configure(Estimator<?, ?> estimator, Map<String, String> params) {
    if (params.isEmpty()) {
      return estimator;
    }
    Estimator raw = estimator;
    return raw.withParams(ParamsCodec.with(estimator.params(), params));
  }

  /** {@code estimator} with typed hyperparameter values applied. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Estimator<?, ?> configureValues(Estimator<?, ?> estimator, Map<String, ?> params) {
    if (params.isEmpty()) {
      return estimator;
    }
    Estimator raw = estimator;
    return raw.withParams(ParamsCodec.withValues(estimator.params(), params));
  }

  private static Map<String, EstimatorInfo> registry() {
    Map<String, EstimatorInfo> r = registry;
    if (r == null) {
      List<EstimatorInfo> list = new ArrayList<>();
      for (EstimatorProvider p : ServiceLoader.load(EstimatorProvider.class, Estimators.class.getClassLoader())) {
        list.addAll(p.estimators());
      }
      list.sort(Comparator.comparing(EstimatorInfo::name));
      Map<String, EstimatorInfo> m = new LinkedHashMap<>();
      for (EstimatorInfo e : list) {
        if (m.put(e.name(), e) != null) {
          throw new IllegalStateException("two estimators registered as '" + e.name() + "'");
        }
      }
      registry = r = java.util.Collections.unmodifiableMap(m);
    }
    return r;
  }
}
