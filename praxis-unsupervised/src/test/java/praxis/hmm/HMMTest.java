package praxis.hmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import praxis.io.ModelIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the HMMs: long sequences, parameter recovery, EM monotonicity, determinism, save/load, bad input. */
class HMMTest {
  private static final CategoricalHMMModel UMBRELLA = CategoricalHMMModel.of(new double[] {0.5, 0.5},
      new double[][] {{0.7, 0.3}, {0.3, 0.7}}, new double[][] {{0.1, 0.9}, {0.8, 0.2}});
  private static final GaussianHMMModel TWO_GAUSS = GaussianHMMModel.of(new double[] {0.5, 0.5},
      new double[][] {{0.95, 0.05}, {0.1, 0.9}}, new double[][] {{0.0, 0.0}, {4.0, -3.0}},
      new double[][][] {{{1.0, 0.5}, {0.5, 1.0}}, {{0.5, 0.0}, {0.0, 2.0}}});

  @Test
  void noUnderflowOnA100000StepSequence() {
    int[] seq = UMBRELLA.sample(100_000, 11L).symbols();
    HMMModel.Forward f = UMBRELLA.forward(seq);
    double ll = f.logLikelihood();
    // about -0.6 nats per step: far below the smallest double (log ~ -745) if computed unscaled
    assertTrue(Double.isFinite(ll) && ll < -10_000 && ll > -100_000, "log-likelihood " + ll);
    double[] last = f.filtered()[seq.length - 1];
    assertEquals(1.0, last[0] + last[1], 1e-12);
    double[][] post = UMBRELLA.posteriors(seq);
    for (double[] r : post) {
      assertTrue(Double.isFinite(r[0]) && Math.abs(r[0] + r[1] - 1) < 1e-9);
    }
    HMMModel.Path p = UMBRELLA.viterbi(seq);
    assertTrue(Double.isFinite(p.logProbability()) && p.logProbability() < ll);
    // Gaussian emissions, 100,000 steps
    double[][] g = TWO_GAUSS.sample(100_000, 5L).observations();
    assertTrue(Double.isFinite(TWO_GAUSS.logLikelihood(g)));
    assertTrue(Double.isFinite(TWO_GAUSS.posteriors(g)[99_999][0]));
  }

  @Test
  void viterbiDecodesWellSeparatedGaussianStates() {
    GaussianHMMModel.Sample s = TWO_GAUSS.sample(2000, 3L);
    int[] path = TWO_GAUSS.viterbi(s.observations()).states();
    int agree = 0;
    for (int t = 0; t < path.length; t++) {
      agree += path[t] == s.states()[t] ? 1 : 0;
    }
    assertTrue(agree >= 1980, "agreement " + agree);
  }

