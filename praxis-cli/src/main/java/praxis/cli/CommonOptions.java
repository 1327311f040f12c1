package praxis.cli;

import picocli.CommandLine.Option;

/**
 * Options shared by every command that fits or scores models.
 *
 * <pre>{@code
 * praxis cv data.csv --model knn_classifier --seed 1 --threads 2 --quiet
 * }</pre>
 */
public final class CommonOptions {
  @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
      description = "Random seed for shuffling folds and for row samples (cluster's silhouette beyond 10,000 rows, "
          + "report scatter plots) (default: ${DEFAULT-VALUE}); a model's own seed is a hyperparameter (seed=N).")
  long seed;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Worker threads (default: ${DEFAULT-VALUE}): folds in parallel for cv/compare, the model's "
          + "nThreads for train; results do not depend on it.")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  /** The validated thread count. */
  int threads() {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, got " + threads);
    }
    return threads;
  }
}
