package praxis.cli;

import picocli.CommandLine.Option;
import praxis.api.Task;

/**
 * Which column to predict and as what kind of problem.
 *
 * <pre>{@code
 * praxis cv data.csv --model knn_classifier --target species --task classification
 * }</pre>
 */
public final class TargetOptions {
  @Option(names = "--target", paramLabel = "NAME", description = "Target column (default: the last column).")
  String target;

  @Option(names = "--task", paramLabel = "TASK",
      description = "classification or regression (default: from the target column's type; numeric means "
          + "regression).")
  Task task;

  /** Loads the data and splits it into features and target. */
  Data.Problem problem(String data) {
    return Data.problem(Data.load(data), target, task);
  }
}
