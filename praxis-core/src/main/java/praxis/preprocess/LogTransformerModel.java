package praxis.preprocess;

import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link LogTransformer} (the schema, kind and offset): numeric columns of the same names.
 *
 * <pre>{@code
 * LogTransformerModel m = new LogTransformer().fit(x, Target.none(x.rowCount()));
 * Frame logged = m.transform(x);
 * Frame back = m.inverseTransform(logged);
 * }</pre>
 */
public final class LogTransformerModel implements Transformer {
  static final String TYPE = "log_transformer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final LogTransformer.Kind kind;
  private final double offset;

  LogTransformerModel(Schema input, Provenance provenance, LogTransformer.Kind kind, double offset) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.kind = kind;
    this.offset = offset;
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "LogTransformerModel");
    int p = x.columnCount();
    double[][] cols = new double[p][];
    boolean log = kind == LogTransformer.Kind.LOG;
    double floor = log ? 0 : -1;
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), v, "LogTransformerModel");
      for (int i = 0; i < v.length; i++) {
        double s = v[i] + offset;
        if (s <= floor) {
          throw new IllegalArgumentException("LogTransformer(" + kind + "): column '" + x.column(j).name() + "' row "
              + i + " is " + v[i] + " so x + offset = " + s + " is outside the domain (must be > " + floor
              + "); use an offset above " + (floor - v[i]) + " or a PowerTransformer with YEO_JOHNSON");
        }
        v[i] = log ? Math.log(s) : Math.log1p(s);
      }
      cols[j] = v;
    }
    return Support.numericFrame(output.names(), cols, x.rowCount());
  }

  /** Undoes {@link #transform}: {@code exp(z) - offset} or {@code expm1(z) - offset}. */
  public Frame inverseTransform(Frame z) {
    output.requireCompatible(z.schema(), "LogTransformerModel.inverseTransform input");
    int p = z.columnCount();
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(z.column(j));
      for (int i = 0; i < v.length; i++) {
        v[i] = (kind == LogTransformer.Kind.LOG ? Math.exp(v[i]) : Math.expm1(v[i])) - offset;
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
    return Support.state(TYPE, input, provenance).put("kind", kind.name()).put("offset", offset).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static LogTransformerModel fromState(State s) {
    s.requireType(TYPE);
    return new LogTransformerModel(Support.schema(s), Support.provenance(s),
        Support.enumValue(LogTransformer.Kind.class, s.getString("kind"), s), s.getDouble("offset"));
  }

  /** Reads {@code log_transformer} states (registered with {@link java.util.ServiceLoader}). */
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
