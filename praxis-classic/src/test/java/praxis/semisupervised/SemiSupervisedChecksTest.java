package praxis.semisupervised;

import org.junit.jupiter.api.Test;
import praxis.bayes.GaussianNB;
import praxis.testkit.EstimatorChecks;
import praxis.testkit.EstimatorChecks.Config;
import praxis.testkit.Fixtures;

/**
 * The semi-supervised estimators pass the testkit's common checks. The checks fit on a fully labeled target
 * (no row carries the unlabeled label "-1"), since they compare the model's classes with the target's
 * class list; the partially labeled case is covered by the scikit-learn reference tests.
 */
class SemiSupervisedChecksTest {
  private static final Fixtures.XY IRIS = Fixtures.xy("iris");

  @Test
  void labelPropagationAndSpreading() {
    EstimatorChecks.runAll(Config.classifier(LabelPropagation::new, IRIS.x(), IRIS.y()));
    EstimatorChecks.runAll(Config.classifier(() -> new LabelSpreading(LabelSpreading.Params.DEFAULTS
        .withKernel(Kernel.KNN, 7)), IRIS.x(), IRIS.y()));
  }

  @Test
  void selfTraining() {
    EstimatorChecks.runAll(Config.classifier(() -> new SelfTrainingClassifier(new GaussianNB(),
        SelfTrainingClassifier.Params.DEFAULTS), IRIS.x(), IRIS.y()));
  }
}
