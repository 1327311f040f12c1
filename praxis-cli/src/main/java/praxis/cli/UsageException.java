package praxis.cli;

/**
 * A mistake in how the command was called (unknown model, hyperparameter or column, malformed
 * {@code name=value}); reported in one line with exit code 2.
 *
 * <pre>{@code
 * throw new UsageException("unknown model 'lgr'; available: [gaussian_nb, ...]");
 * }</pre>
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message (one line). */
  public UsageException(String message) {
    super(message);
  }

  /** With a message and the exception that revealed the mistake. */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
