package praxis.io;

/**
 * A model file or state that cannot be read: truncated, tampered with (checksum mismatch), written by a
 * newer format version, or of an unknown model type. The message says which, and what to do.
 *
 * <pre>{@code
 * try { ModelIO.load(path); } catch (ModelFormatException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class ModelFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public ModelFormatException(String message) {
    super(message);
  }

  /** With a message and cause. */
  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
