package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.report.HtmlReport;

/**
 * {@code praxis compare DATA}: a leaderboard of every installed model for the task, each behind the same
 * preprocessing, on the same cross-validation folds; mean ± std per metric and mean fit time. The report
 * adds the data summary, a chart of the main metric and the best model's out-of-fold confusion matrix and
 * curves.
 *
 * <pre>{@code
 * praxis compare builtin:breast_cancer --report leaderboard.html
 * }</pre>
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Cross-validate every applicable model on one data set; print a leaderboard.")
public final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report.")
  Path report;

  @Option(names = "--scores", paramLabel = "FILE.csv",
      description = "Write every per-fold score (full precision) as CSV.")
  Path scores;

  @Mixin
  TargetOptions target;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    int threads = common.threads();
    Data.Problem p = target.problem(data);
    Compare.Board b = Compare.run(p, folds, common.seed, threads, !common.quiet);
    PrintWriter out = spec.commandLine().getOut();
    Compare.print(out, b);
    if (scores != null) {
      Compare.writeScores(scores, List.of(b));
    }
    if (report != null) {
      HtmlReport h = new HtmlReport("Model comparison on " + data);
      h.note("praxis " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
      Reports.dataset(h, p);
      Compare.report(h, b);
      bestModel(h, b);
      h.write(report);
      out.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    out.flush();
    return Main.OK;
  }

  /** The best model's out-of-fold predictions (confusion matrix, curves) as a report section. */
  static void bestModel(HtmlReport h, Compare.Board b) {
    var best = b.best();
    h.section("Best model: " + best.name());
    h.paragraph(best.name() + " (" + best.description() + "), default hyperparameters. Each row predicted by "
        + "the model fitted on the other folds (same folds as the leaderboard).");
    Reports.results(h, "out-of-fold", b.problem().task(), Cv.outOfFold(
        Cv.pipeline(best.factory().get(), best.scaleSensitive()), b.problem(), b.split()));
  }
}
