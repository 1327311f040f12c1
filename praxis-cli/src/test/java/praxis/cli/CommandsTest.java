package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on small bundled data: exit codes, output shape, reports written. */
class CommandsTest {
  @TempDir
  Path dir;

  private static CliRunner.Run ok(Object... args) {
    CliRunner.Run r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  private static void assertReport(Path p, String... mustContain) throws Exception {
    String html = Files.readString(p);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    if (praxis.report.HtmlReport.canDrawCharts()) {
      assertTrue(html.contains("data:image/png;base64,"), "has charts");
    } else {
      assertTrue(html.contains("could not be drawn on this machine"), "charts replaced by a note without fonts");
    }
    for (String s : mustContain) {
      assertTrue(html.contains(s), "report contains " + s);
    }
  }

  @Test
  void infoShowsSchemaAndSummary() {
    CliRunner.Run r = ok("info", "builtin:iris");
    assertTrue(r.out().contains("150 rows x 5 columns"), r.out());
    assertTrue(r.out().contains("class") && r.out().contains("categorical (3 levels)"), r.out());
    assertTrue(r.out().contains("petal length (cm)"), r.out());
  }

  @Test
  void infoDescribesAModelFile() {
    Path model = dir.resolve("m.praxis");
    ok("train", "builtin:iris", "--model", "logistic_regression", "c=0.5", "-o", model.toString());
    CliRunner.Run r = ok("info", model.toString());
    assertTrue(r.out().contains("Praxis model (format version 1)"), r.out());
    assertTrue(r.out().contains("trained on       150 rows"), r.out());
    assertTrue(r.out().contains("c=0.5"), r.out());
    assertTrue(r.out().contains("petal width (cm): numeric"), r.out());
    assertTrue(r.out().contains("logistic_regression {"), "state tree printed: " + r.out());
  }

  @Test
  void modelsListsTheRegistryAndHyperparameters() {
    CliRunner.Run r = ok("models");
    assertTrue(r.out().contains("logistic_regression") && r.out().contains("knn_regressor"), r.out());
    CliRunner.Run k = ok("models", "knn_classifier");
    assertTrue(k.out().contains("default"), k.out());
  }

  @Test
  void trainPredictEvaluateRoundTrip() throws Exception {
    Path model = dir.resolve("iris.praxis");
    CliRunner.Run t = ok("train", "builtin:iris", "--model", "knn_classifier", "k=3", "-o", model);
    assertTrue(t.out().contains("saved to"), t.out());
    Path preds = dir.resolve("p.csv");
    ok("predict", model, "builtin:iris", "-o", preds);
    List<String> lines = Files.readAllLines(preds);
    assertEquals(151, lines.size());
    assertTrue(lines.get(0).contains("prediction") && lines.get(0).contains("proba_setosa"), lines.get(0));
    CliRunner.Run stdout = ok("predict", model, "builtin:iris");
    assertEquals(151, stdout.out().lines().count());
    Path report = dir.resolve("eval.html");
    CliRunner.Run e = ok("evaluate", model, "builtin:iris", "--report", report);
    assertTrue(e.out().contains("accuracy") && e.out().contains("cohen_kappa"), e.out());
    assertTrue(e.out().contains("confusion matrix"), e.out());
    assertReport(report, "Confusion matrix", "ROC curve", "Provenance");
  }

  @Test
  void regressionEvaluateReport() throws Exception {
    Path model = dir.resolve("d.praxis");
    ok("train", "builtin:diabetes", "--model", "linear_regression", "-o", model);
    Path report = dir.resolve("eval.html");
    CliRunner.Run e = ok("evaluate", model, "builtin:diabetes", "--report", report);
    assertTrue(e.out().contains("r2") && e.out().contains("explained_variance"), e.out());
    assertReport(report, "Predicted vs. true", "Residuals");
  }

  @Test
  void cvPrintsFoldsAndWritesReport() throws Exception {
    Path report = dir.resolve("cv.html");
    CliRunner.Run r = ok("cv", "builtin:iris", "--model", "logistic_regression", "--folds", "3", "--report", report);
    assertTrue(r.out().contains("3-fold stratified CV, shuffled, seed 0"), r.out());
    assertEquals(3, r.out().lines().filter(l -> l.matches("^[123] .*")).count(), r.out());
    assertTrue(r.out().contains("mean") && r.out().contains("\u00b1"), r.out());
    assertReport(report, "Per-fold scores", "Out-of-fold predictions", "Confusion matrix");
  }

  @Test
  void compareAndDemoWriteLeaderboards() throws Exception {
    Path report = dir.resolve("cmp.html");
    CliRunner.Run r = ok("compare", "builtin:iris", "--folds", "3", "--report", report);
    assertTrue(r.out().contains("rank") && r.out().contains("gaussian_nb"), r.out());
    assertReport(report, "Leaderboard", "Best model", "Confusion matrix", "ROC curve");
    if (report.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertTrue(Files.getPosixFilePermissions(report).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
          "a report is readable like any new file, not owner-only like a temporary file");
    }
    Path demo = dir.resolve("demo.html");
    CliRunner.Run d = ok("demo", "--datasets", "iris,diabetes", "--folds", "3", "--report", demo);
    assertTrue(d.out().contains("report: " + demo.toAbsolutePath()), d.out());
    assertReport(demo, "builtin:iris", "builtin:diabetes", "linear_regression");
  }
}
