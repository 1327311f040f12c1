package praxis.metrics;

/**
 * A confusion matrix: {@code count(t, p)} is the number of samples of true class {@code t} predicted as
 * class {@code p} (rows = truth, columns = prediction, as in scikit-learn's {@code confusion_matrix}).
 * Per class {@code k} (one-vs-rest): {@link #truePositives TP}, {@link #falsePositives FP} (Type I errors),
 * {@link #falseNegatives FN} (Type II errors), {@link #trueNegatives TN}.
 *
 * <p>Per-class rates follow scikit-learn 1.2.1 with {@code zero_division=0}: a ratio whose denominator is
 * zero is 0 (no exception). F-beta is computed from those precision and recall values
 * ({@code (1+β²)PR/(β²P+R)}, 0 when both are 0). Averages ({@link Average}) run over all
 * {@code nClasses} codes, i.e. like scikit-learn with {@code labels=range(nClasses)}. Immutable.
 *
 * <pre>{@code
 * ConfusionMatrix cm = ClassificationMetrics.confusionMatrix(yTrue, yPred, 3);
 * long typeI = cm.typeI(2);               // samples wrongly predicted as class 2
 * double f1 = cm.fBeta(1.0, Average.MACRO);
 * }</pre>
 */
public final class ConfusionMatrix {
  private final int k;
  private final long[] counts; // row-major [t * k + p]
  private final long total;

  ConfusionMatrix(int nClasses, long[] counts) {
    this.k = nClasses;
    this.counts = counts;
    long s = 0;
    for (long c : counts) {
      s += c;
    }
    this.total = s;
  }

  /** Builds a matrix from counts {@code counts[t][p]} (square, non-negative, at least one sample). */
  public static ConfusionMatrix of(long[][] counts) {
    Args.notNull(counts, "counts");
    Args.nonEmpty(counts.length, "counts");
    int n = counts.length;
    long[] flat = new long[n * n];
    for (int t = 0; t < n; t++) {
      if (counts[t].length != n) {
        throw new IllegalArgumentException("counts must be square: row " + t + " has " + counts[t].length
            + " entries but there are " + n + " rows");
      }
      for (int p = 0; p < n; p++) {
        if (counts[t][p] < 0) {
          throw new IllegalArgumentException("counts[" + t + "][" + p + "] = " + counts[t][p] + " is negative");
        }
        flat[t * n + p] = counts[t][p];
      }
    }
    ConfusionMatrix cm = new ConfusionMatrix(n, flat);
    if (cm.total == 0) {
      throw new IllegalArgumentException("counts are all 0; a confusion matrix needs at least 1 sample");
    }
    return cm;
  }

  /** Number of classes (rows = columns). */
  public int classCount() {
    return k;
  }

  /** Number of samples of true class {@code trueClass} predicted as {@code predictedClass}. */
  public long count(int trueClass, int predictedClass) {
    return counts[check(trueClass) * k + check(predictedClass)];
  }

  /** The counts as a fresh {@code [true][predicted]} array. */
  public long[][] toArray() {
    long[][] a = new long[k][k];
    for (int t = 0; t < k; t++) {
      System.arraycopy(counts, t * k, a[t], 0, k);
    }
    return a;
  }

  /** Total number of samples. */
  public long total() {
    return total;
  }

  /** Correctly classified samples (trace). */
  public long correct() {
    long s = 0;
    for (int c = 0; c < k; c++) {
      s += counts[c * k + c];
    }
    return s;
  }

  /** Samples whose true class is {@code c} (row sum; the class's support). */
  public long support(int c) {
    check(c);
    long s = 0;
    for (int p = 0; p < k; p++) {
      s += counts[c * k + p];
    }
    return s;
  }

  /** Samples predicted as {@code c} (column sum). */
  public long predicted(int c) {
    check(c);
    long s = 0;
    for (int t = 0; t < k; t++) {
      s += counts[t * k + c];
    }
    return s;
  }

  /** True positives of class {@code c}. */
  public long truePositives(int c) {
    return counts[check(c) * k + c];
  }

  /** False positives of class {@code c}: other classes predicted as {@code c}. */
  public long falsePositives(int c) {
    return predicted(c) - truePositives(c);
  }

  /** False negatives of class {@code c}: samples of {@code c} predicted as another class. */
  public long falseNegatives(int c) {
    return support(c) - truePositives(c);
  }

