package praxis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import praxis.api.EstimatorInfo;
import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelIO;

/**
 * Small helpers shared by the commands.
 *
 * <pre>{@code
 * Model m = Commands.loadModel(Path.of("model.praxis"));
 * }</pre>
 */
public final class Commands {
  private Commands() {}

  /** A usage error unless the model's task matches the data's. */
  public static void requireTask(EstimatorInfo info, Data.Problem p) {
    requireSupervised(info);
    if (info.task() == praxis.api.Task.CLASSIFICATION && p.task() == praxis.api.Task.REGRESSION) {
      throw new UsageException("model '" + info.name() + "' is for classification but target '" + p.y().name()
          + "' of " + p.source() + " is numeric, which means regression; if it holds class codes add "
          + "--task classification, else pick a regression model (see 'praxis models')");
    }
    if (info.task() != p.task()) {
      throw new UsageException("model '" + info.name() + "' is for " + info.task().name().toLowerCase(Locale.ROOT)
          + " but target '" + p.y().name() + "' of " + p.source() + " makes this "
          + p.task().name().toLowerCase(Locale.ROOT) + "; pick a " + p.task().name().toLowerCase(Locale.ROOT)
          + " model (see 'praxis models') or set --target/--task");
    }
  }

  /**
   * A usage error pointing to the right command unless the model is a classifier or regressor (clustering,
   * transform and outlier-detection models are fitted by {@code cluster}, {@code embed} and {@code outliers}).
   */
  public static void requireSupervised(EstimatorInfo info) {
    praxis.api.Task t = info.task();
    if (t != praxis.api.Task.CLASSIFICATION && t != praxis.api.Task.REGRESSION) {
      String cmd = Unsupervised.commandFor(t);
      throw new UsageException("model '" + info.name() + "' is a " + Unsupervised.taskName(t) + " model, which "
          + "train, cv and compare do not fit; use 'praxis " + cmd + " DATA --model " + info.name() + "'");
    }
  }

  /** Loads a model file; a missing file is reported as such before the format is looked at. */
  public static Model loadModel(Path path) {
    if (!Files.exists(path)) {
      throw new CliFailure("model file not found: " + path + " (create one with 'praxis train')");
    }
    if (Files.isDirectory(path)) {
      throw new CliFailure(path + " is a directory, not a model file");
    }
    return ModelIO.load(path);
  }

  /** The model's input columns of {@code frame}, in the model's order; the error lists missing ones. */
  public static Frame inputs(Model model, Frame frame, String source) {
    Schema s = model.inputSchema();
    StringBuilder missing = new StringBuilder();
    for (String n : s.names()) {
      if (!frame.schema().contains(n)) {
        missing.append(missing.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
      }
    }
    if (missing.length() > 0) {
      throw new CliFailure(source + " lacks column(s) " + missing + " that the model was trained on; it has "
          + frame.schema().names());
    }
    Frame x = frame.select(s.names());
    s.requireCompatible(x.schema(), source);
    return x;
  }
}
