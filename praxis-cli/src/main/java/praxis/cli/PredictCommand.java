package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.Model;
import praxis.api.OutlierDetector;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.api.Transformer;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.io.csv.CsvWriter;
import praxis.pipeline.PipelineModel;

/**
 * {@code praxis predict MODEL DATA [-o predictions.csv]}: predictions of a saved model for every row:
 * a {@code prediction} column (class label or value) and, for probabilistic classifiers, one
 * {@code proba_<class>} column per class; for models saved by {@code cluster}, {@code outliers} and
 * {@code embed}, the cluster, the outlier flag and scores, or the transformed columns. Columns of DATA the
 * model does not use (such as the label) are ignored. Without {@code -o} the CSV goes to standard output; with it, the file is written atomically.
 *
 * <pre>{@code
 * praxis predict iris.praxis new-flowers.csv -o predictions.csv
 * }</pre>
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = "Predict with a saved model; writes a CSV of predictions (and class probabilities).")
public final class PredictCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A model file from 'praxis train'.")
  Path modelFile;

  @Parameters(index = "1", paramLabel = "DATA", description = "CSV file or builtin:NAME.")
  String data;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output CSV (default: standard output).")
  Path output;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    Model model = Commands.loadModel(modelFile);
    Frame all = Data.load(data, model.inputSchema()).frame();
    Frame x = Commands.inputs(model, all, data);
    Frame out = predictions(model, x);
    if (output != null) {
      CsvWriter.write(out, output);
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "wrote %d predictions to %s%n", out.rowCount(), output);
      err.flush();
    } else {
      PrintWriter o = spec.commandLine().getOut();
      CsvWriter.builder().build().write(out, o);
      o.flush();
    }
    return Main.OK;
  }

  /** The outlier detector of a model file (itself or a pipeline's final model), or null. */
  private static OutlierDetector outlierDetector(Model model) {
    Model m = model instanceof PipelineModel p ? p.finalModel() : model;
    return m instanceof OutlierDetector d ? d : null;
  }

  /**
   * The output columns for {@code x}: a classifier's {@code prediction} (and {@code proba_<class>}), a
   * regressor's {@code prediction}, an outlier detector's {@code outlier} (1 = outlier), {@code score} and
   * {@code decision} (as {@code praxis outliers --out} writes them), a clusterer's {@code cluster}, or a
   * transformer's output columns (as {@code praxis embed --out} writes them).
   */
  static Frame predictions(Model model, Frame x) {
    List<Column> cols = new ArrayList<>();
    if (model instanceof Classifier c) {
      List<String> classes = c.classes();
      cols.add(CategoricalColumn.wrap("prediction", c.predict(x), classes, false));
      if (model instanceof ProbabilisticClassifier pc) {
        double[][] p = pc.predictProba(x);
        for (int k = 0; k < classes.size(); k++) {
          cols.add(DoubleColumn.wrap("proba_" + classes.get(k), Evaluation.column(p, k)));
        }
      }
    } else if (model instanceof Regressor r) {
      cols.add(DoubleColumn.wrap("prediction", r.predict(x)));
    } else if (outlierDetector(model) != null) {
      OutlierDetector d = outlierDetector(model);
      Frame in = model instanceof PipelineModel p ? p.transformBeforeFinal(x) : x;
      double[] score = d.scoreSamples(in);
      double[] decision = d.decisionFunction(in);
      double[] flag = new double[score.length];
      for (int i = 0; i < flag.length; i++) {
        flag[i] = decision[i] < 0 ? 1 : 0;
      }
      cols.add(DoubleColumn.wrap("outlier", flag));
      cols.add(DoubleColumn.wrap("score", score));
      cols.add(DoubleColumn.wrap("decision", decision));
    } else if (model instanceof Clusterer c) {
      int[] k = c.predict(x);
      double[] d = new double[k.length];
      for (int i = 0; i < k.length; i++) {
        d[i] = k[i];
      }
      cols.add(DoubleColumn.wrap("cluster", d));
    } else if (model instanceof Transformer t) {
      cols.addAll(t.transform(x).columns());
    } else {
      throw new CliFailure("the model in the file (" + model.getClass().getSimpleName()
          + ") neither predicts nor transforms");
    }
    return Frame.of(cols);
  }
}
