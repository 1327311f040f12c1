package praxis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;
import praxis.api.ParamsCodec;

/**
 * {@code praxis models [NAME]}: the registered estimators grouped by task (with the command that fits each
 * group), or one estimator's hyperparameters with
 * their types and defaults.
 *
 * <pre>{@code
 * praxis models
 * praxis models logistic_regression
 * }</pre>
 */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List the available models, or the hyperparameters of one.")
public final class ModelsCommand implements Callable<Integer> {
  /** Which commands fit the models of each task. */
  private static final java.util.Map<praxis.api.Task, String> USE = java.util.Map.of(
      praxis.api.Task.CLASSIFICATION, "praxis train / cv / compare",
      praxis.api.Task.REGRESSION, "praxis train / cv / compare",
      praxis.api.Task.CLUSTERING, "praxis cluster",
      praxis.api.Task.TRANSFORM, "praxis embed",
      praxis.api.Task.OUTLIER_DETECTION, "praxis outliers");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A model name.")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name != null) {
      EstimatorInfo info = HyperParams.info(name);
      out.printf(Locale.ROOT, "%s (%s): %s%nhyperparameters (set as name=value):%n", info.name(),
          info.task().name().toLowerCase(Locale.ROOT), info.description());
      for (ParamsCodec.Spec s : ParamsCodec.specs(info.factory().get().params())) {
        out.printf(Locale.ROOT, "  %-20s %-28s default %s%n", s.name(), s.typeDescription(), s.defaultValue());
      }
    } else {
      boolean first = true;
      for (praxis.api.Task t : praxis.api.Task.values()) {
        java.util.List<EstimatorInfo> list = Estimators.forTask(t);
        if (list.isEmpty()) {
          continue;
        }
        out.printf(Locale.ROOT, "%s%s (%d; %s):%n", first ? "" : "\n", Unsupervised.taskName(t), list.size(),
            USE.get(t));
        first = false;
        for (EstimatorInfo e : list) {
          out.printf(Locale.ROOT, "  %-30s %s%n", e.name(), e.description());
        }
      }
    }
    out.flush();
    return Main.OK;
  }
}
