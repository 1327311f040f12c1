package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Marks missing values, as scikit-learn's {@code MissingIndicator}: one output column {@code missing(c)} per
 * selected input column {@code c}, true/1 where {@code c} is missing. {@link Features#MISSING_ONLY} (the
 * default) selects the columns with a missing value in the training rows, {@link Features#ALL} every column.
 * With {@code errorOnNew}, a column that had no missing value in training but has one at transform time is an
 * error (under MISSING_ONLY). Works on every column type. Often combined with {@code SimpleImputer} in a
 * {@code ColumnTransformer}. Cost: one pass.
 *
 * <pre>{@code
 * MissingIndicatorModel m = new MissingIndicator().fit(x, Target.none(x.rowCount()));
 * Frame flags = m.transform(x);     // e.g. "missing(insulin)", "missing(triceps)"
 * }</pre>
 */
public final class MissingIndicator implements Estimator<MissingIndicator.Params, MissingIndicatorModel> {
  /** Which columns get an indicator. */
  public enum Features {
    /** Columns with at least one missing value in the training rows. */
    MISSING_ONLY,
    /** Every column. */
    ALL
  }

  /** The type of the indicator columns. */
  public enum Output {
    /** Boolean columns. */
    BOOLEAN,
    /** Numeric 0/1 columns. */
    NUMERIC
  }

  /**
   * Hyperparameters.
   *
   * @param features which columns get an indicator
   * @param output indicator column type
   * @param errorOnNew under MISSING_ONLY, reject missing values at transform time in columns that had none
   */
  public record Params(Features features, Output output, boolean errorOnNew) implements praxis.api.Params {
    /** MISSING_ONLY, boolean output, error on new missing columns (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(Features.MISSING_ONLY, Output.BOOLEAN, true);

    /** Validates. */
    public Params {
      Check.notNull(features, "features");
      Check.notNull(output, "output");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public MissingIndicator() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public MissingIndicator(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public MissingIndicator withParams(Params p) {
    return new MissingIndicator(p);
  }

  @Override
  public String name() {
    return "missing_indicator";
  }

  @Override
  public MissingIndicatorModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "MissingIndicator");
    List<Integer> sel = new ArrayList<>();
    for (int j = 0; j < x.columnCount(); j++) {
      if (params.features() == Features.ALL || x.column(j).missingCount() > 0) {
        sel.add(j);
      }
    }
    int[] idx = sel.stream().mapToInt(Integer::intValue).toArray();
    return new MissingIndicatorModel(x.schema(), Provenance.of(name(), params, x, y, 0L), idx, params.output(),
        params.errorOnNew() && params.features() == Features.MISSING_ONLY);
  }
}
