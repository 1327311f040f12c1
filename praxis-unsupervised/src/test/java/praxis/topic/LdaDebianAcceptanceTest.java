package praxis.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.Fold;
import praxis.select.HoldOut;
import praxis.testkit.Fixtures;
import praxis.text.CountVectorizer;
import praxis.text.CountVectorizerModel;
import praxis.text.StopWords;

/**
 * Acceptance of issue 5 (U8): the LDA protocol of {@code sklearn_baselines.py} on {@code debian_descriptions}
 * (train_test_split(test_size=0.1, random_state=0) reproduced by {@link HoldOut}; CountVectorizer(stop words
 * english, min_df=5, max_df=0.5); 20 topics, batch, 10 passes, random_state=0). scikit-learn 1.2.1 reached a
 * held-out perplexity of 6717.2 (shared/reference/README.md); Praxis must be no worse (within 0.1%: the initial
 * draws are NumPy's, so the two fits follow the same path up to rounding). Measured: 6717.2, the same top words.
 *
 * <p>About 60-90 s on the shared 2-core machine, so it runs only with {@code PRAXIS_ACCEPTANCE=1}:
 * {@code PRAXIS_ACCEPTANCE=1 mvn -q -o test -pl praxis-unsupervised -am -Dtest=LdaDebianAcceptanceTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. {@code LdaTest.debianSliceMatchesScikitLearn} checks the same
 * pipeline on a 3,000-document slice in every build.
 */
@EnabledIfEnvironmentVariable(named = "PRAXIS_ACCEPTANCE", matches = "1")
class LdaDebianAcceptanceTest {
  static final double SKLEARN_HELDOUT_PERPLEXITY = 6717.2;

  @Test
  void heldOutPerplexityNoWorseThanScikitLearn() {
    Frame all = Fixtures.debianDescriptions().select("text");
    Fold f = new HoldOut(0.1, false, 0).split(all, Target.none(all.rowCount()), null).get(0);
    Frame train = all.rows(f.train());
    Frame test = all.rows(f.test());
    CountVectorizerModel cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withStopWords(StopWords.ENGLISH)
        .withMinDf(5).withMaxDf(0.5)).fit(train, Target.none(train.rowCount()));
    assertEquals(27000, train.rowCount());
    assertEquals(11269, cv.vocabulary().size(), "same vocabulary size as scikit-learn");
    Frame xtr = cv.transform(train);
    Frame xte = cv.transform(test);
    long t0 = System.nanoTime();
    LatentDirichletAllocationModel lda = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
        .withNComponents(20).withSeed(0).withNThreads(2)).fit(xtr, Target.none(xtr.rowCount()));
    double fitS = (System.nanoTime() - t0) / 1e9;
    double held = lda.perplexity(xte);
    System.out.printf("LDA debian: fit %.1f s, held-out perplexity %.1f (scikit-learn %.1f)%n", fitS, held,
        SKLEARN_HELDOUT_PERPLEXITY);
    List<List<String>> top = lda.topWords(10);
    for (int t = 0; t < top.size(); t++) {
      System.out.println("  [" + t + "] " + String.join(" ", top.get(t)));
    }
    assertTrue(held <= SKLEARN_HELDOUT_PERPLEXITY * 1.001, "held-out perplexity " + held);
  }
}
