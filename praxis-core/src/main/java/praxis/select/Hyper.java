package praxis.select;

import java.util.LinkedHashMap;
import java.util.Map;
import praxis.api.Estimator;
import praxis.api.Estimators;
import praxis.api.ParamsCodec;
import praxis.pipeline.ColumnTransformer;
import praxis.pipeline.Pipeline;

/** Applies hyperparameter values (strings or typed) to an estimator. */
final class Hyper {
  private Hyper() {}

  /** Text form of each value, as reports and {@link Tunable} see them. */
  static Map<String, String> asStrings(Map<String, ?> values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      Object v = e.getValue();
      out.put(e.getKey(), v instanceof String s ? s : ParamsCodec.format(v));
    }
    return out;
  }

  /**
   * {@code base} with the values applied: through {@link Tunable} when implemented, {@code step.param} keys
   * for a {@link Pipeline}, {@code group.param} keys for a {@link ColumnTransformer}, else the Params record.
   */
  static Estimator<?, ?> apply(Estimator<?, ?> base, Map<String, ?> values) {
    if (values.isEmpty()) {
      return base;
    }
    if (base instanceof Tunable t) {
      return t.withParameters(asStrings(values));
    }
    if (base instanceof Pipeline p) {
      return p.withStepValues(values);
    }
    if (base instanceof ColumnTransformer ct) {
      return ct.withGroupValues(values);
    }
    return Estimators.configureValues(base, values);
  }
}
