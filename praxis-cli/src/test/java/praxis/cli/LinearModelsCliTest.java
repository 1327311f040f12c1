package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.io.ModelIO;
import praxis.linear.HuberRegressorModel;
import praxis.linear.RidgeModel;
import praxis.pipeline.PipelineModel;

/** The Huber regressor and Ridge's iterative solvers are reachable from {@code praxis train}. */
class LinearModelsCliTest {
  @TempDir
  Path dir;

  @Test
  void huberRegressorAndIterativeRidgeTrainAndSave() {
    Path huber = dir.resolve("huber.praxis");
    CliRunner.Run r = CliRunner.run("train", "builtin:diabetes", "--model", "huber_regressor", "epsilon=1.5",
        "maxIter=1000", "-o", huber.toString(), "--quiet");
    assertEquals(0, r.code(), r.toString());
    PipelineModel m = (PipelineModel) ModelIO.load(huber);
    HuberRegressorModel h = (HuberRegressorModel) m.finalModel();
    assertTrue(h.scale() > 0 && h.converged(), "scale " + h.scale());

    Path cg = dir.resolve("cg.praxis");
    r = CliRunner.run("train", "builtin:diabetes", "--model", "ridge", "solver=cg", "-o", cg.toString(), "--quiet");
    assertEquals(0, r.code(), r.toString());
    Path chol = dir.resolve("chol.praxis");
    r = CliRunner.run("train", "builtin:diabetes", "--model", "ridge", "solver=cholesky", "-o", chol.toString(),
        "--quiet");
    assertEquals(0, r.code(), r.toString());
    double[] a = ((RidgeModel) ((PipelineModel) ModelIO.load(cg)).finalModel()).coefficients();
    double[] b = ((RidgeModel) ((PipelineModel) ModelIO.load(chol)).finalModel()).coefficients();
    for (int j = 0; j < a.length; j++) {
      assertEquals(b[j], a[j], 1e-6 * Math.max(1, Math.abs(b[j])), "coefficient " + j);
    }
  }
}
