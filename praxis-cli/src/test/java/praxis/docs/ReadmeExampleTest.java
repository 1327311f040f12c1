package praxis.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.linear.LogisticRegression;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.pipeline.Preprocessing;
import praxis.select.CrossValidation;
import praxis.select.StratifiedKFold;

/** The README's Java quick start, verbatim apart from the temp path, so the README stays true. */
class ReadmeExampleTest {
  @TempDir
  Path dir;

  @Test
  void quickStartRunsAsWritten() {
    var data = Datasets.xy("breast_cancer");
    var pipeline = Pipeline.of(Preprocessing.standard(true), new LogisticRegression());
    var cv = CrossValidation.run(pipeline, data.x(), data.y(), new StratifiedKFold(5, true, 0),
        java.util.List.of(Scorers.ACCURACY, Scorers.ROC_AUC), 2);
    System.out.println(cv.table());

    var model = pipeline.fit(data.x(), data.y());
    praxis.io.ModelIO.save(model, dir.resolve("bc.praxis"));

    // what the README promises: scikit-learn's 0.979 mean accuracy, a probabilistic pipeline model
    assertEquals(0.979, cv.mean("accuracy"), 0.005);
    assertTrue(model instanceof ProbabilisticClassifier);
    Model back = ModelIO.load(dir.resolve("bc.praxis"));
    assertEquals(List.of("benign", "malignant"), ((ProbabilisticClassifier) back).classes());
  }
}
