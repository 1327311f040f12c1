package praxis.linear;

import java.util.List;
import praxis.api.Check;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.Fold;
import praxis.select.KFold;

/**
 * The cross-validation shared by {@link LassoCV} and {@link ElasticNetCV}, as scikit-learn's
 * {@code LinearModelCV.fit}: for each l1Ratio an alpha grid from the full data (or the given alphas), then per
 * unshuffled k-fold split the warm-started path on the (separately centred) training rows and the mean squared
 * error of each alpha on the test rows; the (l1Ratio, alpha) with the smallest mean error over folds wins (the
 * first on ties) and is refitted on all rows from zero.
 *
 * <pre>{@code
 * PathCv.Result r = PathCv.run(x, y, new double[] {0.5}, 100, 1e-3, new double[0], 5, true, 1000, 1e-4, "ElasticNetCV");
 * }</pre>
 */
final class PathCv {
  private PathCv() {}

  /**
   * Everything the CV models keep.
   *
   * @param alphas [l1Ratio][alpha], descending
   * @param mse [l1Ratio][alpha][fold]
   * @param best index of the winning l1Ratio
   * @param alpha the winning alpha
   * @param fit the refit on all rows
   */
  record Result(double[][] alphas, double[][][] mse, int best, double alpha, ElasticNet.Fitted fit) {}

  static void checkSettings(int nAlphas, double eps, double[] alphas, int folds) {
    Check.atLeast(nAlphas, 1, "nAlphas");
    Check.positive(eps, "eps");
    Check.notNull(alphas, "alphas");
    for (int i = 0; i < alphas.length; i++) {
      Check.nonNegative(alphas[i], "alphas[" + i + "]");
    }
    Check.atLeast(folds, 2, "folds");
  }

  static Result run(Frame x, Target y, double[] l1Ratios, int nAlphas, double eps, double[] alphas, int folds,
      boolean fitIntercept, int maxIter, double tol, String who) {
    if (x.hasSparseColumns()) {
      return runSparse(x, y, l1Ratios, nAlphas, eps, alphas, folds, fitIntercept, maxIter, tol, who);
    }
    double[] a = Inputs.fitMatrix(x, y, who);
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    int p = x.columnCount();
    if (folds > n) {
      throw new IllegalArgumentException(who + ": folds=" + folds + " is greater than the number of rows " + n
          + "; use folds <= " + n);
    }
    double[] yv = y.values();
    int m = l1Ratios.length;
    double[][] grids = new double[m][];
    CoordinateDescent.Problem full = new CoordinateDescent.Problem(a.clone(), n, p, yv.clone(), fitIntercept);
    for (int l = 0; l < m; l++) {
      grids[l] = alphas.length == 0 ? CoordinateDescent.alphaGrid(full, l1Ratios[l], nAlphas, eps, who)
          : ElasticNet.descending(alphas, who);
    }
    List<Fold> split = new KFold(folds).split(x, y, null);
    double[][][] mse = new double[m][grids[0].length][folds];
    for (int f = 0; f < folds; f++) {
      int[] train = split.get(f).train();
      int[] test = split.get(f).test();
      double[] xTrain = gather(a, n, p, train);
      double[] xTest = gather(a, n, p, test);
      double[] yTrain = new double[train.length];
      for (int i = 0; i < train.length; i++) {
        yTrain[i] = yv[train[i]];
      }
      for (int l = 0; l < m; l++) {
        CoordinateDescent.Problem pr = new CoordinateDescent.Problem(xTrain.clone(), train.length, p, yTrain.clone(),
            fitIntercept);
        RegularizationPath path = ElasticNet.path(pr, l1Ratios[l], grids[l], maxIter, tol, who);
        for (int k = 0; k < grids[l].length; k++) {
          mse[l][k][f] = testMse(xTest, test, yv, p, path.coefficients()[k], path.intercepts()[k]);
        }
      }
    }
    return choose(x, y, l1Ratios, grids, mse, folds, fitIntercept, maxIter, tol, who);
  }

