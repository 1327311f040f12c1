package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import praxis.api.DataFingerprint;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link TargetEncoder}: per column the categories and their encodings (from all training rows), the
 * prior, and the out-of-fold encodings of the training rows, returned when {@code transform} gets the training
 * frame itself (recognised by its data fingerprint).
 *
 * <pre>{@code
 * TargetEncoderModel m = new TargetEncoder().fit(train, y);
 * Frame enc = m.transform(test);
 * double prior = m.prior();
 * }</pre>
 */
public final class TargetEncoderModel implements Transformer {
  static final String TYPE = "target_encoder";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final List<List<String>> categories;
  private final double[][] encodings;
  private final double prior;
  private final String trainFingerprint;
  private final double[][] oof;

  TargetEncoderModel(Schema input, Provenance provenance, List<List<String>> categories, double[][] encodings,
      double prior, String trainFingerprint, double[][] oof) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.categories = categories;
    this.encodings = encodings;
    this.prior = prior;
    this.trainFingerprint = trainFingerprint;
    this.oof = oof;
  }

  /** Mean encoded target over all training rows (the encoding of unseen categories). */
  public double prior() {
    return prior;
  }

  /** The categories of input column {@code j}. */
  public List<String> categories(int j) {
    return categories.get(j);
  }

  /**
   * Encodings of column {@code j}: one per category of {@link #categories(int)}, then the encoding of a
   * missing value.
   */
  public double[] encodings(int j) {
    return java.util.Arrays.copyOf(encodings[j], categories.get(j).size() + 1);
  }

  /** The out-of-fold encodings of the training rows (what {@code transform(trainingFrame)} returns). */
  public Frame trainingEncodings() {
    double[][] c = new double[oof.length][];
    for (int j = 0; j < c.length; j++) {
      c[j] = oof[j].clone();
    }
    return Support.numericFrame(output.names(), c, oof.length == 0 ? 0 : oof[0].length);
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "TargetEncoderModel");
    int n = x.rowCount();
    if (oof.length > 0 && n == oof[0].length
        && trainFingerprint.equals(DataFingerprint.of(x, Target.none(n)))) {
      return trainingEncodings();
    }
    int p = categories.size();
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      Map<String, Integer> idx = Support.index(categories.get(j));
      int[] code = Support.encode(x.column(j), idx);
      int slots = categories.get(j).size();
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        int c = code[i];
        v[i] = c == Support.MISSING ? encodings[j][slots] : c == Support.UNKNOWN ? prior : encodings[j][c];
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
    List<State> enc = new ArrayList<>();
    for (int j = 0; j < encodings.length; j++) {
      enc.add(State.builder("column").put("values", encodings[j]).put("oof", oof[j]).build());
    }
    return Support.state(TYPE, input, provenance).putStates("categories", Support.categoriesState(categories))
        .putStates("encodings", enc).put("prior", prior).put("trainFingerprint", trainFingerprint).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static TargetEncoderModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    List<List<String>> cats = Support.categories(s, in.size());
    List<State> es = s.getStates("encodings");
    Support.requireLength(s, "encodings", es.size(), in.size());
    double[][] enc = new double[es.size()][];
    double[][] oof = new double[es.size()][];
    for (int j = 0; j < enc.length; j++) {
      enc[j] = es.get(j).getDoubles("values");
      oof[j] = es.get(j).getDoubles("oof");
      if (enc[j].length != cats.get(j).size() + 2 || oof[j].length != oof[0].length) {
        throw new ModelFormatException("state '" + TYPE + "': encodings of column " + j + " do not match its "
            + cats.get(j).size() + " categories");
      }
    }
    return new TargetEncoderModel(in, Support.provenance(s), cats, enc, s.getDouble("prior"),
        s.getString("trainFingerprint"), oof);
  }

  /** Reads {@code target_encoder} states (registered with {@link java.util.ServiceLoader}). */
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
