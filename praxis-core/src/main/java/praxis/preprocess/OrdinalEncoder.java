package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Encodes categorical, boolean and text columns as numeric codes {@code 0..k-1}, as scikit-learn's
 * {@code OrdinalEncoder}. The categories of a categorical column are all its levels in level order, which for
 * an ordinal column is its ordinal scale (so codes respect the order); boolean columns use
 * {@code false=0, true=1}; text columns the sorted distinct training strings. Missing values become NaN (as in
 * scikit-learn 1.2); impute before or after. Unknown categories raise an error ({@link HandleUnknown#ERROR}) or
 * get {@code unknownValue} ({@link HandleUnknown#USE_ENCODED_VALUE}). Cost: one pass.
 *
 * <pre>{@code
 * OrdinalEncoderModel m = new OrdinalEncoder().fit(x, Target.none(x.rowCount()));
 * Frame codes = m.transform(x);   // "S","M","L" (ordinal) -> 0, 1, 2
 * }</pre>
 */
public final class OrdinalEncoder implements Estimator<OrdinalEncoder.Params, OrdinalEncoderModel> {
  /** What to do with a category not seen in training. */
  public enum HandleUnknown {
    /** Throw an {@link IllegalArgumentException} naming the column and values. */
    ERROR,
    /** Encode it as {@link Params#unknownValue()}. */
    USE_ENCODED_VALUE
  }

  /**
   * Hyperparameters.
   *
   * @param handleUnknown policy for unseen categories
   * @param unknownValue code of unseen categories under {@link HandleUnknown#USE_ENCODED_VALUE}: NaN or an
   *     integer that is not a valid code (e.g. -1)
   */
  public record Params(HandleUnknown handleUnknown, double unknownValue) implements praxis.api.Params {
    /** Unknown categories are an error. */
    public static final Params DEFAULTS = new Params(HandleUnknown.ERROR, Double.NaN);

    /** Validates. */
    public Params {
      Check.notNull(handleUnknown, "handleUnknown");
      if (handleUnknown == HandleUnknown.USE_ENCODED_VALUE && !Double.isNaN(unknownValue)
          && unknownValue != Math.rint(unknownValue)) {
        throw new IllegalArgumentException("OrdinalEncoder unknownValue must be NaN or an integer, got "
            + unknownValue);
      }
    }

    /** Unknown categories encoded as {@code value}. */
    public static Params useEncodedValue(double value) {
      return new Params(HandleUnknown.USE_ENCODED_VALUE, value);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public OrdinalEncoder() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public OrdinalEncoder(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public OrdinalEncoder withParams(Params p) {
    return new OrdinalEncoder(p);
  }

  @Override
  public String name() {
    return "ordinal_encoder";
  }

  @Override
  public OrdinalEncoderModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "OrdinalEncoder");
    int p = x.columnCount();
    List<List<String>> cats = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      List<String> cj = Support.categories(c, false, "OrdinalEncoder");
      if (cj.isEmpty()) {
        throw new IllegalArgumentException("OrdinalEncoder: column '" + c.name()
            + "' has no category (all values missing and no declared levels); drop the column");
      }
      double u = params.unknownValue();
      if (params.handleUnknown() == HandleUnknown.USE_ENCODED_VALUE && u >= 0 && u < cj.size()) {
        throw new IllegalArgumentException("OrdinalEncoder unknownValue=" + u + " is also the code of category '"
            + cj.get((int) u) + "' of column '" + c.name() + "'; use a value outside [0, " + cj.size()
            + "), e.g. -1, or NaN");
      }
      cats.add(cj);
    }
    return new OrdinalEncoderModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.handleUnknown(),
        params.unknownValue(), cats);
  }
}
