package praxis.metrics;

/**
 * Classification metrics on class codes ({@code 0..nClasses-1}), defined as in scikit-learn 1.2.1.
 *
 * <ul>
 *   <li>Precision, recall, specificity and F-scores: see {@link ConfusionMatrix}; a zero denominator gives 0
 *       (scikit-learn's {@code zero_division=0}, without warnings). Averages run over all {@code nClasses}
 *       codes (scikit-learn with {@code labels=range(nClasses)}); {@link Average#BINARY} reports class 1.</li>
 *   <li>{@link #balancedAccuracy}: mean recall over the classes present in {@code yTrue} (classes only
 *       predicted are ignored, as scikit-learn does).</li>
 *   <li>{@link #logLoss}: probabilities are clipped to {@code [ε, 1-ε]} (ε = 2<sup>-52</sup>) and each row is
 *       renormalized to sum 1 before {@code -mean(log p[i][yTrue[i]])}.</li>
 *   <li>{@link #matthews}: the multiclass (Gorodkin) R<sub>K</sub> statistic; 0 when either marginal is
 *       constant.</li>
 *   <li>{@link #cohenKappa}: 1 − Σw·O / Σw·E; NaN when Σw·E = 0 (e.g. both raters use one class),
 *       exactly like scikit-learn's 0/0.</li>
 * </ul>
 * Empty inputs, length mismatches and codes outside {@code [0, nClasses)} are rejected with an
 * {@link IllegalArgumentException} naming the argument. All methods are O(n + nClasses²).
 *
 * <pre>{@code
 * int[] yTrue = {0, 1, 2, 2}, yPred = {0, 2, 2, 2};
 * double acc = ClassificationMetrics.accuracy(yTrue, yPred);                 // 0.75
 * double f1 = ClassificationMetrics.f1(yTrue, yPred, 3, Average.MACRO);
 * }</pre>
 */
public final class ClassificationMetrics {
  private static final double EPS = Math.ulp(1.0);

  /**
   * Weighting of disagreements in {@link #cohenKappa(int[], int[], int, KappaWeights)}.
   *
   * <pre>{@code
   * double qwk = ClassificationMetrics.cohenKappa(yTrue, yPred, 5, KappaWeights.QUADRATIC);
   * }</pre>
   */
  public enum KappaWeights {
    /** Every disagreement weighs 1 (plain Cohen's kappa). */
    NONE,
    /** Weight |i − j| (ordinal classes). */
    LINEAR,
    /** Weight (i − j)². */
    QUADRATIC
  }

  private ClassificationMetrics() {}

  /** Fraction of samples with {@code yPred[i] == yTrue[i]}. */
  public static double accuracy(int[] yTrue, int[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    long ok = 0;
    for (int i = 0; i < yTrue.length; i++) {
      if (yTrue[i] == yPred[i]) {
        ok++;
      }
    }
    return (double) ok / yTrue.length;
  }

  /** Balanced accuracy (not adjusted for chance); codes must be {@code >= 0}. */
  public static double balancedAccuracy(int[] yTrue, int[] yPred) {
    return balancedAccuracy(yTrue, yPred, false);
  }

  /**
   * Balanced accuracy: the mean recall over classes present in {@code yTrue}; with {@code adjusted} the
   * score is rescaled by {@code (s − 1/K)/(1 − 1/K)}, K the number of classes present (NaN or −∞ when K = 1,
   * as in scikit-learn).
   */
  public static double balancedAccuracy(int[] yTrue, int[] yPred, boolean adjusted) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    Args.nonNegativeCodes(yTrue, "yTrue");
    Args.nonNegativeCodes(yPred, "yPred");
    ConfusionMatrix cm = confusionMatrix(yTrue, yPred, Args.nClassesOf(yTrue, yPred));
    double s = 0;
    int present = 0;
    for (int c = 0; c < cm.classCount(); c++) {
      long sup = cm.support(c);
      if (sup > 0) {
        s += (double) cm.truePositives(c) / sup;
        present++;
      }
    }
    double score = s / present;
    if (adjusted) {
      double chance = 1.0 / present;
      score = (score - chance) / (1 - chance);
    }
    return score;
  }

