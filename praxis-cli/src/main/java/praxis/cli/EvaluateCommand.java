package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import praxis.api.Model;
import praxis.api.Regressor;
import praxis.api.Task;
import praxis.data.Frame;
import praxis.report.HtmlReport;

/**
 * {@code praxis evaluate MODEL DATA [--report FILE.html]}: scores a saved model on labelled data.
 * Classification: accuracy, balanced accuracy, macro precision/recall/F1, MCC, Cohen's kappa, log loss and
 * ROC-AUC; regression: MAE, MSE, RMSE, R², MAPE, explained variance. The report adds the confusion matrix,
 * ROC, precision-recall and calibration curves (or predicted-vs-true and residual plots), and the model
 * details of {@link ModelReports} (tree drawing, feature importances, MLP loss curve).
 *
 * <pre>{@code
 * praxis evaluate iris.praxis test.csv --report evaluation.html
 * }</pre>
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score a saved model on labelled data; optionally write an HTML report.")
public final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A model file from 'praxis train'.")
  Path modelFile;

  @Parameters(index = "1", paramLabel = "DATA", description = "CSV file or builtin:NAME with the target column.")
  String data;

  @Option(names = "--target", paramLabel = "NAME",
      description = "Target column (default: the one column the model does not use, else the last).")
  String target;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report.")
  Path report;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    Model model = Commands.loadModel(modelFile);
    Task task;
    if (model instanceof Classifier) {
      task = Task.CLASSIFICATION;
    } else if (model instanceof Regressor) {
      task = Task.REGRESSION;
    } else {
      throw new CliFailure("evaluate needs a classifier or regressor; " + modelFile + " holds a "
          + model.getClass().getSimpleName());
    }
    Data.Loaded loaded = Data.load(data, model.inputSchema());
    String t = target;
    if (t == null) {
      var extra = loaded.frame().schema().names().stream().filter(n -> !model.inputSchema().contains(n)).toList();
      if (extra.size() == 1) {
        t = extra.get(0);
      }
    }
    Data.Problem p = Data.problem(loaded, t, task);
    Frame x = Commands.inputs(model, p.x(), data);
    Object eval = task == Task.CLASSIFICATION ? Evaluation.classify((Classifier) model, x, p.y())
        : Evaluation.regress((Regressor) model, x, p.y());
    Map<String, Double> metrics = task == Task.CLASSIFICATION ? ((Evaluation.Classification) eval).metrics()
        : ((Evaluation.Regression) eval).metrics();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s on %s (%d rows, target '%s'):%n", modelFile, data, x.rowCount(), p.y().name());
    for (Map.Entry<String, Double> e : metrics.entrySet()) {
      out.printf(Locale.ROOT, "  %-20s %.4f%n", e.getKey(), e.getValue());
    }
    if (eval instanceof Evaluation.Classification c) {
      printConfusion(out, c);
    }
    if (report != null) {
      HtmlReport r = new HtmlReport("Evaluation of " + modelFile.getFileName() + " on " + data);
      r.note("praxis evaluate " + modelFile + " " + data);
      r.section("Model");
      var pv = model.provenance();
      Map<String, Object> kv = new java.util.LinkedHashMap<>();
      kv.put("file", modelFile.toString());
      kv.put("estimator", pv.estimator());
      kv.put("hyperparameters", pv.params().toString());
      kv.put("training rows", pv.rows());
      kv.put("training data fingerprint", pv.dataFingerprint());
      kv.put("Praxis version", pv.libraryVersion());
      kv.put("created", pv.createdAt());
      r.keyValues("Provenance", kv);
      Reports.dataset(r, p);
      r.section("Results");
      Reports.results(r, "test data", task, eval);
      ModelReports.details(r, model);
      r.write(report);
      out.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    out.flush();
    return Main.OK;
  }

  static void printConfusion(PrintWriter out, Evaluation.Classification c) {
    long[][] m = c.confusion();
    int w = 8;
    for (String l : c.labels()) {
      w = Math.max(w, Math.min(20, l.length() + 1));
    }
    out.printf(Locale.ROOT, "confusion matrix (rows: true, columns: predicted):%n%" + w + "s", "");
    for (String l : c.labels()) {
      out.printf(Locale.ROOT, " %" + w + "s", l);
    }
    out.println();
    for (int i = 0; i < m.length; i++) {
      out.printf(Locale.ROOT, "%" + w + "s", c.labels().get(i));
      for (long v : m[i]) {
        out.printf(Locale.ROOT, " %" + w + "d", v);
      }
      out.println();
    }
  }
}
