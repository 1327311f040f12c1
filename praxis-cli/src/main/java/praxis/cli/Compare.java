package praxis.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;
import praxis.api.Task;
import praxis.io.AtomicFiles;
import praxis.report.BarChart;
import praxis.report.HtmlReport;
import praxis.select.Fold;
import praxis.select.Splitter;

/**
 * The leaderboard behind {@code compare} and {@code demo}: every registered estimator for the task, each
 * behind the standard preprocessing, cross-validated on the same folds; sorted by the main metric
 * (accuracy or R²), with mean ± std per metric and mean fit time per fold.
 *
 * <pre>{@code
 * Compare.Board b = Compare.run(problem, 5, 0, 1, true);
 * Compare.print(out, b);
 * }</pre>
 */
public final class Compare {
  private Compare() {}

  /**
   * A finished comparison.
   *
   * @param problem the data
   * @param folds number of folds
   * @param seed shuffling seed
   * @param split the folds every model was scored on
   * @param metrics metrics, main one first
   * @param results per model, best first (failed models last)
   * @param best the best model's registry entry, or null if all failed
   */
  public record Board(Data.Problem problem, int folds, long seed, List<Fold> split, List<Cv.Metric> metrics,
      List<Cv.Result> results, EstimatorInfo best) {}

  /** Cross-validates every estimator registered for the problem's task. */
  public static Board run(Data.Problem p, int folds, long seed, int threads, boolean progress) {
    List<EstimatorInfo> models = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (EstimatorInfo info : Estimators.forTask(p.task())) {
      if (info.appliesTo().test(p.x().schema())) {
        models.add(info);
      } else {
        skipped.add(info.name());
      }
    }
    if (!skipped.isEmpty()) {
      org.slf4j.LoggerFactory.getLogger(Compare.class).info("not applicable to {}: {}", p.source(), skipped);
    }
    if (models.isEmpty()) {
      throw new CliFailure("no " + p.task().name().toLowerCase(Locale.ROOT) + " models are installed");
    }
    Splitter s = Cv.splitter(p.task(), folds, seed);
    List<Fold> split = s.split(p.x(), p.y(), null);
    List<Cv.Metric> metrics = Cv.metrics(p.task(), p.task() == Task.CLASSIFICATION ? p.y().classCount() : 0);
    List<Cv.Result> results = new ArrayList<>();
    try (Progress bar = Progress.start("compare", (long) models.size() * split.size(), progress)) {
      for (EstimatorInfo info : models) {
        results.add(Cv.run(info.name(), Cv.pipeline(info.factory().get(), info.scaleSensitive()), p, split,
            metrics, threads, true, bar));
      }
    }
    String main = metrics.get(0).name();
    results.sort(Comparator.comparing((Cv.Result r) -> r.error() != null)
        .thenComparing(r -> Double.isNaN(r.mean(main)) ? Double.NEGATIVE_INFINITY : r.mean(main),
            Comparator.reverseOrder()));
    if (results.get(0).error() != null) {
      throw new CliFailure("every model failed on " + p.source() + "; first error: " + results.get(0).error());
    }
    return new Board(p, folds, seed, split, metrics, results, Estimators.info(results.get(0).model()));
  }

  /** Prints the leaderboard as an aligned table. */
  public static void print(PrintWriter out, Board b) {
    Data.Problem p = b.problem();
    out.printf(Locale.ROOT, "%s: %d rows, %d features, %s%s; %s%n", p.source(), p.x().rowCount(),
        p.x().columnCount(), p.task().name().toLowerCase(Locale.ROOT),
        p.task() == Task.CLASSIFICATION ? " (" + p.y().classCount() + " classes)" : "",
        Cv.protocol(p.task(), b.folds(), b.seed()));
    int width = 24;
    for (Cv.Result r : b.results()) {
      width = Math.max(width, r.model().length());
    }
    String name = "%-" + width + "s";
    out.printf(Locale.ROOT, "%-4s " + name, "rank", "model");
    for (Cv.Metric m : b.metrics()) {
      out.printf(Locale.ROOT, " %19s", m.name());
    }
    out.printf(Locale.ROOT, " %9s%n", "fit s");
    int rank = 1;
    for (Cv.Result r : b.results()) {
      if (r.error() != null) {
        out.printf(Locale.ROOT, "%-4s " + name + " failed: %s%n", "-", r.model(), r.error());
        continue;
      }
      out.printf(Locale.ROOT, "%-4d " + name, rank++, r.model());
      for (Cv.Metric m : b.metrics()) {
        out.printf(Locale.ROOT, " %19s", Cv.pm(r, m.name()));
      }
      out.printf(Locale.ROOT, " %9.4f%n", r.meanFitSeconds());
    }
    out.flush();
  }

  /** Adds the leaderboard table and a bar chart of the main metric. */
  public static void report(HtmlReport r, Board b) {
    r.section("Leaderboard: " + b.problem().source());
    r.paragraph(Cv.protocol(b.problem().task(), b.folds(), b.seed()) + "; every model behind the same "
        + "preprocessing (median imputation, one-hot encoding of nominal columns, standardization for "
        + "scale-sensitive models), fitted inside each training fold. Scores are mean \u00b1 standard deviation over "
        + "folds; fit time is the mean per fold.");
    List<String> header = new ArrayList<>(List.of("rank", "model"));
    for (Cv.Metric m : b.metrics()) {
      header.add(m.name() + (m.higherIsBetter() ? " \u2191" : " \u2193"));
    }
    header.add("fit s");
    List<List<?>> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> stds = new ArrayList<>();
    String main = b.metrics().get(0).name();
    int rank = 1;
    for (Cv.Result res : b.results()) {
      List<Object> row = new ArrayList<>();
      if (res.error() != null) {
        row.add("\u2013");
        row.add(res.model() + " (failed: " + res.error() + ")");
        for (int i = 0; i < b.metrics().size() + 1; i++) {
          row.add(null);
        }
      } else {
        row.add(rank++);
        row.add(res.model());
        for (Cv.Metric m : b.metrics()) {
          row.add(Cv.pm(res, m.name()));
        }
        row.add(res.meanFitSeconds());
        names.add(res.model());
        means.add(res.mean(main));
        stds.add(res.std(main));
      }
      rows.add(row);
    }
    r.table("Leaderboard (" + b.folds() + "-fold CV)", header, rows);
    double[] mv = new double[means.size()];
    double[] sv = new double[stds.size()];
    for (int i = 0; i < mv.length; i++) {
      mv[i] = means.get(i);
      sv[i] = stds.get(i);
    }
    r.chart(BarChart.of(main + " by model (mean \u00b1 std over folds)", main, names, mv, sv));
  }

  /** Writes every per-fold score as CSV rows {@code data,model,fold,metric,value} (full precision). */
  public static void writeScores(Path file, List<Board> boards) {
    StringBuilder b = new StringBuilder("data,model,fold,metric,value\n");
    for (Board board : boards) {
      for (Cv.Result r : board.results()) {
        if (r.error() != null) {
          continue;
        }
        for (var e : r.scores().entrySet()) {
          for (int f = 0; f < e.getValue().length; f++) {
            b.append(board.problem().source()).append(',').append(r.model()).append(',').append(f + 1).append(',')
                .append(e.getKey()).append(',').append(e.getValue()[f]).append('\n');
          }
        }
        for (int f = 0; f < r.fitSeconds().length; f++) {
          b.append(board.problem().source()).append(',').append(r.model()).append(',').append(f + 1)
              .append(",fit_seconds,").append(r.fitSeconds()[f]).append('\n');
        }
      }
    }
    AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