  /** Confusion matrix over codes {@code 0..nClasses-1}. */
  public static ConfusionMatrix confusionMatrix(int[] yTrue, int[] yPred, int nClasses) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    if (nClasses < 1) {
      throw new IllegalArgumentException("nClasses must be >= 1, got " + nClasses);
    }
    Args.codes(yTrue, nClasses, "yTrue");
    Args.codes(yPred, nClasses, "yPred");
    long[] counts = new long[nClasses * nClasses];
    for (int i = 0; i < yTrue.length; i++) {
      counts[yTrue[i] * nClasses + yPred[i]]++;
    }
    return new ConfusionMatrix(nClasses, counts);
  }

  /** Averaged precision. */
  public static double precision(int[] yTrue, int[] yPred, int nClasses, Average avg) {
    return confusionMatrix(yTrue, yPred, nClasses).precision(avg);
  }

  /** Averaged recall. */
  public static double recall(int[] yTrue, int[] yPred, int nClasses, Average avg) {
    return confusionMatrix(yTrue, yPred, nClasses).recall(avg);
  }

  /** Averaged specificity TN/(TN+FP). */
  public static double specificity(int[] yTrue, int[] yPred, int nClasses, Average avg) {
    return confusionMatrix(yTrue, yPred, nClasses).specificity(avg);
  }

  /** Averaged F1. */
  public static double f1(int[] yTrue, int[] yPred, int nClasses, Average avg) {
    return confusionMatrix(yTrue, yPred, nClasses).fBeta(1.0, avg);
  }

  /** Averaged F-beta ({@code beta} > 1 favours recall; {@code +∞} gives recall). */
  public static double fBeta(int[] yTrue, int[] yPred, int nClasses, double beta, Average avg) {
    return confusionMatrix(yTrue, yPred, nClasses).fBeta(beta, avg);
  }

  /**
   * Mean negative log-likelihood of the true class; {@code proba[i]} has one column per class (at least 2).
   * Values are clipped to {@code [ε, 1-ε]} and rows renormalized, as scikit-learn does.
   */
  public static double logLoss(int[] yTrue, double[][] proba) {
    Args.notNull(yTrue, "yTrue");
    Args.notNull(proba, "proba");
    Args.nonEmpty(yTrue.length, "yTrue");
    Args.sameLength(yTrue.length, "yTrue", proba.length, "proba");
    int k = proba[0].length;
    if (k < 2) {
      throw new IllegalArgumentException("proba must have at least 2 columns (one per class), got " + k);
    }
    Args.codes(yTrue, k, "yTrue");
    double sum = 0;
    for (int i = 0; i < proba.length; i++) {
      double[] row = proba[i];
      if (row.length != k) {
        throw new IllegalArgumentException("proba[" + i + "] has " + row.length + " columns but proba[0] has " + k
            + "; every row needs one probability per class");
      }
      double rowSum = 0;
      for (int c = 0; c < k; c++) {
        double v = row[c];
        if (Double.isNaN(v)) {
          throw new IllegalArgumentException("proba[" + i + "][" + c + "] is NaN; probabilities must be numbers");
        }
        rowSum += clip(v);
      }
      sum += -Math.log(clip(row[yTrue[i]]) / rowSum);
    }
    return sum / proba.length;
  }

  private static double clip(double v) {
    return Math.min(Math.max(v, EPS), 1 - EPS);
  }

  /** Matthews correlation coefficient (binary and multiclass), codes must be {@code >= 0}. */
  public static double matthews(int[] yTrue, int[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    Args.nonNegativeCodes(yTrue, "yTrue");
    Args.nonNegativeCodes(yPred, "yPred");
    ConfusionMatrix cm = confusionMatrix(yTrue, yPred, Args.nClassesOf(yTrue, yPred));
    int k = cm.classCount();
    double n = cm.total();
    double correct = cm.correct();
    double tp = 0;
    double pp = 0;
    double tt = 0;
    for (int c = 0; c < k; c++) {
      double t = cm.support(c);
      double p = cm.predicted(c);
      tp += t * p;
      pp += p * p;
      tt += t * t;
    }
    double covYtYp = correct * n - tp;
    double covYpYp = n * n - pp;
    double covYtYt = n * n - tt;
    if (covYpYp * covYtYt == 0) {
      return 0.0;
    }
    return covYtYp / Math.sqrt(covYtYt * covYpYp);
  }

  /** Cohen's kappa (unweighted), classes taken as {@code 0..max code}. */
  public static double cohenKappa(int[] yTrue, int[] yPred) {
    Args.pair(yTrue, "yTrue", yPred, "yPred");
    Args.nonNegativeCodes(yTrue, "yTrue");
    Args.nonNegativeCodes(yPred, "yPred");
    return cohenKappa(yTrue, yPred, Args.nClassesOf(yTrue, yPred), KappaWeights.NONE);
  }

  /**
   * Cohen's kappa over codes {@code 0..nClasses-1} with the given disagreement weights (linear/quadratic
   * weights use the code distance, i.e. scikit-learn with {@code labels=range(nClasses)}).
   */
  public static double cohenKappa(int[] yTrue, int[] yPred, int nClasses, KappaWeights weights) {
    Args.notNull(weights, "weights");
    ConfusionMatrix cm = confusionMatrix(yTrue, yPred, nClasses);
    int k = nClasses;
    double n = cm.total();
    double[] rowSum = new double[k];
    double[] colSum = new double[k];
    for (int c = 0; c < k; c++) {
      rowSum[c] = cm.support(c);
      colSum[c] = cm.predicted(c);
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double w;
        switch (weights) {
          case NONE: w = i == j ? 0 : 1; break;
          case LINEAR: w = Math.abs(i - j); break;
          default: w = (double) (i - j) * (i - j); break;
        }
        observed += w * cm.count(i, j);
        // scikit-learn: expected = outer(colSum, rowSum) / n, indexed [i][j] = colSum[i] * rowSum[j] / n
        expected += w * (colSum[i] * rowSum[j] / n);
      }
    }
    return 1 - observed / expected;
  }
}
