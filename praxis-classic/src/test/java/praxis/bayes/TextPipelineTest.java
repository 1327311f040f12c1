package praxis.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.StratifiedKFold;
import praxis.testkit.Fixtures;
import praxis.text.TfidfVectorizer;

/**
 * {@code Pipeline.of(TfidfVectorizer, MultinomialNB)} through {@code CrossValidation.run} (vectorizer fitted on
 * each training fold only) on the first 6,000 rows of the Debian descriptions task, against scikit-learn 1.2.1's
 * {@code make_pipeline(TfidfVectorizer(sublinear_tf=True, min_df=2), MultinomialNB(alpha=0.1))} with the same
 * StratifiedKFold(5, shuffle, seed 0): per-fold accuracy and macro-F1 to 1e-12
 * ({@code reference/text/make_debian_nb_reference.py}).
 */
class TextPipelineTest {
  @Test
  void tfidfPipelineCrossValidatesLikeScikitLearn() {
    JsonNode ref = DebianTextClassificationTest.reference().get("tfidf_pipeline");
    Fixtures.XY top = Fixtures.debianTopSections(20);
    int n = ref.get("rows").asInt();
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    Frame x = top.x().rows(rows);
    Target y = top.y().rows(rows);
    Pipeline pipe = Pipeline.of(
        new TfidfVectorizer(TfidfVectorizer.Params.DEFAULTS.withSublinearTf(true)
            .withCounts(TfidfVectorizer.Params.DEFAULTS.counts().withMinDf(2))),
        new MultinomialNB(new MultinomialNB.Params(0.1, true, new double[0])));
    CvResult r = CrossValidation.run(pipe, x, y, new StratifiedKFold(5, true, 0),
        List.of(Scorers.ACCURACY, Scorers.F1_MACRO), 1);
    double[] acc = r.scores("accuracy");
    double[] f1 = r.scores("f1_macro");
    for (int f = 0; f < acc.length; f++) {
      assertEquals(ref.get("accuracy").get(f).asDouble(), acc[f], 1e-12, "fold " + f + " accuracy");
      assertEquals(ref.get("f1_macro").get(f).asDouble(), f1[f], 1e-12, "fold " + f + " macro-F1");
    }
  }
}
