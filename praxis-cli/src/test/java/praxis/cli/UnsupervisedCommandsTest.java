package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.io.Datasets;
import praxis.io.csv.CsvReader;
import praxis.metrics.ClusteringMetrics;
import praxis.report.LineChart;
import praxis.testkit.ReferenceFile;

/**
 * {@code praxis cluster}, {@code embed} and {@code outliers} on bundled data. Numbers are compared with
 * scikit-learn 1.2.1 on the standardized features ({@code reference/make_unsupervised_cli_reference.py} →
 * {@code unsupervised_cli_reference.json}): values printed with four decimals to 5e-5 (the rounding), values
 * read back from {@code --out} files at full precision to 1e-9.
 */
class UnsupervisedCommandsTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/unsupervised_cli_reference.json");
  private static final double PRINTED = 5e-5;

  @TempDir
  Path dir;

  private static CliRunner.Run ok(Object... args) {
    CliRunner.Run r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  /** The number printed after {@code key} at the start of a line. */
  private static double printed(String out, String key) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s+(-?[0-9.]+)").matcher(out);
    assertTrue(m.find(), key + " printed: " + out);
    return Double.parseDouble(m.group(1));
  }

  private static String html(Path p) throws Exception {
    String h = Files.readString(p);
    assertTrue(h.startsWith("<!DOCTYPE html>"));
    if (praxis.report.HtmlReport.canDrawCharts()) {
      assertTrue(h.contains("data:image/png;base64,"), "has charts");
    }
    return h;
  }

  private static double[] column(Path csv, String name) {
    Frame f = CsvReader.defaults().read(csv);
    return f.doubleColumn(name).toArray();
  }

  private static int[] ints(double[] v) {
    int[] o = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = (int) v[i];
    }
    return o;
  }

  private static int[] irisClasses() {
    Frame f = Datasets.load("iris");
    return praxis.data.Target.fromColumn(f.column(Datasets.labelColumn("iris"))).codes();
  }

  @Test
  void kmeansOnIrisMatchesScikitLearnAndSavesLabelsAndModel() throws Exception {
    Path out = dir.resolve("clusters.csv");
    Path model = dir.resolve("km.praxis");
    Path report = dir.resolve("km.html");
    CliRunner.Run r = ok("cluster", "builtin:iris", "--model", "kmeans", "nClusters=3", "--elbow", "1..6",
        "--out", out, "--save", model, "--report", report);
    String o = r.out();
    assertTrue(o.contains("150 rows x 4 features") && o.contains("3 clusters"), o);
    assertTrue(o.contains("label column 'class'"), "the class column is kept out of the features: " + o);
    assertEquals(REF.get("iris_kmeans3", "inertia").asDouble(), printed(o, "inertia"), PRINTED);
    assertEquals(REF.get("iris_kmeans3", "silhouette").asDouble(), printed(o, "silhouette"), PRINTED);
    assertEquals(REF.get("iris_kmeans3", "adjusted_rand").asDouble(), printed(o, "adjusted_rand"), PRINTED);
    assertEquals(REF.get("iris_kmeans3", "nmi").asDouble(), printed(o, "normalized_mutual_info"), PRINTED);
    // cluster sizes as printed
    int[] sizes = Pattern.compile("(?m)^  [0-9]+\\s+([0-9]+)\\s+[0-9.]+%").matcher(o).results()
        .mapToInt(m -> Integer.parseInt(m.group(1))).sorted().toArray();
    assertArrayEquals(REF.ints("iris_kmeans3", "sizes_sorted"), sizes, o);
    // the written labels, at full precision
    int[] labels = ints(column(out, "cluster"));
    assertEquals(150, labels.length);
    assertEquals(REF.get("iris_kmeans3", "adjusted_rand").asDouble(),
        ClusteringMetrics.adjustedRand(irisClasses(), labels), 1e-9);
    assertTrue(Files.readAllLines(out).get(0).contains("class"), "label column copied to --out");
    // elbow: inertia per k and the knee
    double[] inertia = REF.vector("iris_elbow_1_6_inertia");
    for (int k = 1; k <= 6; k++) {
      Matcher m = Pattern.compile("(?m)^ +" + k + " +([0-9]+\\.[0-9]{4}) +(n/a|[0-9]\\.[0-9]{4})(  <- knee)?$")
          .matcher(o);
      assertTrue(m.find(), "elbow row k=" + k + ": " + o);
      assertEquals(inertia[k - 1], Double.parseDouble(m.group(1)), PRINTED, "inertia k=" + k);
    }
    int knee = 1 + praxis.cluster.ClusterCount.knee(inertia);
    assertTrue(o.contains("knee at k = " + knee + ";") && o.contains("best silhouette at k = 2"), o);
    // the saved pipeline predicts the same clusters
    Path preds = dir.resolve("p.csv");
    ok("predict", model, "builtin:iris", "-o", preds);
    assertArrayEquals(labels, ints(column(preds, "cluster")));
    String h = html(report);
    for (String s : List.of("Cluster sizes", "Elbow: k-means inertia per k", "Mean silhouette per k",
        "Rows coloured by cluster", "Rows coloured by &#39;class&#39;")) {
      assertTrue(h.contains(s), "report contains " + s);
    }
  }

  @Test
  void agglomerativeMatchesScikitLearnAndDrawsADendrogram() throws Exception {
    Path report = dir.resolve("ward.html");
    CliRunner.Run r = ok("cluster", "builtin:iris", "--model", "agglomerative", "nClusters=3", "--report", report);
    String o = r.out();
    assertEquals(REF.get("iris_ward3", "silhouette").asDouble(), printed(o, "silhouette"), PRINTED);
    assertEquals(REF.get("iris_ward3", "adjusted_rand").asDouble(), printed(o, "adjusted_rand"), PRINTED);
    assertEquals(REF.get("iris_ward3", "nmi").asDouble(), printed(o, "normalized_mutual_info"), PRINTED);
    assertFalse(o.contains("inertia"), "no inertia for a model without one: " + o);
    String h = html(report);
    assertTrue(h.contains("Dendrogram (agglomerative, last 50 merges)"), "dendrogram chart");
    assertTrue(h.contains("The last 50 of 149 merges, for readability"), "says it is truncated");
  }

  @Test
  void dbscanCountsNoiseAndGaussianMixturePrintsBic() {
    String d = ok("cluster", "builtin:iris", "--model", "dbscan", "eps=0.6").out();
    assertTrue(d.matches("(?s).*2 clusters and 26 noise rows.*"), d);
    assertTrue(d.contains("noise rows count as one group"), d);
    String g = ok("cluster", "builtin:wine", "--model", "gaussian_mixture", "nComponents=3").out();
    assertTrue(g.contains("bic") && g.contains("aic") && g.contains("3 clusters"), g);
    assertTrue(printed(g, "adjusted_rand") > 0.8, g);
  }

  @Test
  void dendrogramOfALinkageMatrix() {
    double[][] merges = {{0, 1, 1.0, 2}, {2, 3, 2.0, 2}, {4, 5, 3.0, 4}};
    LineChart full = ClusterCommand.dendrogram(merges, 50, "m");
    double nan = Double.NaN;
    assertArrayEquals(new double[] {0, 0, 1, 1, nan, 2, 2, 3, 3, nan, 0.5, 0.5, 2.5, 2.5},
        full.series().get(0).x(), 0);
    assertArrayEquals(new double[] {0, 1, 1, 0, nan, 0, 2, 2, 0, nan, 1, 3, 3, 2}, full.series().get(0).y(), 0);
    assertEquals("leaves (4)", full.xLabel());
    LineChart last2 = ClusterCommand.dendrogram(merges, 2, "m");
    // merge 0 collapsed into one leaf at x = 0
    assertArrayEquals(new double[] {1, 1, 2, 2, nan, 0, 0, 1.5, 1.5}, last2.series().get(0).x(), 0);
    assertArrayEquals(new double[] {0, 2, 2, 0, nan, 0, 3, 3, 2}, last2.series().get(0).y(), 0);
    assertTrue(last2.title().contains("last 2 merges"), last2.title());
  }

  @Test
  void silhouetteSampleIsSeededAndSorted() {
    int[] a = Unsupervised.sample(50_000, Unsupervised.MAX_SILHOUETTE_ROWS, 3);
    assertEquals(Unsupervised.MAX_SILHOUETTE_ROWS, a.length);
    assertArrayEquals(a, Unsupervised.sample(50_000, Unsupervised.MAX_SILHOUETTE_ROWS, 3));
    assertFalse(Arrays.equals(a, Unsupervised.sample(50_000, Unsupervised.MAX_SILHOUETTE_ROWS, 4)));
    for (int i = 1; i < a.length; i++) {
      assertTrue(a[i] > a[i - 1], "increasing, no repeats");
    }
    assertEquals(7, Unsupervised.sample(7, 10, 0).length);
  }

  @Test
  void embedDigitsWithPcaMatchesScikitLearn() throws Exception {
    Path out = dir.resolve("digits2d.csv");
    Path report = dir.resolve("pca.html");
    CliRunner.Run r = ok("embed", "builtin:digits", "--model", "pca", "nComponents=2", "--out", out,
        "--report", report);
    Matcher m = Pattern.compile("explained_variance_ratio\\s+([0-9.]+) ([0-9.]+)").matcher(r.out());
    assertTrue(m.find(), r.out());
    double[] ref = REF.vector("digits_pca2_explained_variance_ratio");
    assertEquals(ref[0], Double.parseDouble(m.group(1)), PRINTED);
    assertEquals(ref[1], Double.parseDouble(m.group(2)), PRINTED);
    List<String> lines = Files.readAllLines(out);
    assertEquals(1798, lines.size());
    assertEquals(3, lines.get(0).split(",").length, "two components and the label: " + lines.get(0));
    assertTrue(lines.get(0).endsWith("class"), lines.get(0));
    assertTrue(html(report).contains("by &#39;class&#39;"), "scatter coloured by the label");
  }

  @Test
  void embedPrintsTrustworthinessAndRunsTsne() throws Exception {
    String pca = ok("embed", "builtin:iris", "--model", "pca", "nComponents=2", "--out", dir.resolve("p.csv")).out();
    assertEquals(REF.get("iris_pca2_trustworthiness_k5").asDouble(), printed(pca, "trustworthiness_k5"), PRINTED);
    Path out = dir.resolve("tsne.csv");
    Path model = dir.resolve("tsne.praxis");
    String t = ok("embed", "builtin:iris", "--model", "tsne", "--out", out, "--save", model).out();
    assertTrue(t.contains("kl_divergence"), t);
    assertTrue(printed(t, "trustworthiness_k5") > 0.95, "t-SNE keeps neighbourhoods: " + t);
    List<String> lines = Files.readAllLines(out);
    assertEquals(151, lines.size());
    assertEquals("tsne0,tsne1,class", lines.get(0));
    // the saved pipeline gives the same embedding for the training rows
    Path again = dir.resolve("again.csv");
    ok("predict", model, "builtin:iris", "-o", again);
    assertArrayEquals(column(out, "tsne0"), column(again, "tsne0"), 0);
  }

  @Test
  void embedRunsUmapAndTheSavedModelEmbedsTheSameRows() throws Exception {
    Path out = dir.resolve("umap.csv");
    Path model = dir.resolve("umap.praxis");
    String t = ok("embed", "builtin:iris", "--model", "umap", "nEpochs=200", "--out", out, "--save", model).out();
    assertTrue(t.contains("kernel_a_b") && t.contains("1.5769 0.8951"), t);
    assertTrue(printed(t, "trustworthiness_k5") > 0.95, "UMAP keeps neighbourhoods: " + t);
    List<String> lines = Files.readAllLines(out);
    assertEquals(151, lines.size());
    assertEquals("umap0,umap1,class", lines.get(0));
    Path again = dir.resolve("again-umap.csv");
    ok("predict", model, "builtin:iris", "-o", again);
    assertArrayEquals(column(out, "umap1"), column(again, "umap1"), 0);
  }

  @Test
  void embedWithEveryTransformModel() throws Exception {
    for (String model : List.of("kernel_pca", "truncated_svd", "nmf", "incremental_pca")) {
      Path out = dir.resolve(model + ".csv");
      CliRunner.Run r = ok("embed", "builtin:iris", "--model", model, "nComponents=2", "--out", out);
      assertEquals(151, Files.readAllLines(out).size(), model);
      assertTrue(r.out().contains(model.equals("kernel_pca") ? "eigenvalues" : model.equals("nmf")
          ? "reconstruction_error" : "explained_variance_ratio"), r.out());
    }
  }

  @Test
  void localOutlierFactorOnWineMatchesScikitLearn() throws Exception {
    Path out = dir.resolve("lof.csv");
    Path report = dir.resolve("lof.html");
    CliRunner.Run r = ok("outliers", "builtin:wine", "--model", "local_outlier_factor", "--out", out,
        "--report", report);
    int outliers = REF.get("wine_lof20", "outliers").asInt();
    assertTrue(r.out().contains("outliers: " + outliers + " of 178 rows"), r.out());
    int[] rows = REF.ints("wine_lof20", "top10_rows_1based");
    double[] scores = REF.vector("wine_lof20", "top10_scores");
    for (int k = 0; k < 10; k++) {
      Matcher m = Pattern.compile("(?m)^\\s+" + (k + 1) + "\\s+([0-9]+)\\s+(-?[0-9.]+)").matcher(r.out());
      assertTrue(m.find(), r.out());
      assertEquals(rows[k], Integer.parseInt(m.group(1)), "rank " + (k + 1));
    }
    double[] s = column(out, "score");
    double[] flag = column(out, "outlier");
    assertEquals(outliers, (int) Arrays.stream(flag).sum());
    for (int k = 0; k < 10; k++) {
      assertEquals(scores[k], s[rows[k] - 1], 1e-9, "score of row " + rows[k]);
    }
    assertTrue(html(report).contains("Lowest scores"), "report table");
  }

  @Test
  void isolationForestAndOneClassSvmRun() {
    String f = ok("outliers", "builtin:wine", "--model", "isolation_forest", "--top", "3").out();
    assertEquals(3, f.lines().filter(l -> l.matches("^\\s+[123]\\s+[0-9]+\\s+.*")).count(), f);
    assertTrue(f.matches("(?s).*outliers: [0-9]+ of 178 rows.*"), f);
    String s = ok("outliers", "builtin:iris", "--model", "one_class_svm", "nu=0.1").out();
    assertTrue(s.matches("(?s).*outliers: [0-9]+ of 150 rows.*"), s);
  }

  @Test
  void savedOutlierAndEmbeddingModelsPredictWhatTheCommandsWrote() throws Exception {
    Path flags = dir.resolve("flags.csv");
    Path forest = dir.resolve("forest.praxis");
    ok("outliers", "builtin:wine", "--model", "isolation_forest", "--out", flags, "--save", forest);
    Path again = dir.resolve("again.csv");
    ok("predict", forest, "builtin:wine", "-o", again);
    for (String c : List.of("outlier", "score", "decision")) {
      assertArrayEquals(column(flags, c), column(again, c), 0, c);
    }
    Path coords = dir.resolve("coords.csv");
    Path pca = dir.resolve("pca.praxis");
    ok("embed", "builtin:iris", "--model", "pca", "nComponents=2", "--out", coords, "--save", pca);
    Path projected = dir.resolve("projected.csv");
    ok("predict", pca, "builtin:iris", "-o", projected);
    for (String c : List.of("pca0", "pca1")) {
      assertArrayEquals(column(coords, c), column(projected, c), 0, c);
    }
  }

  @Test
  void modelsAreGroupedByTaskWithTheirCommand() {
    String o = ok("models").out();
    assertTrue(o.matches("(?s).*\\nclustering \\([0-9]+; praxis cluster\\):\\n.*"), o);
    assertTrue(o.matches("(?s).*\\ntransform \\([0-9]+; praxis embed\\):\\n.*"), o);
    assertTrue(o.matches("(?s).*\\noutlier detection \\([0-9]+; praxis outliers\\):\\n.*"), o);
    assertTrue(o.indexOf("kmeans") > o.indexOf("clustering ("), "kmeans listed under clustering: " + o);
  }

  /** One line on standard error with the prefix, the exit code, no stack trace; returns the message. */
  private static String error(int code, Object... args) {
    CliRunner.Run r = CliRunner.run(args);
    assertEquals(code, r.code(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), "one line: " + r);
    assertTrue(err.startsWith("praxis: error: "), r.toString());
    assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + r);
    return err;
  }

  @Test
  void badInputGivesOneLineErrors() throws Exception {
    Path tiny = dir.resolve("tiny.csv");
    Files.writeString(tiny, "a,b\n1,2\n2,3\n3,1\n4,4\n");
    String wrong = error(Main.USAGE, "cluster", "builtin:iris", "--model", "logistic_regression");
    assertTrue(wrong.contains("praxis train") && wrong.contains("kmeans"), wrong);
    String unknown = error(Main.USAGE, "cluster", "builtin:iris", "--model", "kmeens");
    assertTrue(unknown.contains("kmeens"), unknown);
    String outl = error(Main.USAGE, "outliers", "builtin:iris", "--model", "kmeans");
    assertTrue(outl.contains("praxis cluster") && outl.contains("isolation_forest"), outl);
    String emb = error(Main.USAGE, "embed", "builtin:iris", "--model", "dbscan", "--out", dir.resolve("x.csv"));
    assertTrue(emb.contains("praxis cluster") && emb.contains("pca"), emb);
    String k = error(Main.FAILURE, "cluster", tiny, "--model", "kmeans", "nClusters=9");
    assertTrue(k.contains("nClusters = 9") && k.contains("4 rows"), k);
    String eps = error(Main.USAGE, "cluster", tiny, "--model", "dbscan", "eps=0");
    assertTrue(eps.contains("eps") && eps.contains("> 0"), eps);
    String negEps = error(Main.USAGE, "cluster", tiny, "--model", "dbscan", "eps=-1");
    assertTrue(negEps.contains("eps"), negEps);
    String elbow = error(Main.USAGE, "cluster", tiny, "--model", "kmeans", "nClusters=2", "--elbow", "2-5");
    assertTrue(elbow.contains("KMIN..KMAX"), elbow);
    String order = error(Main.USAGE, "cluster", tiny, "--model", "kmeans", "nClusters=2", "--elbow", "5..2");
    assertTrue(order.contains("KMIN < KMAX"), order);
    String big = error(Main.USAGE, "cluster", tiny, "--model", "kmeans", "nClusters=2", "--elbow", "1..9");
    assertTrue(big.contains("exceeds the 4 rows"), big);
    String label = error(Main.USAGE, "cluster", tiny, "--model", "kmeans", "nClusters=2", "--label", "zz");
    assertTrue(label.contains("'zz'") && label.contains("[a, b]"), label);
    String train = error(Main.USAGE, "train", "builtin:iris", "--model", "kmeans", "-o", dir.resolve("m.praxis"));
    assertTrue(train.contains("praxis cluster DATA --model kmeans"), train);
    String cv = error(Main.USAGE, "cv", "builtin:iris", "--model", "pca");
    assertTrue(cv.contains("praxis embed"), cv);
    String trainOutlier = error(Main.USAGE, "train", "builtin:iris", "--model", "isolation_forest");
    assertTrue(trainOutlier.contains("praxis outliers"), trainOutlier);
    error(Main.USAGE, "embed", "builtin:iris", "--model", "pca");
  }
}
