package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.api.Classifier;
import praxis.api.EstimatorInfo;
import praxis.api.Model;
import praxis.api.Regressor;
import praxis.api.Task;
import praxis.io.ModelIO;
import praxis.linear.RegressionSummary;
import praxis.pipeline.Pipeline;
import praxis.pipeline.PipelineModel;
import praxis.pipeline.Preprocessing;
import praxis.preprocess.OneHotEncoder;
import praxis.report.HtmlReport;

/**
 * {@code praxis train DATA --model NAME [name=value...] [-o model.praxis]}: fits the standard preprocessing
 * (median imputation, one-hot encoding, standardization for scale-sensitive models) followed by the model
 * on all rows, and saves the fitted pipeline.
 *
 * <pre>{@code
 * praxis train builtin:iris --model knn_classifier k=7 -o iris-knn.praxis
 * praxis train builtin:diabetes --model linear_regression --summary
 * praxis train builtin:iris --model decision_tree_classifier --report tree.html
 * }</pre>
 *
 * <p>{@code --report FILE.html} writes an HTML report: provenance, the data set summary, the fit on the
 * training rows (metrics, confusion matrix, ROC / precision-recall / calibration curves, or the regression
 * plots — resubstitution figures, optimistic by design; use {@code praxis cv} for honest estimates) and
 * model details ({@link ModelReports}): the drawn tree and feature importances for tree models, importances
 * for forests and boosting, loss / metric curves and per-layer gradient norms for MLPs.
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

  @Option(names = "--report", paramLabel = "FILE.html", description = "Also write an HTML report: data summary,"
      + " fit on the training rows (confusion matrix, ROC and calibration curves, or regression plots) and model"
      + " details (tree drawing and feature importances; MLP loss curves and gradient norms).")
  Path report;

  @Option(names = "--raw", description = Cv.RAW_HELP)
  boolean raw;

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
    if (summary && raw) {
      throw new CliFailure("--summary and --raw cannot be combined: the OLS summary needs the one-hot encoded"
          + " design; drop --raw");
    }
    if (summary && !info.name().equals("linear_regression")) {
      throw new CliFailure("--summary is only available for --model linear_regression, got " + info.name());
    }
    // OLS inference needs a full-rank design: with --summary every nominal column drops its first level
    var estimator = summary
        ? Pipeline.of(Preprocessing.standard(info.scaleSensitive(), OneHotEncoder.Drop.FIRST),
            model.estimator(hyper, common.threads()))
        : Cv.pipeline(model.estimator(hyper, common.threads()), info.scaleSensitive(), raw);
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
    if (report != null) {
      writeReport(fitted, info, p, secs);
      out.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    out.flush();
    return Main.OK;
  }

  private void writeReport(Model fitted, EstimatorInfo info, Data.Problem p, double secs) {
    HtmlReport r = new HtmlReport("Training " + info.name() + " on " + p.source());
    r.note("praxis train " + data + " --model " + info.name() + (hyper.isEmpty() ? "" : " " + String.join(" ", hyper)));
    r.section("Model");
    var pv = fitted.provenance();
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("estimator", info.name());
    kv.put("description", info.description());
    kv.put("hyperparameters", pv.params().toString());
    kv.put("training rows", pv.rows());
    kv.put("fit time (s)", secs);
    kv.put("saved to", output.toString());
    r.keyValues("Provenance", kv);
    Reports.dataset(r, p);
    r.section("Fit on the training rows");
    r.note("Scores on the rows the model was trained on are optimistic; run `praxis cv` for cross-validated"
        + " estimates.");
    if (p.task() == Task.CLASSIFICATION && fitted instanceof Classifier c) {
      Reports.classification(r, "training data", Evaluation.classify(c, p.x(), p.y()));
    } else if (fitted instanceof Regressor g) {
      Reports.regression(r, "training data", Evaluation.regress(g, p.x(), p.y()));
    }
    ModelReports.details(r, fitted);
    r.write(report);
  }
}
