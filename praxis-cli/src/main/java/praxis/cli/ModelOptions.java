package praxis.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;

/**
 * The model to fit and its hyperparameters, given as {@code -p name=value} options and/or trailing
 * {@code name=value} words.
 *
 * <pre>{@code
 * praxis train data.csv --model knn_classifier k=7 -p weights=distance
 * }</pre>
 */
public final class ModelOptions {
  @Option(names = {"-m", "--model"}, required = true, paramLabel = "NAME",
      description = "Model name (see 'praxis models').")
  String model;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "A hyperparameter (repeatable); trailing NAME=VALUE words work too.")
  List<String> params = new ArrayList<>();

  /** The registry entry. */
  EstimatorInfo info() {
    return HyperParams.info(model);
  }

  /** The configured model (without preprocessing). */
  Estimator<?, ?> estimator(List<String> trailing) {
    return estimator(trailing, 1);
  }

  /**
   * The configured model; when {@code threads > 1} and the model has an {@code nThreads} hyperparameter the
   * user did not set, it gets {@code threads}.
   */
  Estimator<?, ?> estimator(List<String> trailing, int threads) {
    List<String> all = new ArrayList<>(params);
    if (trailing != null) {
      all.addAll(trailing);
    }
    java.util.Map<String, String> p = HyperParams.parse(all);
    if (threads > 1 && !p.containsKey("nThreads") && praxis.api.ParamsCodec.toStrings(
        HyperParams.info(model).factory().get().params()).containsKey("nThreads")) {
      p.put("nThreads", Integer.toString(threads));
    }
    return HyperParams.estimator(model, p);
  }
}
