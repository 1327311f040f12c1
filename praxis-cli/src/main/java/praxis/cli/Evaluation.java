package praxis.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Classifier;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.ClassificationMetrics;
import praxis.metrics.Average;
import praxis.metrics.Curves;
import praxis.metrics.RegressionMetrics;

/**
 * Predictions of a model on labelled data and the metrics computed from them, for {@code evaluate} and for
 * the out-of-fold predictions shown in {@code cv}/{@code compare} reports.
 *
 * <pre>{@code
 * Evaluation.Classification c = Evaluation.classify(model, x, y);
 * c.metrics().get("accuracy");
 * }</pre>
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * Classification results. Codes index {@code labels}; the first {@code probaClasses} labels are the
   * model's classes (the columns of {@code proba}); labels the model never saw are appended after them.
   *
   * @param labels class labels
   * @param yTrue true codes
   * @param yPred predicted codes
   * @param proba class probabilities (rows × model classes) or null
   * @param metrics metric name → value, in display order
   */
  public record Classification(List<String> labels, int[] yTrue, int[] yPred, double[][] proba,
      Map<String, Double> metrics) {
    /** Counts: rows = true, columns = predicted. */
    public long[][] confusion() {
      int k = labels.size();
      long[][] c = new long[k][k];
      for (int i = 0; i < yTrue.length; i++) {
        c[yTrue[i]][yPred[i]]++;
      }
      return c;
    }
  }

  /**
   * Regression results.
   *
   * @param yTrue true values
   * @param yPred predictions
   * @param metrics metric name → value
   */
  public record Regression(double[] yTrue, double[] yPred, Map<String, Double> metrics) {}

  /** Predicts {@code x} with {@code model} and scores against {@code y} (labels aligned by name). */
  public static Classification classify(Classifier model, Frame x, Target y) {
    y.requireKind(Target.Kind.CLASSES);
    List<String> labels = new ArrayList<>(model.classes());
    int modelClasses = labels.size();
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < labels.size(); k++) {
      index.put(labels.get(k), k);
    }
    int[] yTrue = new int[y.size()];
    List<String> yl = y.classList();
    for (int i = 0; i < yTrue.length; i++) {
      String l = yl.get(y.code(i));
      Integer k = index.get(l);
      if (k == null) {
        k = labels.size();
        labels.add(l);
        index.put(l, k);
      }
      yTrue[i] = k;
    }
    int[] yPred;
    double[][] proba = null;
    if (model instanceof ProbabilisticClassifier pc) {
      proba = pc.predictProba(x);
      yPred = model.predict(x);
    } else {
      yPred = model.predict(x);
    }
    return classification(labels, modelClasses, yTrue, yPred, proba);
  }

  /**
   * Metrics from codes: accuracy, balanced accuracy, macro precision/recall/F1, MCC, Cohen's kappa, and with
   * probabilities log loss and ROC-AUC (binary) or macro one-vs-rest ROC-AUC (multiclass); the probability
   * metrics are left out when the data holds labels the model never saw.
   */
  public static Classification classification(List<String> labels, int modelClasses, int[] yTrue, int[] yPred,
      double[][] proba) {
    int k = labels.size();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("accuracy", ClassificationMetrics.accuracy(yTrue, yPred));
    m.put("balanced_accuracy", ClassificationMetrics.balancedAccuracy(yTrue, yPred));
    m.put("precision_macro", ClassificationMetrics.precision(yTrue, yPred, k, Average.MACRO));
    m.put("recall_macro", ClassificationMetrics.recall(yTrue, yPred, k, Average.MACRO));
    m.put("f1_macro", ClassificationMetrics.f1(yTrue, yPred, k, Average.MACRO));
    m.put("mcc", ClassificationMetrics.matthews(yTrue, yPred));
    m.put("cohen_kappa", ClassificationMetrics.cohenKappa(yTrue, yPred));
    if (proba != null && k == modelClasses) {
      m.put("log_loss", ClassificationMetrics.logLoss(yTrue, proba));
      if (k == 2) {
        m.put("roc_auc", Curves.rocAuc(yTrue, column(proba, 1)));
      } else if (presentClasses(yTrue, k) == k) {
        m.put("roc_auc_ovr", Curves.rocAucOvr(yTrue, proba));
      }
    }
    return new Classification(List.copyOf(labels), yTrue, yPred, proba, m);
  }

  /** Predicts {@code x} with {@code model} and scores against {@code y}. */
  public static Regression regress(Regressor model, Frame x, Target y) {
    y.requireKind(Target.Kind.VALUES);
    return regression(y.values(), model.predict(x));
  }

  /** MAE, MSE, RMSE, R², MAPE and explained variance. */
  public static Regression regression(double[] yTrue, double[] yPred) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("mae", RegressionMetrics.mae(yTrue, yPred));
    m.put("mse", RegressionMetrics.mse(yTrue, yPred));
    m.put("rmse", RegressionMetrics.rmse(yTrue, yPred));
    m.put("r2", RegressionMetrics.r2(yTrue, yPred));
    m.put("mape", RegressionMetrics.mape(yTrue, yPred));
    m.put("explained_variance", RegressionMetrics.explainedVariance(yTrue, yPred));
    return new Regression(yTrue, yPred, m);
  }

  /** Column {@code j} of a row-major matrix. */
  static double[] column(double[][] a, int j) {
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i][j];
    }
    return c;
  }

  /** 1 where {@code codes[i] == k}, else 0. */
  static int[] oneVsRest(int[] codes, int k) {
    int[] o = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      o[i] = codes[i] == k ? 1 : 0;
    }
    return o;
  }

  private static int presentClasses(int[] y, int k) {
    boolean[] seen = new boolean[k];
    int n = 0;
    for (int v : y) {
      if (!seen[v]) {
        seen[v] = true;
        n++;
      }
    }
    return n;
  }
}
