package praxis.preprocess;

import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link PowerTransformer}: one λ per column (and the standardization's mean and scale);
 * {@code transform} returns numeric columns of the same names, {@link #inverseTransform} undoes it.
 *
 * <pre>{@code
 * PowerTransformerModel m = new PowerTransformer().fit(x, Target.none(x.rowCount()));
 * Frame z = m.transform(x);
 * Frame back = m.inverseTransform(z);
 * }</pre>
 */
public final class PowerTransformerModel implements Transformer {
  static final String TYPE = "power_transformer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final PowerTransformer.Method method;
  private final boolean standardize;
  private final double[] lambdas;
  private final double[] mean;
  private final double[] scale;

  PowerTransformerModel(Schema input, Provenance provenance, PowerTransformer.Method method, boolean standardize,
      double[] lambdas, double[] mean, double[] scale) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.method = method;
    this.standardize = standardize;
    this.lambdas = lambdas;
    this.mean = mean;
    this.scale = scale;
  }

  /** The power family. */
  public PowerTransformer.Method method() {
    return method;
  }

  /** Per column maximum-likelihood λ. */
  public double[] lambdas() {
    return lambdas.clone();
  }

  /** Per column mean of the transformed training values (0 without standardization). */
  public double[] mean() {
    return mean.clone();
  }

  /** Per column standard deviation of the transformed training values (1 without standardization). */
  public double[] scale() {
    return scale.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "PowerTransformerModel");
    int p = lambdas.length;
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), v, "PowerTransformerModel");
      if (method == PowerTransformer.Method.BOX_COX) {
        PowerTransformer.requirePositive(input.names().get(j), v, "PowerTransformerModel");
      }
      PowerTransformer.apply(method, lambdas[j], v);
      if (standardize) {
        for (int i = 0; i < v.length; i++) {
          v[i] = (v[i] - mean[j]) / scale[j];
        }
      }
      cols[j] = v;
    }
    return Support.numericFrame(output.names(), cols, x.rowCount());
  }

  /** Undoes {@link #transform}; {@code z} must have the output schema. */
  public Frame inverseTransform(Frame z) {
    output.requireCompatible(z.schema(), "PowerTransformerModel.inverseTransform input");
    int p = lambdas.length;
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(z.column(j));
      if (standardize) {
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i] * scale[j] + mean[j];
        }
      }
      PowerTransformer.invert(method, lambdas[j], v);
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
    return Support.state(TYPE, input, provenance).put("method", method.name()).put("standardize", standardize)
        .put("lambdas", lambdas).put("mean", mean).put("scale", scale).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static PowerTransformerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] lambdas = s.getDoubles("lambdas");
    double[] mean = s.getDoubles("mean");
    double[] scale = s.getDoubles("scale");
    Support.requireLength(s, "lambdas", lambdas.length, in.size());
    Support.requireLength(s, "mean", mean.length, in.size());
    Support.requireLength(s, "scale", scale.length, in.size());
    return new PowerTransformerModel(in, Support.provenance(s),
        Support.enumValue(PowerTransformer.Method.class, s.getString("method"), s), s.getBoolean("standardize"),
        lambdas, mean, scale);
  }

  /** Reads {@code power_transformer} states (registered with {@link java.util.ServiceLoader}). */
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
