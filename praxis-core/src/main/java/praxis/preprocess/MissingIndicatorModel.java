package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.BooleanColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link MissingIndicator}: the indices of the input columns that get an indicator column
 * {@code missing(name)}.
 *
 * <pre>{@code
 * MissingIndicatorModel m = new MissingIndicator().fit(x, Target.none(x.rowCount()));
 * List<String> flagged = m.features();
 * Frame flags = m.transform(x);
 * }</pre>
 */
public final class MissingIndicatorModel implements Transformer {
  static final String TYPE = "missing_indicator";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final int[] features;
  private final MissingIndicator.Output type;
  private final boolean errorOnNew;

  MissingIndicatorModel(Schema input, Provenance provenance, int[] features, MissingIndicator.Output type,
      boolean errorOnNew) {
    this.input = input;
    this.provenance = provenance;
    this.features = features;
    this.type = type;
    this.errorOnNew = errorOnNew;
    List<Field> f = new ArrayList<>();
    for (int j : features) {
      String n = "missing(" + input.field(j).name() + ")";
      f.add(type == MissingIndicator.Output.BOOLEAN ? Field.bool(n) : Field.numeric(n));
    }
    this.output = new Schema(f);
  }

  /** Names of the input columns that get an indicator, in output order. */
  public List<String> features() {
    List<String> out = new ArrayList<>(features.length);
    for (int j : features) {
      out.add(input.field(j).name());
    }
    return out;
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "MissingIndicatorModel");
    int n = x.rowCount();
    if (errorOnNew) {
      int f = 0;
      for (int j = 0; j < input.size(); j++) {
        if (f < features.length && features[f] == j) {
          f++;
          continue;
        }
        Column c = x.column(j);
        for (int i = 0; i < n; i++) {
          if (c.isMissing(i)) {
            throw new IllegalArgumentException("MissingIndicatorModel: column '" + c.name() + "' row " + i
                + " is missing but the column had no missing value in training, so it has no indicator; fit with"
                + " features=ALL or errorOnNew=false");
          }
        }
      }
    }
    List<Column> cols = new ArrayList<>(features.length);
    for (int k = 0; k < features.length; k++) {
      Column c = x.column(features[k]);
      String name = output.field(k).name();
      if (type == MissingIndicator.Output.BOOLEAN) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
          b[i] = (byte) (c.isMissing(i) ? 1 : 0);
        }
        cols.add(BooleanColumn.wrap(name, b));
      } else {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
          d[i] = c.isMissing(i) ? 1.0 : 0.0;
        }
        cols.add(DoubleColumn.wrap(name, d));
      }
    }
    return cols.isEmpty() ? Frame.empty(n) : Frame.of(cols);
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
    return Support.state(TYPE, input, provenance).put("features", features).put("output", type.name())
        .put("errorOnNew", errorOnNew).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static MissingIndicatorModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    int[] f = s.getInts("features");
    for (int k = 0; k < f.length; k++) {
      if (f[k] < 0 || f[k] >= in.size() || (k > 0 && f[k] <= f[k - 1])) {
        throw new ModelFormatException("state '" + TYPE + "': feature indices must increase within [0, "
            + in.size() + "), got " + java.util.Arrays.toString(f));
      }
    }
    return new MissingIndicatorModel(in, Support.provenance(s), f,
        Support.enumValue(MissingIndicator.Output.class, s.getString("output"), s), s.getBoolean("errorOnNew"));
  }

  /** Reads {@code missing_indicator} states (registered with {@link java.util.ServiceLoader}). */
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
