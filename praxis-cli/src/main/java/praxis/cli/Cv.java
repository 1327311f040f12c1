package praxis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.api.Task;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linear.SGDClassifierModel;
import praxis.metrics.Curves;
import praxis.metrics.Scorer;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.pipeline.PipelineModel;
import praxis.pipeline.Preprocessing;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.Fold;
import praxis.select.KFold;
import praxis.select.Splitter;
import praxis.select.StratifiedKFold;
import praxis.svm.SVCModel;

/**
 * Cross-validation as the CLI runs it: the reference protocol (stratified k-fold for classification, k-fold
 * for regression, shuffled with a seed; preprocessing fitted inside each training fold), the scorers per
 * task, per-model results and out-of-fold predictions for reports. Scores come from
 * {@link CrossValidation#run}, so they equal what the Java API gives for the same seed.
 *
 * <pre>{@code
 * Splitter s = Cv.splitter(Task.CLASSIFICATION, 5, 0);
 * List<Fold> folds = s.split(problem.x(), problem.y(), null);
 * Cv.Result r = Cv.run("knn_classifier", Cv.pipeline(new KNeighborsClassifier(), true), problem, folds,
 *     Cv.metrics(Task.CLASSIFICATION, 3), 1, false, progress);
 * }</pre>
 */
public final class Cv {
  private Cv() {}

  /**
   * A metric shown in tables: its name, the scorer it comes from and whether the scorer's value is negated
   * (scorers are "higher is better", so losses come as {@code neg_*}).
   *
   * @param name display name
   * @param scorer scorer name
   * @param negated whether the display value is minus the scorer's value
   */
  public record Metric(String name, String scorer, boolean negated) {
    /** Whether larger displayed values are better. */
    public boolean higherIsBetter() {
      return !negated;
    }
  }

  /**
   * Cross-validated results of one model.
   *
   * @param model registry name
   * @param scores display metric → per-fold values (display sign)
   * @param fitSeconds per-fold fit time
   * @param error why the model failed, or null
   */
  public record Result(String model, Map<String, double[]> scores, double[] fitSeconds, String error) {
    /** Mean of a metric over folds (NaN if the model failed or the metric does not apply). */
    public double mean(String metric) {
      double[] v = scores.get(metric);
      if (v == null || v.length == 0) {
        return Double.NaN;
      }
      double s = 0;
      for (double d : v) {
        s += d;
      }
      return s / v.length;
    }

    /** Standard deviation over folds (population, like numpy's default). */
    public double std(String metric) {
      double[] v = scores.get(metric);
      if (v == null || v.length == 0) {
        return Double.NaN;
      }
      double m = mean(metric);
      double s = 0;
      for (double d : v) {
        s += (d - m) * (d - m);
      }
      return Math.sqrt(s / v.length);
    }

    /** Mean fit seconds per fold. */
    public double meanFitSeconds() {
      if (fitSeconds == null || fitSeconds.length == 0) {
        return Double.NaN;
      }
      double s = 0;
      for (double d : fitSeconds) {
        s += d;
      }
      return s / fitSeconds.length;
    }
  }

  /** The metrics reported for a task; the first is the main one (leaderboard order). */
  public static List<Metric> metrics(Task task, int classes) {
    List<Metric> m = new ArrayList<>();
    if (task == Task.CLASSIFICATION) {
      m.add(new Metric("accuracy", "accuracy", false));
      m.add(new Metric("balanced_accuracy", "balanced_accuracy", false));
      m.add(new Metric("f1_macro", "f1_macro", false));
      if (classes == 2) {
        m.add(new Metric("roc_auc", "roc_auc", false));
      }
      m.add(new Metric("log_loss", "neg_log_loss", true));
    } else {
      m.add(new Metric("r2", "r2", false));
      m.add(new Metric("rmse", "neg_rmse", true));
      m.add(new Metric("mae", "neg_mae", true));
    }
    return m;
  }

  /**
   * The scorers for {@code metrics}. Scorers that need probabilities give NaN for models without them
   * instead of failing the whole run, except binary ROC-AUC, which falls back on the model's decision values
   * when it has them (as scikit-learn's {@code roc_auc} scorer uses {@code decision_function} when there is no
   * {@code predict_proba}; e.g. {@code svc} without probabilities): see {@link #decisionValues}.
   */
  public static List<Scorer> scorers(List<Metric> metrics) {
    List<Scorer> out = new ArrayList<>();
    for (Metric m : metrics) {
      Scorer s = Scorers.byName(m.scorer());
      boolean needsProba = m.scorer().equals("roc_auc") || m.scorer().equals("neg_log_loss");
      out.add(needsProba ? new ProbaScorer(s) : s);
    }
    return out;
  }

