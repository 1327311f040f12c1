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
 * One-hot (dummy) encoding of categorical, boolean and text columns, as scikit-learn's {@code OneHotEncoder}
 * with dense output: each category {@code v} of column {@code c} becomes a numeric 0/1 column named
 * {@code c=v}. Categories are, per column, the levels of a categorical column in its level order (only those
 * seen in training by default, {@link Categories#DECLARED} for all declared levels), {@code false, true} for
 * boolean columns and the sorted distinct strings for text columns.
 *
 * <p>Unknown categories at transform time raise an error ({@link HandleUnknown#ERROR}, the default) or encode
 * as all zeros ({@link HandleUnknown#IGNORE}). Missing values raise an error naming the column and row
 * ({@link Missing#ERROR}, the default: impute first, e.g. {@code SimpleImputer} with {@code MOST_FREQUENT}),
 * or encode as all zeros ({@link Missing#ZEROS}). {@link Drop#FIRST} drops the first category of every column
 * and {@link Drop#IF_BINARY} only of columns with exactly two categories. Cost: one pass, output
 * {@code n x sum(categories)}.
 *
 * <pre>{@code
 * var enc = new OneHotEncoder(OneHotEncoder.Params.DEFAULTS.withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE));
 * OneHotEncoderModel m = enc.fit(x, Target.none(x.rowCount()));
 * Frame dummies = m.transform(x);   // columns like "colour=red", "colour=green"
 * }</pre>
 */
public final class OneHotEncoder implements Estimator<OneHotEncoder.Params, OneHotEncoderModel> {
  /** What to do with a category not seen in training. */
  public enum HandleUnknown {
    /** Throw an {@link IllegalArgumentException} naming the column and the unknown values. */
    ERROR,
    /** Encode the row as all zeros for that column. */
    IGNORE
  }

  /** Which category to drop per column (to avoid collinear dummies). */
  public enum Drop {
    /** Keep every category. */
    NONE,
    /** Drop the first category of each column. */
    FIRST,
    /** Drop the first category of columns with exactly two categories. */
    IF_BINARY
  }

  /** What to do with missing values. */
  public enum Missing {
    /** Throw, naming the column and row (impute first). */
    ERROR,
    /** Encode the row as all zeros for that column. */
    ZEROS
  }

  /** Which categories of a categorical column get a dummy column. */
  public enum Categories {
    /** The levels seen in the training rows, in level order (like scikit-learn's learned categories). */
    OBSERVED,
    /** All declared levels of the column, in level order, even those absent from the training rows. */
    DECLARED
  }

  /**
   * Hyperparameters.
   *
   * @param handleUnknown policy for unseen categories
   * @param drop which dummy to drop
   * @param missing policy for missing values
   * @param categories which levels of a categorical column are encoded
   */
  public record Params(HandleUnknown handleUnknown, Drop drop, Missing missing, Categories categories)
      implements praxis.api.Params {
    /** Errors on unknown and missing values, drops nothing, observed categories. */
    public static final Params DEFAULTS = new Params(HandleUnknown.ERROR, Drop.NONE, Missing.ERROR,
        Categories.OBSERVED);

    /** Validates. */
    public Params {
      Check.notNull(handleUnknown, "handleUnknown");
      Check.notNull(drop, "drop");
      Check.notNull(missing, "missing");
      Check.notNull(categories, "categories");
    }

    /** A copy with another unknown-category policy. */
    public Params withHandleUnknown(HandleUnknown h) {
      return new Params(h, drop, missing, categories);
    }

    /** A copy with another drop policy. */
    public Params withDrop(Drop d) {
      return new Params(handleUnknown, d, missing, categories);
    }

    /** A copy with another missing-value policy. */
    public Params withMissing(Missing m) {
      return new Params(handleUnknown, drop, m, categories);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public OneHotEncoder() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public OneHotEncoder(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public OneHotEncoder withParams(Params p) {
    return new OneHotEncoder(p);
  }

  @Override
  public String name() {
    return "one_hot_encoder";
  }

  @Override
  public OneHotEncoderModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "OneHotEncoder");
    int p = x.columnCount();
    List<List<String>> cats = new ArrayList<>(p);
    int[] dropped = new int[p];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      List<String> cj = Support.categories(c, params.categories() == Categories.OBSERVED, "OneHotEncoder");
      if (params.missing() == Missing.ERROR && c.missingCount() > 0) {
        int row = 0;
        while (!c.isMissing(row)) {
          row++;
        }
        throw new IllegalArgumentException("OneHotEncoder: column '" + c.name() + "' has " + c.missingCount()
            + " missing values (first at row " + row + "); impute them first (SimpleImputer with MOST_FREQUENT)"
            + " or set missing=ZEROS");
      }
      if (cj.isEmpty()) {
        throw new IllegalArgumentException("OneHotEncoder: column '" + c.name()
            + "' has no category in the training rows (all values missing); drop the column");
      }
      cats.add(cj);
      boolean drop = params.drop() == Drop.FIRST || (params.drop() == Drop.IF_BINARY && cj.size() == 2);
      dropped[j] = drop ? 0 : -1;
    }
    return new OneHotEncoderModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.handleUnknown(),
        params.missing(), cats, dropped);
  }
}
