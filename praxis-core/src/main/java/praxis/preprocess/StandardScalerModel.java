package praxis.preprocess;

import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link StandardScaler}: per column mean, variance and scale; {@code transform} returns numeric
 * columns of the same names holding {@code (x - mean) / scale} (NaN stays NaN).
 *
 * <pre>{@code
 * StandardScalerModel m = new StandardScaler().fit(x, Target.none(x.rowCount()));
 * Frame z = m.transform(x);
 * Frame back = m.inverseTransform(z);
 * }</pre>
 */
public final class StandardScalerModel implements Transformer {
  static final String TYPE = "standard_scaler";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final boolean withMean;
  private final boolean withStd;
  private final double[] mean;
  private final double[] var;
  private final double[] scale;
  private final long[] count;

  StandardScalerModel(Schema input, Provenance provenance, boolean withMean, boolean withStd, double[] mean,
      double[] var, double[] scale, long[] count) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.withMean = withMean;
    this.withStd = withStd;
    this.mean = mean;
    this.var = var;
    this.scale = scale;
    this.count = count;
  }

  /** Per column mean of the non-missing training values (computed even when not subtracted). */
  public double[] mean() {
    return mean.clone();
  }

  /** Per column population variance of the non-missing training values. */
  public double[] variance() {
    return var.clone();
  }

  /** Per column divisor: the standard deviation, or 1 for constant columns and when {@code withStd} is off. */
  public double[] scale() {
    if (!withStd) {
      double[] ones = new double[scale.length];
      java.util.Arrays.fill(ones, 1.0);
      return ones;
    }
    return scale.clone();
  }

  /** Per column number of non-missing training values. */
  public long[] samplesSeen() {
    return count.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "StandardScalerModel");
    return Support.centerAndScale(x, output.names(), withMean ? mean : null, withStd ? scale : null);
  }

  /** Undoes {@link #transform}: {@code x * scale + mean}; {@code z} must have the output schema. */
  public Frame inverseTransform(Frame z) {
    output.requireCompatible(z.schema(), "StandardScalerModel.inverseTransform input");
    int p = mean.length;
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(z.column(j));
      double m = withMean ? mean[j] : 0.0;
      double s = withStd ? scale[j] : 1.0;
      for (int i = 0; i < v.length; i++) {
        v[i] = v[i] * s + m;
      }
      cols[j] = v;
    }
    return Support.numericFrame(input.names(), cols, z.rowCount());
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
    return Support.state(TYPE, input, provenance).put("withMean", withMean).put("withStd", withStd)
        .put("mean", mean).put("var", var).put("scale", scale).put("count", count).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static StandardScalerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] mean = s.getDoubles("mean");
    double[] var = s.getDoubles("var");
    double[] scale = s.getDoubles("scale");
    long[] count = s.getLongs("count");
    Support.requireLength(s, "mean", mean.length, in.size());
    Support.requireLength(s, "var", var.length, in.size());
    Support.requireLength(s, "scale", scale.length, in.size());
    Support.requireLength(s, "count", count.length, in.size());
    return new StandardScalerModel(in, Support.provenance(s), s.getBoolean("withMean"), s.getBoolean("withStd"),
        mean, var, scale, count);
  }

  /** Reads {@code standard_scaler} states (registered with {@link java.util.ServiceLoader}). */
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
