package praxis.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.libsvm.LibSvmData;
import praxis.io.libsvm.LibSvmReader;
import praxis.linalg.CsrMatrix;
import praxis.linear.LogisticRegression.Penalty;
import praxis.testkit.ReferenceFile;

/**
 * Sparse fits against scikit-learn 1.2.1 on {@code scipy.sparse.csr_matrix} input
 * ({@code reference/make_sparse_reference.py} writes {@code sparse_reference.json}: a 150 x 40 text-like
 * matrix with 922 stored entries), and a realistic sparse workload: the BreastCancer data one-hot encoded,
 * written as a LibSVM file and read back with {@link LibSvmReader} (sparse by density).
 *
 * <p>Tolerances: LogisticRegression L2 (scikit-learn newton-cg, tol 1e-8; Praxis L-BFGS, tol 1e-10)
 * coefficients and intercepts to 1e-5 and probabilities to 1e-6 (measured 5.4e-7 binary, 8.7e-7
 * multinomial); L1 (scikit-learn saga, tol 1e-12, 9224 epochs; Praxis OWL-QN, tol 1e-10) to 1e-5 (measured
 * 6.6e-7); Lasso / ElasticNet (both sparse coordinate descent with implicit centring, tol 1e-12) to 1e-9
 * (measured 9e-16, with the same number of sweeps). The one-hot LibSVM fit (699 x 89, density 0.101) must
 * predict the same held-out labels as the dense fit of the same file (measured accuracy 0.9849 both).
 */
class SparseReferenceTest {
  private static final ReferenceFile REF = ReferenceFile.load("/reference/sparse_reference.json");

  private static Frame x() {
    int n = REF.get("n").asInt();
    int p = REF.get("p").asInt();
    return Frame.ofCsr(CsrMatrix.of(n, p, REF.ints("indptr"), REF.ints("indices"), REF.vector("data")), null);
  }

