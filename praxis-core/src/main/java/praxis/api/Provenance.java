package praxis.api;

import java.util.LinkedHashMap;
import java.util.Map;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.State;

/**
 * Where a model came from: estimator name, hyperparameters as strings, a fingerprint of the training data,
 * library version, seed, creation time and any metrics recorded later.
 *
 * <pre>{@code
 * Provenance p = Provenance.of("logreg", params, x, y, seed);
 * System.out.println(p.dataFingerprint());
 * }</pre>
 *
 * @param estimator estimator registry name
 * @param params hyperparameters rendered as {@code name → value} strings
 * @param dataFingerprint hex digest of the training data (see {@link DataFingerprint})
 * @param rows training rows
 * @param libraryVersion Praxis version that fitted the model
 * @param seed random seed (0 when the estimator is deterministic)
 * @param createdAt ISO-8601 instant
 * @param metrics named metric values (e.g. cross-validated accuracy)
 */
public record Provenance(String estimator, Map<String, String> params, String dataFingerprint, int rows,
    String libraryVersion, long seed, String createdAt, Map<String, Double> metrics) {

  /** Copies the maps. */
  public Provenance {
    params = Map.copyOf(params);
    metrics = Map.copyOf(metrics);
  }

  /** Provenance for a model fitted now by {@code estimator} with {@code params} on {@code x, y}. */
  public static Provenance of(String estimator, Params params, Frame x, Target y, long seed) {
    return new Provenance(estimator, params == null ? Map.of() : ParamsCodec.toStrings(params),
        DataFingerprint.of(x, y), x.rowCount(), Version.VERSION, seed, java.time.Instant.now().toString(), Map.of());
  }

  /** A copy with one more metric. */
  public Provenance withMetric(String name, double value) {
    Map<String, Double> m = new LinkedHashMap<>(metrics);
    m.put(name, value);
    return new Provenance(estimator, params, dataFingerprint, rows, libraryVersion, seed, createdAt, m);
  }

  /** As persistent state. */
  public State toState() {
    State.Builder b = State.builder("provenance")
        .put("estimator", estimator)
        .put("fingerprint", dataFingerprint)
        .put("rows", rows)
        .put("libraryVersion", libraryVersion)
        .put("seed", seed)
        .put("createdAt", createdAt);
    b.put("paramNames", params.keySet().stream().sorted().toArray(String[]::new));
    b.put("paramValues", params.keySet().stream().sorted().map(params::get).toArray(String[]::new));
    String[] mk = metrics.keySet().stream().sorted().toArray(String[]::new);
    double[] mv = new double[mk.length];
    for (int i = 0; i < mk.length; i++) {
      mv[i] = metrics.get(mk[i]);
    }
    b.put("metricNames", mk).put("metricValues", mv);
    return b.build();
  }

  /** Reads state written by {@link #toState()}. */
  public static Provenance fromState(State s) {
    s.requireType("provenance");
    String[] pn = s.getStrings("paramNames");
    String[] pv = s.getStrings("paramValues");
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pn.length; i++) {
      params.put(pn[i], pv[i]);
    }
    String[] mk = s.getStrings("metricNames");
    double[] mv = s.getDoubles("metricValues");
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int i = 0; i < mk.length; i++) {
      metrics.put(mk[i], mv[i]);
    }
    return new Provenance(s.getString("estimator"), params, s.getString("fingerprint"), s.getInt("rows"),
        s.getString("libraryVersion"), s.getLong("seed"), s.getString("createdAt"), metrics);
  }
}
