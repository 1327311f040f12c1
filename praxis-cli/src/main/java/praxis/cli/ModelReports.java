package praxis.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import praxis.api.Model;
import praxis.boost.HistGradientBoostingClassifierModel;
import praxis.boost.HistGradientBoostingRegressorModel;
import praxis.boost.ImportanceType;
import praxis.nn.History;
import praxis.nn.Layer;
import praxis.nn.MLPClassifierModel;
import praxis.nn.MLPRegressorModel;
import praxis.nn.Network;
import praxis.pipeline.PipelineModel;
import praxis.report.BarChart;
import praxis.report.HtmlReport;
import praxis.report.LineChart;
import praxis.report.Series;
import praxis.report.TreeDiagram;
import praxis.trees.DecisionTreeClassifierModel;
import praxis.trees.DecisionTreeRegressorModel;
import praxis.trees.forest.ForestClassifierModel;
import praxis.trees.forest.ForestRegressorModel;

/**
 * Report sections that depend on the kind of fitted model: for decision trees a drawing of the tree (inline
 * SVG, depth capped at {@value #TREE_DEPTH}) and feature importances; for forests and histogram gradient
 * boosting feature importances (boosting also its loss per iteration); for MLPs the training history (loss
 * and metric per epoch, train and validation) and per-layer gradient norms. Other models add nothing.
 *
 * <pre>{@code
 * HtmlReport r = new HtmlReport("train");
 * ModelReports.details(r, fittedPipeline);
 * }</pre>
 */
public final class ModelReports {
  /** Deepest level drawn in tree diagrams (the root is depth 0). */
  public static final int TREE_DEPTH = 4;
  /** Most features shown in an importance chart. */
  public static final int TOP_FEATURES = 20;

  private ModelReports() {}

  /**
   * Adds a "Model details" section for models that have something to show; returns whether it added one.
   * A pipeline is looked through to its final model, whose input columns (after preprocessing) name the
   * features.
   */
  public static boolean details(HtmlReport r, Model fitted) {
    Model m = fitted instanceof PipelineModel pm ? pm.finalModel() : fitted;
    List<String> names = m.inputSchema().names();
    if (m instanceof DecisionTreeClassifierModel t) {
      r.section("Model details: decision tree");
      tree(r, t.toDot(), t.depth(), t.leafCount());
      importances(r, names, t.featureImportances(), "impurity decrease");
    } else if (m instanceof DecisionTreeRegressorModel t) {
      r.section("Model details: decision tree");
      tree(r, t.toDot(), t.depth(), t.leafCount());
      importances(r, names, t.featureImportances(), "impurity decrease");
    } else if (m instanceof ForestClassifierModel f) {
      r.section("Model details: forest");
      importances(r, names, f.featureImportances(), "mean impurity decrease");
    } else if (m instanceof ForestRegressorModel f) {
      r.section("Model details: forest");
      importances(r, names, f.featureImportances(), "mean impurity decrease");
    } else if (m instanceof HistGradientBoostingClassifierModel g) {
      r.section("Model details: gradient boosting");
      boosting(r, g.trainLoss(), g.validationLoss());
      importances(r, names, g.featureImportances(ImportanceType.GAIN), "gain");
    } else if (m instanceof HistGradientBoostingRegressorModel g) {
      r.section("Model details: gradient boosting");
      boosting(r, g.trainLoss(), g.validationLoss());
      importances(r, names, g.featureImportances(ImportanceType.GAIN), "gain");
    } else if (m instanceof MLPClassifierModel n) {
      r.section("Model details: neural network training");
      network(r, n.history().orElse(null), n.lossCurve(), n.network());
    } else if (m instanceof MLPRegressorModel n) {
      r.section("Model details: neural network training");
      network(r, n.history().orElse(null), n.lossCurve(), n.network());
    } else {
      return false;
    }
    return true;
  }

  private static void tree(HtmlReport r, String dot, int depth, int leaves) {
    r.paragraph(String.format(Locale.ROOT, "The fitted tree has depth %d and %d leaves. Each box shows the"
        + " split rule (rows that satisfy it go left, \"yes\"), the node impurity and the number of training rows;"
        + " leaves show the predicted class with its probability, or the predicted value.", depth, leaves));
    r.tree("Decision tree" + (depth > TREE_DEPTH ? " (first " + TREE_DEPTH + " levels)" : ""),
        TreeDiagram.fromDot(dot), TREE_DEPTH);
  }

