package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.api.Clusterer;
import praxis.api.Estimator;
import praxis.api.EstimatorInfo;
import praxis.api.Model;
import praxis.api.Task;
import praxis.cluster.AgglomerativeModel;
import praxis.cluster.ClusterCount;
import praxis.cluster.DBSCANModel;
import praxis.cluster.KMeans;
import praxis.cluster.KMeansModel;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.csv.CsvWriter;
import praxis.metrics.ClusteringMetrics;
import praxis.mixture.GaussianMixtureModel;
import praxis.report.BarChart;
import praxis.report.HtmlReport;
import praxis.report.LineChart;
import praxis.report.Series;

/**
 * {@code praxis cluster DATA --model NAME [name=value...]}: fits the standard preprocessing (median imputation,
 * one-hot encoding, standardization) followed by a clustering model on every row and prints the cluster
 * sizes, the inertia (k-means) or BIC/AIC (Gaussian mixtures), the silhouette on the preprocessed features
 * (Euclidean; a seeded sample of {@value Unsupervised#MAX_SILHOUETTE_ROWS} rows when there are more) and,
 * against a class column ({@code --label}, or a bundled data set's label), the adjusted Rand index and the
 * normalized mutual information.
 *
 * <p>{@code --elbow KMIN..KMAX} fits k-means for every k in the range and prints the inertia per k with the
 * knee ({@link ClusterCount#knee}) and the silhouette per k. {@code --out} writes the cluster of each row,
 * {@code --save} the fitted pipeline, {@code --report} an HTML report with the cluster sizes, the elbow and
 * silhouette curves, a scatter of the rows on their first two principal components coloured by cluster and,
 * for agglomerative models, a dendrogram of the last merges.
 *
 * <pre>{@code
 * praxis cluster builtin:iris --model kmeans nClusters=3 --elbow 1..8 --report iris-clusters.html
 * praxis cluster data.csv --model dbscan -p eps=0.8 --out clusters.csv
 * }</pre>
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Cluster the rows of a data set; print sizes and quality scores.")
public final class ClusterCommand implements Callable<Integer> {
  /** A dendrogram shows at most this many of the last merges. */
  public static final int MAX_DENDROGRAM_MERGES = 50;
  private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*\\.\\.\\s*(\\d{1,9})\\s*");
  private static final int MAX_ELBOW_POINTS = 100;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Hyperparameters.")
  List<String> hyper = new ArrayList<>();

  @Option(names = "--label", paramLabel = "COL",
      description = "Class column kept out of the features and used to score the clustering (adjusted Rand index, "
          + "NMI); default for builtin data: its label column.")
  String label;

  @Option(names = "--elbow", paramLabel = "KMIN..KMAX",
      description = "Also fit k-means for each k in the range; print inertia (with the knee) and silhouette per k.")
  String elbow;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the cluster of every row as CSV.")
  Path out;

  @Option(names = "--save", paramLabel = "FILE", description = "Save the fitted preprocessing + model.")
  Path save;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report.")
  Path report;

  @Mixin
  ModelOptions model;

  @Mixin
  CommonOptions common;

  /** The per-k results of {@code --elbow}. */
  record Elbow(int[] ks, double[] inertia, double[] silhouette, int knee, int bestSilhouette, String basis) {}

  @Override
  public Integer call() {
    EstimatorInfo info = Unsupervised.requireTask(model.model, Task.CLUSTERING, "cluster");
    Estimator<?, ?> est = model.estimator(hyper, common.threads());
    int[] range = elbow == null ? null : parseRange(elbow);
    Unsupervised.Input in = Unsupervised.load(data, label);
    int n = in.x().rowCount();
    if (range != null && range[1] > n) {
      throw new UsageException("--elbow " + elbow + ": KMAX " + range[1] + " exceeds the " + n + " rows of " + data
          + "; use a KMAX of at most " + n);
    }
    long t0 = System.nanoTime();
    Unsupervised.Fitted f;
    try (Progress bar = Progress.start("cluster", -1, !common.quiet)) {
      f = Unsupervised.fit(est, info, in.x());
      bar.step(info.name());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    int[] labels = trainingLabels(f);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%s on %s: %d rows x %d features (%d after preprocessing: %s) in %.2f s%n", info.name(),
        data, n, in.x().columnCount(), f.features().columnCount(), Unsupervised.preprocessing(info), secs);
    if (!in.note().isEmpty()) {
      o.println(in.note());
    }
    Map<Integer, Integer> sizes = sizes(labels);
    int clusters = (int) sizes.keySet().stream().filter(k -> k >= 0).count();
    o.printf(Locale.ROOT, "%d cluster%s%s%n", clusters, clusters == 1 ? "" : "s",
        sizes.containsKey(-1) ? " and " + sizes.get(-1) + " noise rows (label -1)" : "");
    o.printf(Locale.ROOT, "  %-8s %8s %8s%n", "cluster", "rows", "share");
    for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
      o.printf(Locale.ROOT, "  %-8s %8d %7.1f%%%n", name(e.getKey()), e.getValue(), 100.0 * e.getValue() / n);
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    Model m = f.model();
    if (m instanceof KMeansModel km) {
      scores.put("inertia", km.inertia());
    }
    if (m instanceof GaussianMixtureModel g) {
      scores.put("bic", g.bic(f.features()));
      scores.put("aic", g.aic(f.features()));
      scores.put("mean_log_likelihood", g.score(f.features()));
    }
    int[] sample = Unsupervised.sample(n, Unsupervised.MAX_SILHOUETTE_ROWS, common.seed);
    String silNote = silhouetteNote(sample.length, n, sizes.containsKey(-1));
    double sil = silhouette(f.features(), labels, sample);
    scores.put("silhouette", sil);
    if (in.label() != null && in.scored()) {
      scores.putAll(Unsupervised.agreement(in, labels));
    }
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      String what = e.getKey().equals("silhouette") ? "  (" + silNote + ")"
          : e.getKey().equals("adjusted_rand") || e.getKey().equals("normalized_mutual_info")
              ? "  (vs '" + in.labelName() + "')" : "";
      o.printf(Locale.ROOT, "%-24s %s%s%n", e.getKey(), Double.isNaN(e.getValue()) ? "n/a (needs 2 to rows-1 clusters)"
          : String.format(Locale.ROOT, "%.4f", e.getValue()), what);
    }
    Elbow eb = null;
    if (range != null) {
      eb = elbow(f.features(), range[0], range[1], est, sample, common.quiet);
      printElbow(o, eb);
    }
    if (out != null) {
      List<Column> cols = new ArrayList<>();
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = labels[i];
      }
      cols.add(DoubleColumn.wrap("cluster", d));
      if (in.label() != null) {
        cols.add(in.label());
      }
      CsvWriter.write(Frame.of(cols), out);
      o.printf(Locale.ROOT, "wrote the clusters of %d rows to %s%n", n, out);
    }
    Unsupervised.saveIfAsked(f, save, o);
    if (report != null) {
      HtmlReport h = new HtmlReport("Clustering of " + data + " with " + info.name());
      report(h, Unsupervised.startReport(h, spec, in, info, est), info, in, f, labels, sizes, scores, silNote, eb,
          common.seed);
      h.write(report);
      o.printf(Locale.ROOT, "report: %s%n", report.toAbsolutePath());
    }
    o.flush();
    return Main.OK;
  }

  /** Cluster of every training row: the model's own training labels where it keeps them. */
  static int[] trainingLabels(Unsupervised.Fitted f) {
    Model m = f.model();
    if (m instanceof AgglomerativeModel a) {
      return a.labels();
    }
    if (m instanceof DBSCANModel d) {
      return d.labels();
    }
    return ((Clusterer) m).predict(f.features());
  }

  /** Parses {@code KMIN..KMAX}; a usage error unless {@code 1 <= KMIN < KMAX}. */
  static int[] parseRange(String s) {
    Matcher mt = RANGE.matcher(s);
    if (!mt.matches()) {
      throw new UsageException("--elbow expects a range KMIN..KMAX such as 1..10, got '" + s + "'");
    }
    int lo = Integer.parseInt(mt.group(1));
    int hi = Integer.parseInt(mt.group(2));
    if (lo < 1 || hi <= lo) {
      throw new UsageException("--elbow " + s + ": need 1 <= KMIN < KMAX (a knee needs at least two k values), "
          + "e.g. 1..10");
    }
    if (hi - lo + 1 > MAX_ELBOW_POINTS) {
      throw new UsageException("--elbow " + s + ": at most " + MAX_ELBOW_POINTS + " values of k, got "
          + (hi - lo + 1) + "; narrow the range");
    }
    return new int[] {lo, hi};
  }

  private static Map<Integer, Integer> sizes(int[] labels) {
    Map<Integer, Integer> s = new TreeMap<>();
    for (int l : labels) {
      s.merge(l, 1, Integer::sum);
    }
    return s;
  }

  private static String name(int cluster) {
    return cluster < 0 ? "noise" : Integer.toString(cluster);
  }

  private static String silhouetteNote(int used, int n, boolean noise) {
    String s = "Euclidean, preprocessed features";
    if (used < n) {
      s += String.format(Locale.ROOT, "; random sample of %d of %d rows, seed from --seed", used, n);
    }
    if (noise) {
      s += "; noise rows count as one group, as in scikit-learn";
    }
    return s;
  }

  /** Mean silhouette of the sampled rows, NaN unless there are between 2 and rows - 1 groups. */
  static double silhouette(Frame features, int[] labels, int[] sample) {
    int[] l = new int[sample.length];
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    for (int t = 0; t < sample.length; t++) {
      l[t] = labels[sample[t]];
      distinct.add(l[t]);
    }
    if (distinct.size() < 2 || distinct.size() >= sample.length) {
      return Double.NaN;
    }
    return ClusteringMetrics.silhouette(Unsupervised.rows(features, sample), l);
  }

  /**
   * Inertia and silhouette of k-means for every k in {@code [lo, hi]} on the preprocessed rows: the model's
   * own k-means settings when the model is {@code kmeans}, else k-means defaults.
   */
  static Elbow elbow(Frame features, int lo, int hi, Estimator<?, ?> est, int[] sample, boolean quiet) {
    KMeans.Params base = est instanceof KMeans k ? k.params() : KMeans.Params.DEFAULTS;
    String basis = est instanceof KMeans ? "k-means with the given settings" : "k-means with default settings";
    int m = hi - lo + 1;
    int[] ks = new int[m];
    double[] inertia = new double[m];
    double[] sil = new double[m];
    int best = -1;
    try (Progress bar = Progress.start("elbow", m, !quiet)) {
      for (int t = 0; t < m; t++) {
        ks[t] = lo + t;
        KMeansModel km = new KMeans(base.withNClusters(ks[t])).fit(features, Target.none(features.rowCount()));
        inertia[t] = km.inertia();
        sil[t] = silhouette(features, km.predict(features), sample);
        if (!Double.isNaN(sil[t]) && (best < 0 || sil[t] > sil[best])) {
          best = t;
        }
        bar.step("k=" + ks[t]);
      }
    }
    return new Elbow(ks, inertia, sil, ks[ClusterCount.knee(inertia)], best < 0 ? -1 : ks[best], basis);
  }

  private static void printElbow(PrintWriter o, Elbow e) {
    o.printf(Locale.ROOT, "%nelbow (%s): knee at k = %d; best silhouette at k = %s%n", e.basis(), e.knee(),
        e.bestSilhouette() < 0 ? "n/a" : Integer.toString(e.bestSilhouette()));
    o.printf(Locale.ROOT, "  %4s %16s %12s%n", "k", "inertia", "silhouette");
    for (int t = 0; t < e.ks().length; t++) {
      o.printf(Locale.ROOT, "  %4d %16.4f %12s%s%n", e.ks()[t], e.inertia()[t], Double.isNaN(e.silhouette()[t]) ? "n/a"
          : String.format(Locale.ROOT, "%.4f", e.silhouette()[t]), e.ks()[t] == e.knee() ? "  <- knee" : "");
    }
  }

  private static void report(HtmlReport h, Map<String, Object> kv, EstimatorInfo info, Unsupervised.Input in,
      Unsupervised.Fitted f, int[] labels, Map<Integer, Integer> sizes, Map<String, Double> scores, String silNote,
      Elbow eb, long seed) {
    kv.put("features after preprocessing", f.features().columnCount());
    if (in.label() != null) {
      kv.put("label", in.note());
    }
    h.keyValues("Summary", kv);
    h.section("Clusters");
    Map<String, Object> sc = new LinkedHashMap<>(scores);
    h.keyValues("Scores (silhouette: " + silNote + ")", sc);
    List<String> cats = new ArrayList<>();
    double[] v = new double[sizes.size()];
    List<List<?>> rows = new ArrayList<>();
    int i = 0;
    for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
      cats.add(name(e.getKey()));
      v[i++] = e.getValue();
      rows.add(List.of(name(e.getKey()), e.getValue(),
          String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / labels.length)));
    }
    h.table("Cluster sizes", List.of("cluster", "rows", "share"), rows);
    h.chart(BarChart.of("Cluster sizes", "rows", cats, v, null));
    if (eb != null) {
      h.section("Choosing k");
      h.paragraph("Elbow: " + eb.basis() + " for k = " + eb.ks()[0] + ".." + eb.ks()[eb.ks().length - 1]
          + "; the knee (k = " + eb.knee() + ") is the point farthest below the chord of the normalized curve. "
          + "Silhouette per k: " + silNote + ".");
      double[] kx = new double[eb.ks().length];
      for (int t = 0; t < kx.length; t++) {
        kx[t] = eb.ks()[t];
      }
      int knee = eb.knee() - eb.ks()[0];
      h.chart(LineChart.of("Elbow: k-means inertia per k", "k", "inertia",
          new Series("inertia", kx, eb.inertia()),
          new Series("knee (k = " + eb.knee() + ")", new double[] {eb.knee(), eb.knee()},
              new double[] {0, eb.inertia()[knee]})));
      List<Double> sx = new ArrayList<>();
      List<Double> sy = new ArrayList<>();
      for (int t = 0; t < kx.length; t++) {
        if (!Double.isNaN(eb.silhouette()[t])) {
          sx.add(kx[t]);
          sy.add(eb.silhouette()[t]);
        }
      }
      if (!sx.isEmpty()) {
        h.chart(LineChart.of("Mean silhouette per k", "k", "silhouette",
            new Series("silhouette", sx.stream().mapToDouble(Double::doubleValue).toArray(),
                sy.stream().mapToDouble(Double::doubleValue).toArray())));
      }
    }
    h.section("Rows on the first two principal components");
    double[][] pc = Unsupervised.pca2(f.features());
    h.paragraph("PCA of the preprocessed features (praxis.decomposition.PCA, 2 components); colour = cluster.");
    h.chart(Unsupervised.scatter("Rows coloured by cluster", "PC 1", "PC 2", pc[0], pc[1], labels,
        k -> k < 0 ? "noise" : "cluster " + k, seed));
    if (in.label() != null && in.scored()) {
      h.chart(Unsupervised.scatter("Rows coloured by '" + in.labelName() + "'", "PC 1", "PC 2", pc[0], pc[1],
          in.labelCodes(), k -> k < 0 ? "missing" : in.labelLevels().get(k), seed));
    }
    if (f.model() instanceof AgglomerativeModel a && labels.length > 1) {
      h.section("Dendrogram");
      double[][] merges = a.merges();
      int shown = Math.min(MAX_DENDROGRAM_MERGES, merges.length);
      h.paragraph(shown < merges.length
          ? "The last " + shown + " of " + merges.length + " merges, for readability; each leaf at the bottom is a "
              + "cluster formed by the earlier merges (or a single row). Height = merge distance."
          : "All " + merges.length + " merges; leaves are rows. Height = merge distance.");
      h.chart(dendrogram(merges, MAX_DENDROGRAM_MERGES, info.name()));
    }
  }

  /**
   * A dendrogram of the last {@code maxMerges} merges of a SciPy-style linkage matrix ({@code {a, b, distance,
   * size}} per merge), drawn as one line series of U shapes separated by NaN gaps: leaves (rows, or clusters
   * formed by earlier merges) at height 0, spaced one unit apart in depth-first order from the root.
   */
  static LineChart dendrogram(double[][] merges, int maxMerges, String model) {
    int n = merges.length + 1;
    int first = Math.max(0, merges.length - maxMerges);
    int root = n + merges.length - 1;
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double[] pos = new double[2 * n];
    double[] height = new double[2 * n];
    int[] nextLeaf = {0};
    place(root, n, first, merges, pos, height, nextLeaf, xs, ys);
    double[] x = new double[xs.size()];
    double[] y = new double[ys.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = xs.get(i);
      y[i] = ys.get(i);
    }
    String title = "Dendrogram (" + model + (first > 0 ? ", last " + (merges.length - first) + " merges" : "") + ")";
    return LineChart.of(title, "leaves (" + nextLeaf[0] + ")", "merge distance", new Series("merges", x, y));
  }

  /** Places node {@code id} (post-order) and appends the U of each shown merge. */
  private static void place(int id, int n, int first, double[][] merges, double[] pos, double[] height,
      int[] nextLeaf, List<Double> xs, List<Double> ys) {
    int j = id - n;
    if (j < first) {
      pos[id] = nextLeaf[0]++;
      height[id] = 0;
      return;
    }
    int a = (int) merges[j][0];
    int b = (int) merges[j][1];
    place(a, n, first, merges, pos, height, nextLeaf, xs, ys);
    place(b, n, first, merges, pos, height, nextLeaf, xs, ys);
    double h = merges[j][2];
    pos[id] = (pos[a] + pos[b]) / 2;
    height[id] = h;
    if (!xs.isEmpty()) {
      xs.add(Double.NaN);
      ys.add(Double.NaN);
    }
    xs.add(pos[a]);
    ys.add(height[a]);
    xs.add(pos[a]);
    ys.add(h);
    xs.add(pos[b]);
    ys.add(h);
    xs.add(pos[b]);
    ys.add(height[b]);
  }
}
