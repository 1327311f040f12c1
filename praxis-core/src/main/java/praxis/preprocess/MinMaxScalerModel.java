package praxis.preprocess;

import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link MinMaxScaler}: per column {@code x * scale + offset} (NaN stays NaN), optionally clipped.
 *
 * <pre>{@code
 * MinMaxScalerModel m = new MinMaxScaler().fit(x, Target.none(x.rowCount()));
 * Frame unit = m.transform(x);          // every column in [0, 1] on the training rows
 * Frame back = m.inverseTransform(unit);
 * }</pre>
 */
public final class MinMaxScalerModel implements Transformer {
  static final String TYPE = "min_max_scaler";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final double min;
  private final double max;
  private final boolean clip;
  private final double[] dataMin;
  private final double[] dataMax;
  private final double[] scale;
  private final double[] offset;

  MinMaxScalerModel(Schema input, Provenance provenance, double min, double max, boolean clip, double[] dataMin,
      double[] dataMax, double[] scale, double[] offset) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.min = min;
    this.max = max;
    this.clip = clip;
    this.dataMin = dataMin;
    this.dataMax = dataMax;
    this.scale = scale;
    this.offset = offset;
  }

  /** Per column training minimum. */
  public double[] dataMin() {
    return dataMin.clone();
  }

  /** Per column training maximum. */
  public double[] dataMax() {
    return dataMax.clone();
  }

  /** Per column multiplier. */
  public double[] scale() {
    return scale.clone();
  }

  /** Per column additive term (scikit-learn's {@code min_}). */
  public double[] offset() {
    return offset.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "MinMaxScalerModel");
    int p = scale.length;
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(x.column(j));
      double s = scale[j];
      double o = offset[j];
      for (int i = 0; i < v.length; i++) {
        double t = v[i] * s + o;
        if (clip && !Double.isNaN(t)) {
          t = Math.min(max, Math.max(min, t));
        }
        v[i] = t;
      }
      cols[j] = v;
    }
    return Support.numericFrame(output.names(), cols, x.rowCount());
  }

  /** Undoes {@link #transform}: {@code (z - offset) / scale}. */
  public Frame inverseTransform(Frame z) {
    output.requireCompatible(z.schema(), "MinMaxScalerModel.inverseTransform input");
    return Support.centerAndScale(z, input.names(), offset, scale);
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
    return Support.state(TYPE, input, provenance).put("min", min).put("max", max).put("clip", clip)
        .put("dataMin", dataMin).put("dataMax", dataMax).put("scale", scale).put("offset", offset).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static MinMaxScalerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] lo = s.getDoubles("dataMin");
    double[] hi = s.getDoubles("dataMax");
    double[] sc = s.getDoubles("scale");
    double[] off = s.getDoubles("offset");
    Support.requireLength(s, "dataMin", lo.length, in.size());
    Support.requireLength(s, "dataMax", hi.length, in.size());
    Support.requireLength(s, "scale", sc.length, in.size());
    Support.requireLength(s, "offset", off.length, in.size());
    return new MinMaxScalerModel(in, Support.provenance(s), s.getDouble("min"), s.getDouble("max"),
        s.getBoolean("clip"), lo, hi, sc, off);
  }

  /** Reads {@code min_max_scaler} states (registered with {@link java.util.ServiceLoader}). */
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
