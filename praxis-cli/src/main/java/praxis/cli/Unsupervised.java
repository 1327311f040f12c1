package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;
import praxis.api.Model;
import praxis.api.Task;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.decomposition.PCA;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.pipeline.PipelineModel;
import picocli.CommandLine.Model.CommandSpec;
import praxis.report.HtmlReport;
import praxis.report.LineChart;
import praxis.report.Series;

/**
 * What the unsupervised commands ({@code cluster}, {@code embed}, {@code outliers}) share: loading the
 * features with an optional label column that is kept out of them, checking that the model suits the
 * command, fitting the standard preprocessing before the model, row sampling and the 2-D scatter charts.
 *
 * <pre>{@code
 * Unsupervised.Input in = Unsupervised.load("builtin:iris", null);   // label 'class' kept aside
 * EstimatorInfo info = Unsupervised.requireTask("kmeans", Task.CLUSTERING);
 * Unsupervised.Fitted f = Unsupervised.fit(estimator, info, in.x());
 * }</pre>
 */
public final class Unsupervised {
  /** Silhouette and the scatter plots use at most this many rows (a seeded sample beyond). */
  public static final int MAX_SILHOUETTE_ROWS = 10_000;
  /** Scatter plots in reports draw at most this many points. */
  public static final int MAX_PLOT_POINTS = 5_000;
  /** Scatter plots colour at most this many groups; the rest are drawn as "other". */
  private static final int MAX_GROUPS = 20;

  private Unsupervised() {}

  /**
   * Features and the optional label.
   *
   * @param source the data argument
   * @param x the feature columns (label dropped)
   * @param label the label column, or null
   * @param labelCodes per row the label's class code ({@code -1} where missing), or null
   * @param labelLevels the label values in code order, or null
   * @param scored whether the label is a class column that clustering scores are computed against
   * @param note how the label was chosen, for the output (empty if there is none)
   */
  public record Input(String source, Frame x, Column label, int[] labelCodes, List<String> labelLevels,
      boolean scored, String note) {
    /** The label column's name, or null. */
    public String labelName() {
      return label == null ? null : label.name();
    }
  }

  /**
   * A fitted preprocessing + model pipeline.
   *
   * @param pipeline what {@code --save} writes
   * @param model the final (unsupervised) model
   * @param features the preprocessed training rows the model saw
   */
  public record Fitted(PipelineModel pipeline, Model model, Frame features) {}

