package praxis.pipeline;

import praxis.api.Check;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.Persist;
import praxis.io.State;

/**
 * What a {@link praxis.api.Resampler} leaves in a fitted pipeline: an identity transformer that checks the input
 * schema and returns the frame unchanged — same rows, same order — so a fitted pipeline never resamples the
 * data it predicts on.
 *
 * <pre>{@code
 * PipelineModel m = Pipeline.of(new Smote(), new LogisticRegression()).fit(x, y);
 * SamplerStepModel s = (SamplerStepModel) m.step("smote");
 * Frame same = s.transform(test);   // test itself
 * }</pre>
 */
public final class SamplerStepModel implements Transformer {
  static final String TYPE = "sampler_step";
  private final String sampler;
  private final Schema schema;
  private final Provenance provenance;

  private SamplerStepModel(String sampler, Schema schema, Provenance provenance) {
    this.sampler = Check.notNull(sampler, "sampler");
    this.schema = Check.notNull(schema, "schema");
    this.provenance = Check.notNull(provenance, "provenance");
  }

  /** The pass-through model of the named sampler fitted on frames of {@code schema}. */
  public static SamplerStepModel of(String sampler, Schema schema, Provenance provenance) {
    return new SamplerStepModel(sampler, schema, provenance);
  }

  /** Name of the sampler this step stands for. */
  public String sampler() {
    return sampler;
  }

  /** Returns {@code x} unchanged after checking its schema: samplers act only while fitting. */
  @Override
  public Frame transform(Frame x) {
    schema.requireCompatible(x.schema(), "pipeline step '" + sampler + "' input");
    return x;
  }

  @Override
  public Schema outputSchema() {
    return schema;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("sampler", sampler).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static SamplerStepModel fromState(State s) {
    s.requireType(TYPE);
    return new SamplerStepModel(s.getString("sampler"), Persist.schema(s.getState("schema")),
        Provenance.fromState(s.getState("provenance")));
  }

  @Override
  public String toString() {
    return "SamplerStepModel[" + sampler + "]";
  }

  /** Reads {@code sampler_step} states (registered with {@link java.util.ServiceLoader}). */
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
