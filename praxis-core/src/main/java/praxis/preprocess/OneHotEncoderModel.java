package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link OneHotEncoder}: the categories of every input column and the dropped one, if any. Output
 * columns are numeric 0/1, named {@code column=category}, grouped by input column in input order.
 *
 * <pre>{@code
 * OneHotEncoderModel m = new OneHotEncoder().fit(x, Target.none(x.rowCount()));
 * List<String> colours = m.categories().get(0);
 * Frame d = m.transform(x);
 * }</pre>
 */
public final class OneHotEncoderModel implements Transformer {
  static final String TYPE = "one_hot_encoder";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final OneHotEncoder.HandleUnknown handleUnknown;
  private final OneHotEncoder.Missing missing;
  private final List<List<String>> categories;
  private final List<Map<String, Integer>> index;
  private final int[] dropped;
  private final int[] firstOutput;

  OneHotEncoderModel(Schema input, Provenance provenance, OneHotEncoder.HandleUnknown handleUnknown,
      OneHotEncoder.Missing missing, List<List<String>> categories, int[] dropped) {
    this.input = input;
    this.provenance = provenance;
    this.handleUnknown = handleUnknown;
    this.missing = missing;
    List<List<String>> cats = new ArrayList<>();
    List<Map<String, Integer>> idx = new ArrayList<>();
    for (List<String> c : categories) {
      cats.add(List.copyOf(c));
      idx.add(Support.index(c));
    }
    this.categories = List.copyOf(cats);
    this.index = List.copyOf(idx);
    this.dropped = dropped;
    this.firstOutput = new int[categories.size()];
    List<String> names = new ArrayList<>();
    for (int j = 0; j < categories.size(); j++) {
      firstOutput[j] = names.size();
      List<String> c = categories.get(j);
      for (int k = 0; k < c.size(); k++) {
        if (k != dropped[j]) {
          names.add(input.field(j).name() + "=" + c.get(k));
        }
      }
    }
    this.output = Support.numericSchema(names);
  }

  /** Per input column, the categories in output order (including a dropped one). */
  public List<List<String>> categories() {
    return categories;
  }

  /** Per input column, the index of the dropped category, or -1. */
  public int[] droppedIndex() {
    return dropped.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "OneHotEncoderModel");
    int n = x.rowCount();
    int q = output.size();
    double[][] cols = new double[q][];
    for (int o = 0; o < q; o++) {
      cols[o] = new double[n];
    }
    for (int j = 0; j < categories.size(); j++) {
      Column c = x.column(j);
      int[] codes = Support.encode(c, index.get(j));
      if (handleUnknown == OneHotEncoder.HandleUnknown.ERROR) {
        int r = Support.firstRow(codes, Support.UNKNOWN);
        if (r >= 0) {
          throw new IllegalArgumentException("OneHotEncoderModel: column '" + c.name() + "' has categories not seen"
              + " in training " + Support.unknownExamples(c, codes) + " (first at row " + r + "); known: "
              + categories.get(j) + "; fit with handleUnknown=IGNORE to encode them as all zeros");
        }
      }
      if (missing == OneHotEncoder.Missing.ERROR) {
        int r = Support.firstRow(codes, Support.MISSING);
        if (r >= 0) {
          throw new IllegalArgumentException("OneHotEncoderModel: column '" + c.name() + "' row " + r
              + " is missing; impute first (SimpleImputer with MOST_FREQUENT) or fit with missing=ZEROS");
        }
      }
      int d = dropped[j];
      int base = firstOutput[j];
      for (int i = 0; i < n; i++) {
        int k = codes[i];
        if (k >= 0 && k != d) {
          cols[base + (d >= 0 && k > d ? k - 1 : k)][i] = 1.0;
        }
      }
    }
    return Support.numericFrame(output.names(), cols, n);
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
    return Support.state(TYPE, input, provenance).put("handleUnknown", handleUnknown.name())
        .put("missing", missing.name()).putStates("categories", Support.categoriesState(categories)).put("dropped", dropped).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static OneHotEncoderModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    List<List<String>> cats = Support.categories(s, in.size());
    int[] dropped = s.getInts("dropped");
    Support.requireLength(s, "dropped", dropped.length, in.size());
    for (int j = 0; j < dropped.length; j++) {
      if (dropped[j] < -1 || dropped[j] >= cats.get(j).size()) {
        throw new ModelFormatException("state '" + TYPE + "': dropped index " + dropped[j] + " of column " + j
            + " is outside [-1, " + cats.get(j).size() + ")");
      }
    }
    return new OneHotEncoderModel(in, Support.provenance(s),
        Support.enumValue(OneHotEncoder.HandleUnknown.class, s.getString("handleUnknown"), s),
        Support.enumValue(OneHotEncoder.Missing.class, s.getString("missing"), s), cats, dropped);
  }

  /** Reads {@code one_hot_encoder} states (registered with {@link java.util.ServiceLoader}). */
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
