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
import picocli.CommandLine.Spec;
import praxis.report.HtmlReport;

/**
 * {@code praxis demo}: runs {@code compare} on real data sets bundled in the jar (iris, breast_cancer,
 * diabetes) and writes one HTML report, {@code praxis-demo-report.html} unless {@code --report} says
 * otherwise. Needs no files and no network.
 *
 * <pre>{@code
 * java -jar praxis.jar demo
 * }</pre>
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Compare all models on bundled data sets (iris, breast_cancer, diabetes) and write a report.")
public final class DemoCommand implements Callable<Integer> {
  /** The bundled data sets the demo uses. */
  public static final List<String> DATASETS = List.of("iris", "breast_cancer", "diabetes");

  @Spec
  CommandSpec spec;

  @Option(names = "--report", defaultValue = "praxis-demo-report.html", paramLabel = "FILE.html",
      description = "Where to write the report (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--datasets", split = ",", paramLabel = "NAME",
      description = "Bundled data sets to use (default: iris,breast_cancer,diabetes).")
  List<String> datasets;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    int threads = common.threads();
    List<String> names = datasets == null || datasets.isEmpty() ? DATASETS : datasets;
    PrintWriter out = spec.commandLine().getOut();
    HtmlReport h = new HtmlReport("Praxis demo: model comparison on bundled data sets");
    h.paragraph("Every installed model, behind the same preprocessing, cross-validated on the same folds of "
        + "each data set. The data sets ship inside the Praxis jar; their sources and licences are listed in "
        + "praxis/datasets/README.md inside the jar.");
    List<Compare.Board> boards = new ArrayList<>();
    for (String n : names) {
      Data.Problem p = Data.problem(Data.load(Data.BUILTIN + n), null, null);
      Compare.Board b = Compare.run(p, folds, common.seed, threads, !common.quiet);
      Compare.print(out, b);
      out.println();
      boards.add(b);
      Reports.dataset(h, p);
      Compare.report(h, b);
      CompareCommand.bestModel(h, b);
    }
    h.write(report);
    out.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    out.flush();
    return Main.OK;
  }
}
