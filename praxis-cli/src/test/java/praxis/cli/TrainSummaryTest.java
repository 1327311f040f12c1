package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code praxis train ... --summary}: the OLS table for linear_regression, a one-line error otherwise. */
class TrainSummaryTest {
  @TempDir
  Path dir;

  @Test
  void linearRegressionPrintsTheTable() {
    String model = dir.resolve("lr.praxis").toString();
    CliRunner.Run r = CliRunner.run("train", "builtin:diabetes", "--model", "linear_regression", "--summary", "-o",
        model, "--quiet");
    assertEquals(0, r.code(), r.toString());
    // the same numbers as R's summary(lm(target ~ ., diabetes))
    assertTrue(r.out().contains("Residual standard error: 54.15 on 431 degrees of freedom"), r.out());
    assertTrue(r.out().contains("F-statistic: 46.27 on 10 and 431 DF,  p-value: < 2e-16"), r.out());
    assertTrue(r.out().contains("Variance inflation factors:"), r.out());
  }

  @Test
  void otherModelsAndRankDeficientDesignsFailInOneLine() {
    String model = dir.resolve("m.praxis").toString();
    CliRunner.Run r = CliRunner.run("train", "builtin:diabetes", "--model", "knn_regressor", "--summary", "-o",
        model, "--quiet");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("--summary is only available for --model linear_regression"), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
    // the CLI one-hot encodes every level, which with the intercept is an exact dependence: named, not garbage
    r = CliRunner.run("train", "builtin:Servo", "--model", "linear_regression", "--summary", "-o", model, "--quiet");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("rank-deficient") && r.err().contains("Motor"), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
  }
}