  /** Delegates to a probability-based scorer; NaN for models without class probabilities (see above). */
  private record ProbaScorer(Scorer inner) implements Scorer {
    @Override
    public double score(Model model, Frame x, Target y) {
      if (model instanceof ProbabilisticClassifier) {
        return inner.score(model, x, y);
      }
      if (inner.name().equals("roc_auc")) {
        double[] d = decisionValues(model, x);
        if (d != null) {
          List<String> classes = ((Classifier) model).classes();
          List<String> labels = y.classList();
          int[] codes = y.codes();
          int[] positive = new int[codes.length];
          for (int i = 0; i < codes.length; i++) {
            positive[i] = labels.get(codes[i]).equals(classes.get(1)) ? 1 : 0;
          }
          return Curves.rocAuc(positive, d);
        }
      }
      return Double.NaN;
    }

    @Override
    public String name() {
      return inner.name();
    }
  }

  /**
   * Binary decision values (larger means the second model class) of a two-class model without probabilities,
   * also behind a pipeline: {@link SVCModel#decisionFunction} and {@link SGDClassifierModel#decisionFunction};
   * null for any other model or more than two classes.
   */
  static double[] decisionValues(Model model, Frame x) {
    Model m = model;
    Frame in = x;
    if (model instanceof PipelineModel p) {
      m = p.finalModel();
      in = p.transformBeforeFinal(x);
    }
    if (!(m instanceof Classifier c) || c.classes().size() != 2) {
      return null;
    }
    double[][] d;
    if (m instanceof SVCModel svc) {
      d = svc.decisionFunction(in);
    } else if (m instanceof SGDClassifierModel sgd) {
      d = sgd.decisionFunction(in);
    } else {
      return null;
    }
    double[] out = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = d[i][0];
    }
    return out;
  }

  /** Stratified k-fold (classification) or k-fold (regression), shuffled with {@code seed}. */
  public static Splitter splitter(Task task, int folds, long seed) {
    if (folds < 2) {
      throw new UsageException("--folds must be at least 2, got " + folds);
    }
    return task == Task.CLASSIFICATION ? new StratifiedKFold(folds, true, seed) : new KFold(folds, true, seed);
  }

  /** The reference protocol's pipeline: {@code Preprocessing.standard(scaleSensitive)} then the model. */
  public static Estimator<?, ?> pipeline(Estimator<?, ?> model, boolean scaleSensitive) {
    return Pipeline.of(Preprocessing.standard(scaleSensitive), model);
  }

  /**
   * With {@code raw}, the model alone in a one-step pipeline (columns as read: missing cells and categorical
   * columns reach the model, for trees and boosting that handle them natively); otherwise
   * {@link #pipeline(Estimator, boolean)}.
   */
  public static Estimator<?, ?> pipeline(Estimator<?, ?> model, boolean scaleSensitive, boolean raw) {
    return raw ? Pipeline.of(model) : pipeline(model, scaleSensitive);
  }

  /** Help text of the {@code --raw} option of {@code train} and {@code cv}. */
  static final String RAW_HELP = "No preprocessing: the model gets the columns as read (missing cells and"
      + " categorical columns included). For models with native missing values and categorical splits: decision"
      + " trees, forests, extra trees, gradient boosting.";

  /**
   * Cross-validates {@code estimator} on {@code folds} with {@link CrossValidation#run}. With one thread each
   * fold is its own call, so {@code bar} advances per fold (the scores are the same either way: every fold is
   * fitted and scored independently); with more threads the folds of the model run in parallel in one call.
   *
   * @param catchFailures record a failure in the result instead of throwing it
   */
  public static Result run(String name, Estimator<?, ?> estimator, Data.Problem p, List<Fold> folds,
      List<Metric> metrics, int threads, boolean catchFailures, Progress bar) {
    List<Scorer> scorers = scorers(metrics);
    int k = folds.size();
    double[][] raw = new double[metrics.size()][k];
    double[] fit = new double[k];
    try {
      if (threads == 1) {
        for (int f = 0; f < k; f++) {
          CvResult r;
          try {
            r = CrossValidation.run(estimator, p.x(), p.y(), List.of(folds.get(f)), scorers, false, 1);
          } catch (IllegalArgumentException | IllegalStateException e) {
            Throwable c = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            throw new CliFailure(name + " failed on fold " + (f + 1) + " of " + k + ": " + c.getMessage());
          }
          for (int m = 0; m < metrics.size(); m++) {
            raw[m][f] = r.scores(metrics.get(m).scorer())[0];
          }
          fit[f] = r.fitSeconds()[0];
          bar.step(name + " fold " + (f + 1));
        }
      } else {
        CvResult r = CrossValidation.run(estimator, p.x(), p.y(), folds, scorers, false, threads);
        for (int m = 0; m < metrics.size(); m++) {
          raw[m] = r.scores(metrics.get(m).scorer()).clone();
        }
        fit = r.fitSeconds().clone();
        for (int f = 0; f < k; f++) {
          bar.step(name);
        }
      }
    } catch (RuntimeException e) {
      if (!catchFailures) {
        throw e;
      }
      for (long done = bar.done(); done % k != 0; done++) {
        bar.step(name + " failed");
      }
      return new Result(name, Map.of(), new double[0], Main.oneLine(String.valueOf(e.getMessage())));
    }
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      double[] v = raw[m];
      boolean allNaN = true;
      for (int f = 0; f < k; f++) {
        if (metrics.get(m).negated()) {
          v[f] = -v[f];
        }
        allNaN &= Double.isNaN(v[f]);
      }
      if (!allNaN) {
        scores.put(metrics.get(m).name(), v);
      }
    }
    return new Result(name, scores, fit, null);
  }

  /** Out-of-fold predictions of {@code estimator} over {@code splitter}'s folds, scored. */
  public static Object outOfFold(Estimator<?, ?> estimator, Data.Problem p, List<Fold> folds) {
    int n = p.x().rowCount();
    if (p.task() == Task.REGRESSION) {
      double[] pred = new double[n];
      for (Fold f : folds) {
        Model m = estimator.fit(p.x().rows(f.train()), p.y().rows(f.train()));
        double[] yp = ((Regressor) m).predict(p.x().rows(f.test()));
        for (int i = 0; i < f.test().length; i++) {
          pred[f.test()[i]] = yp[i];
        }
      }
      return Evaluation.regression(p.y().values(), pred);
    }
    List<String> labels = p.y().classList();
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < labels.size(); k++) {
      index.put(labels.get(k), k);
    }
    int[] pred = new int[n];
    double[][] proba = new double[n][labels.size()];
    boolean probabilistic = true;
    for (Fold f : folds) {
      Model m = estimator.fit(p.x().rows(f.train()), p.y().rows(f.train()));
      Frame test = p.x().rows(f.test());
      List<String> mc = ((Classifier) m).classes();
      int[] map = new int[mc.size()];
      for (int k = 0; k < mc.size(); k++) {
        map[k] = index.get(mc.get(k));
      }
      int[] yp = ((Classifier) m).predict(test);
      double[][] pp = m instanceof ProbabilisticClassifier pc ? pc.predictProba(test) : null;
      probabilistic &= pp != null;
      for (int i = 0; i < yp.length; i++) {
        int row = f.test()[i];
        pred[row] = map[yp[i]];
        if (pp != null) {
          for (int k = 0; k < map.length; k++) {
            proba[row][map[k]] = pp[i][k];
          }
        }
      }
    }
    return Evaluation.classification(labels, labels.size(), p.y().codes(), pred, probabilistic ? proba : null);
  }

  /** Prints per-fold scores and mean ± std of one model. */
  public static void printFolds(PrintWriter out, Result r, List<Metric> metrics) {
    out.printf(Locale.ROOT, "%-6s", "fold");
    for (Metric m : metrics) {
      if (r.scores().containsKey(m.name())) {
        out.printf(Locale.ROOT, " %18s", m.name());
      }
    }
    out.printf(Locale.ROOT, " %10s%n", "fit s");
    int k = r.fitSeconds().length;
    for (int f = 0; f < k; f++) {
      out.printf(Locale.ROOT, "%-6d", f + 1);
      for (Metric m : metrics) {
        double[] v = r.scores().get(m.name());
        if (v != null) {
          out.printf(Locale.ROOT, " %18.4f", v[f]);
        }
      }
      out.printf(Locale.ROOT, " %10.3f%n", r.fitSeconds()[f]);
    }
    out.printf(Locale.ROOT, "%-6s", "mean");
    for (Metric m : metrics) {
      if (r.scores().containsKey(m.name())) {
        out.printf(Locale.ROOT, " %18s", pm(r, m.name()));
      }
    }
    out.printf(Locale.ROOT, " %10.3f%n", r.meanFitSeconds());
  }

  /** "mean ± std" with four decimals. */
  public static String pm(Result r, String metric) {
    double m = r.mean(metric);
    if (Double.isNaN(m)) {
      return "\u2013";
    }
    return String.format(Locale.ROOT, "%.4f \u00b1 %.4f", m, r.std(metric));
  }

  /** A one-line description of the protocol, e.g. "5-fold stratified CV, shuffled, seed 0". */
  public static String protocol(Task task, int folds, long seed) {
    return folds + "-fold " + (task == Task.CLASSIFICATION ? "stratified " : "") + "CV, shuffled, seed " + seed;
  }
}
