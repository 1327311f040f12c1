package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import praxis.select.CvResult;

/**
 * MLPClassifier on LetterRecognition (20,000 rows) under the reference protocol; the issue asks for at least
 * 95% accuracy (scikit-learn's MLP: 0.952). Slow (minutes), so it runs only with {@code -Dpraxis.slow=true}:
 * {@code mvn -o test -pl praxis-neural -am -Dtest=LetterRecognitionSlowTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpraxis.slow=true}.
 */
@EnabledIfSystemProperty(named = "praxis.slow", matches = "true")
class LetterRecognitionSlowTest {
  @Test
  void letterRecognitionAccuracyAtLeast95Percent() {
    CvResult r = ReferenceProtocolTest.cv(new MLPClassifier(MLPClassifier.Params.DEFAULTS.withHidden("256")
        .withBatches(64, 200)), "LetterRecognition", true);
    double acc = r.mean("accuracy");
    System.out.println("MLPClassifier LetterRecognition 5-fold accuracy " + acc);
    assertTrue(acc >= 0.95, "LetterRecognition accuracy " + acc);
  }
}
