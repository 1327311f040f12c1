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
import praxis.api.Task;
import praxis.report.BarChart;
import praxis.report.HtmlReport;
import praxis.select.Fold;
import praxis.select.Splitter;

/**
 * {@code praxis cv DATA --model NAME [name=value...]}: k-fold cross-validation (stratified for
 * classification, shuffled, seed 0 unless {@code --seed}) of the standard preprocessing plus the model;
 * prints per-fold scores and mean ± std. The report adds a per-fold chart and the confusion matrix and
 * curves of the out-of-fold predictions.
 *
 * <pre>{@code
 * praxis cv builtin:breast_cancer --model logistic_regression c=0.5 --folds 10 --report cv.html
 * }</pre>
 */
@Command(name = "cv", mixinStandardHelpOptions = true,
    description = "Cross-validate one model; prints per-fold scores and mean \u00b1 std.")
public final class CvCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Hyperparameters.")
  List<String> hyper = new ArrayList<>();

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report.")
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
    var estimator = Cv.pipeline(model.estimator(hyper), info.scaleSensitive(), raw);
    int threads = common.threads();
    Cv.splitter(Task.CLASSIFICATION, folds, common.seed); // validates --folds before the data is read
    Data.Problem p = target.problem(data);
    Commands.requireTask(info, p);
    Splitter s = Cv.splitter(p.task(), folds, common.seed);
    List<Fold> split = s.split(p.x(), p.y(), null);
    List<Cv.Metric> metrics = Cv.metrics(p.task(), p.task() == Task.CLASSIFICATION ? p.y().classCount() : 0);
    Cv.Result r;
    try (Progress bar = Progress.start("cv", split.size(), !common.quiet)) {
      r = Cv.run(info.name(), estimator, p, split, metrics, threads, false, bar);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s on %s: %d rows, %d features; %s%n", info.name(), data, p.x().rowCount(),
        p.x().columnCount(), Cv.protocol(p.task(), folds, common.seed));
    Cv.printFolds(out, r, metrics);
    if (report != null) {
      HtmlReport h = new HtmlReport("Cross-validation of " + info.name() + " on " + data);
      h.note("praxis " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
      Reports.dataset(h, p);
      h.section("Scores");
      h.paragraph(Cv.protocol(p.task(), folds, common.seed) + "; preprocessing fitted inside each training fold.");
      List<String> header = new ArrayList<>(List.of("fold"));
      header.addAll(r.scores().keySet());
      header.add("fit s");
      List<List<?>> rows = new ArrayList<>();
      for (int f = 0; f < r.fitSeconds().length; f++) {
        List<Object> row = new ArrayList<>();
        row.add(f + 1);
        for (double[] v : r.scores().values()) {
          row.add(v[f]);
        }
        row.add(r.fitSeconds()[f]);
        rows.add(row);
      }
      List<Object> mean = new ArrayList<>();
      mean.add("mean \u00b1 std");
      for (String m : r.scores().keySet()) {
        mean.add(Cv.pm(r, m));
      }
      mean.add(r.meanFitSeconds());
      rows.add(mean);
      h.table("Per-fold scores", header, rows);
      String main = metrics.get(0).name();
      List<String> foldNames = new ArrayList<>();
      for (int f = 0; f < r.fitSeconds().length; f++) {
        foldNames.add("fold " + (f + 1));
      }
      h.chart(BarChart.of(main + " per fold", main, foldNames, r.scores().get(main), null));
      h.section("Out-of-fold predictions");
      h.paragraph("Each row predicted by the model fitted on the other folds.");
      Reports.results(h, "out-of-fold", p.task(), Cv.outOfFold(estimator, p, split));
      h.write(report);
      out.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    out.flush();
    return Main.OK;
  }
}