  /**
   * {@link #run} on sparse input: the same grids, folds, paths (sparse coordinate descent with implicit
   * centring on each training fold's CSR rows) and selection; nothing is densified.
   */
  private static Result runSparse(Frame x, Target y, double[] l1Ratios, int nAlphas, double eps, double[] alphas,
      int folds, boolean fitIntercept, int maxIter, double tol, String who) {
    praxis.linalg.CsrMatrix a = Inputs.fitCsr(x, y, who);
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    if (folds > n) {
      throw new IllegalArgumentException(who + ": folds=" + folds + " is greater than the number of rows " + n
          + "; use folds <= " + n);
    }
    double[] yv = y.values();
    int m = l1Ratios.length;
    double[][] grids = new double[m][];
    SparseCoordinateDescent.Problem full = new SparseCoordinateDescent.Problem(a, yv.clone(), fitIntercept);
    for (int l = 0; l < m; l++) {
      grids[l] = alphas.length == 0 ? SparseCoordinateDescent.alphaGrid(full, l1Ratios[l], nAlphas, eps, who)
          : ElasticNet.descending(alphas, who);
    }
    List<Fold> split = new KFold(folds).split(x, y, null);
    double[][][] mse = new double[m][grids[0].length][folds];
    for (int f = 0; f < folds; f++) {
      int[] train = split.get(f).train();
      int[] test = split.get(f).test();
      praxis.linalg.CsrMatrix xTrain = a.selectRows(train);
      praxis.linalg.CsrMatrix xTest = a.selectRows(test);
      double[] yTrain = new double[train.length];
      for (int i = 0; i < train.length; i++) {
        yTrain[i] = yv[train[i]];
      }
      for (int l = 0; l < m; l++) {
        SparseCoordinateDescent.Problem pr = new SparseCoordinateDescent.Problem(xTrain, yTrain.clone(),
            fitIntercept);
        RegularizationPath path = ElasticNet.sparsePath(pr, l1Ratios[l], grids[l], maxIter, tol, who);
        for (int k = 0; k < grids[l].length; k++) {
          double[] w = path.coefficients()[k];
          double b = path.intercepts()[k];
          double s = 0;
          for (int i = 0; i < test.length; i++) {
            double e = b + xTest.rowDot(i, w) - yv[test[i]];
            s += e * e;
          }
          mse[l][k][f] = s / test.length;
        }
      }
    }
    return choose(x, y, l1Ratios, grids, mse, folds, fitIntercept, maxIter, tol, who);
  }

  /** The (l1Ratio, alpha) of the smallest mean fold error (the first on ties), refitted on all rows. */
  private static Result choose(Frame x, Target y, double[] l1Ratios, double[][] grids, double[][][] mse, int folds,
      boolean fitIntercept, int maxIter, double tol, String who) {
    int m = l1Ratios.length;
    int best = 0;
    double bestAlpha = grids[0][0];
    double bestMse = Double.POSITIVE_INFINITY;
    for (int l = 0; l < m; l++) {
      for (int k = 0; k < grids[l].length; k++) {
        double s = 0;
        for (int f = 0; f < folds; f++) {
          s += mse[l][k][f];
        }
        double mean = s / folds;
        if (mean < bestMse) {
          bestMse = mean;
          best = l;
          bestAlpha = grids[l][k];
        }
      }
    }
    ElasticNet.Fitted fit = ElasticNet.fitCore(x, y, bestAlpha, l1Ratios[best], fitIntercept, maxIter, tol, null,
        who);
    return new Result(grids, mse, best, bestAlpha, fit);
  }

  private static double[] gather(double[] a, int n, int p, int[] rows) {
    int r = rows.length;
    double[] out = new double[r * p];
    for (int j = 0; j < p; j++) {
      int src = j * n;
      int dst = j * r;
      for (int i = 0; i < r; i++) {
        out[dst + i] = a[src + rows[i]];
      }
    }
    return out;
  }

  private static double testMse(double[] xTest, int[] test, double[] yv, int p, double[] w, double b) {
    int r = test.length;
    double s = 0;
    for (int i = 0; i < r; i++) {
      double pred = b;
      for (int j = 0; j < p; j++) {
        pred += xTest[j * r + i] * w[j];
      }
      double e = pred - yv[test[i]];
      s += e * e;
    }
    return s / r;
  }
}
