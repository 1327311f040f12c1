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
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.io.csv.CsvWriter;

/**
 * {@code praxis predict MODEL DATA [-o predictions.csv]}: predictions of a saved model for every row:
 * a {@code prediction} column (class label or value) and, for probabilistic classifiers, one
 * {@code proba_<class>} column per class. Columns of DATA the model does not use (such as the label) are
 * ignored. Without {@code -o} the CSV goes to standard output; with it, the file is written atomically.
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

  /** The prediction columns for {@code x}. */
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
    } else if (model instanceof Clusterer c) {
      int[] k = c.predict(x);
      double[] d = new double[k.length];
      for (int i = 0; i < k.length; i++) {
        d[i] = k[i];
      }
      cols.add(DoubleColumn.wrap("cluster", d));
    } else {
      throw new CliFailure("the model in the file (" + model.getClass().getSimpleName()
          + ") does not predict; it is a " + "transformer");
    }
    return Frame.of(cols);
  }
}
