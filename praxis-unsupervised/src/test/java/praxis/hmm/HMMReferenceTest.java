package praxis.hmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import praxis.testkit.ReferenceFile;
import org.junit.jupiter.api.Test;

/**
 * Forward probabilities, smoothing, Viterbi and one Baum–Welch step against hand-computed values (umbrella world,
 * Russell &amp; Norvig) and against {@code reference/make_hmm_reference.py}, an independent NumPy implementation
 * with unscaled textbook recursions and brute-force Viterbi (hmmlearn is not installable here). Tolerance 1e-12
 * (absolute, probabilities) / 1e-10 (log-likelihoods and Gaussian parameters).
 */
class HMMReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/hmm_reference.json");

  private static int[] ints(JsonNode n) {
    int[] a = new int[n.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = n.get(i).asInt();
    }
    return a;
  }

  private static void matrix(double[][] exp, double[][] got, double tol, String what) {
    assertEquals(exp.length, got.length, what);
    for (int i = 0; i < exp.length; i++) {
      assertArrayEquals(exp[i], got[i], tol, what + " row " + i);
    }
  }

  private static double[][][] cube(JsonNode n) {
    double[][][] c = new double[n.size()][][];
    for (int i = 0; i < c.length; i++) {
      c[i] = ReferenceFile.toMatrix(n.get(i));
    }
    return c;
  }

  private static CategoricalHMMModel categorical(JsonNode c) {
    return CategoricalHMMModel.of(ReferenceFile.toVector(c.get("start")), ReferenceFile.toMatrix(c.get("transitions")),
        ReferenceFile.toMatrix(c.get("emissions")));
  }

  @Test
  void umbrellaByHand() {
    CategoricalHMMModel m = categorical(REF.get("umbrella"));
    int[] uu = {1, 1};
    // P(u1) = 0.5*0.9 + 0.5*0.2 = 0.55; alpha2 = (0.345*0.9, 0.205*0.2) = (0.3105, 0.041); P(u1,u2) = 0.3515
    assertEquals(0.3515, Math.exp(m.logLikelihood(uu)), 1e-12);
    HMMModel.Forward f = m.forward(uu);
    assertArrayEquals(new double[] {0.45 / 0.55, 0.10 / 0.55}, f.filtered()[0], 1e-12);
    assertArrayEquals(new double[] {0.3105 / 0.3515, 0.041 / 0.3515}, f.filtered()[1], 1e-12);
    // smoothing day 1 (R&N: <0.883, 0.117>): alpha1 * beta1, beta1 = (0.7*0.9 + 0.3*0.2, 0.3*0.9 + 0.7*0.2)
    double r = 0.45 * 0.69;
    double nr = 0.10 * 0.41;
    assertArrayEquals(new double[] {r / (r + nr), nr / (r + nr)}, m.posteriors(uu)[0], 1e-12);
    assertArrayEquals(new int[] {0, 0, 1, 0, 0}, m.viterbi(new int[] {1, 1, 0, 1, 1}).states());
  }

  @Test
  void umbrellaAgainstNumpy() {
    JsonNode c = REF.get("umbrella");
    CategoricalHMMModel m = categorical(c);
    int[] o2 = ints(c.get("obs2"));
    int[] o5 = ints(c.get("obs5"));
    assertEquals(c.get("p_obs2").asDouble(), Math.exp(m.logLikelihood(o2)), 1e-12);
    matrix(ReferenceFile.toMatrix(c.get("filtered2")), m.forward(o2).filtered(), 1e-12, "filtered");
    matrix(ReferenceFile.toMatrix(c.get("smoothed2")), m.posteriors(o2), 1e-12, "smoothed2");
    matrix(ReferenceFile.toMatrix(c.get("smoothed5")), m.posteriors(o5), 1e-12, "smoothed5");
    assertEquals(c.get("loglik5").asDouble(), m.logLikelihood(o5), 1e-10);
    HMMModel.Path p = m.viterbi(o5);
    assertArrayEquals(ints(c.get("viterbi5")), p.states());
    assertEquals(c.get("viterbi5_log").asDouble(), p.logProbability(), 1e-10);
    CategoricalHMMModel s = m.baumWelchStep(List.of(o5));
    assertArrayEquals(ReferenceFile.toVector(c.get("bw_start")), s.startProbabilities(), 1e-12);
    matrix(ReferenceFile.toMatrix(c.get("bw_transitions")), s.transitionMatrix(), 1e-12, "bw transitions");
    matrix(ReferenceFile.toMatrix(c.get("bw_emissions")), s.emissionMatrix(), 1e-12, "bw emissions");
  }

  @Test
  void categoricalThreeStatesTwoSequences() {
    JsonNode c = REF.get("categorical3");
    CategoricalHMMModel m = categorical(c);
    List<int[]> seqs = new ArrayList<>();
    for (JsonNode s : c.get("seqs")) {
      seqs.add(ints(s));
    }
    assertEquals(c.get("loglik").asDouble(), m.score(seqs), 1e-10);
    HMMModel.Path p = m.viterbi(seqs.get(0));
    assertArrayEquals(ints(c.get("viterbi0")), p.states());
    assertEquals(c.get("viterbi0_log").asDouble(), p.logProbability(), 1e-10);
    CategoricalHMMModel s = m.baumWelchStep(seqs);
    assertArrayEquals(ReferenceFile.toVector(c.get("bw_start")), s.startProbabilities(), 1e-12);
    matrix(ReferenceFile.toMatrix(c.get("bw_transitions")), s.transitionMatrix(), 1e-12, "bw transitions");
    matrix(ReferenceFile.toMatrix(c.get("bw_emissions")), s.emissionMatrix(), 1e-12, "bw emissions");
  }

  @Test
  void gaussianFullAndDiagonal() {
    for (String name : new String[] {"gaussian_full", "gaussian_diag"}) {
      JsonNode c = REF.get(name);
      double[][][] cov = cube(c.get("covariances"));
      double[] pi = ReferenceFile.toVector(c.get("start"));
      double[][] a = ReferenceFile.toMatrix(c.get("transitions"));
      double[][] mu = ReferenceFile.toMatrix(c.get("means"));
      GaussianHMMModel m;
      if (name.equals("gaussian_full")) {
        m = GaussianHMMModel.of(pi, a, mu, cov);
      } else {
        double[][] v = new double[cov.length][cov[0].length];
        for (int k = 0; k < v.length; k++) {
          for (int j = 0; j < v[k].length; j++) {
            v[k][j] = cov[k][j][j];
          }
        }
        m = GaussianHMMModel.ofDiagonal(pi, a, mu, v);
      }
      List<double[][]> seqs = new ArrayList<>();
      for (JsonNode s : c.get("seqs")) {
        seqs.add(ReferenceFile.toMatrix(s));
      }
      assertEquals(c.get("loglik").asDouble(), m.score(seqs), 1e-10, name + " loglik");
      HMMModel.Path p = m.viterbi(seqs.get(0));
      assertArrayEquals(ints(c.get("viterbi0")), p.states(), name + " viterbi");
      assertEquals(c.get("viterbi0_log").asDouble(), p.logProbability(), 1e-10, name + " viterbi log");
      GaussianHMMModel s = m.baumWelchStep(seqs);
      assertArrayEquals(ReferenceFile.toVector(c.get("bw_start")), s.startProbabilities(), 1e-10, name);
      matrix(ReferenceFile.toMatrix(c.get("bw_transitions")), s.transitionMatrix(), 1e-10, name + " transitions");
      matrix(ReferenceFile.toMatrix(c.get("bw_means")), s.means(), 1e-10, name + " means");
      double[][][] ec = cube(c.get("bw_covariances"));
      double[][][] gc = s.covariances();
      for (int k = 0; k < ec.length; k++) {
        matrix(ec[k], gc[k], 1e-10, name + " covariance " + k);
      }
    }
  }
}
