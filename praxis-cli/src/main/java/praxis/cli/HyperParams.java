package praxis.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;

/**
 * Turns command-line {@code name=value} words into an estimator: the model name is looked up in
 * {@link Estimators} and the pairs are applied to its {@code Params} record by {@code ParamsCodec}. Every
 * mistake (unknown model, unknown hyperparameter, unparsable value, a value the record rejects, a word
 * without {@code =}) becomes a {@link UsageException} whose message lists the valid choices.
 *
 * <pre>{@code
 * Map<String, String> p = HyperParams.parse(List.of("k=7", "weights=distance"));
 * Estimator<?, ?> knn = HyperParams.estimator("knn_classifier", p);
 * }</pre>
 */
public final class HyperParams {
  private HyperParams() {}

  /** Parses {@code name=value} words (later repeats win); names and values are trimmed. */
  public static Map<String, String> parse(List<String> words) {
    Map<String, String> out = new LinkedHashMap<>();
    if (words == null) {
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("expected a hyperparameter as name=value but got '" + w
            + "'; write e.g. maxIter=200 (see 'praxis models' for the names)");
      }
      out.put(w.substring(0, eq).trim(), w.substring(eq + 1).trim());
    }
    return out;
  }

  /** The registry entry for {@code model}, or a usage error listing the registered names. */
  public static EstimatorInfo info(String model) {
    try {
      return Estimators.info(model);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " (see 'praxis models')", e);
    }
  }

  /** A new estimator named {@code model} with {@code params} applied; mistakes are usage errors. */
  public static Estimator<?, ?> estimator(String model, Map<String, String> params) {
    EstimatorInfo info = info(model);
    try {
      return Estimators.configure(info.factory().get(), params);
    } catch (IllegalArgumentException e) {
      throw new UsageException("model '" + info.name() + "': " + e.getMessage(), e);
    }
  }
}
