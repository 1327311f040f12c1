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
 * Drops the columns whose share of missing values in the training rows exceeds {@code maxColumnMissing}
 * (a Transformer: the same columns are dropped from new data), and — through the static {@link #dropRows} —
 * rows whose share of missing cells exceeds a threshold. Nothing is dropped silently: the model lists every
 * dropped column with its missing share, and {@link RowDrop} reports the count and indices of the removed rows
 * (use them to subset the target). Rows are not dropped inside {@code transform}, because a Transformer must
 * keep the row count of its input.
 *
 * <pre>{@code
 * DropMissingModel m = new DropMissing(new DropMissing.Params(0.5)).fit(x, Target.none(x.rowCount()));
 * System.out.println(m.report());           // "dropped 1 of 9 columns: insulin (48.7% missing)"
 * DropMissing.RowDrop r = DropMissing.dropRows(m.transform(x), 0.25);
 * Target yKept = y.rows(r.keptRows());
 * }</pre>
 */
public final class DropMissing implements Estimator<DropMissing.Params, DropMissingModel> {
  /**
   * Hyperparameters.
   *
   * @param maxColumnMissing largest share (0..1) of missing training values a kept column may have
   */
  public record Params(double maxColumnMissing) implements praxis.api.Params {
    /** Drops columns with more than 50% missing values. */
    public static final Params DEFAULTS = new Params(0.5);

    /** Validates. */
    public Params {
      Check.inRange(maxColumnMissing, 0, 1, "maxColumnMissing");
    }
  }

  /**
   * The result of {@link #dropRows}.
   *
   * @param frame the kept rows
   * @param keptRows indices of the kept rows in the input
   * @param droppedRows indices of the dropped rows in the input
   */
  public record RowDrop(Frame frame, int[] keptRows, int[] droppedRows) {
    /** Number of dropped rows. */
    public int droppedCount() {
      return droppedRows.length;
    }

    /** "dropped 3 of 100 rows with more than 25.0% missing cells". */
    public String report(double threshold) {
      return String.format(java.util.Locale.ROOT, "dropped %d of %d rows with more than %.1f%% missing cells",
          droppedRows.length, droppedRows.length + keptRows.length, 100 * threshold);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DropMissing() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DropMissing(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DropMissing withParams(Params p) {
    return new DropMissing(p);
  }

  @Override
  public String name() {
    return "drop_missing";
  }

  @Override
  public DropMissingModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "DropMissing");
    int n = x.rowCount();
    double[] share = new double[x.columnCount()];
    List<String> kept = new ArrayList<>();
    for (int j = 0; j < share.length; j++) {
      Column c = x.column(j);
      share[j] = (double) c.missingCount() / n;
      if (share[j] <= params.maxColumnMissing()) {
        kept.add(c.name());
      }
    }
    return new DropMissingModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.maxColumnMissing(), share,
        kept);
  }

  /**
   * Removes the rows whose share of missing cells exceeds {@code maxRowMissing} (0..1; 0 keeps complete rows
   * only).
   */
  public static RowDrop dropRows(Frame x, double maxRowMissing) {
    Check.notNull(x, "x");
    Check.inRange(maxRowMissing, 0, 1, "maxRowMissing");
    int n = x.rowCount();
    int p = x.columnCount();
    int[] kept = new int[n];
    int[] dropped = new int[n];
    int nk = 0;
    int nd = 0;
    for (int i = 0; i < n; i++) {
      int miss = 0;
      for (Column c : x.columns()) {
        if (c.isMissing(i)) {
          miss++;
        }
      }
      if (p > 0 && (double) miss / p > maxRowMissing) {
        dropped[nd++] = i;
      } else {
        kept[nk++] = i;
      }
    }
    int[] k = java.util.Arrays.copyOf(kept, nk);
    return new RowDrop(x.rows(k), k, java.util.Arrays.copyOf(dropped, nd));
  }
}
