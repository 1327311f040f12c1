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
  void nominalColumnsDropTheirFirstLevelForTheSummary() {
    // Servo: four nominal columns; --summary one-hot encodes them without the first level (treatment
    // contrasts), a full-rank design; the numbers are R's summary(lm(target ~ Motor + Screw + Pgain + Vgain))
    // (reference/make_ols_summary_reference.R in praxis-classic: sigma 4.998126520, R² 0.8825233324,
    // adjusted 0.8708534648, F 75.62410813 on 15 and 151 DF, p 3.19e-62)
    String model = dir.resolve("servo.praxis").toString();
    CliRunner.Run r = CliRunner.run("train", "builtin:Servo", "--model", "linear_regression", "--summary", "-o",
        model, "--quiet");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Residual standard error: 4.998 on 151 degrees of freedom"), r.out());
    assertTrue(r.out().contains("Multiple R-squared:  0.8825,\tAdjusted R-squared:  0.8709"), r.out());
    assertTrue(r.out().contains("F-statistic: 75.62 on 15 and 151 DF,  p-value: < 2e-16"), r.out());
    assertTrue(r.out().contains("Motor=B") && !r.out().contains("Motor=A"), r.out());
    // the saved pipeline predicts with the same design
    r = CliRunner.run("predict", model, "builtin:Servo", "-o", dir.resolve("pred.csv").toString(), "--quiet");
    assertEquals(0, r.code(), r.toString());
  }

  @Test
  void otherModelsAndRankDeficientDesignsFailInOneLine() {
    String model = dir.resolve("m.praxis").toString();
    CliRunner.Run r = CliRunner.run("train", "builtin:diabetes", "--model", "knn_regressor", "--summary", "-o",
        model, "--quiet");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("--summary is only available for --model linear_regression"), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
    // an exact dependence among numeric columns is still named in one line, not a garbage table
    java.nio.file.Path csv = dir.resolve("dup.csv");
    StringBuilder b = new StringBuilder("a,b,twice_a,y\n");
    for (int i = 0; i < 20; i++) {
      b.append(i).append(',').append((i * 7) % 5).append(',').append(2 * i).append(',').append(i % 3 + 0.5 * i)
          .append('\n');
    }
    try {
      java.nio.file.Files.writeString(csv, b.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    r = CliRunner.run("train", csv.toString(), "--model", "linear_regression", "--summary", "-o", model, "--quiet");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("rank-deficient") && r.err().contains("twice_a"), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
  }
}
