package praxis.metrics;

import java.util.Arrays;

/**
 * Threshold curves for binary scores (labels 0 = negative, 1 = positive) and their summaries, defined as in
 * scikit-learn 1.2.1.
 *
 * <ul>
 *   <li>Ties: samples with equal scores share one threshold, so each distinct score gives one point
 *       (scikit-learn's {@code _binary_clf_curve}).</li>
 *   <li>{@link #roc(int[], double[])} drops suboptimal (collinear) intermediate points like scikit-learn's
 *       default {@code drop_intermediate=True}; {@link #roc(int[], double[], boolean)} can keep them. The
 *       first threshold is {@code max(score) + 1} (scikit-learn 1.2.1; later versions use +∞).</li>
 *   <li>{@link #rocAuc}: trapezoidal area; rejected (IllegalArgumentException) when {@code yTrue} holds one
 *       class only. {@link #rocAucOvr}: unweighted mean of one-vs-rest AUCs; every class must be present and
 *       rows must sum to 1 (within scikit-learn's {@code np.allclose} tolerance).</li>
 *   <li>{@link #averagePrecision}: Σ (R<sub>n</sub> − R<sub>n−1</sub>) P<sub>n</sub> over the PR curve
 *       (step function). With no positives, recall is 1 at every threshold and AP is 0.</li>
 *   <li>{@link #calibration}: uniform bins with edges {@code i/nBins}; a probability equal to an inner edge
 *       falls into the lower bin ({@code searchsorted(side='left')}).</li>
 *   <li>{@link #gain}: cumulative gain and lift per distinct threshold (not in scikit-learn; checked against
 *       an independent NumPy implementation).</li>
 * </ul>
 * Non-finite scores are rejected. Cost: O(n log n) for the sort.
 *
 * <pre>{@code
 * int[] y = {0, 0, 1, 1};
 * double[] s = {0.1, 0.4, 0.35, 0.8};
 * double auc = Curves.rocAuc(y, s);   // 0.75
 * }</pre>
 */
public final class Curves {
  private Curves() {}

  /** Counts at each distinct threshold (descending). */
  private record Counts(double[] fps, double[] tps, double[] thresholds) {}