  /**
   * Loads {@code spec} and sets the label column aside: the one named by {@code label}, or for a bundled
   * data set its label column (so that the class is never used as a feature by accident).
   */
  public static Input load(String spec, String label) {
    Data.Loaded d = Data.load(spec);
    Frame f = d.frame();
    if (f.rowCount() == 0) {
      throw new CliFailure(spec + " has a header but no data rows");
    }
    String name = label;
    String note = "";
    boolean scored = true;
    if (name == null && spec.startsWith(Data.BUILTIN)) {
      String ds = spec.substring(Data.BUILTIN.length());
      name = Datasets.labelColumn(ds);
      scored = Datasets.task(ds) == Task.CLASSIFICATION;
      note = "label column '" + name + "' of the bundled data set is kept out of the features"
          + (scored ? " and used only for scoring" : "");
    } else if (name != null) {
      note = "label column '" + name + "' is kept out of the features and used only for scoring";
    }
    if (name == null) {
      return new Input(spec, requireFeatures(f, spec), null, null, null, false, "");
    }
    if (!f.schema().contains(name)) {
      throw new UsageException("no column named '" + name + "' in " + spec + "; available columns: "
          + f.schema().names() + " (choose the class column with --label)");
    }
    Column c = f.column(name);
    Frame x = requireFeatures(f.drop(name), spec);
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < c.size(); i++) {
      if (!c.isMissing(i)) {
        index.putIfAbsent(c.format(i), 0);
      }
    }
    List<String> levels = new ArrayList<>(index.keySet());
    for (int k = 0; k < levels.size(); k++) {
      index.put(levels.get(k), k);
    }
    int[] codes = new int[c.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = c.isMissing(i) ? -1 : index.get(c.format(i));
    }
    return new Input(spec, x, c, codes, levels, scored, note);
  }

  private static Frame requireFeatures(Frame x, String spec) {
    if (x.columnCount() == 0) {
      throw new CliFailure(spec + " has no feature columns besides the label; pass a table with at least one "
          + "feature column");
    }
    return x;
  }

  /**
   * The registry entry for {@code model}, which must be for {@code task}; otherwise a usage error naming the
   * command that takes it and the models this command takes.
   */
  public static EstimatorInfo requireTask(String model, Task task, String command) {
    EstimatorInfo info = HyperParams.info(model);
    if (info.task() != task) {
      List<String> names = Estimators.forTask(task).stream().map(EstimatorInfo::name).toList();
      throw new UsageException("model '" + info.name() + "' is for " + taskName(info.task()) + "; 'praxis "
          + command + "' takes " + taskName(task) + " models " + names + "; for " + info.name() + " use 'praxis "
          + commandFor(info.task()) + "'");
    }
    return info;
  }

  /** The command that fits models of {@code task}. */
  public static String commandFor(Task task) {
    return switch (task) {
      case CLASSIFICATION, REGRESSION -> "train";
      case CLUSTERING -> "cluster";
      case TRANSFORM -> "embed";
      case OUTLIER_DETECTION -> "outliers";
    };
  }

  /** The task in words ("outlier detection"). */
  public static String taskName(Task task) {
    return task.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Fits {@code Preprocessing.standard(info.scaleSensitive())} followed by {@code model} on {@code x} (no
   * target), as {@code train} does.
   */
  public static Fitted fit(Estimator<?, ?> model, EstimatorInfo info, Frame x) {
    PipelineModel p = (PipelineModel) Cv.pipeline(model, info.scaleSensitive()).fit(x, Target.none(x.rowCount()));
    return new Fitted(p, p.finalModel(), p.transformBeforeFinal(x));
  }

  /** Saves the fitted pipeline to {@code save} when it is given, and says so on {@code o}. */
  public static void saveIfAsked(Fitted f, Path save, PrintWriter o) {
    if (save != null) {
      ModelIO.save(f.pipeline(), save);
      o.printf(Locale.ROOT, "saved the model to %s%n", save);
    }
  }

  /**
   * Starts the report of an unsupervised command: the command line as a note, the "Data and model" section,
   * and its summary rows every command shares (source, rows, features, preprocessing, model, hyperparameters);
   * the caller adds its own rows and writes them with {@code h.keyValues("Summary", kv)}.
   */
  public static Map<String, Object> startReport(HtmlReport h, CommandSpec spec, Input in, EstimatorInfo info,
      Estimator<?, ?> est) {
    h.note("praxis " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    h.section("Data and model");
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("source", in.source());
    kv.put("rows", in.x().rowCount());
    kv.put("features", in.x().columnCount());
    kv.put("preprocessing", preprocessing(info));
    kv.put("model", info.name() + " (" + info.description() + ")");
    kv.put("hyperparameters", praxis.api.ParamsCodec.toStrings(est.params()).toString());
    return kv;
  }

  /** The preprocessing in words. */
  public static String preprocessing(EstimatorInfo info) {
    return "median imputation, one-hot encoding" + (info.scaleSensitive() ? ", standardization" : "");
  }

  /**
   * Row indices: all of {@code 0..n-1} when {@code n <= max}, else {@code max} of them drawn without
   * replacement with {@code SplittableRandom(seed)}, increasing.
   */
  public static int[] sample(int n, int max, long seed) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    if (n <= max) {
      return all;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < max; i++) {
      int j = i + r.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] out = Arrays.copyOf(all, max);
    Arrays.sort(out);
    return out;
  }

  /** Rows of a numeric frame as arrays, only the given row indices. */
  public static double[][] rows(Frame x, int[] idx) {
    int p = x.columnCount();
    double[] cm = x.toColumnMajor();
    int n = x.rowCount();
    double[][] out = new double[idx.length][p];
    for (int t = 0; t < idx.length; t++) {
      for (int j = 0; j < p; j++) {
        out[t][j] = cm[j * n + idx[t]];
      }
    }
    return out;
  }

  /** The first two principal components of the (preprocessed, numeric) rows; one column gives (x, 0). */
  public static double[][] pca2(Frame features) {
    int n = features.rowCount();
    double[] cm = features.toColumnMajor();
    if (features.columnCount() < 2 || n < 2) {
      return new double[][] {Arrays.copyOf(cm, n), new double[n]};
    }
    Frame t = new PCA(PCA.Params.DEFAULTS.withNComponents(2)).fit(features, Target.none(n)).transform(features);
    double[] s = t.toColumnMajor();
    return new double[][] {Arrays.copyOfRange(s, 0, n), Arrays.copyOfRange(s, n, 2 * n)};
  }

  /**
   * A scatter chart of {@code (x[i], y[i])} with one coloured series per group ({@code groups[i]}, named by
   * {@code names}; negative codes are named by {@code names} too), at most {@link #MAX_PLOT_POINTS} points
   * (seeded sample, said in the title).
   */
  public static LineChart scatter(String title, String xLabel, String yLabel, double[] x, double[] y,
      int[] groups, java.util.function.IntFunction<String> names, long seed) {
    int[] idx = sample(x.length, MAX_PLOT_POINTS, seed);
    Map<Integer, List<Integer>> byGroup = new TreeMap<>();
    for (int i : idx) {
      byGroup.computeIfAbsent(groups == null ? 0 : groups[i], g -> new ArrayList<>()).add(i);
    }
    Map<String, List<Integer>> named = new LinkedHashMap<>();
    int shown = 0;
    for (Map.Entry<Integer, List<Integer>> e : byGroup.entrySet()) {
      String n = shown++ < MAX_GROUPS ? names.apply(e.getKey()) : "other";
      named.computeIfAbsent(n, k -> new ArrayList<>()).addAll(e.getValue());
    }
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : named.entrySet()) {
      List<Integer> rows = e.getValue();
      double[] sx = new double[rows.size()];
      double[] sy = new double[rows.size()];
      for (int t = 0; t < sx.length; t++) {
        sx[t] = x[rows.get(t)];
        sy[t] = y[rows.get(t)];
      }
      series.add(new Series(e.getKey(), sx, sy));
    }
    String t = idx.length < x.length
        ? title + String.format(Locale.ROOT, " (random %d of %d rows)", idx.length, x.length) : title;
    return LineChart.of(t, xLabel, yLabel, series).asScatter();
  }

  /** Adjusted Rand index and NMI of {@code labels} against the input's label (rows with a label only). */
  public static Map<String, Double> agreement(Input in, int[] labels) {
    int m = 0;
    for (int c : in.labelCodes()) {
      m += c >= 0 ? 1 : 0;
    }
    int[] a = new int[m];
    int[] b = new int[m];
    int t = 0;
    for (int i = 0; i < labels.length; i++) {
      if (in.labelCodes()[i] >= 0) {
        a[t] = in.labelCodes()[i];
        b[t++] = labels[i];
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("adjusted_rand", praxis.metrics.ClusteringMetrics.adjustedRand(a, b));
    out.put("normalized_mutual_info", praxis.metrics.ClusteringMetrics.normalizedMutualInfo(a, b));
    return out;
  }
}
