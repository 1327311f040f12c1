package praxis.api;

/**
 * Marker for hyperparameter records. Every estimator has a nested {@code record Params implements
 * praxis.api.Params} with a {@code DEFAULTS} constant; data-independent checks live in the compact
 * constructor. Record components are the single source for CLI flags, search spaces, reports and the model
 * file; {@link ParamsCodec} converts them to and from {@code name=value} strings.
 *
 * <pre>{@code
 * record Params(double c, int maxIter, long seed) implements praxis.api.Params {
 *   public static final Params DEFAULTS = new Params(1.0, 100, 0L);
 *   public Params { Check.positive(c, "c"); }
 * }
 * }</pre>
 */
public interface Params {}
