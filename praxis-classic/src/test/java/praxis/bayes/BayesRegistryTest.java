package praxis.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import praxis.api.EstimatorInfo;
import praxis.api.Estimators;
import praxis.api.Task;
import praxis.io.ModelIO;
import praxis.testkit.Fixtures;

/** Registry entries, hyperparameters from CLI strings, and state round trips that keep partial fits working. */
class BayesRegistryTest {
  @Test
  void registeredWithCodecsAndNotScaleSensitive() {
    for (String name : List.of("multinomial_nb", "complement_nb", "bernoulli_nb", "categorical_nb")) {
      EstimatorInfo info = Estimators.info(name);
      assertEquals(name, info.factory().get().name());
      assertEquals(Task.CLASSIFICATION, info.task());
      assertFalse(info.scaleSensitive(), name);
      assertTrue(ModelIO.codecs().containsKey(name), name);
    }
  }

  @Test
  void hyperparametersFromStrings() {
    var b = (BernoulliNB) Estimators.create("bernoulli_nb", Map.of("alpha", "0.5", "binarize", "none"));
    assertEquals(0.5, b.params().alpha());
    assertEquals(OptionalDouble.empty(), b.params().binarize());
    var c = (ComplementNB) Estimators.create("complement_nb", Map.of("norm", "true"));
    assertTrue(c.params().norm());
    var k = (CategoricalNB) Estimators.create("categorical_nb", Map.of("minCategories", "12"));
    assertEquals(12, k.params().minCategories());
    var m = (MultinomialNB) Estimators.create("multinomial_nb", Map.of("fitPrior", "false"));
    assertFalse(m.params().fitPrior());
  }

  @Test
  void reloadedModelsPredictAndUpdateAlike() {
    Fixtures.XY d = Fixtures.xy("digits");
    int[] first = java.util.stream.IntStream.range(0, 900).toArray();
    int[] rest = java.util.stream.IntStream.range(900, d.x().rowCount()).toArray();
    var bp = BernoulliNB.Params.DEFAULTS.withBinarize(OptionalDouble.of(4));
    var b = new BernoulliNB(bp).fit(d.x().rows(first), d.y().rows(first));
    var b2 = new BernoulliNBModel.Codec().read(b.toState());
    assertArrayEquals(b.featureLogProb()[3], b2.featureLogProb()[3], 0);
    assertArrayEquals(b.partialFit(d.x().rows(rest), d.y().rows(rest)).predictProba(d.x().rows(first))[7],
        b2.partialFit(d.x().rows(rest), d.y().rows(rest)).predictProba(d.x().rows(first))[7], 0);
    var c = new ComplementNB(new ComplementNB.Params(0.3, true, new double[0], true)).fit(d.x(), d.y());
    var c2 = new ComplementNBModel.Codec().read(c.toState());
    assertArrayEquals(c.jointLogLikelihood(d.x())[5], c2.jointLogLikelihood(d.x())[5], 0);
    var m = new MultinomialNB().fit(d.x(), d.y());
    var m2 = new MultinomialNBModel.Codec().read(m.toState());
    assertArrayEquals(m.classLogPrior(), m2.classLogPrior(), 0);
  }
}
