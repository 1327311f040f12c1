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
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.Task;
import praxis.api.Transformer;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.decomposition.KernelPCAModel;
import praxis.decomposition.NMFModel;
import praxis.decomposition.PCAModel;
import praxis.manifold.TSNEModel;
import praxis.manifold.UMAPModel;
import praxis.manifold.Trustworthiness;
import praxis.io.csv.CsvWriter;
import praxis.report.HtmlReport;

/**
 * {@code praxis embed DATA --model NAME [name=value...] --out FILE.csv}: fits the standard preprocessing
 * followed by a transform model (pca, incremental_pca, kernel_pca, truncated_svd, nmf, tsne, umap; see
 * {@code praxis models}) on every row and writes the transformed columns, plus the label column when there
 * is one ({@code --label}, or a bundled data set's label). Prints the explained-variance ratios of PCA-type
 * models, the eigenvalues of kernel PCA, the reconstruction error of NMF, the Kullback-Leibler divergence of
 * t-SNE, the kernel parameters a, b and graph components of UMAP, and for every model the trustworthiness (k = 5) of the embedding. {@code --report} draws the rows
 * on the first two output columns coloured by label.
 *
 * <pre>{@code
 * praxis embed builtin:digits --model pca nComponents=2 --out digits-2d.csv --report digits-pca.html
 * }</pre>
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
    description = "Project the rows of a data set (PCA, kernel PCA, SVD, NMF) and write the new columns as CSV.")
public final class EmbedCommand implements Callable<Integer> {
  /** Neighbours for the trustworthiness printed for every embedding. */
  static final int TRUSTWORTHINESS_K = 5;
  /** Trustworthiness is computed on at most this many rows (a sample beyond, seed 0). */
  static final int MAX_TRUSTWORTHINESS_ROWS = 5_000;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Hyperparameters.")
  List<String> hyper = new ArrayList<>();

  @Option(names = "--label", paramLabel = "COL",
      description = "Column kept out of the features, copied to the output and used to colour the report's "
          + "scatter; default for builtin data: its label column.")
  String label;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv",
      description = "Where to write the transformed columns.")
  Path out;

  @Option(names = "--save", paramLabel = "FILE", description = "Save the fitted preprocessing + model.")
  Path save;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report.")
  Path report;

  @Mixin
  ModelOptions model;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    EstimatorInfo info = Unsupervised.requireTask(model.model, Task.TRANSFORM, "embed");
    Estimator<?, ?> est = model.estimator(hyper, common.threads());
    Unsupervised.Input in = Unsupervised.load(data, label);
    int n = in.x().rowCount();
    long t0 = System.nanoTime();
    Unsupervised.Fitted f;
    try (Progress bar = Progress.start("embed", -1, !common.quiet)) {
      f = Unsupervised.fit(est, info, in.x());
      bar.step(info.name());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Frame z = output(f);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%s on %s: %d rows x %d features (%d after preprocessing: %s) -> %d columns in %.2f s%n",
        info.name(), data, n, in.x().columnCount(), f.features().columnCount(), Unsupervised.preprocessing(info),
        z.columnCount(), secs);
    if (!in.note().isEmpty()) {
      o.println(in.note().replace("used only for scoring", "copied to the output"));
    }
    Map<String, Object> stats = stats(f, z);
    for (Map.Entry<String, Object> e : stats.entrySet()) {
      o.printf(Locale.ROOT, "%-28s %s%n", e.getKey(), e.getValue());
    }
    List<Column> cols = new ArrayList<>(z.columns());
    if (in.label() != null) {
      if (z.schema().contains(in.labelName())) {
        throw new CliFailure("the output already has a column named '" + in.labelName() + "'; rename the label");
      }
      cols.add(in.label());
    }
    CsvWriter.write(Frame.of(cols), out);
    o.printf(Locale.ROOT, "wrote %d rows x %d columns to %s%n", n, cols.size(), out);
    Unsupervised.saveIfAsked(f, save, o);
    if (report != null) {
      HtmlReport h = new HtmlReport("Embedding of " + data + " with " + info.name());
      Map<String, Object> kv = Unsupervised.startReport(h, spec, in, info, est);
      kv.put("output columns", z.columnCount());
      kv.putAll(stats);
      h.keyValues("Summary", kv);
      h.section("Rows in the new coordinates");
      double[] cm = z.toColumnMajor();
      double[] x = java.util.Arrays.copyOfRange(cm, 0, n);
      double[] y = z.columnCount() > 1 ? java.util.Arrays.copyOfRange(cm, n, 2 * n) : new double[n];
      String yName = z.columnCount() > 1 ? z.schema().names().get(1) : "(one output column)";
      boolean coloured = in.label() != null;
      h.paragraph("The first two output columns" + (coloured ? ", coloured by '" + in.labelName() + "'." : "."));
      h.chart(Unsupervised.scatter("Rows on " + z.schema().names().get(0) + " and " + yName
          + (coloured ? " by '" + in.labelName() + "'" : ""), z.schema().names().get(0), yName, x, y,
          coloured ? in.labelCodes() : null,
          k -> !coloured ? "rows" : k < 0 ? "missing" : in.labelLevels().get(k), common.seed));
      h.write(report);
      o.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    o.flush();
    return Main.OK;
  }

  /** What the model tells about its fit: explained variance, eigenvalues or reconstruction error. */
  static Map<String, Object> stats(Unsupervised.Fitted f, Frame z) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (f.model() instanceof PCAModel p) {
      double[] r = p.explainedVarianceRatio();
      double cum = 0;
      for (double v : r) {
        cum += v;
      }
      s.put("explained_variance_ratio", join(r));
      s.put("explained_variance_total", String.format(Locale.ROOT, "%.4f", cum));
    } else if (f.model() instanceof KernelPCAModel k) {
      s.put("eigenvalues", join(k.eigenvalues()));
    } else if (f.model() instanceof TSNEModel t) {
      s.put("kl_divergence", String.format(Locale.ROOT, "%.4f", t.klDivergence()));
      s.put("iterations", t.iterations());
    } else if (f.model() instanceof UMAPModel u) {
      s.put("kernel_a_b", String.format(Locale.ROOT, "%.4f %.4f", u.a(), u.b()));
      s.put("epochs", u.epochs());
      s.put("graph_components", u.graphComponents());
    } else if (f.model() instanceof NMFModel m) {
      s.put("reconstruction_error", String.format(Locale.ROOT, "%.4f", m.reconstructionError()));
      s.put("iterations", m.iterations());
    }
    int[] sample = Unsupervised.sample(z.rowCount(), MAX_TRUSTWORTHINESS_ROWS, 0);
    if (sample.length >= 2 * TRUSTWORTHINESS_K + 2) {
      double t = Trustworthiness.of(Unsupervised.rows(f.features(), sample), Unsupervised.rows(z, sample),
          TRUSTWORTHINESS_K);
      s.put("trustworthiness_k" + TRUSTWORTHINESS_K, String.format(Locale.ROOT, "%.4f", t)
          + (sample.length < z.rowCount() ? " (random " + sample.length + " of " + z.rowCount() + " rows)" : ""));
    }
    return s;
  }

  /**
   * The transformed training rows; for t-SNE, which has no out-of-sample transform, the embedding it computed
   * for them.
   */
  static Frame output(Unsupervised.Fitted f) {
    if (f.model() instanceof TSNEModel t) {
      double[][] e = t.embedding();
      List<String> names = new ArrayList<>();
      for (int a = 0; a < (e.length == 0 ? 0 : e[0].length); a++) {
        names.add("tsne" + a);
      }
      return Frame.ofRows(e, names);
    }
    return ((Transformer) f.model()).transform(f.features());
  }

  private static String join(double[] v) {
    StringBuilder b = new StringBuilder();
    int shown = Math.min(v.length, 20);
    for (int i = 0; i < shown; i++) {
      b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", v[i]));
    }
    if (shown < v.length) {
      b.append(" ... (").append(v.length).append(" in all)");
    }
    return b.toString();
  }
}