  @Test
  void baumWelchRecoversGaussianParametersAndIsMonotone() {
    List<double[][]> seqs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      seqs.add(TWO_GAUSS.sample(1500, 100 + i).observations());
    }
    for (GaussianHMM.CovarianceType type : GaussianHMM.CovarianceType.values()) {
      GaussianHMMModel m = new GaussianHMM(GaussianHMM.Params.DEFAULTS.withCovarianceType(type)).fit(seqs);
      double[][] mu = m.means();
      int a = mu[0][0] < mu[1][0] ? 0 : 1;
      assertArrayEquals(new double[] {0.0, 0.0}, mu[a], 0.1, type + " mean of state A");
      assertArrayEquals(new double[] {4.0, -3.0}, mu[1 - a], 0.1, type + " mean of state B");
      assertEquals(0.95, m.transitionMatrix()[a][a], 0.02, type + " self-transition A");
      assertEquals(0.90, m.transitionMatrix()[1 - a][1 - a], 0.02, type + " self-transition B");
      double[] h = m.logLikelihoodHistory();
      assertTrue(h.length >= 2);
      for (int i = 1; i < h.length; i++) {
        // the minCovar (1e-3) added to the variances makes the M-step a slightly regularized maximizer: allow
        // decreases up to 1e-3 nats (seen: 2e-5 at convergence) on this 6000-observation log-likelihood
        assertTrue(h[i] >= h[i - 1] - 1e-3, type + ": EM decreased the log-likelihood at iteration " + i + ": "
            + java.util.Arrays.toString(h));
      }
      if (type == GaussianHMM.CovarianceType.FULL) {
        assertEquals(0.5, m.covariances()[a][0][1], 0.1);
      }
    }
  }

  @Test
  void baumWelchOnCategoricalSequencesIncreasesLikelihood() {
    CategoricalHMMModel truth = CategoricalHMMModel.of(new double[] {1, 0},
        new double[][] {{0.9, 0.1}, {0.2, 0.8}}, new double[][] {{0.7, 0.2, 0.1}, {0.05, 0.15, 0.8}});
    List<int[]> seqs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      seqs.add(truth.sample(800, i).symbols());
    }
    List<int[]> before = new ArrayList<>();
    for (int[] s : seqs) {
      before.add(s.clone());
    }
    CategoricalHMMModel m = new CategoricalHMM(CategoricalHMM.Params.DEFAULTS.withSeed(3)).fit(seqs);
    for (int i = 0; i < seqs.size(); i++) {
      assertArrayEquals(before.get(i), seqs.get(i), "fit must not modify its input");
    }
    double[] h = m.logLikelihoodHistory();
    for (int i = 1; i < h.length; i++) {
      assertTrue(h[i] >= h[i - 1] - 1e-6, "EM decreased the log-likelihood at iteration " + i);
    }
    assertEquals(3, m.nSymbols());
    assertTrue(m.score(seqs) >= truth.score(seqs) - 1e-6 * 4000,
        "fitted " + m.score(seqs) + " vs generating model " + truth.score(seqs));
    double[][] e = m.emissionMatrix();
    int a = e[0][0] > e[1][0] ? 0 : 1;
    assertEquals(0.7, e[a][0], 0.05);
    assertEquals(0.8, e[1 - a][2], 0.05);
    // deterministic for a seed
    CategoricalHMMModel again = new CategoricalHMM(CategoricalHMM.Params.DEFAULTS.withSeed(3)).fit(seqs);
    assertArrayEquals(HMMModel.flatten(m.emissionMatrix()), HMMModel.flatten(again.emissionMatrix()), 0.0);
  }

  @Test
  void samplingIsDeterministicAndFollowsTheModel() {
    CategoricalHMMModel.Sample a = UMBRELLA.sample(20_000, 9L);
    assertArrayEquals(a.symbols(), UMBRELLA.sample(20_000, 9L).symbols());
    int rain = 0;
    int umbrellaGivenRain = 0;
    for (int t = 0; t < a.states().length; t++) {
      if (a.states()[t] == 0) {
        rain++;
        umbrellaGivenRain += a.symbols()[t];
      }
    }
    assertEquals(0.9, umbrellaGivenRain / (double) rain, 0.02);
    assertEquals(0.5, rain / 20_000.0, 0.05);
  }

  @Test
  void saveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    List<int[]> seqs = List.of(UMBRELLA.sample(300, 1L).symbols(), UMBRELLA.sample(200, 2L).symbols());
    CategoricalHMMModel c = new CategoricalHMM().fit(seqs);
    Path f = dir.resolve("hmm.praxis");
    ModelIO.save(c, f);
    assertTrue(Files.size(f) > 0);
    CategoricalHMMModel c2 = (CategoricalHMMModel) ModelIO.load(f);
    assertEquals(c.toState(), c2.toState());
    assertEquals(c.score(seqs), c2.score(seqs), 0.0);
    assertArrayEquals(c.viterbi(seqs.get(0)).states(), c2.viterbi(seqs.get(0)).states());
    Path u = dir.resolve("umbrella.praxis");
    ModelIO.save(UMBRELLA, u);
    assertEquals(UMBRELLA.toState(), ModelIO.load(u).toState());
    Path t = dir.resolve("two.praxis");
    ModelIO.save(TWO_GAUSS, t);
    GaussianHMMModel t2 = (GaussianHMMModel) ModelIO.load(t);
    assertEquals(TWO_GAUSS.toState(), t2.toState());
    assertEquals(0.5, t2.covariances()[0][0][1], 0.0);
    for (GaussianHMM.CovarianceType type : GaussianHMM.CovarianceType.values()) {
      List<double[][]> gs = List.<double[][]>of(TWO_GAUSS.sample(400, 4L).observations());
      GaussianHMMModel g = new GaussianHMM(GaussianHMM.Params.DEFAULTS.withCovarianceType(type)
          .withInit(GaussianHMM.Init.RANDOM).withMaxIter(5)).fit(gs);
      Path gf = dir.resolve("g" + type + ".praxis");
      ModelIO.save(g, gf);
      GaussianHMMModel g2 = (GaussianHMMModel) ModelIO.load(gf);
      assertEquals(g.toState(), g2.toState());
      assertEquals(g.score(gs), g2.score(gs), 0.0);
      assertEquals(type, g2.covarianceType());
    }
  }

  private static void assertMessage(IllegalArgumentException e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' should mention '" + p + "'");
    }
  }

  @Test
  void badInputGivesClearErrors() {
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new CategoricalHMM().fit(List.of())),
        "empty");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new GaussianHMM().fit(new ArrayList<>())),
        "empty");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new CategoricalHMM().fit(List.of(new int[] {0, 1}, new int[0]))), "sequence 1", "empty");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> UMBRELLA.logLikelihood(new int[] {0, 1, 2})), "step 2", "symbol 2", "alphabet");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new CategoricalHMM(CategoricalHMM.Params.DEFAULTS.withNSymbols(2)).fit(List.of(new int[] {0, 3}))),
        "symbol 3", "alphabet");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new CategoricalHMM().fit(List.of(new int[] {0, -1}))), "negative");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> CategoricalHMM.Params.DEFAULTS.withNStates(0)), "nStates");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> GaussianHMM.Params.DEFAULTS.withNStates(0)), "nStates");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> TWO_GAUSS.logLikelihood(new double[][] {{1.0}})), "1 features", "has 2");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> TWO_GAUSS.logLikelihood(new double[][] {{1.0, Double.NaN}})), "finite");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new GaussianHMM(GaussianHMM.Params.DEFAULTS.withNStates(5))
            .fit(List.<double[][]>of(new double[][] {{1, 2}}))),
        "nStates = 5");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> CategoricalHMMModel.of(new double[] {0.5, 0.6},
        new double[][] {{1, 0}, {0, 1}}, new double[][] {{1}, {1}})), "sum to 1");
    CategoricalHMMModel deterministic = CategoricalHMMModel.of(new double[] {1, 0},
        new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 1}});
    assertEquals(Double.NEGATIVE_INFINITY, deterministic.logLikelihood(new int[] {0, 1}));
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> deterministic.posteriors(new int[] {0, 1})), "probability 0");
  }
}
