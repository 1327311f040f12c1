package praxis.outlier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Curves;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * Outlier detectors against scikit-learn 1.2.1 ({@code reference/make_outlier_reference.py}). LOF is
 * deterministic: training scores, labels, threshold and novelty scores equal to 1e-10. Isolation forests
 * draw other random trees than scikit-learn, so they are compared by quality: the AUC of finding twelve "1"
 * digits among the "0"s is within 0.01 of scikit-learn's, and the scores of both forests are strongly
 * rank-correlated (Spearman ≥ 0.9).
 */
class OutlierReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/outlier_reference.json");

  private static Frame data(String name) {
    return switch (name) {
      case "wine_std" -> Fixtures.standardize(Fixtures.xy("wine").x());
      case "breast_cancer_std" -> Fixtures.standardize(Fixtures.xy("breast_cancer").x());
      case "digits_0vs1" -> Fixtures.xy("digits").x().rows(REF.ints("digits_rows"));
      default -> Fixtures.xy(name).x();
    };
  }

  @Test
  void localOutlierFactorMatches() {
    JsonNode cases = REF.get("lof");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      String is = Integer.toString(i);
      Frame x = data(c.get("dataset").asText());
      LocalOutlierFactorModel m = new LocalOutlierFactor(LocalOutlierFactor.Params.DEFAULTS
          .withNNeighbors(c.get("k").asInt()).withContamination(c.get("contamination").asDouble()))
          .fit(x, Target.none(x.rowCount()));
      String what = "lof " + c.get("dataset").asText();
      assertArrayEquals(REF.vector("lof", is, "nof"), m.negativeOutlierFactor(), 1e-10, what + " scores");
      assertArrayEquals(REF.ints("lof", is, "labels"), m.trainingLabels(), what + " labels");
      assertEquals(c.get("offset").asDouble(), m.offset(), 1e-10, what + " offset");
      double[][] rows = x.rowRange(0, 10).toRowArrays();
      for (double[] r : rows) {
        for (int j = 0; j < r.length; j++) {
          r[j] += 0.05;
        }
      }
      Frame shifted = Frame.ofRows(rows, x.schema().names());
      assertArrayEquals(REF.vector("lof", is, "novel_scores10"), m.scoreSamples(shifted), 1e-10, what + " novelty");
      assertArrayEquals(REF.ints("lof", is, "novel_predict10"), m.predict(shifted), what + " novelty labels");
    }
  }

  @Test
  void isolationForestIsAsGoodAsScikitLearn() {
    Frame x = data("digits_0vs1");
    int n = x.rowCount();
    int[] truth = new int[n];
    for (int i = n - 12; i < n; i++) {
      truth[i] = 1;
    }
    IsolationForestModel f = new IsolationForest().fit(x, Target.none(n));
    double[] s = f.scoreSamples(x);
    double[] neg = new double[n];
    for (int i = 0; i < n; i++) {
      neg[i] = -s[i];
    }
    double auc = Curves.rocAuc(truth, neg);
    double skAuc = REF.get("iforest", "0", "auc").asDouble();
    assertTrue(auc >= skAuc - 0.01, "AUC " + auc + " vs scikit-learn " + skAuc);
    assertTrue(spearman(s, REF.vector("iforest", "0", "scores")) >= 0.9);
    Frame wine = data("wine_std");
    double rho = spearman(new IsolationForest().fit(wine, Target.none(178)).scoreSamples(wine),
        REF.vector("iforest", "1", "scores"));
    assertTrue(rho >= 0.9, "Spearman " + rho);
  }

  static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += ra[i];
      mb += rb[i];
    }
    ma /= a.length;
    mb /= a.length;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (ra[i] - ma) * (rb[i] - mb);
      saa += (ra[i] - ma) * (ra[i] - ma);
      sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  private static double[] ranks(double[] v) {
    Integer[] o = new Integer[v.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = i;
    }
    java.util.Arrays.sort(o, (x, y) -> Double.compare(v[x], v[y]));
    double[] r = new double[v.length];
    for (int i = 0; i < o.length; i++) {
      r[o[i]] = i;
    }
    return r;
  }
}