  private static Target classes(String key) {
    int[] y = REF.ints(key);
    int k = 0;
    for (int v : y) {
      k = Math.max(k, v + 1);
    }
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      labels.add(Integer.toString(c));
    }
    return Target.ofCodes("y", y, labels);
  }

  private static double[][] matrix(String... path) {
    var node = REF.get(path);
    double[][] out = new double[node.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[node.get(i).size()];
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = node.get(i).get(j).asDouble();
      }
    }
    return out;
  }

  private static void check(String key, LogisticRegression.Params params, Target y, double tol) {
    Frame x = x();
    assertTrue(x.hasSparseColumns());
    LogisticRegressionModel m = new LogisticRegression(params).fit(x, y);
    double dc = SparseLinearTest.maxDiff(matrix(key, "coef"), m.coefficients());
    double di = SparseLinearTest.maxDiff(REF.vector(key, "intercept"), m.intercepts());
    double dp = SparseLinearTest.maxDiff(matrix(key, "proba"), m.predictProba(x));
    System.out.printf("%s: coef %.3g intercept %.3g proba %.3g%n", key, dc, di, dp);
    assertTrue(dc <= tol && di <= tol, key + ": coefficient / intercept difference " + dc + " / " + di);
    assertTrue(dp <= 1e-6, key + ": probability difference " + dp);
  }

  @Test
  void logisticRegressionMatchesScikitLearnOnCsr() {
    LogisticRegression.Params tight = LogisticRegression.Params.DEFAULTS.withStopping(10000, 1e-10);
    check("logreg_binary_l2", tight, classes("y_binary"), 1e-5);
    check("logreg_multi_l2", tight.withC(0.5), classes("y_multi"), 1e-5);
    check("logreg_binary_l1", tight.withPenalty(Penalty.L1), classes("y_binary"), 1e-5);
  }

  @Test
  void lassoAndElasticNetMatchScikitLearnOnCsr() {
    Frame x = x();
    Target y = Target.values("y", REF.vector("y_real"));
    for (String key : new String[] {"lasso", "elastic_net", "lasso_no_intercept"}) {
      double alpha = REF.get(key, "alpha").asDouble();
      double ratio = REF.get(key, "l1_ratio").asDouble();
      boolean icpt = REF.get(key, "fit_intercept").asBoolean();
      ElasticNetModel m = new ElasticNet(new ElasticNet.Params(alpha, ratio, icpt, 100000, 1e-12)).fit(x, y);
      double dc = SparseLinearTest.maxDiff(REF.vector(key, "coef"), m.coefficients());
      double di = Math.abs(REF.get(key, "intercept").asDouble() - m.intercept());
      System.out.printf("%s: coef %.3g intercept %.3g, sweeps %d vs scikit-learn %d%n", key, dc, di,
          m.iterations(), REF.get(key, "n_iter").asInt());
      assertTrue(dc <= 1e-9 && di <= 1e-9, key + ": coefficient / intercept difference " + dc + " / " + di);
    }
    LassoModel l = new Lasso(new Lasso.Params(0.02, true, 100000, 1e-12)).fit(x, y);
    assertArrayEquals(REF.vector("lasso", "coef"), l.coefficients(), 1e-9);
  }

  /** BreastCancer's nine 10-level factors one-hot encoded (a missing cell has no indicator) as LibSVM text. */
  private static String oneHotLibSvm(Datasets.XY d) {
    StringBuilder b = new StringBuilder();
    Frame x = d.x();
    int[] offset = new int[x.columnCount() + 1];
    for (int j = 0; j < x.columnCount(); j++) {
      offset[j + 1] = offset[j] + ((CategoricalColumn) x.column(j)).levels().size();
    }
    int[] y = d.y().codes();
    for (int i = 0; i < x.rowCount(); i++) {
      b.append(y[i] == 0 ? "-1" : "+1");
      for (int j = 0; j < x.columnCount(); j++) {
        CategoricalColumn c = (CategoricalColumn) x.column(j);
        if (!c.isMissing(i)) {
          b.append(' ').append(offset[j] + c.code(i) + 1).append(":1");
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  @Test
  void oneHotLibSvmFileFitsLikeItsDenseCopy(@TempDir Path dir) throws IOException {
    Datasets.XY d = Datasets.xy("BreastCancer");
    for (Column c : d.x().columns()) {
      assertTrue(c instanceof CategoricalColumn, "BreastCancer features are factors: " + c.name());
    }
    Path file = dir.resolve("breast_cancer_onehot.libsvm");
    Files.writeString(file, oneHotLibSvm(d));
    LibSvmData sparseData = LibSvmReader.defaults().read(file);
    LibSvmData denseData = LibSvmReader.builder().storage(LibSvmReader.Storage.DENSE).build().read(file);
    Frame xs = sparseData.x();
    Frame xd = denseData.x();
    assertTrue(xs.hasSparseColumns(), "one-hot data (density ~0.1) loads sparse");
    assertTrue(!xd.hasSparseColumns());
    assertTrue(xs.toCsr().density() < 0.25);
    Target y = sparseData.classTarget();
    int n = xs.rowCount();
    int nTrain = 500;
    int[] tr = new int[nTrain];
    int[] te = new int[n - nTrain];
    for (int i = 0; i < n; i++) {
      if (i < nTrain) {
        tr[i] = i;
      } else {
        te[i - nTrain] = i;
      }
    }
    Target yTrain = Target.ofCodes("y", subset(y.codes(), tr), y.classList());
    int[] yTest = subset(y.codes(), te);
    LogisticRegression est = new LogisticRegression(LogisticRegression.Params.DEFAULTS.withStopping(1000, 1e-8));
    LogisticRegressionModel ms = est.fit(xs.rows(tr), yTrain);
    LogisticRegressionModel md = est.fit(xd.rows(tr), yTrain);
    int[] ps = ms.predict(xs.rows(te));
    int[] pd = md.predict(xd.rows(te));
    assertArrayEquals(pd, ps, "sparse and dense fits predict the same test labels");
    double acc = accuracy(ps, yTest);
    System.out.printf("BreastCancer one-hot LibSVM: %d x %d, density %.3f, test accuracy %.4f (dense %.4f)%n", n,
        xs.columnCount(), xs.toCsr().density(), acc, accuracy(pd, yTest));
    assertEquals(accuracy(pd, yTest), acc, 0.0);
    assertTrue(acc > 0.9, "one-hot logistic regression separates benign from malignant: " + acc);
    assertTrue(SparseLinearTest.maxDiff(md.coefficients(), ms.coefficients()) < 1e-6);
  }

  private static int[] subset(int[] a, int[] idx) {
    int[] out = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = a[idx[i]];
    }
    return out;
  }

  private static double accuracy(int[] p, int[] y) {
    int ok = 0;
    for (int i = 0; i < p.length; i++) {
      ok += p[i] == y[i] ? 1 : 0;
    }
    return ok / (double) p.length;
  }
}
