package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --raw}: tree models train and cross-validate on the columns as read, missing cells and categorical
 * columns included (BreastCancer: 16 missing Bare.nuclei cells, nine nominal columns), and a model without
 * native missing-value support says so.
 */
class RawOptionTest {
  @Test
  void treesTrainAndPredictOnRawColumns(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("hgb.praxis");
    var run = CliRunner.run("train", "builtin:BreastCancer", "--model", "hist_gradient_boosting_classifier",
        "--raw", "-o", model, "--quiet");
    assertEquals(0, run.code(), run.toString());
    Path preds = dir.resolve("preds.csv");
    var p = CliRunner.run("predict", model, "builtin:BreastCancer", "-o", preds);
    assertEquals(0, p.code(), p.toString());
    assertEquals(700, Files.readAllLines(preds).size(), "header + one line per row");
  }

  @Test
  void cvOnRawColumnsMatchesTheReferenceLevel() {
    var run = CliRunner.run("cv", "builtin:BreastCancer", "--model", "random_forest_classifier", "--raw",
        "nThreads=2", "--quiet");
    assertEquals(0, run.code(), run.toString());
    var m = java.util.regex.Pattern.compile("(?m)^mean\\s+([0-9.]+)").matcher(run.out());
    assertTrue(m.find(), run.out());
    // scikit-learn 1.2.1 RF100 with imputation + one-hot: 0.967 (../shared/reference); native handling is as good
    assertTrue(Double.parseDouble(m.group(1)) >= 0.957, run.out());
  }

  @Test
  void aModelWithoutNativeMissingValuesNamesTheColumn() {
    var run = CliRunner.run("train", "builtin:PimaIndiansDiabetes2", "--model", "logistic_regression", "--raw",
        "--quiet");
    assertNotEquals(0, run.code());
    assertTrue(run.err().contains("NaN") || run.err().contains("missing"), run.err());
  }

  @Test
  void rawAndSummaryExcludeEachOther() {
    var run = CliRunner.run("train", "builtin:diabetes", "--model", "linear_regression", "--raw", "--summary",
        "--quiet");
    assertNotEquals(0, run.code());
    assertTrue(run.err().contains("--summary and --raw"), run.err());
  }
}
