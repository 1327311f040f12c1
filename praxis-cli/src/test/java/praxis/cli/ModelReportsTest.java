package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.manifold.TSNE;
import praxis.manifold.TSNEModel;
import praxis.report.HtmlReport;

/**
 * {@code praxis train --report} and {@code praxis evaluate --report}: calibration, tree drawing, feature
 * importances and neural-network training history sections. Each chart is either an embedded PNG or, on a
 * JVM that cannot draw (no fonts), a note naming the fix; the SVG tree drawing is there either way.
 */
class ModelReportsTest {
  private static int count(String s, String what) {
    return s.split(Pattern.quote(what), -1).length - 1;
  }

  /** The chart with this title is an image, or (no fonts) the fallback note naming it. */
  private static void assertChart(String html, String title) {
    if (HtmlReport.canDrawCharts()) {
      assertTrue(html.contains("<img alt=\"" + HtmlReport.escape(title) + "\""), "missing chart " + title);
    } else {
      assertTrue(html.contains("Chart &#39;" + HtmlReport.escape(title) + "&#39; could not be drawn"), title);
    }
  }

  @Test
  void decisionTreeReportDrawsTheTreeImportancesAndCalibration(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("tree.html");
    var run = CliRunner.run("train", "builtin:iris", "--model", "decision_tree_classifier", "maxDepth=3",
        "-o", dir.resolve("tree.praxis"), "--report", report, "--quiet");
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().contains("report: "), run.out());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("Model details: decision tree"));
    // the tree as inline SVG: the root split on a petal measurement, leaves naming the classes
    assertEquals(1, count(html, "<svg "));
    assertTrue(Pattern.compile("<text[^>]*>petal (length|width) \\(cm\\) &lt;= [0-9.]+</text>").matcher(html).find(),
        "root split rule in the drawing");
    assertTrue(html.contains("class: setosa"));
    assertFalse(html.contains("drawing stops"), "depth 3 is under the cap");
    assertChart(html, "Feature importance (impurity decrease)");
    // multiclass calibration: one-vs-rest curves and a Brier / ECE table with one row per class
    assertChart(html, "Calibration / reliability curve (training data)");
    assertTrue(html.contains("<td>&#39;versicolor&#39; vs rest</td>"), "calibration table row per class");
    assertTrue(html.contains("expected calibration error"));
    assertTrue(html.contains("Confusion matrix (training data"));
  }

  @Test
  void deepTreeIsCutAtDepthFourWithANote(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("deep.html");
    var run = CliRunner.run("train", "builtin:breast_cancer", "--model", "decision_tree_classifier", "-o",
        dir.resolve("m.praxis"), "--report", report, "--quiet");
    assertEquals(0, run.code(), run.toString());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("the drawing stops at depth 4"), "depth note");
    assertTrue(html.contains("more nodes"), "cut subtrees shown");
    assertTrue(html.contains("Decision tree (first 4 levels)"));
    // binary: calibration of the positive class, with the Brier score
    assertChart(html, "Calibration / reliability curve (training data)");
    assertTrue(html.contains("<th>positive class</th>"));
    // evaluate --report on the saved model adds the same model details
    Path eval = dir.resolve("eval.html");
    var ev = CliRunner.run("evaluate", dir.resolve("m.praxis"), "builtin:breast_cancer", "--report", eval);
    assertEquals(0, ev.code(), ev.toString());
    String e = Files.readString(eval, StandardCharsets.UTF_8);
    assertTrue(e.contains("Model details: decision tree") && e.contains("<svg "));
    assertChart(e, "Calibration / reliability curve (test data)");
  }

  @Test
  void forestAndBoostingReportImportances(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("rf.html");
    var run = CliRunner.run("train", "builtin:wine", "--model", "random_forest_classifier", "nTrees=20", "-o",
        dir.resolve("rf.praxis"), "--report", report, "--quiet");
    assertEquals(0, run.code(), run.toString());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("Model details: forest"));
    assertFalse(html.contains("<svg "), "no tree drawing for forests");
    assertChart(html, "Feature importance (mean impurity decrease)");

    Path hgb = dir.resolve("hgb.html");
    var h = CliRunner.run("train", "builtin:diabetes", "--model", "hist_gradient_boosting_regressor", "maxIter=30",
        "-o", dir.resolve("hgb.praxis"), "--report", hgb, "--quiet");
    assertEquals(0, h.code(), h.toString());
    String g = Files.readString(hgb, StandardCharsets.UTF_8);
    assertTrue(g.contains("Model details: gradient boosting"));
    assertChart(g, "Loss per boosting iteration");
    assertChart(g, "Feature importance (gain)");
  }

  @Test
  void mlpReportPlotsHistoryAndGradientNorms(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("mlp.html");
    var run = CliRunner.run("train", "builtin:iris", "--model", "mlp_classifier", "hiddenLayerSizes=16,16",
        "maxIter=40", "earlyStopping=true", "-o", dir.resolve("mlp.praxis"), "--report", report, "--quiet");
    assertEquals(0, run.code(), run.toString());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("Model details: neural network training"));
    assertTrue(Pattern.compile("Trained for [0-9]+ epochs").matcher(html).find());
    assertChart(html, "Loss per epoch");
    assertFalse(html.contains("No validation split"), "earlyStopping=true gives a validation curve");
    assertChart(html, "Gradient norm per layer (log10 of the epoch&#39;s mean L2 norm)".replace("&#39;", "'"));
    // three Dense layers with parameters: 16, 16 and the output layer
    assertEquals(3, count(html, "Dense</td>"), html);

    // a reloaded model keeps only the loss curve: evaluate --report says so and still plots it
    Path eval = dir.resolve("eval.html");
    var ev = CliRunner.run("evaluate", dir.resolve("mlp.praxis"), "builtin:iris", "--report", eval);
    assertEquals(0, ev.code(), ev.toString());
    String e = Files.readString(eval, StandardCharsets.UTF_8);
    assertTrue(e.contains("keeps only the training loss per epoch"));
    assertChart(e, "Training loss per epoch");
  }

  @Test
  void mlpRegressorWithoutValidationSplitSaysHowToGetOne(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("reg.html");
    var run = CliRunner.run("train", "builtin:diabetes", "--model", "mlp_regressor", "hiddenLayerSizes=8",
        "maxIter=20", "-o", dir.resolve("reg.praxis"), "--report", report, "--quiet");
    assertEquals(0, run.code(), run.toString());
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(html.contains("No validation split: pass earlyStopping=true"));
    assertChart(html, "Predicted vs. true (training data)");
    assertEquals(2, count(html, "Dense</td>"), html);
  }

  @Test
  void withoutChartsTheTreeDrawingAndAnImportanceTableRemain(@TempDir Path dir) throws Exception {
    String old = System.getProperty(HtmlReport.CHARTS_PROPERTY);
    System.setProperty(HtmlReport.CHARTS_PROPERTY, "false");
    try {
      Path report = dir.resolve("nocharts.html");
      var run = CliRunner.run("train", "builtin:iris", "--model", "decision_tree_classifier", "maxDepth=2",
          "-o", dir.resolve("t.praxis"), "--report", report, "--quiet");
      assertEquals(0, run.code(), run.toString());
      String html = Files.readString(report, StandardCharsets.UTF_8);
      assertFalse(html.contains("<img"));
      assertTrue(html.contains("<svg "), "SVG tree drawn without fonts");
      assertTrue(html.contains("<caption>Feature importance (impurity decrease)</caption>"), "table instead");
      assertTrue(html.contains("Chart &#39;Calibration / reliability curve (training data)&#39; left out"));
      assertTrue(html.contains("expected calibration error"), "calibration table stays");
    } finally {
      if (old == null) {
        System.clearProperty(HtmlReport.CHARTS_PROPERTY);
      } else {
        System.setProperty(HtmlReport.CHARTS_PROPERTY, old);
      }
    }
  }

  @Test
  void tsneOfDigitsAsAScatterColouredByClass(@TempDir Path dir) throws Exception {
    var xy = Datasets.xy("digits");
    int[] rows = new int[300];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    Frame x = xy.x().rows(rows);
    Target y = xy.y().rows(rows);
    TSNEModel m = new TSNE(TSNE.Params.DEFAULTS.withNIter(300).withNThreads(1))
        .fit(x, Target.none(x.rowCount()));
    double[][] emb = m.embedding();
    assertEquals(300, emb.length);
    HtmlReport r = new HtmlReport("t-SNE of digits").section("Embedding")
        .embedding("t-SNE of digits (300 rows)", emb, y.codes(), y.classList());
    String html = Files.readString(r.write(dir.resolve("tsne.html")), StandardCharsets.UTF_8);
    assertChart(html, "t-SNE of digits (300 rows)");
  }
}
