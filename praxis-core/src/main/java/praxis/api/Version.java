package praxis.api;

/**
 * The Praxis library version.
 *
 * <pre>{@code
 * System.out.println("Praxis " + Version.VERSION);
 * }</pre>
 */
public final class Version {
  /** Library version string. */
  public static final String VERSION = "0.1.0";

  private Version() {}
}