  /** True negatives of class {@code c}. */
  public long trueNegatives(int c) {
    return total - support(c) - predicted(c) + truePositives(c);
  }

  /** Type I errors of class {@code c} (= {@link #falsePositives}). */
  public long typeI(int c) {
    return falsePositives(c);
  }

  /** Type II errors of class {@code c} (= {@link #falseNegatives}). */
  public long typeII(int c) {
    return falseNegatives(c);
  }

  /** Fraction correctly classified. */
  public double accuracy() {
    return (double) correct() / total;
  }

  /** Precision TP/(TP+FP) of class {@code c}; 0 when nothing is predicted as {@code c}. */
  public double precision(int c) {
    return ratio(truePositives(c), predicted(c));
  }

  /** Recall (sensitivity) TP/(TP+FN) of class {@code c}; 0 when class {@code c} has no true samples. */
  public double recall(int c) {
    return ratio(truePositives(c), support(c));
  }

  /** Specificity TN/(TN+FP) of class {@code c}; 0 when every sample is of class {@code c}. */
  public double specificity(int c) {
    long tn = trueNegatives(c);
    return ratio(tn, tn + falsePositives(c));
  }

  /** F-beta of class {@code c} from its precision and recall; 0 when both are 0. */
  public double fBeta(int c, double beta) {
    checkBeta(beta);
    return fFrom(precision(c), recall(c), beta * beta);
  }

  /** Averaged precision. */
  public double precision(Average avg) {
    return averaged(avg, 0, 0);
  }

  /** Averaged recall. */
  public double recall(Average avg) {
    return averaged(avg, 1, 0);
  }

  /** Averaged specificity (micro: ΣTN/Σ(TN+FP); weighted: by support, like imbalanced-learn). */
  public double specificity(Average avg) {
    return averaged(avg, 2, 0);
  }

  /** Averaged F-beta (micro: from pooled precision and recall). */
  public double fBeta(double beta, Average avg) {
    checkBeta(beta);
    return averaged(avg, 3, beta * beta);
  }

  private double averaged(Average avg, int what, double beta2) {
    Args.notNull(avg, "average");
    switch (avg) {
      case BINARY: {
        if (k != 2) {
          throw new IllegalArgumentException("average BINARY needs exactly 2 classes but nClasses = " + k
              + "; use MICRO, MACRO or WEIGHTED for multiclass problems");
        }
        return perClass(1, what, beta2);
      }
      case MICRO: {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int c = 0; c < k; c++) {
          tp += truePositives(c);
          fp += falsePositives(c);
          fn += falseNegatives(c);
          tn += trueNegatives(c);
        }
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        switch (what) {
          case 0: return p;
          case 1: return r;
          case 2: return ratio(tn, tn + fp);
          default: return fFrom(p, r, beta2);
        }
      }
      case MACRO: {
        double s = 0;
        for (int c = 0; c < k; c++) {
          s += perClass(c, what, beta2);
        }
        return s / k;
      }
      default: { // WEIGHTED
        double s = 0;
        for (int c = 0; c < k; c++) {
          s += perClass(c, what, beta2) * support(c);
        }
        return s / total;
      }
    }
  }

  private double perClass(int c, int what, double beta2) {
    switch (what) {
      case 0: return precision(c);
      case 1: return recall(c);
      case 2: return specificity(c);
      default: return fFrom(precision(c), recall(c), beta2);
    }
  }

  static double fFrom(double p, double r, double beta2) {
    if (beta2 == Double.POSITIVE_INFINITY) {
      return r;
    }
    double denom = beta2 * p + r;
    if (denom == 0) {
      return 0.0;
    }
    return (1 + beta2) * p * r / denom;
  }

  private static void checkBeta(double beta) {
    if (!(beta >= 0)) {
      throw new IllegalArgumentException("beta must be >= 0 (1 gives F1), got " + beta);
    }
  }

  private static double ratio(long num, long den) {
    return den == 0 ? 0.0 : (double) num / den;
  }

  private int check(int c) {
    if (c < 0 || c >= k) {
      throw new IllegalArgumentException("class code " + c + " is outside [0, " + k + ")");
    }
    return c;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConfusionMatrix(rows=true, cols=predicted)\n");
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        sb.append(p == 0 ? "" : "\t").append(counts[t * k + p]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
