package praxis.preprocess;

import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A "fitted" {@link Normalizer}: divides each row by its norm (rows of norm 0 are unchanged).
 *
 * <pre>{@code
 * NormalizerModel m = new Normalizer().fit(x, Target.none(x.rowCount()));
 * Frame unit = m.transform(x);
 * }</pre>
 */
public final class NormalizerModel implements Transformer {
  static final String TYPE = "normalizer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final Normalizer.Norm norm;

  NormalizerModel(Schema input, Provenance provenance, Normalizer.Norm norm) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.norm = norm;
  }

  /** The norm. */
  public Normalizer.Norm norm() {
    return norm;
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "NormalizerModel");
    x.requireFinite("NormalizerModel.transform");
    int p = input.size();
    int n = x.rowCount();
    double[][] cols = new double[p][];
    double[] norms = new double[n];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(x.column(j));
      cols[j] = v;
      for (int i = 0; i < n; i++) {
        double a = Math.abs(v[i]);
        switch (norm) {
          case L1 -> norms[i] += a;
          case L2 -> norms[i] += a * a;
          default -> norms[i] = Math.max(norms[i], a);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      double d = norm == Normalizer.Norm.L2 ? Math.sqrt(norms[i]) : norms[i];
      norms[i] = d == 0.0 ? 1.0 : d;
    }
    for (int j = 0; j < p; j++) {
      double[] v = cols[j];
      for (int i = 0; i < n; i++) {
        v[i] /= norms[i];
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
    return Support.state(TYPE, input, provenance).put("norm", norm.name()).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static NormalizerModel fromState(State s) {
    s.requireType(TYPE);
    return new NormalizerModel(Support.schema(s), Support.provenance(s),
        Support.enumValue(Normalizer.Norm.class, s.getString("norm"), s));
  }

  /** Reads {@code normalizer} states (registered with {@link java.util.ServiceLoader}). */
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
