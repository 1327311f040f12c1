package praxis.select.features;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted feature selector of any kind: the chosen columns (kept in input order and by name), and the scores
 * and p-values the selector computed for every input column (NaN where a selector defines none). {@code
 * transform} keeps the chosen columns unchanged.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new SelectKBest(UnivariateScores.Function.F_CLASSIF, 5).fit(x, y);
 * List<String> kept = m.selectedNames();
 * double[] f = m.scores();
 * Frame reduced = m.transform(x);
 * }</pre>
 */
public final class FeatureSubsetModel implements Transformer {
  static final String TYPE = "feature_subset";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final String selector;
  private final int[] selected;
  private final double[] scores;
  private final double[] pValues;

  /**
   * A subset model (for selectors written elsewhere, e.g. in other modules).
   *
   * @param input schema of the fitting frame
   * @param provenance provenance of the fit
   * @param selector name of the selector that chose the subset (e.g. {@code select_k_best})
   * @param selected increasing column indices into {@code input}
   * @param scores one score per input column (NaN where undefined)
   * @param pValues one p-value per input column (NaN where undefined)
   */
  public FeatureSubsetModel(Schema input, Provenance provenance, String selector, int[] selected, double[] scores,
      double[] pValues) {
    this.input = Check.notNull(input, "input");
    this.provenance = Check.notNull(provenance, "provenance");
    this.selector = Check.notNull(selector, "selector");
    this.selected = selected.clone();
    this.scores = scores.clone();
    this.pValues = pValues.clone();
    int p = input.size();
    if (scores.length != p || pValues.length != p) {
      throw new IllegalArgumentException("FeatureSubsetModel: scores (" + scores.length + ") and p-values ("
          + pValues.length + ") need one value per input column (" + p + ")");
    }
    List<Field> out = new ArrayList<>();
    int prev = -1;
    for (int j : selected) {
      if (j <= prev || j >= p) {
        throw new IllegalArgumentException("FeatureSubsetModel: selected indices must increase within [0, " + p
            + "), got " + java.util.Arrays.toString(selected));
      }
      prev = j;
      out.add(input.field(j));
    }
    this.output = new Schema(out);
  }

  /** Name of the selector that fitted this model. */
  public String selector() {
    return selector;
  }

  /** Indices of the chosen input columns, increasing. */
  public int[] selectedIndices() {
    return selected.clone();
  }

  /** Names of the chosen columns, in input order. */
  public List<String> selectedNames() {
    return output.names();
  }

  /** Names of the input columns that were dropped, in input order. */
  public List<String> droppedNames() {
    List<String> out = new ArrayList<>(input.names());
    out.removeAll(output.names());
    return out;
  }

  /** Per input column: whether it was chosen. */
  public boolean[] support() {
    boolean[] s = new boolean[input.size()];
    for (int j : selected) {
      s[j] = true;
    }
    return s;
  }

  /** The selector's score for every input column (NaN where undefined). */
  public double[] scores() {
    return scores.clone();
  }

  /** The p-value for every input column (NaN where the selector defines none). */
  public double[] pValues() {
    return pValues.clone();
  }

  @Override
  public Frame transform(Frame x) {
    input.requireCompatible(x.schema(), selector + " input");
    return x.selectIndices(selected);
  }

  @Override
  public Schema outputSchema() {
    return output;
  }

  @Override
  public Schema inputSchema() {
    return input;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    return State.builder(TYPE).put("schema", Persist.schema(input)).put("provenance", provenance.toState())
        .put("selector", selector).put("selected", selected).put("scores", encode(scores))
        .put("pValues", encode(pValues)).build();
  }

  /** Writes a vector that may hold NaN as two rows: a 1/0 "defined" mask and the values (0 where undefined). */
  private static double[][] encode(double[] v) {
    double[] mask = new double[v.length];
    double[] val = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      boolean ok = !Double.isNaN(v[i]);
      mask[i] = ok ? 1 : 0;
      val[i] = ok ? v[i] : 0;
    }
    return new double[][] {mask, val};
  }

  private static double[] decode(double[][] m, String key, int p) {
    if (m.length != 2 || m[0].length != p || m[1].length != p) {
      throw new ModelFormatException("state '" + TYPE + "' entry '" + key + "' must be a 2 x " + p + " matrix");
    }
    double[] out = new double[p];
    for (int i = 0; i < p; i++) {
      out[i] = m[0][i] == 1 ? m[1][i] : Double.NaN;
    }
    return out;
  }

  /** Reads state written by {@link #toState()}. */
  public static FeatureSubsetModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Persist.schema(s.getState("schema"));
    try {
      return new FeatureSubsetModel(in, Provenance.fromState(s.getState("provenance")), s.getString("selector"),
          s.getInts("selected"), decode(s.getMatrix("scores"), "scores", in.size()),
          decode(s.getMatrix("pValues"), "pValues", in.size()));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "': " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "FeatureSubsetModel[" + selector + ": " + selectedNames() + "]";
  }

  /** Reads {@code feature_subset} states (registered with {@link java.util.ServiceLoader}). */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Model read(State state) {
      return fromState(state);
    }
  }
}
