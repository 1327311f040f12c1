package praxis.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.testkit.Fixtures;
import praxis.testkit.ReferenceFile;
import org.junit.jupiter.api.Test;

/**
 * PCA, IncrementalPCA, TruncatedSVD and KernelPCA against scikit-learn 1.2.1
 * ({@code reference/make_decomposition_reference.py}). Exact solvers: 1e-9 relative (values) / 1e-8 absolute
 * (unit-vector entries and scores scaled by the largest score). Randomized solvers draw other random
 * matrices than scikit-learn, so they are compared at 1e-6 (variances) and 1e-5 (vector entries): with these
 * spectral gaps both converge to the exact top subspace far below that.
 */
class DecompositionReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/decomposition_reference.json");

  private static Frame data(String name) {
    return switch (name) {
      case "wine_std" -> Fixtures.standardize(Fixtures.xy("wine").x());
      default -> Fixtures.xy(name).x();
    };
  }

  private static void close(double[] exp, double[] got, double rel, String what) {
    assertEquals(exp.length, got.length, what + " length");
    for (int i = 0; i < exp.length; i++) {
      assertEquals(exp[i], got[i], rel * Math.max(1, Math.abs(exp[i])), what + "[" + i + "]");
    }
  }

  private static void closeMatrix(double[][] exp, double[][] got, double tol, String what) {
    assertEquals(exp.length, got.length, what + " rows");
    double scale = 1;
    for (double[] r : exp) {
      for (double v : r) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    for (int i = 0; i < exp.length; i++) {
      assertArrayEquals(exp[i], got[i], tol * scale, what + " row " + i);
    }
  }

  /** Largest entry error of {@code ours} against {@code exact} is at most 2x that of scikit-learn's result. */
  private static void assertAsAccurate(double[][] exact, double[][] sklearn, double[][] ours, String what) {
    double errSk = 0;
    double errUs = 0;
    for (int c = 0; c < ours.length; c++) {
      for (int j = 0; j < ours[c].length; j++) {
        errSk = Math.max(errSk, Math.abs(sklearn[c][j] - exact[c][j]));
        errUs = Math.max(errUs, Math.abs(ours[c][j] - exact[c][j]));
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(errUs <= 2 * errSk + 1e-12,
        what + ": error vs exact " + errUs + " but scikit-learn's is " + errSk);
  }

  private static double[][] frameRows(Frame f) {
    return f.toRowArrays();
  }

  private static void checkProjection(JsonNode c, PCAModel m, Frame x, double valTol, double vecTol, String what) {
    closeMatrix(ReferenceFile.toMatrix(c.get("components")), m.components(), vecTol, what + " components");
    close(ReferenceFile.toVector(c.get("explained_variance")), m.explainedVariance(), valTol, what + " variance");
    close(ReferenceFile.toVector(c.get("ratio")), m.explainedVarianceRatio(), valTol, what + " ratio");
    close(ReferenceFile.toVector(c.get("singular_values")), m.singularValues(), valTol, what + " singular values");
    closeMatrix(ReferenceFile.toMatrix(c.get("scores5")), frameRows(m.transform(x.rowRange(0, 5))), vecTol,
        what + " scores");
  }

  @Test
  void pcaMatchesScikitLearn() {
    JsonNode cases = REF.get("pca");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      JsonNode kw = c.get("params");
      Frame x = data(c.get("dataset").asText());
      PCA.Params p = PCA.Params.DEFAULTS;
      if (kw.has("n_components")) {
        double k = kw.get("n_components").asDouble();
        p = k < 1 ? p.withVarianceToKeep(k) : p.withNComponents((int) k);
      }
      if (kw.has("whiten")) {
        p = p.withWhiten(kw.get("whiten").asBoolean());
      }
      boolean randomized = kw.has("svd_solver") && kw.get("svd_solver").asText().equals("randomized");
      if (randomized) {
        p = p.withSolver(PCA.Solver.RANDOMIZED);
      } else if (kw.has("svd_solver")) {
        p = p.withSolver(PCA.Solver.FULL);
      }
      PCAModel m = new PCA(p).fit(x, Target.none(x.rowCount()));
      String what = "pca " + c.get("dataset").asText() + " " + kw;
      assertEquals(c.get("n_components").asInt(), m.componentCount(), what);
      checkProjection(c, m, x, randomized ? 1e-6 : 1e-9, randomized ? 1e-4 : 1e-8, what);
      if (randomized) {
        // Against the exact components (the full-solver digits case): at most twice scikit-learn's own error.
        double[][] exact = REF.matrix("pca", "4", "components");
        assertAsAccurate(exact, ReferenceFile.toMatrix(c.get("components")), m.components(), what);
      }
      close(ReferenceFile.toVector(c.get("mean")), m.mean(), 1e-12, what + " mean");
      assertEquals(c.get("noise_variance").asDouble(), m.noiseVariance(),
          (randomized ? 1e-6 : 1e-9) * Math.max(1, c.get("noise_variance").asDouble()), what + " noise");
      Frame scores = m.transform(x.rowRange(0, 5));
      closeMatrix(ReferenceFile.toMatrix(c.get("inverse5")), frameRows(m.inverseTransform(scores)),
          randomized ? 1e-4 : 1e-9, what + " inverse");
    }
  }

  @Test
  void incrementalPcaMatchesScikitLearn() {
    JsonNode cases = REF.get("ipca");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      Frame x = data(c.get("dataset").asText());
      PCAModel m = new IncrementalPCA(IncrementalPCA.Params.DEFAULTS.withNComponents(c.get("n_components").asInt())
          .withBatchSize(c.get("batch_size").asInt())).fit(x, Target.none(x.rowCount()));
      String what = "ipca " + c.get("dataset").asText();
      checkProjection(c, m, x, 1e-9, 1e-8, what);
      close(ReferenceFile.toVector(c.get("mean")), m.mean(), 1e-12, what + " mean");
      assertEquals(c.get("noise_variance").asDouble(), m.noiseVariance(),
          1e-9 * Math.max(1, c.get("noise_variance").asDouble()), what + " noise");
    }
  }

  @Test
  void truncatedSvdMatchesScikitLearnOnSparseInput() {
    Frame dense = Fixtures.xy("digits").x();
    Frame sparse = Frame.ofCsr(dense.toCsr(), dense.schema().names());
    for (int i = 0; i < 2; i++) {
      JsonNode c = REF.get("tsvd", Integer.toString(i));
      boolean exact = c.get("algorithm").asText().equals("arpack");
      TruncatedSVD.Params p = TruncatedSVD.Params.DEFAULTS.withNComponents(5)
          .withAlgorithm(exact ? TruncatedSVD.Algorithm.EXACT : TruncatedSVD.Algorithm.RANDOMIZED);
      PCAModel m = new TruncatedSVD(p).fit(exact ? dense : sparse, Target.none(dense.rowCount()));
      checkProjection(c, m, sparse, exact ? 1e-9 : 1e-6, exact ? 1e-8 : 1e-4, "tsvd " + c.get("algorithm"));
      if (!exact) {
        assertAsAccurate(REF.matrix("tsvd", "0", "components"), ReferenceFile.toMatrix(c.get("components")),
            m.components(), "tsvd randomized");
      }
    }
  }

  @Test
  void kernelPcaMatchesScikitLearn() {
    Frame iris = Fixtures.xy("iris").x();
    JsonNode cases = REF.get("kpca");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      JsonNode kw = c.get("params");
      KernelPCA.Params p = KernelPCA.Params.DEFAULTS.withNComponents(kw.get("n_components").asInt())
          .withKernel(KernelPCA.Kernel.valueOf(kw.get("kernel").asText().toUpperCase(java.util.Locale.ROOT)));
      if (kw.has("gamma")) {
        p = p.withGamma(kw.get("gamma").asDouble());
      }
      if (kw.has("degree")) {
        p = new KernelPCA.Params(p.nComponents(), p.kernel(), p.gamma(), kw.get("degree").asInt(), p.coef0(),
            p.fitInverseTransform(), p.alpha());
      }
      boolean inverse = kw.has("fit_inverse_transform");
      p = p.withFitInverseTransform(inverse);
      KernelPCAModel m = new KernelPCA(p).fit(iris, Target.none(150));
      String what = "kpca " + kw;
      close(ReferenceFile.toVector(c.get("eigenvalues")), m.eigenvalues(), 1e-9, what + " eigenvalues");
      Frame first = iris.rowRange(0, 5);
      closeMatrix(ReferenceFile.toMatrix(c.get("train5")), frameRows(m.transform(first)), 1e-8, what + " train");
      double[][] shifted = first.toRowArrays();
      for (double[] r : shifted) {
        for (int j = 0; j < r.length; j++) {
          r[j] += 0.1;
        }
      }
      Frame moved = Frame.ofRows(shifted, iris.schema().names());
      closeMatrix(ReferenceFile.toMatrix(c.get("new5")), frameRows(m.transform(moved)), 1e-8, what + " new");
      if (inverse) {
        closeMatrix(ReferenceFile.toMatrix(c.get("inverse5")), frameRows(m.inverseTransform(m.transform(first))),
            1e-7, what + " inverse");
      }
    }
  }
}
