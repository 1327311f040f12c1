package praxis.preprocess;

import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link RobustScaler}: per column {@code (x - center) / scale} (NaN stays NaN).
 *
 * <pre>{@code
 * RobustScalerModel m = new RobustScaler().fit(x, Target.none(x.rowCount()));
 * double[] medians = m.center();
 * Frame r = m.transform(x);
 * }</pre>
 */
public final class RobustScalerModel implements Transformer {
  static final String TYPE = "robust_scaler";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final double[] center;
  private final double[] scale;

  RobustScalerModel(Schema input, Provenance provenance, double[] center, double[] scale) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.center = center;
    this.scale = scale;
  }

  /** Per column median (0 when centring is off). */
  public double[] center() {
    return center.clone();
  }

  /** Per column interquantile range (1 when scaling is off or the range is zero). */
  public double[] scale() {
    return scale.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "RobustScalerModel");
    return Support.centerAndScale(x, output.names(), center, scale);
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
    return Support.state(TYPE, input, provenance).put("center", center).put("scale", scale).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static RobustScalerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] c = s.getDoubles("center");
    double[] sc = s.getDoubles("scale");
    Support.requireLength(s, "center", c.length, in.size());
    Support.requireLength(s, "scale", sc.length, in.size());
    return new RobustScalerModel(in, Support.provenance(s), c, sc);
  }

  /** Reads {@code robust_scaler} states (registered with {@link java.util.ServiceLoader}). */
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
