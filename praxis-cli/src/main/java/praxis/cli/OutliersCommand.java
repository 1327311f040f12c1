package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.OutlierDetector;
import praxis.api.Task;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.io.csv.CsvWriter;
import praxis.outlier.LocalOutlierFactorModel;
import praxis.report.BarChart;
import praxis.report.HtmlReport;

/**
 * {@code praxis outliers DATA --model NAME [name=value...]}: fits the standard preprocessing followed by an
 * outlier detector (isolation_forest, local_outlier_factor, one_class_svm) on every row and prints how many
 * rows are outliers and the most anomalous rows with their scores. The score is the detector's normality
 * score ({@link OutlierDetector#scoreSamples}, lower = more anomalous; for local outlier factor the training
 * rows' negated factor, each row scored without itself as scikit-learn's {@code negative_outlier_factor_});
 * a row is an outlier when its decision value (score minus the model's threshold) is negative.
 *
 * <pre>{@code
 * praxis outliers builtin:wine --model isolation_forest -p contamination=0.05 --out flags.csv
 * }</pre>
 */
@Command(name = "outliers", mixinStandardHelpOptions = true,
    description = "Find the anomalous rows of a data set; print the count and the top rows by score.")
public final class OutliersCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Hyperparameters.")
  List<String> hyper = new ArrayList<>();

  @Option(names = "--label", paramLabel = "COL",
      description = "Column kept out of the features and shown next to the top rows; default for builtin data: "
          + "its label column.")
  String label;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N",
      description = "How many of the most anomalous rows to print (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--out", paramLabel = "FILE.csv",
      description = "Write per row: outlier (1 = outlier, 0 = inlier), score and decision value.")
  Path out;

  @Option(names = "--save", paramLabel = "FILE", description = "Save the fitted preprocessing + model.")
  Path save;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report.")
  Path report;

  @Mixin
  ModelOptions model;

  @Mixin
  CommonOptions common;

  /**
   * Scores of the training rows.
   *
   * @param score normality score per row (lower = more anomalous)
   * @param decision score minus threshold (negative = outlier)
   */
  record Scores(double[] score, double[] decision) {
    int outliers() {
      int c = 0;
      for (double d : decision) {
        c += d < 0 ? 1 : 0;
      }
      return c;
    }
  }

  @Override
  public Integer call() {
    EstimatorInfo info = Unsupervised.requireTask(model.model, Task.OUTLIER_DETECTION, "outliers");
    if (top < 0) {
      throw new UsageException("--top must be at least 0, got " + top);
    }
    Estimator<?, ?> est = model.estimator(hyper, common.threads());
    Unsupervised.Input in = Unsupervised.load(data, label);
    int n = in.x().rowCount();
    long t0 = System.nanoTime();
    Unsupervised.Fitted f;
    try (Progress bar = Progress.start("outliers", -1, !common.quiet)) {
      f = Unsupervised.fit(est, info, in.x());
      bar.step(info.name());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Scores s = scores(f);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%s on %s: %d rows x %d features (%d after preprocessing: %s) in %.2f s%n", info.name(),
        data, n, in.x().columnCount(), f.features().columnCount(), Unsupervised.preprocessing(info), secs);
    if (!in.note().isEmpty()) {
      o.println(in.note().replace("used only for scoring", "shown next to the top rows"));
    }
    int k = s.outliers();
    o.printf(Locale.ROOT, "outliers: %d of %d rows (%.1f%%)%n", k, n, 100.0 * k / n);
    int[] order = ranking(s.score());
    int shown = Math.min(top, n);
    if (shown > 0) {
      o.printf(Locale.ROOT, "%nmost anomalous rows (row = data row number, 1-based; lower score = more anomalous):%n");
      o.printf(Locale.ROOT, "  %4s %7s %12s %12s %8s%s%n", "rank", "row", "score", "decision", "outlier",
          in.label() != null ? "  " + in.labelName() : "");
      for (int r = 0; r < shown; r++) {
        int i = order[r];
        o.printf(Locale.ROOT, "  %4d %7d %12.4f %12.4f %8s%s%n", r + 1, i + 1, s.score()[i], s.decision()[i],
            s.decision()[i] < 0 ? "yes" : "no", in.label() != null ? "  " + in.label().format(i) : "");
      }
    }
    if (out != null) {
      List<Column> cols = new ArrayList<>();
      double[] flag = new double[n];
      for (int i = 0; i < n; i++) {
        flag[i] = s.decision()[i] < 0 ? 1 : 0;
      }
      cols.add(DoubleColumn.wrap("outlier", flag));
      cols.add(DoubleColumn.wrap("score", s.score()));
      cols.add(DoubleColumn.wrap("decision", s.decision()));
      if (in.label() != null) {
        cols.add(in.label());
      }
      CsvWriter.write(Frame.of(cols), out);
      o.printf(Locale.ROOT, "wrote the scores of %d rows to %s%n", n, out);
    }
    Unsupervised.saveIfAsked(f, save, o);
    if (report != null) {
      HtmlReport h = new HtmlReport("Outliers in " + data + " by " + info.name());
      Map<String, Object> kv = Unsupervised.startReport(h, spec, in, info, est);
      kv.put("outliers", String.format(Locale.ROOT, "%d (%.1f%%)", k, 100.0 * k / n));
      h.keyValues("Summary", kv);
      h.section("Most anomalous rows");
      List<List<?>> rows = new ArrayList<>();
      for (int r = 0; r < Math.min(Math.max(top, 20), n); r++) {
        int i = order[r];
        rows.add(List.of(r + 1, i + 1, s.score()[i], s.decision()[i], s.decision()[i] < 0 ? "yes" : "no",
            in.label() != null ? in.label().format(i) : ""));
      }
      h.table("Lowest scores (row = data row number, 1-based)", List.of("rank", "row", "score", "decision",
          "outlier", in.label() != null ? in.labelName() : ""), rows);
      h.chart(histogram(s.score(), s.score()[order[0]] - s.decision()[order[0]]));
      int[] flag = new int[n];
      for (int i = 0; i < n; i++) {
        flag[i] = s.decision()[i] < 0 ? 1 : 0;
      }
      double[][] pc = Unsupervised.pca2(f.features());
      h.chart(Unsupervised.scatter("Rows on the first two principal components", "PC 1", "PC 2", pc[0], pc[1],
          flag, g -> g == 1 ? "outlier" : "inlier", common.seed));
      h.write(report);
      o.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    o.flush();
    return Main.OK;
  }

  /** Scores of the training rows; local outlier factor uses its leave-self-out training scores. */
  static Scores scores(Unsupervised.Fitted f) {
    if (f.model() instanceof LocalOutlierFactorModel lof) {
      double[] s = lof.negativeOutlierFactor();
      double[] d = new double[s.length];
      for (int i = 0; i < s.length; i++) {
        d[i] = s[i] - lof.offset();
      }
      return new Scores(s, d);
    }
    OutlierDetector det = (OutlierDetector) f.model();
    return new Scores(det.scoreSamples(f.features()), det.decisionFunction(f.features()));
  }

  /** Rows per score bin (20 equal-width bins); the title gives the outlier threshold. */
  static BarChart histogram(double[] score, double threshold) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : score) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    int bins = hi > lo ? 20 : 1;
    double w = hi > lo ? (hi - lo) / bins : 1;
    double[] count = new double[bins];
    for (double v : score) {
      count[Math.min(bins - 1, (int) ((v - lo) / w))]++;
    }
    List<String> cats = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      cats.add(String.format(Locale.ROOT, "%.3g", lo + (b + 0.5) * w));
    }
    return BarChart.of(String.format(Locale.ROOT, "Score distribution (rows scoring below %.4g are outliers)",
        threshold), "rows", cats, count, null);
  }

  /** Row indices by increasing score (ties by row number). */
  static int[] ranking(double[] score) {
    Integer[] idx = new Integer[score.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(score[a], score[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[idx.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}
