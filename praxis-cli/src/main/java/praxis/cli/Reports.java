package praxis.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import praxis.api.Task;
import praxis.data.ColumnType;
import praxis.data.FrameSummary;
import praxis.data.Target;
import praxis.metrics.Curves;
import praxis.report.HtmlReport;
import praxis.report.LineChart;
import praxis.report.Series;

/**
 * The report sections the commands share: data set summary, classification results (metrics, confusion
 * matrix, ROC, precision-recall and calibration curves) and regression results (metrics, predicted vs. true,
 * residuals).
 *
 * <pre>{@code
 * HtmlReport r = new HtmlReport("evaluate");
 * Reports.dataset(r, problem);
 * Reports.classification(r, "Test set", evaluation);
 * }</pre>
 */
public final class Reports {
  private static final int MAX_SUMMARY_COLUMNS = 60;
  private static final int MAX_CURVE_CLASSES = 10;

  private Reports() {}

  /** A "Data set" section: size, task, target (class counts) and a per-feature summary table. */
  public static void dataset(HtmlReport r, Data.Problem p) {
    r.section("Data set: " + p.source());
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("source", p.source());
    kv.put("rows", p.x().rowCount());
    kv.put("features", p.x().columnCount());
    kv.put("task", p.task().name().toLowerCase(Locale.ROOT));
    kv.put("target", p.y().name());
    Target y = p.y();
    if (y.kind() == Target.Kind.CLASSES) {
      int[] counts = y.classCounts();
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < counts.length; k++) {
        b.append(k == 0 ? "" : ", ").append(y.classList().get(k)).append(": ").append(counts[k]);
      }
      kv.put("classes", b.toString());
    } else {
      double[] v = y.values();
      double mean = 0;
      for (double d : v) {
        mean += d;
      }
      mean /= v.length;
      double ss = 0;
      for (double d : v) {
        ss += (d - mean) * (d - mean);
      }
      kv.put("target mean", mean);
      kv.put("target std", Math.sqrt(ss / Math.max(1, v.length - 1)));
    }
    r.keyValues("Summary", kv);
    FrameSummary s = p.x().describe();
    List<List<?>> rows = new ArrayList<>();
    for (FrameSummary.ColumnSummary c : s.columns()) {
      if (rows.size() == MAX_SUMMARY_COLUMNS) {
        break;
      }
      boolean num = c.type() == ColumnType.NUMERIC;
      rows.add(List.of(c.name(), c.type().name().toLowerCase(Locale.ROOT), c.missing(),
          num ? (Object) c.mean() : levels(c), num ? (Object) c.std() : "", num ? (Object) c.min() : "",
          num ? (Object) c.median() : "", num ? (Object) c.max() : ""));
    }
    String cap = s.columns().size() > MAX_SUMMARY_COLUMNS
        ? "Features (first " + MAX_SUMMARY_COLUMNS + " of " + s.columns().size() + ")" : "Features";
    r.table(cap, List.of("column", "type", "missing", "mean / levels", "std", "min", "median", "max"), rows);
  }

  private static String levels(FrameSummary.ColumnSummary c) {
    return c.levelCounts().isEmpty() ? "" : c.levelCounts().size() + " levels";
  }

  /** Metrics as a two-column table. */
  public static void metrics(HtmlReport r, String caption, Map<String, Double> metrics) {
    Map<String, Object> kv = new LinkedHashMap<>(metrics);
    r.keyValues(caption, kv);
  }

  /** Metrics, confusion matrix, and (with probabilities) ROC, precision-recall and calibration curves. */
  public static void classification(HtmlReport r, String what, Evaluation.Classification c) {
    metrics(r, "Metrics (" + what + ")", c.metrics());
    r.confusionMatrix("Confusion matrix (" + what + "; rows: true class, shaded by row share)", c.labels(),
        c.confusion());
    if (c.proba() == null) {
      r.note("The model gives no class probabilities, so there are no ROC or precision-recall curves.");
      return;
    }
    int modelClasses = c.proba()[0].length;
    List<Series> roc = new ArrayList<>();
    List<Series> pr = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    if (modelClasses == 2) {
      classes.add(1);
    } else {
      for (int k = 0; k < Math.min(modelClasses, MAX_CURVE_CLASSES); k++) {
        classes.add(k);
      }
    }
    for (int k : classes) {
      int[] y01 = Evaluation.oneVsRest(c.yTrue(), k);
      if (!hasBoth(y01)) {
        continue;
      }
      double[] score = Evaluation.column(c.proba(), k);
      String label = "'" + c.labels().get(k) + "'" + (modelClasses == 2 ? " positive" : " vs rest");
      var rc = Curves.roc(y01, score);
      roc.add(new Series(String.format(Locale.ROOT, "%s (AUC %.3f)", label, Curves.rocAuc(y01, score)),
          rc.fpr(), rc.tpr()));
      var pc = Curves.precisionRecall(y01, score);
      pr.add(new Series(String.format(Locale.ROOT, "%s (AP %.3f)", label, Curves.averagePrecision(y01, score)),
          pc.recall(), pc.precision()));
    }
    if (!roc.isEmpty()) {
      r.chart(LineChart.of("ROC curve (" + what + ")", "False positive rate", "True positive rate", roc)
          .withDiagonal());
      r.chart(LineChart.of("Precision-recall curve (" + what + ")", "Recall", "Precision", pr).inUnitSquare());
    }
    calibration(r, what, c, classes);
  }

  /**
   * The reliability curve: rows binned by predicted probability (10 equal-width bins), observed fraction of
   * the class against the bin's mean predicted probability; points on the diagonal mean calibrated
   * probabilities. Binary: the positive class. Multiclass: one curve per class (one-vs-rest, up to
   * {@value #MAX_CURVE_CLASSES} classes). Also a table with each curve's Brier score and expected calibration
   * error (bin-count weighted mean |observed - predicted|).
   */
  static void calibration(HtmlReport r, String what, Evaluation.Classification c, List<Integer> classes) {
    int modelClasses = c.proba()[0].length;
    List<Series> curves = new ArrayList<>();
    List<List<?>> rows = new ArrayList<>();
    for (int k : classes) {
      int[] y01 = Evaluation.oneVsRest(c.yTrue(), k);
      if (!hasBoth(y01)) {
        continue;
      }
      double[] prob = Evaluation.column(c.proba(), k);
      var cal = Curves.calibration(y01, prob, 10);
      String label = "'" + c.labels().get(k) + "'" + (modelClasses == 2 ? "" : " vs rest");
      curves.add(new Series(label, cal.probPred(), cal.probTrue()));
      double brier = 0;
      for (int i = 0; i < prob.length; i++) {
        brier += (prob[i] - y01[i]) * (prob[i] - y01[i]);
      }
      double ece = 0;
      long n = 0;
      for (int b = 0; b < cal.size(); b++) {
        ece += cal.counts()[b] * Math.abs(cal.probTrue()[b] - cal.probPred()[b]);
        n += cal.counts()[b];
      }
      rows.add(List.of(label, brier / prob.length, ece / Math.max(1, n), cal.size()));
    }
    if (curves.isEmpty()) {
      return;
    }
    String x = modelClasses == 2 ? "Mean predicted probability of '" + c.labels().get(1) + "'"
        : "Mean predicted probability (one class vs rest)";
    r.chart(LineChart.of("Calibration / reliability curve (" + what + ")", x, "Observed fraction", curves)
        .withDiagonal());
    r.table("Calibration (" + what + "; 10 equal-width probability bins)",
        List.of(modelClasses == 2 ? "positive class" : "class", "Brier score", "expected calibration error",
            "non-empty bins"), rows);
    r.note("Points below the diagonal mean the model is over-confident for that probability range, above it"
        + " under-confident; CalibratedClassifier (sigmoid or isotonic) corrects this.");
  }

  /** Metrics, predicted vs. true scatter, residuals vs. predicted. */
  public static void regression(HtmlReport r, String what, Evaluation.Regression g) {
    metrics(r, "Metrics (" + what + ")", g.metrics());
    double[] res = new double[g.yTrue().length];
    for (int i = 0; i < res.length; i++) {
      res[i] = g.yTrue()[i] - g.yPred()[i];
    }
    r.chart(LineChart.of("Predicted vs. true (" + what + ")", "True value", "Predicted value",
        new Series("rows", g.yTrue(), g.yPred())).asScatter().withIdentityLine());
    r.chart(LineChart.of("Residuals (" + what + ")", "Predicted value", "True - predicted",
        new Series("rows", g.yPred(), res)).asScatter());
  }

  /** The task's main section renderer. */
  public static void results(HtmlReport r, String what, Task task, Object evaluation) {
    if (task == Task.CLASSIFICATION) {
      classification(r, what, (Evaluation.Classification) evaluation);
    } else {
      regression(r, what, (Evaluation.Regression) evaluation);
    }
  }

  private static boolean hasBoth(int[] y01) {
    boolean zero = false;
    boolean one = false;
    for (int v : y01) {
      zero |= v == 0;
      one |= v == 1;
    }
    return zero && one;
  }
}
