package praxis.outlier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * {@link EllipticEnvelope} / {@link MinCovDet} against scikit-learn 1.2.1 ({@code reference/make_topics_reference.py},
 * {@code EllipticEnvelope(random_state=0)}) on wine (n ≤ 500 path), breast_cancer's first 8 features (n &gt; 500
 * subset path), iris and wine's first column (univariate path). FastMCD draws its random subsets from NumPy's
 * {@code RandomState(0)} like scikit-learn, so the same best subset is expected: the raw support must be equal,
 * and then raw and re-weighted location/covariance equal to 1e-6 (relative to the matrix scale), threshold and
 * scores to 1e-6 relative, labels equal. (Were another subset found, its log-determinant would have to be ≤
 * scikit-learn's.)
 */
class EllipticEnvelopeReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/topics_reference.json");

  private static Frame data(String name) {
    return switch (name) {
      case "breast_cancer8" -> Fixtures.xy("breast_cancer").x().selectIndices(0, 1, 2, 3, 4, 5, 6, 7);
      case "wine_col0" -> Fixtures.xy("wine").x().selectIndices(0);
      default -> Fixtures.xy(name).x();
    };
  }

  private static void assertMatrix(double[][] expected, double[][] actual, double tol, String what) {
    double scale = 0;
    for (double[] r : expected) {
      for (double v : r) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], tol * Math.max(1, scale), what + " row " + i);
    }
  }

  @Test
  void matchesScikitLearn() {
    JsonNode cases = REF.get("mcd");
    for (int c = 0; c < cases.size(); c++) {
      String cs = Integer.toString(c);
      String name = cases.get(c).get("dataset").asText();
      Frame x = data(name);
      MinCovDet.Result r = new MinCovDet(0, 0L).fit(x);
      int[] rawSk = REF.ints("mcd", cs, "raw_support");
      int[] raw = new int[rawSk.length];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = r.rawSupport()[i] ? 1 : 0;
      }
      double skDet = REF.get("mcd", cs, "raw_logdet").asDouble();
      if (x.columnCount() > 1) {
        assertTrue(r.rawLogDet() <= skDet + 1e-9, name + ": log det " + r.rawLogDet() + " vs " + skDet);
      }
      assertArrayEquals(rawSk, raw, name + ": same best subset as scikit-learn");
      assertArrayEquals(REF.vector("mcd", cs, "raw_location"), r.rawLocation(), 1e-6, name + " raw location");
      assertMatrix(REF.matrix("mcd", cs, "raw_covariance"), r.rawCovariance(), 1e-6, name + " raw covariance");
      assertArrayEquals(REF.vector("mcd", cs, "location"), r.location(), 1e-6, name + " location");
      assertMatrix(REF.matrix("mcd", cs, "covariance"), r.covariance(), 1e-6, name + " covariance");
      EllipticEnvelopeModel env = new EllipticEnvelope().fit(x, Target.none(x.rowCount()));
      double off = REF.get("mcd", cs, "offset").asDouble();
      assertEquals(off, env.offset(), 1e-6 * Math.abs(off), name + " offset");
      double[] sk = REF.vector("mcd", cs, "scores");
      double[] s = env.scoreSamples(x);
      for (int i = 0; i < s.length; i++) {
        assertEquals(sk[i], s[i], 1e-6 * Math.max(1, Math.abs(sk[i])), name + " score " + i);
      }
      assertArrayEquals(REF.ints("mcd", cs, "labels"), env.predict(x), name + " labels");
    }
  }

  @Test
  void saveLoadAndDeterminism(@TempDir Path dir) throws Exception {
    Frame x = data("wine");
    EllipticEnvelopeModel a = new EllipticEnvelope().fit(x, Target.none(x.rowCount()));
    EllipticEnvelopeModel b = new EllipticEnvelope().fit(x, Target.none(x.rowCount()));
    assertArrayEquals(a.scoreSamples(x), b.scoreSamples(x), 0.0);
    Path f = dir.resolve("env.praxis");
    ModelIO.save(a, f);
    assertTrue(Files.size(f) > 0);
    EllipticEnvelopeModel c = (EllipticEnvelopeModel) ModelIO.load(f);
    assertArrayEquals(a.decisionFunction(x), c.decisionFunction(x), 0.0);
    assertArrayEquals(a.predict(x), c.predict(x));
  }

  @Test
  void commonChecks() {
    EstimatorChecks.runAll(EstimatorChecks.Config.clusterer(EllipticEnvelope::new,
        Fixtures.standardize(Fixtures.xy("wine").x())));
  }

  @Test
  void badInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EllipticEnvelope.Params(0.7, 0, 0));
    assertTrue(e.getMessage().contains("contamination"), e.getMessage());
    Frame one = Frame.of(DoubleColumn.of("a", 1.0), DoubleColumn.of("b", 2.0));
    e = assertThrows(IllegalArgumentException.class, () -> new EllipticEnvelope().fit(one, Target.none(1)));
    assertTrue(e.getMessage().contains("2 rows"), e.getMessage());
  }
}
