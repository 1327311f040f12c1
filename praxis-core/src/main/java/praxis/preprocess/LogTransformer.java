package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Logarithm of numeric columns, {@code log(x + offset)} or {@code log1p(x + offset)} (scikit-learn's
 * {@code FunctionTransformer(np.log)} / {@code (np.log1p)} with a shift). Stateless: fitting only records the
 * input schema. A value outside the domain ({@code x + offset <= 0} for LOG, {@code <= -1} for LOG1P) is an
 * error naming the column, row and the offset that would fix it. NaN stays NaN. Cost: one pass.
 *
 * <pre>{@code
 * LogTransformerModel m = new LogTransformer(new LogTransformer.Params(LogTransformer.Kind.LOG1P, 0))
 *     .fit(x, Target.none(x.rowCount()));
 * Frame logged = m.transform(x);
 * Frame back = m.inverseTransform(logged);
 * }</pre>
 */
public final class LogTransformer implements Estimator<LogTransformer.Params, LogTransformerModel> {
  /** Which logarithm. */
  public enum Kind {
    /** Natural log of {@code x + offset}. */
    LOG,
    /** {@code log(1 + x + offset)}, accurate near zero. */
    LOG1P
  }

  /**
   * Hyperparameters.
   *
   * @param kind which logarithm
   * @param offset added to every value before the logarithm (finite)
   */
  public record Params(Kind kind, double offset) implements praxis.api.Params {
    /** {@code log1p(x)}. */
    public static final Params DEFAULTS = new Params(Kind.LOG1P, 0.0);

    /** Validates. */
    public Params {
      Check.notNull(kind, "kind");
      if (!Double.isFinite(offset)) {
        throw new IllegalArgumentException("offset must be finite but is " + offset);
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LogTransformer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LogTransformer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LogTransformer withParams(Params p) {
    return new LogTransformer(p);
  }

  @Override
  public String name() {
    return "log_transformer";
  }

  @Override
  public LogTransformerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "LogTransformer");
    Support.requireNumeric(x, "LogTransformer");
    LogTransformerModel m = new LogTransformerModel(x.schema(), Provenance.of(name(), params, x, y, 0L),
        params.kind(), params.offset());
    m.transform(x);
    return m;
  }
}
