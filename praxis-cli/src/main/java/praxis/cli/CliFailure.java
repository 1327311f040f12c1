package praxis.cli;

/**
 * A failure the user can fix outside the command line (missing or unreadable file, data that cannot be
 * used); reported in one line with exit code 1.
 *
 * <pre>{@code
 * throw new CliFailure("file not found: data.csv");
 * }</pre>
 */
public final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public CliFailure(String message) {
    super(message);
  }
}
