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
import praxis.io.State;

/**
 * A fitted {@link OrdinalEncoder}: the categories of every column, in code order. Output columns are numeric,
 * with the input names; missing values become NaN.
 *
 * <pre>{@code
 * OrdinalEncoderModel m = new OrdinalEncoder().fit(x, Target.none(x.rowCount()));
 * List<String> sizes = m.categories().get(0);   // code k means sizes.get(k)
 * Frame codes = m.transform(x);
 * }</pre>
 */
public final class OrdinalEncoderModel implements Transformer {
  static final String TYPE = "ordinal_encoder";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final OrdinalEncoder.HandleUnknown handleUnknown;
  private final double unknownValue;
  private final List<List<String>> categories;
  private final List<Map<String, Integer>> index;

  OrdinalEncoderModel(Schema input, Provenance provenance, OrdinalEncoder.HandleUnknown handleUnknown,
      double unknownValue, List<List<String>> categories) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.handleUnknown = handleUnknown;
    this.unknownValue = unknownValue;
    List<List<String>> cats = new ArrayList<>();
    List<Map<String, Integer>> idx = new ArrayList<>();
    for (List<String> c : categories) {
      cats.add(List.copyOf(c));
      idx.add(Support.index(c));
    }
    this.categories = List.copyOf(cats);
    this.index = List.copyOf(idx);
  }

  /** Per column, the categories in code order. */
  public List<List<String>> categories() {
    return categories;
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "OrdinalEncoderModel");
    int n = x.rowCount();
    double[][] cols = new double[categories.size()][];
    for (int j = 0; j < cols.length; j++) {
      Column c = x.column(j);
      int[] codes = Support.encode(c, index.get(j));
      if (handleUnknown == OrdinalEncoder.HandleUnknown.ERROR) {
        int r = Support.firstRow(codes, Support.UNKNOWN);
        if (r >= 0) {
          throw new IllegalArgumentException("OrdinalEncoderModel: column '" + c.name() + "' has categories not"
              + " seen in training " + Support.unknownExamples(c, codes) + " (first at row " + r + "); known: "
              + categories.get(j) + "; fit with handleUnknown=USE_ENCODED_VALUE to map them to a code");
        }
      }
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        int k = codes[i];
        v[i] = k >= 0 ? k : (k == Support.MISSING ? Double.NaN : unknownValue);
      }
      cols[j] = v;
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
        .put("unknownValue", unknownValue).putStates("categories", Support.categoriesState(categories)).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static OrdinalEncoderModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    List<List<String>> cats = Support.categories(s, in.size());
    return new OrdinalEncoderModel(in, Support.provenance(s),
        Support.enumValue(OrdinalEncoder.HandleUnknown.class, s.getString("handleUnknown"), s),
        s.getDouble("unknownValue"), cats);
  }

  /** Reads {@code ordinal_encoder} states (registered with {@link java.util.ServiceLoader}). */
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
