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
    List<String> all = new ArrayList<>(params);
    if (trailing != null) {
      all.addAll(trailing);
    }
    return HyperParams.estimator(model, HyperParams.parse(all));
  }
}
