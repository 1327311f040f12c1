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
 * {@code praxis models [NAME]}: the registered estimators by task, or one estimator's hyperparameters with
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
      for (EstimatorInfo e : Estimators.all()) {
        out.printf(Locale.ROOT, "  %-24s %-15s %s%n", e.name(), e.task().name().toLowerCase(Locale.ROOT),
            e.description());
      }
    }
    out.flush();
    return Main.OK;
  }
}
