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
import praxis.linear.RegressionSummary;
import praxis.pipeline.Pipeline;
import praxis.pipeline.PipelineModel;
import praxis.pipeline.Preprocessing;
import praxis.preprocess.OneHotEncoder;

/**
 * {@code praxis train DATA --model NAME [name=value...] [-o model.praxis]}: fits the standard preprocessing
 * (median imputation, one-hot encoding, standardization for scale-sensitive models) followed by the model
 * on all rows, and saves the fitted pipeline.
 *
 * <pre>{@code
 * praxis train builtin:iris --model knn_classifier k=7 -o iris-knn.praxis
 * praxis train builtin:diabetes --model linear_regression --summary
 * }</pre>
 *
 * <p>{@code --summary} (linear_regression only) also prints the OLS inference table
 * ({@link RegressionSummary}) for the preprocessed design the model was fitted on. With {@code --summary} the
 * one-hot encoding of nominal columns drops each column's first level
 * ({@code Preprocessing.standard(scale, OneHotEncoder.Drop.FIRST)}, R's treatment contrasts), so that the
 * design with the intercept has full rank and the coefficients read as differences from the baseline level,
 * as in R's {@code summary(lm(...))}; the saved model is that same pipeline.
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

  @Option(names = "--summary", description = "linear_regression only: print the OLS summary table (standard"
      + " errors, t and F tests, R-squared, AIC/BIC, VIF), like R's summary(lm); nominal columns are one-hot"
      + " encoded without their first level (treatment contrasts).")
  boolean summary;

  @Mixin
  ModelOptions model;

  @Mixin
  TargetOptions target;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    EstimatorInfo info = model.info();
    Commands.requireSupervised(info);
    if (summary && !info.name().equals("linear_regression")) {
      throw new CliFailure("--summary is only available for --model linear_regression, got " + info.name());
    }
    // OLS inference needs a full-rank design: with --summary every nominal column drops its first level
    var estimator = summary
        ? Pipeline.of(Preprocessing.standard(info.scaleSensitive(), OneHotEncoder.Drop.FIRST),
            model.estimator(hyper, common.threads()))
        : Cv.pipeline(model.estimator(hyper, common.threads()), info.scaleSensitive());
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
    if (summary) {
      RegressionSummary s;
      try {
        s = RegressionSummary.of(((PipelineModel) fitted).transformBeforeFinal(p.x()), p.y());
      } catch (IllegalArgumentException e) {
        throw new CliFailure("--summary: " + e.getMessage());
      }
      out.println();
      out.print(s.table());
    }
    out.flush();
    return Main.OK;
  }
}
