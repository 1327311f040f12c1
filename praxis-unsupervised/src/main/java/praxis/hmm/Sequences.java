package praxis.hmm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;

/**
 * Splits a long-format {@link Frame} into HMM input sequences: one row per time step, a sequence-id column
 * (any type; sequences appear in the order of their ids' first occurrence) and the observation column(s).
 * Within a sequence the rows must already be in time order (they are taken in frame order). Missing values
 * are refused.
 *
 * <pre>{@code
 * // columns: user (id), action (categorical symbol)
 * Sequences.Categorical s = Sequences.categorical(log, "user", "action");
 * CategoricalHMMModel m = new CategoricalHMM(CategoricalHMM.Params.DEFAULTS.withNStates(3)
 *     .withNSymbols(s.symbols().size())).fit(s.sequences());
 * // columns: day_of_series (id), x, y (numeric)
 * Sequences.Numeric g = Sequences.numeric(readings, "series", "x", "y");
 * GaussianHMMModel gm = new GaussianHMM().fit(g.sequences());
 * }</pre>
 */
public final class Sequences {
  private Sequences() {}

  /**
   * Symbol sequences.
   *
   * <pre>{@code
   * List<int[]> seqs = Sequences.categorical(frame, "id", "symbol").sequences();
   * }</pre>
   *
   * @param sequences symbol codes per sequence
   * @param symbols code → symbol label (categorical levels, or the integer codes as text)
   * @param ids sequence ids in sequence order
   */
  public record Categorical(List<int[]> sequences, List<String> symbols, List<String> ids) {}

  /**
   * Vector sequences.
   *
   * <pre>{@code
   * List<double[][]> seqs = Sequences.numeric(frame, "id", "x").sequences();
   * }</pre>
   *
   * @param sequences {@code [t][feature]} per sequence
   * @param ids sequence ids in sequence order
   */
  public record Numeric(List<double[][]> sequences, List<String> ids) {}

  /**
   * Symbol sequences from a categorical column (codes = level indices) or a numeric column of non-negative
   * integer codes.
   *
   * @throws IllegalArgumentException on unknown columns, an empty frame, missing values, or non-integer codes
   */
  public static Categorical categorical(Frame f, String idColumn, String symbolColumn) {
    Map<String, List<Integer>> groups = groups(f, idColumn);
    Column c = f.column(symbolColumn);
    int n = f.rowCount();
    int[] codes = new int[n];
    List<String> symbols = new ArrayList<>();
    if (c instanceof CategoricalColumn cc) {
      symbols.addAll(cc.levels());
      for (int i = 0; i < n; i++) {
        codes[i] = cc.code(i);
        if (codes[i] == CategoricalColumn.MISSING) {
          throw missing(symbolColumn, i);
        }
      }
    } else if (c instanceof DoubleColumn dc) {
      int max = -1;
      for (int i = 0; i < n; i++) {
        double v = dc.get(i);
        if (Double.isNaN(v)) {
          throw missing(symbolColumn, i);
        }
        if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE - 1) {
          throw new IllegalArgumentException("Sequences: column '" + symbolColumn + "', row " + i + " is " + v
              + "; numeric symbols must be non-negative integer codes (or use a categorical column)");
        }
        codes[i] = (int) v;
        max = Math.max(max, codes[i]);
      }
      for (int s = 0; s <= max; s++) {
        symbols.add(Integer.toString(s));
      }
    } else {
      throw new IllegalArgumentException("Sequences: symbol column '" + symbolColumn + "' is " + c.type()
          + "; use a categorical column or a numeric column of integer codes");
    }
    List<int[]> seqs = new ArrayList<>(groups.size());
    for (List<Integer> rows : groups.values()) {
      int[] s = new int[rows.size()];
      for (int t = 0; t < s.length; t++) {
        s[t] = codes[rows.get(t)];
      }
      seqs.add(s);
    }
    return new Categorical(seqs, List.copyOf(symbols), List.copyOf(groups.keySet()));
  }

  /**
   * Vector sequences from numeric feature columns.
   *
   * @throws IllegalArgumentException on unknown or non-numeric columns, no feature columns, an empty frame or
   *     non-finite values
   */
  public static Numeric numeric(Frame f, String idColumn, String... featureColumns) {
    if (featureColumns == null || featureColumns.length == 0) {
      throw new IllegalArgumentException("Sequences: name at least one feature column besides '" + idColumn + "'");
    }
    Map<String, List<Integer>> groups = groups(f, idColumn);
    Frame x = f.select(featureColumns);
    x.requireNumeric("Sequences");
    x.requireFinite("Sequences");
    int n = f.rowCount();
    int p = featureColumns.length;
    double[] cm = x.toColumnMajor();
    List<double[][]> seqs = new ArrayList<>(groups.size());
    for (List<Integer> rows : groups.values()) {
      double[][] s = new double[rows.size()][p];
      for (int t = 0; t < s.length; t++) {
        for (int j = 0; j < p; j++) {
          s[t][j] = cm[j * n + rows.get(t)];
        }
      }
      seqs.add(s);
    }
    return new Numeric(seqs, List.copyOf(groups.keySet()));
  }

  private static Map<String, List<Integer>> groups(Frame f, String idColumn) {
    if (f.rowCount() == 0) {
      throw new IllegalArgumentException("Sequences: the frame has 0 rows; need at least one observation");
    }
    Column id = f.column(idColumn);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < f.rowCount(); i++) {
      if (id.isMissing(i)) {
        throw missing(idColumn, i);
      }
      groups.computeIfAbsent(id.format(i), k -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  private static IllegalArgumentException missing(String column, int row) {
    return new IllegalArgumentException("Sequences: column '" + column + "', row " + row + " is missing; drop or"
        + " impute missing observations first");
  }
}
