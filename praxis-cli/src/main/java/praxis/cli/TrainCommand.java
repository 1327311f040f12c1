package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.api.EstimatorInfo;
import praxis.api.Model;
import praxis.io.ModelIO;

/**
 * {@code praxis train DATA --model NAME [name=value...] [-o model.praxis]}: fits the standard preprocessing
 * (median imputation, one-hot encoding, standardization for scale-sensitive models) followed by the model
 * on all rows, and saves the fitted pipeline.
 *
 * <pre>{@code
 * praxis train builtin:iris --model knn_classifier k=7 -o iris-knn.praxis
 * }</pre>
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fit preprocessing + a model on a data set and save it.")
public final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Hyperparameters.")
  List<String> hyper = new ArrayList<>();

  @Option(names = {"-o", "--output"}, defaultValue = "model.praxis", paramLabel = "FILE",
      description = "Where to save the model (default: ${DEFAULT-VALUE}).")
  Path output;

  @Mixin
  ModelOptions model;

  @Mixin
  TargetOptions target;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    EstimatorInfo info = model.info();
    var estimator = Cv.pipeline(model.estimator(hyper, common.threads()), info.scaleSensitive());
    Data.Problem p = target.problem(data);
    Commands.requireTask(info, p);
    long t0 = System.nanoTime();
    Model fitted;
    try (Progress bar = Progress.start("train", -1, !common.quiet)) {
      fitted = estimator.fit(p.x(), p.y());
      bar.step(info.name());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    ModelIO.save(fitted, output);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "trained %s on %d rows x %d features in %.2f s; saved to %s%n", info.name(),
        p.x().rowCount(), p.x().columnCount(), secs, output);
    out.flush();
    return Main.OK;
  }
}