  /** A bar chart of the largest importances (and a table of them when charts cannot be drawn). */
  static void importances(HtmlReport r, List<String> names, double[] imp, String kind) {
    Integer[] order = new Integer[imp.length];
    for (int j = 0; j < order.length; j++) {
      order[j] = j;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -imp[j]).thenComparingInt(j -> j));
    int k = Math.min(TOP_FEATURES, imp.length);
    List<String> cats = new ArrayList<>();
    double[] v = new double[k];
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      int j = order[i];
      String n = j < names.size() ? names.get(j) : "x" + j;
      cats.add(n);
      v[i] = imp[j];
      rows.add(List.of(i + 1, n, imp[j]));
    }
    String title = "Feature importance (" + kind + (imp.length > k ? ", top " + k + " of " + imp.length : "")
        + ")";
    if (HtmlReport.canDrawCharts()) {
      r.chart(BarChart.of(title, "importance", cats, v, null));
    } else {
      r.table(title, List.of("rank", "feature", "importance"), rows);
    }
  }

  private static void boosting(HtmlReport r, double[] train, double[] valid) {
    if (train.length == 0) {
      return;
    }
    List<Series> s = new ArrayList<>();
    s.add(new Series("training loss", epochs(train.length), train));
    if (valid.length > 0) {
      s.add(new Series("validation loss", epochs(valid.length), valid));
    }
    r.chart(LineChart.of("Loss per boosting iteration", "iteration", "loss", s));
  }

  /** Loss and metric per epoch, and per-layer gradient norms (log10) per epoch. */
  static void network(HtmlReport r, History h, double[] lossCurve, Network net) {
    if (h == null) {
      r.note("This model was read from a file, which keeps only the training loss per epoch; train with"
          + " `praxis train ... --report` to see validation curves and gradient norms.");
      r.chart(LineChart.of("Training loss per epoch", "epoch", "loss", new Series("training loss",
          epochs(lossCurve.length), lossCurve)));
      return;
    }
    int e = h.epochs();
    r.paragraph(String.format(Locale.ROOT, "Trained for %d epochs%s; the weights kept are those of epoch %d.",
        e, h.stoppedEarly() ? " (stopped early: no improvement)" : "", h.bestEpoch() + 1));
    List<Series> loss = new ArrayList<>();
    loss.add(new Series("training loss", epochs(e), h.trainLoss()));
    boolean val = finite(h.validationLoss());
    if (val) {
      loss.add(new Series("validation loss", epochs(e), h.validationLoss()));
    }
    r.chart(LineChart.of("Loss per epoch", "epoch", "loss", loss));
    if (!val) {
      r.note("No validation split: pass earlyStopping=true (validationFraction=0.1 by default) to also plot the"
          + " validation loss.");
    }
    if (finite(h.trainMetric())) {
      List<Series> metric = new ArrayList<>();
      metric.add(new Series("training", epochs(e), h.trainMetric()));
      if (finite(h.validationMetric())) {
        metric.add(new Series("validation", epochs(e), h.validationMetric()));
      }
      r.chart(LineChart.of("Metric per epoch", "epoch", "metric", metric));
    }
    double[][] g = h.gradientNorms();
    List<Layer> layers = net.layers();
    List<Series> norms = new ArrayList<>();
    List<List<?>> rows = new ArrayList<>();
    int layerCount = g.length == 0 ? 0 : g[0].length;
    for (int l = 0; l < layerCount; l++) {
      double[] v = h.gradientNorms(l);
      boolean all = true;
      for (double d : v) {
        all &= d > 0 && Double.isFinite(d);
      }
      if (!all) {
        continue; // parameter-free (activation, dropout) or frozen layer: norm 0
      }
      double[] lg = new double[e];
      for (int i = 0; i < e; i++) {
        lg[i] = Math.log10(v[i]);
      }
      String name = "layer " + l + (l < layers.size() ? " " + layers.get(l).getClass().getSimpleName() : "");
      norms.add(new Series(name, epochs(e), lg));
      rows.add(List.of(name, v[0], v[e - 1]));
    }
    if (!norms.isEmpty()) {
      r.chart(LineChart.of("Gradient norm per layer (log10 of the epoch's mean L2 norm)", "epoch",
          "log10 gradient norm", norms));
      r.table("Gradient norms per layer (vanishing gradients show as first layers orders of magnitude below the"
          + " last)", List.of("layer", "first epoch", "last epoch"), rows);
    }
  }

  private static double[] epochs(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i + 1;
    }
    return x;
  }

  private static boolean finite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return v.length > 0;
  }
}
