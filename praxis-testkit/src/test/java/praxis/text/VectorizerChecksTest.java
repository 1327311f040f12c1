package praxis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;

/** The common estimator checks on the three vectorizers, and the bundled Debian dataset's shape. */
class VectorizerChecksTest {
  static Frame docs() {
    Frame all = Fixtures.debianDescriptions();
    return all.select("text").rowRange(0, 40);
  }

  @Test
  void countVectorizerPassesCommonChecks() {
    Frame x = docs();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new CountVectorizer(CountVectorizer.Params.DEFAULTS.withNgramRange(1, 2).withMinDf(2)), x,
        Target.none(x.rowCount())));
  }

  @Test
  void tfidfVectorizerPassesCommonChecks() {
    Frame x = docs();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new TfidfVectorizer(TfidfVectorizer.Params.DEFAULTS.withSublinearTf(true)), x,
        Target.none(x.rowCount())));
  }

  @Test
  void hashingVectorizerPassesCommonChecks() {
    Frame x = docs();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(
        () -> new HashingVectorizer(HashingVectorizer.Params.DEFAULTS.withNFeatures(256)), x,
        Target.none(x.rowCount())));
  }

  @Test
  void debianDatasetLoadsWithItsTypes() {
    Frame all = Fixtures.debianDescriptions();
    assertEquals(30000, all.rowCount());
    assertEquals(List.of("package", "section", "text"), all.schema().names());
    assertEquals(58, all.categoricalColumn("section").levels().size());
    // sklearn_baselines.py: 24,712 rows in the 20 most frequent sections (majority class libs, 3,116 rows).
    Fixtures.XY top = Fixtures.debianTopSections(20);
    assertEquals(24712, top.x().rowCount());
    assertEquals(20, top.y().classList().size());
    assertEquals(3116, java.util.Arrays.stream(top.y().codes()).filter(c -> c == top.y().classList().indexOf("libs"))
        .count());
    assertEquals(TextColumn.class, top.x().column("text").getClass());
  }
}
