package praxis.linalg.internal;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the backend once per JVM: the system property {@code praxis.linalg.backend} = {@code java} or
 * {@code native} forces one (native fails loudly when it cannot load); unset or {@code auto} prefers native
 * BLAS/LAPACK and falls back to pure Java. The choice is logged once at debug level.
 *
 * <pre>{@code
 * // java -Dpraxis.linalg.backend=java ...
 * Backend b = Backends.active();
 * }</pre>
 */
public final class Backends {
  /** The system property that forces a backend. */
  public static final String PROPERTY = "praxis.linalg.backend";

  private static final Logger LOG = LoggerFactory.getLogger(Backends.class);

  private Backends() {}

  private static final class Holder {
    static final Backend ACTIVE = init();

    private static Backend init() {
      Backend b = select(System.getProperty(PROPERTY));
      LOG.debug("praxis.linalg backend: {} — {}", b.name(), b.description());
      if (b instanceof NativeBackend && System.getenv("OPENBLAS_NUM_THREADS") == null
          && Runtime.getRuntime().availableProcessors() > 1) {
        LOG.debug("OPENBLAS_NUM_THREADS is not set: OpenBLAS may start one thread per core, which is much slower"
            + " when several JVM threads or processes share the cores; set OPENBLAS_NUM_THREADS=1");
      }
      return b;
    }
  }

  /** The backend in use by {@link praxis.linalg.LinAlg} (chosen on first use). */
  public static Backend active() {
    return Holder.ACTIVE;
  }

  /**
   * The backend a property value asks for: {@code null}, empty or {@code auto} → native if loadable else java;
   * {@code java}; {@code native} (throws IllegalStateException when unavailable).
   */
  public static Backend select(String property) {
    String p = property == null ? "auto" : property.trim().toLowerCase(Locale.ROOT);
    switch (p) {
      case "":
      case "auto":
        Backend n = nativeOrNull();
        return n != null ? n : JavaBackend.INSTANCE;
      case "java":
        return JavaBackend.INSTANCE;
      case "native":
        return NativeBackend.load();
      default:
        throw new IllegalArgumentException(PROPERTY + " must be one of java, native, auto; got '" + property
            + "'; remove the property to choose automatically");
    }
  }

  /** The native backend, or null when no native BLAS/LAPACK can be loaded. */
  public static Backend nativeOrNull() {
    try {
      return NativeBackend.load();
    } catch (IllegalStateException e) {
      LOG.debug("native BLAS/LAPACK unavailable: {}", e.getMessage());
      return null;
    }
  }
}
