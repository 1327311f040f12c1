package praxis.semisupervised;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import praxis.api.Estimators;
import praxis.bayes.GaussianNB;
import praxis.data.Target;
import praxis.dummy.DummyRegressor;
import praxis.io.ModelIO;
import praxis.testkit.Fixtures;

/**
 * SelfTrainingClassifier(GaussianNB) against scikit-learn 1.2.1's SelfTrainingClassifier(GaussianNB()) on
 * iris and wine with 70% of the labels hidden (semisupervised_reference.json): rounds, termination, labels
 * and the round of each label exactly.
 */
class SelfTrainingTest {
  @Test
  void matchesScikitLearn() {
    for (String data : new String[] {"iris", "wine"}) {
      Fixtures.XY d = Fixtures.xy(data);
      Target partial = LabelPropagationTest.partial(data);
      var m = new SelfTrainingClassifier(new GaussianNB(), SelfTrainingClassifier.Params.DEFAULTS).fit(d.x(), partial);
      String key = "self_training_gaussian_nb";
      assertEquals(SemiReference.REF.get(data, key, "n_iter").asInt(), m.iterations(), data);
      assertEquals(SemiReference.REF.get(data, key, "termination").asText(),
          m.termination().name().toLowerCase(Locale.ROOT), data);
      assertArrayEquals(SemiReference.REF.ints(data, key, "transduction"), m.transduction(), data);
      assertArrayEquals(SemiReference.REF.ints(data, key, "labeled_iter"), m.labeledIteration(), data);
      assertArrayEquals(SemiReference.REF.ints(data, key, "predict"), m.predict(d.x()), data);
      var m2 = new SelfTrainingClassifier(new GaussianNB(), SelfTrainingClassifier.Params.DEFAULTS.withThreshold(0.99)
          .withMaxIter(2)).fit(d.x(), partial);
      key = "self_training_gaussian_nb_0.99_2";
      assertEquals(SemiReference.REF.get(data, key, "n_iter").asInt(), m2.iterations(), data);
      assertEquals(SemiReference.REF.get(data, key, "termination").asText(),
          m2.termination().name().toLowerCase(Locale.ROOT), data);
      assertArrayEquals(SemiReference.REF.ints(data, key, "transduction"), m2.transduction(), data);
      assertArrayEquals(SemiReference.REF.ints(data, key, "labeled_iter"), m2.labeledIteration(), data);
    }
  }

  @Test
  void kBestAddsKPerRound() {
    Fixtures.XY d = Fixtures.xy("iris");
    Target partial = LabelPropagationTest.partial("iris");
    int hidden = SemiReference.REF.ints("iris", "hidden").length;
    var m = new SelfTrainingClassifier(new GaussianNB(), SelfTrainingClassifier.Params.DEFAULTS.withKBest(25)
        .withMaxIter(3)).fit(d.x(), partial);
    assertEquals(3, m.iterations());
    assertEquals(SelfTrainingClassifier.Termination.MAX_ITER, m.termination());
    int[] rounds = m.labeledIteration();
    for (int r = 1; r <= 3; r++) {
      final int round = r;
      assertEquals(25, java.util.Arrays.stream(rounds).filter(v -> v == round).count(), "round " + r);
    }
    assertEquals(hidden - 75, java.util.Arrays.stream(rounds).filter(v -> v == -1).count());
    // the 25 adopted in round 1 are the most confident predictions of the GaussianNB on the given labels
    int[] unl = java.util.stream.IntStream.range(0, 150).filter(i -> partial.classList().get(partial.code(i)).equals("-1"))
        .toArray();
    int[] lab = java.util.stream.IntStream.range(0, 150).filter(i -> !partial.classList().get(partial.code(i))
        .equals("-1")).toArray();
    int[] codes = java.util.Arrays.stream(lab).map(i -> m.classes().indexOf(partial.classList().get(partial.code(i))))
        .toArray();
    double[][] p = new GaussianNB().fit(d.x().rows(lab), Target.ofCodes("class", codes, m.classes()))
        .predictProba(d.x().rows(unl));
    double minChosen = 1;
    double maxOther = 0;
    for (int r = 0; r < unl.length; r++) {
      double best = java.util.Arrays.stream(p[r]).max().orElseThrow();
      if (rounds[unl[r]] == 1) {
        minChosen = Math.min(minChosen, best);
      } else {
        maxOther = Math.max(maxOther, best);
      }
    }
    assertTrue(minChosen >= maxOther, minChosen + " < " + maxOther);
  }

  @Test
  void saveLoadRegistryAndErrors() throws Exception {
    Fixtures.XY d = Fixtures.xy("iris");
    var est = Estimators.create("self_training", Map.of("base", "gaussian_nb", "threshold", "0.9"));
    var m = (SelfTrainingModel) est.fit(d.x(), LabelPropagationTest.partial("iris"));
    var file = java.nio.file.Files.createTempFile("st", ".praxis");
    try {
      ModelIO.save(m, file);
      var back = (SelfTrainingModel) ModelIO.load(file);
      assertArrayEquals(m.transduction(), back.transduction());
      assertArrayEquals(m.predict(d.x()), back.predict(d.x()));
      assertEquals(m.termination(), back.termination());
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    var e = assertThrows(IllegalArgumentException.class, () -> new SelfTrainingClassifier(new DummyRegressor(),
        SelfTrainingClassifier.Params.DEFAULTS).fit(d.x(), LabelPropagationTest.partial("iris")));
    // a regressor base already refuses the class target with its own message
    assertTrue(e.getMessage().contains("values are required"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SelfTrainingClassifier.Params.DEFAULTS.withThreshold(1));
    assertTrue(e.getMessage().contains("threshold"), e.getMessage());
  }
}
