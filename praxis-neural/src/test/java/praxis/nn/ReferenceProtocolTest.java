package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.api.Estimator;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.pipeline.Preprocessing;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.StratifiedKFold;
import praxis.select.KFold;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;

/**
 * The MLPs under the reference protocol (5-fold stratified, KFold for regression, shuffle seed 0,
 * {@code Preprocessing.standard(true)}) must match or beat scikit-learn 1.2.1's MLP under the same protocol,
 * read from {@code reference/nn_reference.json} (written by {@code make_nn_reference.py}): MLPClassifier
 * (max_iter=500, random_state=0) 0.9772 mean accuracy on digits (the same with 256 units and batch 64), and
 * MLPRegressor 0.2327 mean R² on diabetes. Tolerance: none (Praxis mean &gt;= scikit-learn mean).
 * Settings here: digits with 256
 * hidden ReLU units and batches of 64 (Adam 1e-3, alpha 1e-4, at most 300 epochs, stop after 10 epochs without
 * a training-loss gain of 1e-4), diabetes with the defaults and at most 500 epochs.
 */
class ReferenceProtocolTest {
  static final ReferenceFile REF = ReferenceFile.load("/reference/nn_reference.json");
  static final double SKLEARN_DIGITS_ACCURACY = Math.max(REF.get("digits_mlp_baseline", "mean").asDouble(),
      REF.get("digits_mlp_256_batch64", "mean").asDouble());
  static final double SKLEARN_DIABETES_R2 = REF.get("diabetes_mlp_baseline", "mean").asDouble();

  static CvResult cv(Estimator<?, ?> est, String data, boolean classification) {
    Fixtures.XY d = Fixtures.xy(data);
    Estimator<?, ?> pipe = Pipeline.of(Preprocessing.standard(true), est);
    return CrossValidation.run(pipe, d.x(), d.y(), classification ? new StratifiedKFold(5, true, 0)
        : new KFold(5, true, 0), List.of(classification ? Scorers.ACCURACY : Scorers.R2), 1);
  }

  @Test
  void digitsAccuracyAtLeastScikitLearn() {
    CvResult r = cv(new MLPClassifier(MLPClassifier.Params.DEFAULTS.withHidden("256").withBatches(64, 300)), "digits",
        true);
    double acc = r.mean("accuracy");
    System.out.println("MLPClassifier digits 5-fold accuracy " + acc + " folds "
        + java.util.Arrays.toString(r.scores("accuracy")));
    assertTrue(acc >= SKLEARN_DIGITS_ACCURACY, "digits accuracy " + acc + " < " + SKLEARN_DIGITS_ACCURACY);
  }

  @Test
  void diabetesR2AtLeastScikitLearn() {
    CvResult r = cv(new MLPRegressor(MLPRegressor.Params.DEFAULTS.withBatches(200, 500)), "diabetes", false);
    double r2 = r.mean("r2");
    System.out.println("MLPRegressor diabetes 5-fold R2 " + r2 + " folds " + java.util.Arrays.toString(r.scores("r2")));
    assertTrue(r2 >= SKLEARN_DIABETES_R2, "diabetes R2 " + r2 + " < " + SKLEARN_DIABETES_R2);
  }
}