  private static Counts binaryCounts(int[] yTrue, double[] score) {
    Args.pair(yTrue, "yTrue01", score, "score");
    Args.binary(yTrue, "yTrue01");
    int n = yTrue.length;
    int nPos = 0;
    for (int v : yTrue) {
      nPos += v;
    }
    double[] pos = new double[nPos];
    double[] neg = new double[n - nPos];
    int ip = 0;
    int in = 0;
    for (int i = 0; i < n; i++) {
      if (yTrue[i] == 1) {
        pos[ip++] = score[i];
      } else {
        neg[in++] = score[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    // Walk both ascending arrays from the top: one point per distinct score (ties share a threshold).
    double[] fps = new double[n];
    double[] tps = new double[n];
    double[] thr = new double[n];
    int m = 0;
    ip = nPos - 1;
    in = neg.length - 1;
    long tp = 0;
    long fp = 0;
    while (ip >= 0 || in >= 0) {
      double t;
      if (ip < 0) {
        t = neg[in];
      } else if (in < 0) {
        t = pos[ip];
      } else {
        t = Math.max(pos[ip], neg[in]);
      }
      while (ip >= 0 && pos[ip] == t) {
        tp++;
        ip--;
      }
      while (in >= 0 && neg[in] == t) {
        fp++;
        in--;
      }
      tps[m] = tp;
      fps[m] = fp;
      thr[m] = t;
      m++;
    }
    return new Counts(Arrays.copyOf(fps, m), Arrays.copyOf(tps, m), Arrays.copyOf(thr, m));
  }

  /** ROC curve with scikit-learn's default {@code drop_intermediate=True}. */
  public static RocCurve roc(int[] yTrue01, double[] score) {
    return roc(yTrue01, score, true);
  }

  /**
   * ROC curve. With {@code dropIntermediate}, points where neither FP nor TP count changes slope (second
   * difference 0 in both) are removed, keeping the first and last points.
   */
  public static RocCurve roc(int[] yTrue01, double[] score, boolean dropIntermediate) {
    Counts c = binaryCounts(yTrue01, score);
    double[] fps = c.fps;
    double[] tps = c.tps;
    double[] thr = c.thresholds;
    int m = fps.length;
    if (dropIntermediate && m > 2) {
      int kept = 0;
      double[] f2 = new double[m];
      double[] t2 = new double[m];
      double[] h2 = new double[m];
      for (int i = 0; i < m; i++) {
        boolean keep = i == 0 || i == m - 1
            || (fps[i + 1] - 2 * fps[i] + fps[i - 1]) != 0
            || (tps[i + 1] - 2 * tps[i] + tps[i - 1]) != 0;
        if (keep) {
          f2[kept] = fps[i];
          t2[kept] = tps[i];
          h2[kept] = thr[i];
          kept++;
        }
      }
      fps = Arrays.copyOf(f2, kept);
      tps = Arrays.copyOf(t2, kept);
      thr = Arrays.copyOf(h2, kept);
      m = kept;
    }
    double[] fpr = new double[m + 1];
    double[] tpr = new double[m + 1];
    double[] th = new double[m + 1];
    th[0] = thr[0] + 1;
    double fLast = fps[m - 1];
    double tLast = tps[m - 1];
    fpr[0] = fLast <= 0 ? Double.NaN : 0.0;
    tpr[0] = tLast <= 0 ? Double.NaN : 0.0;
    for (int i = 0; i < m; i++) {
      fpr[i + 1] = fLast <= 0 ? Double.NaN : fps[i] / fLast;
      tpr[i + 1] = tLast <= 0 ? Double.NaN : tps[i] / tLast;
      th[i + 1] = thr[i];
    }
    return new RocCurve(fpr, tpr, th);
  }

  /** Area under the ROC curve; both classes must be present in {@code yTrue01}. */
  public static double rocAuc(int[] yTrue01, double[] score) {
    Args.pair(yTrue01, "yTrue01", score, "score");
    Args.binary(yTrue01, "yTrue01");
    long pos = 0;
    for (int v : yTrue01) {
      pos += v;
    }
    if (pos == 0 || pos == yTrue01.length) {
      throw new IllegalArgumentException("yTrue01 contains only class " + (pos == 0 ? 0 : 1)
          + "; ROC AUC is not defined with one class present (score a sample holding both classes)");
    }
    return roc(yTrue01, score, true).auc();
  }

  /**
   * Macro-averaged one-vs-rest ROC AUC for {@code nClasses = proba[0].length} classes; every class must occur
   * in {@code yTrue} and each row of {@code proba} must sum to 1.
   */
  public static double rocAucOvr(int[] yTrue, double[][] proba) {
    Args.notNull(yTrue, "yTrue");
    Args.notNull(proba, "proba");
    Args.nonEmpty(yTrue.length, "yTrue");
    Args.sameLength(yTrue.length, "yTrue", proba.length, "proba");
    int k = proba[0].length;
    if (k < 2) {
      throw new IllegalArgumentException("proba must have at least 2 columns (one per class), got " + k);
    }
    Args.codes(yTrue, k, "yTrue");
    int n = yTrue.length;
    for (int i = 0; i < n; i++) {
      if (proba[i].length != k) {
        throw new IllegalArgumentException("proba[" + i + "] has " + proba[i].length + " columns but proba[0] has "
            + k + "; every row needs one probability per class");
      }
      double s = 0;
      for (int c = 0; c < k; c++) {
        double v = proba[i][c];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("proba[" + i + "][" + c + "] is " + v + "; probabilities must be finite");
        }
        s += v;
      }
      if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
        throw new IllegalArgumentException("proba[" + i + "] sums to " + s
            + "; one-vs-rest ROC AUC needs probabilities that sum to 1 over classes");
      }
    }
    int[] counts = new int[k];
    for (int v : yTrue) {
      counts[v]++;
    }
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        throw new IllegalArgumentException("class " + c + " does not occur in yTrue; one-vs-rest ROC AUC needs "
            + "every one of the " + k + " classes present (use a stratified split)");
      }
    }
    int[] y01 = new int[n];
    double[] col = new double[n];
    double sum = 0;
    for (int c = 0; c < k; c++) {
      for (int i = 0; i < n; i++) {
        y01[i] = yTrue[i] == c ? 1 : 0;
        col[i] = proba[i][c];
      }
      sum += rocAuc(y01, col);
    }
    return sum / k;
  }

  /** Precision-recall curve (scikit-learn 1.2.1 layout, see {@link PrCurve}). */
  public static PrCurve precisionRecall(int[] yTrue01, double[] score) {
    Counts c = binaryCounts(yTrue01, score);
    int m = c.fps.length;
    double tLast = c.tps[m - 1];
    double[] precision = new double[m + 1];
    double[] recall = new double[m + 1];
    double[] thr = new double[m];
    for (int i = 0; i < m; i++) {
      int j = m - 1 - i;
      double ps = c.tps[j] + c.fps[j];
      precision[i] = ps != 0 ? c.tps[j] / ps : 0.0;
      recall[i] = tLast == 0 ? 1.0 : c.tps[j] / tLast;
      thr[i] = c.thresholds[j];
    }
    precision[m] = 1.0;
    recall[m] = 0.0;
    return new PrCurve(precision, recall, thr);
  }

  /** Average precision (area under the step PR curve). */
  public static double averagePrecision(int[] yTrue01, double[] score) {
    return precisionRecall(yTrue01, score).averagePrecision();
  }

  /**
   * Calibration (reliability) curve with {@code nBins} uniform bins on [0, 1]; probabilities must lie in
   * [0, 1].
   */
  public static CalibrationCurve calibration(int[] yTrue01, double[] prob, int nBins) {
    Args.pair(yTrue01, "yTrue01", prob, "prob");
    Args.binary(yTrue01, "yTrue01");
    if (nBins < 1) {
      throw new IllegalArgumentException("nBins must be >= 1, got " + nBins);
    }
    for (int i = 0; i < prob.length; i++) {
      if (prob[i] < 0 || prob[i] > 1) {
        throw new IllegalArgumentException("prob[" + i + "] = " + prob[i]
            + " is outside [0, 1]; pass probabilities (e.g. predictProba of the positive class)");
      }
    }
    double step = 1.0 / nBins;
    double[] inner = new double[nBins - 1];
    for (int b = 1; b < nBins; b++) {
      inner[b - 1] = b * step;
    }
    double[] sumP = new double[nBins];
    double[] sumT = new double[nBins];
    long[] cnt = new long[nBins];
    for (int i = 0; i < prob.length; i++) {
      int b = lowerBound(inner, prob[i]);
      sumP[b] += prob[i];
      sumT[b] += yTrue01[i];
      cnt[b]++;
    }
    int m = 0;
    for (long c : cnt) {
      if (c > 0) {
        m++;
      }
    }
    double[] pt = new double[m];
    double[] pp = new double[m];
    long[] cc = new long[m];
    int[] bins = new int[m];
    int j = 0;
    for (int b = 0; b < nBins; b++) {
      if (cnt[b] > 0) {
        pt[j] = sumT[b] / cnt[b];
        pp[j] = sumP[b] / cnt[b];
        cc[j] = cnt[b];
        bins[j] = b;
        j++;
      }
    }
    return new CalibrationCurve(pt, pp, cc, bins);
  }

  /** Number of entries of sorted {@code a} strictly below {@code v}. */
  private static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Cumulative gain and lift curve (see {@link GainCurve}); {@code yTrue01} must contain at least one
   * positive.
   */
  public static GainCurve gain(int[] yTrue01, double[] score) {
    Counts c = binaryCounts(yTrue01, score);
    int m = c.fps.length;
    double pos = c.tps[m - 1];
    if (pos == 0) {
      throw new IllegalArgumentException("yTrue01 has no positive sample; the gain curve is not defined");
    }
    double n = c.tps[m - 1] + c.fps[m - 1];
    double[] frac = new double[m];
    double[] gain = new double[m];
    double[] lift = new double[m];
    for (int i = 0; i < m; i++) {
      double targeted = c.tps[i] + c.fps[i];
      frac[i] = targeted / n;
      gain[i] = c.tps[i] / pos;
      lift[i] = (c.tps[i] / targeted) / (pos / n);
    }
    return new GainCurve(frac, gain, lift, c.thresholds.clone());
  }

  /** Trapezoidal area under {@code y(x)}; {@code x} monotone (decreasing x gives a positive area too). */
  static double trapezoid(double[] x, double[] y) {
    double s = 0;
    boolean decreasing = false;
    for (int i = 1; i < x.length; i++) {
      if (x[i] < x[i - 1]) {
        decreasing = true;
      }
      s += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
    }
    return decreasing ? -s : s;
  }
}
