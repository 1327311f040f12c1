package praxis.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Ready-made {@link Scorer}s, named like scikit-learn's scoring strings; losses are negated so that higher is
 * always better.
 *
 * <p>Classifier scorers align classes by label string: the target's labels ({@code y.classList()}) are
 * mapped onto the model's {@code classes()}; labels the model does not know get extra codes (they can only
 * count as errors). {@code f1_macro}/{@code f1_weighted} average over the labels present in the truth or the
 * predictions (scikit-learn's default {@code labels=None}); {@code balanced_accuracy} over labels present in
 * the truth. {@code roc_auc} needs a {@link ProbabilisticClassifier}: with two model classes it scores
 * {@code predictProba} column 1 (the second class in sorted order is positive), with more it is the macro
 * one-vs-rest AUC (every model class must occur in {@code y}). {@code neg_log_loss} uses the model's classes
 * as the label set (scikit-learn's {@code log_loss(..., labels=model.classes_)}); a label unknown to the model
 * is rejected. Clusterer scorers: {@code silhouette} (Euclidean on the numeric frame, O(n²)) and
 * {@code adjusted_rand} (against class labels).
 *
 * <pre>{@code
 * Scorer s = Scorers.byName("f1_macro");
 * double score = s.score(model, xTest, yTest);
 * Scorer d = Scorers.defaultFor(model);       // accuracy, r2 or silhouette
 * }</pre>
 */
public final class Scorers {
  private Scorers() {}

  private interface Fn {
    double score(Model model, Frame x, Target y);
  }

  private record Named(String name, Fn fn) implements Scorer {
    @Override
    public double score(Model model, Frame x, Target y) {
      Args.notNull(model, "model");
      Args.notNull(x, "x");
      Args.notNull(y, "y");
      if (x.rowCount() != y.size()) {
        throw new IllegalArgumentException("scorer '" + name + "': x has " + x.rowCount() + " rows but y has "
            + y.size() + "; pass the target of the same rows");
      }
      if (y.size() == 0) {
        throw new IllegalArgumentException("scorer '" + name + "': y is empty; at least 1 row is required");
      }
      return fn.score(model, x, y);
    }

    @Override
    public String toString() {
      return "Scorer[" + name + "]";
    }
  }

  /** Fraction of correct predictions. */
  public static final Scorer ACCURACY = new Named("accuracy", (m, x, y) -> {
    Aligned a = align(m, x, y, "accuracy");
    return ClassificationMetrics.accuracy(a.yTrue, a.yPred);
  });

  /** Mean recall over the classes present in {@code y}. */
  public static final Scorer BALANCED_ACCURACY = new Named("balanced_accuracy", (m, x, y) -> {
    Aligned a = align(m, x, y, "balanced_accuracy");
    return ClassificationMetrics.balancedAccuracy(a.yTrue, a.yPred);
  });

  /** Macro F1 over the labels present in {@code y} or the predictions. */
  public static final Scorer F1_MACRO = new Named("f1_macro", (m, x, y) -> presentF1(m, x, y, "f1_macro",
      Average.MACRO));

  /** Support-weighted F1 over the labels present in {@code y} or the predictions. */
  public static final Scorer F1_WEIGHTED = new Named("f1_weighted", (m, x, y) -> presentF1(m, x, y,
      "f1_weighted", Average.WEIGHTED));

  /** ROC AUC (binary: positive = second model class; multiclass: macro one-vs-rest). */
  public static final Scorer ROC_AUC = new Named("roc_auc", Scorers::rocAuc);

  /** Negated log loss. */
  public static final Scorer NEG_LOG_LOSS = new Named("neg_log_loss", Scorers::negLogLoss);

  /** Coefficient of determination. */
  public static final Scorer R2 = new Named("r2", (m, x, y) -> {
    double[] yt = values(y, "r2");
    return RegressionMetrics.r2(yt, regressor(m, "r2").predict(x));
  });

  /** Negated root mean squared error. */
  public static final Scorer NEG_RMSE = new Named("neg_rmse", (m, x, y) -> {
    double[] yt = values(y, "neg_rmse");
    return -RegressionMetrics.rmse(yt, regressor(m, "neg_rmse").predict(x));
  });

  /** Negated mean absolute error. */
  public static final Scorer NEG_MAE = new Named("neg_mae", (m, x, y) -> {
    double[] yt = values(y, "neg_mae");
    return -RegressionMetrics.mae(yt, regressor(m, "neg_mae").predict(x));
  });

  /** Negated mean squared error. */
  public static final Scorer NEG_MSE = new Named("neg_mse", (m, x, y) -> {
    double[] yt = values(y, "neg_mse");
    return -RegressionMetrics.mse(yt, regressor(m, "neg_mse").predict(x));
  });

  /** Mean silhouette of a clusterer's assignment of {@code x} (Euclidean on the numeric columns). */
  public static final Scorer SILHOUETTE = new Named("silhouette", (m, x, y) -> {
    Clusterer c = clusterer(m, "silhouette");
    x.requireNumeric("scorer 'silhouette'");
    int[] labels = c.predict(x);
    return ClusteringMetrics.silhouette(x.toRowArrays(), labels);
  });

  /** Adjusted Rand index between a clusterer's assignment and the class labels of {@code y}. */
  public static final Scorer ADJUSTED_RAND = new Named("adjusted_rand", (m, x, y) -> {
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException("scorer 'adjusted_rand' needs a target holding class labels but y holds "
          + y.kind().name().toLowerCase(Locale.ROOT) + "; use 'silhouette' to score a clustering without labels");
    }
    return ClusteringMetrics.adjustedRand(y.codes(), clusterer(m, "adjusted_rand").predict(x));
  });

  private static final Map<String, Scorer> BY_NAME = new HashMap<>();

  static {
    for (Scorer s : List.of(ACCURACY, BALANCED_ACCURACY, F1_MACRO, F1_WEIGHTED, ROC_AUC, NEG_LOG_LOSS, R2,
        NEG_RMSE, NEG_MAE, NEG_MSE, SILHOUETTE, ADJUSTED_RAND)) {
      BY_NAME.put(s.name(), s);
    }
  }

  /** All scorer names, sorted. */
  public static List<String> names() {
    List<String> n = new ArrayList<>(BY_NAME.keySet());
    n.sort(null);
    return n;
  }

  /** The scorer with scikit-learn-style name {@code name} (e.g. "accuracy", "neg_rmse"). */
  public static Scorer byName(String name) {
    Args.notNull(name, "name");
    Scorer s = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
    if (s == null) {
      throw new IllegalArgumentException("unknown scorer name '" + name + "'; known names: " + names());
    }
    return s;
  }

  /** Accuracy for classifiers, R² for regressors, silhouette for clusterers. */
  public static Scorer defaultFor(Model model) {
    Args.notNull(model, "model");
    if (model instanceof Classifier) {
      return ACCURACY;
    }
    if (model instanceof Regressor) {
      return R2;
    }
    if (model instanceof Clusterer) {
      return SILHOUETTE;
    }
    throw new IllegalArgumentException("no default scorer for " + model.getClass().getSimpleName()
        + ": it is neither a Classifier, a Regressor nor a Clusterer; pick a scorer explicitly");
  }

  /** True and predicted codes in a shared label space: model classes first, then unknown target labels. */
  private record Aligned(int[] yTrue, int[] yPred, int nClasses, int modelClasses) {}

  private static Classifier classifier(Model m, String who) {
    if (!(m instanceof Classifier c)) {
      throw new IllegalArgumentException("scorer '" + who + "' needs a Classifier but got "
          + m.getClass().getSimpleName() + "; use a regression scorer such as 'r2' for regressors");
    }
    return c;
  }

  private static Regressor regressor(Model m, String who) {
    if (!(m instanceof Regressor r)) {
      throw new IllegalArgumentException("scorer '" + who + "' needs a Regressor but got "
          + m.getClass().getSimpleName() + "; use a classification scorer such as 'accuracy' for classifiers");
    }
    return r;
  }

  private static Clusterer clusterer(Model m, String who) {
    if (!(m instanceof Clusterer c)) {
      throw new IllegalArgumentException("scorer '" + who + "' needs a Clusterer but got "
          + m.getClass().getSimpleName());
    }
    return c;
  }

  private static double[] values(Target y, String who) {
    if (y.kind() != Target.Kind.VALUES) {
      throw new IllegalArgumentException("scorer '" + who + "' needs a numeric target but y holds "
          + y.kind().name().toLowerCase(Locale.ROOT) + "; use a classification scorer such as 'accuracy'");
    }
    return y.values();
  }

  private static int[] targetToModelCodes(List<String> modelClasses, Target y, String who, boolean strict) {
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException("scorer '" + who + "' needs a target holding class labels but y holds "
          + y.kind().name().toLowerCase(Locale.ROOT) + "; use a regression scorer such as 'r2'");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < modelClasses.size(); c++) {
      index.put(modelClasses.get(c), c);
    }
    List<String> yClasses = y.classList();
    int[] map = new int[yClasses.size()];
    int extra = modelClasses.size();
    for (int c = 0; c < yClasses.size(); c++) {
      Integer k = index.get(yClasses.get(c));
      if (k == null) {
        if (strict) {
          throw new IllegalArgumentException("scorer '" + who + "': y holds label '" + yClasses.get(c)
              + "' that the model was not fitted on (model classes: " + modelClasses
              + "); score on data whose labels the model knows");
        }
        k = extra++;
      }
      map[c] = k;
    }
    int[] codes = y.codes();
    for (int i = 0; i < codes.length; i++) {
      codes[i] = map[codes[i]];
    }
    return codes;
  }

  private static Aligned align(Model m, Frame x, Target y, String who) {
    Classifier c = classifier(m, who);
    List<String> classes = c.classes();
    int[] yTrue = targetToModelCodes(classes, y, who, false);
    int[] yPred = c.predict(x);
    if (yPred.length != yTrue.length) {
      throw new IllegalStateException("scorer '" + who + "': the model returned " + yPred.length
          + " predictions for " + yTrue.length + " rows");
    }
    int k = classes.size();
    for (int v : yTrue) {
      k = Math.max(k, v + 1);
    }
    for (int i = 0; i < yPred.length; i++) {
      if (yPred[i] < 0 || yPred[i] >= classes.size()) {
        throw new IllegalStateException("scorer '" + who + "': the model predicted class code " + yPred[i]
            + " at row " + i + " outside its " + classes.size() + " classes");
      }
    }
    return new Aligned(yTrue, yPred, k, classes.size());
  }

  private static double presentF1(Model m, Frame x, Target y, String who, Average avg) {
    Aligned a = align(m, x, y, who);
    int[] compact = new int[a.nClasses];
    java.util.Arrays.fill(compact, -1);
    for (int v : a.yTrue) {
      compact[v] = 0;
    }
    for (int v : a.yPred) {
      compact[v] = 0;
    }
    int k = 0;
    for (int c = 0; c < compact.length; c++) {
      if (compact[c] == 0) {
        compact[c] = k++;
      }
    }
    int n = a.yTrue.length;
    int[] t = new int[n];
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = compact[a.yTrue[i]];
      p[i] = compact[a.yPred[i]];
    }
    return ClassificationMetrics.f1(t, p, k, avg);
  }

  private static ProbabilisticClassifier probabilistic(Model m, String who) {
    if (!(m instanceof ProbabilisticClassifier p)) {
      throw new IllegalArgumentException("scorer '" + who + "' needs class probabilities but "
          + m.getClass().getSimpleName() + " is not a ProbabilisticClassifier; use 'accuracy' or 'f1_macro', or a "
          + "model that implements predictProba");
    }
    return p;
  }

  private static double[][] proba(ProbabilisticClassifier p, Frame x, int rows, String who) {
    double[][] pr = p.predictProba(x);
    int k = p.classes().size();
    if (pr.length != rows) {
      throw new IllegalStateException("scorer '" + who + "': predictProba returned " + pr.length + " rows for "
          + rows);
    }
    for (int i = 0; i < pr.length; i++) {
      if (pr[i].length != k) {
        throw new IllegalStateException("scorer '" + who + "': predictProba row " + i + " has " + pr[i].length
            + " columns but the model has " + k + " classes");
      }
    }
    return pr;
  }

  private static double rocAuc(Model m, Frame x, Target y) {
    ProbabilisticClassifier p = probabilistic(m, "roc_auc");
    List<String> classes = p.classes();
    int[] yTrue = targetToModelCodes(classes, y, "roc_auc", true);
    double[][] pr = proba(p, x, yTrue.length, "roc_auc");
    if (classes.size() == 2) {
      double[] s = new double[pr.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = pr[i][1];
      }
      return Curves.rocAuc(yTrue, s);
    }
    return Curves.rocAucOvr(yTrue, pr);
  }

  private static double negLogLoss(Model m, Frame x, Target y) {
    ProbabilisticClassifier p = probabilistic(m, "neg_log_loss");
    int[] yTrue = targetToModelCodes(p.classes(), y, "neg_log_loss", true);
    double[][] pr = proba(p, x, yTrue.length, "neg_log_loss");
    return -ClassificationMetrics.logLoss(yTrue, pr);
  }
}
