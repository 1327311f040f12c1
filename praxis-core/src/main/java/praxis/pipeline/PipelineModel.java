package praxis.pipeline;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.ModelIO;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link Pipeline}: the fitted model of every step. Every call checks the input against the first
 * step's schema and passes the frame through the fitted transformers before the final model. The instance
 * returned by {@link Pipeline#fit} (and by loading) also implements whichever of
 * {@link ProbabilisticClassifier}, {@link Classifier}, {@link Regressor}, {@link Clusterer} and
 * {@link Transformer} the final model implements, delegating to it.
 *
 * <pre>{@code
 * PipelineModel m = Pipeline.of(new StandardScaler(), knn).fit(x, y);
 * int[] yhat = ((Classifier) m).predict(test);
 * StandardScalerModel scaler = (StandardScalerModel) m.step("standard_scaler");
 * ModelIO.save(m, Path.of("pipe.praxis"));
 * }</pre>
 */
public class PipelineModel implements Model {
  static final String TYPE = "pipeline";
  private final List<String> names;
  private final List<Model> models;
  private final Provenance provenance;

  PipelineModel(List<String> names, List<Model> models, Provenance provenance) {
    this.names = List.copyOf(names);
    this.models = List.copyOf(models);
    this.provenance = provenance;
  }

  /** The model of the right subclass for the final model's capabilities. */
  static PipelineModel of(List<String> names, List<Model> models, Provenance provenance) {
    if (names.size() != models.size() || models.isEmpty()) {
      throw new IllegalArgumentException("a pipeline model needs one fitted model per step, got " + names.size()
          + " names and " + models.size() + " models");
    }
    for (int s = 0; s < models.size() - 1; s++) {
      if (!(models.get(s) instanceof Transformer)) {
        throw new IllegalArgumentException("pipeline step '" + names.get(s) + "' is not a Transformer");
      }
    }
    Model last = models.get(models.size() - 1);
    boolean t = last instanceof Transformer;
    if (last instanceof ProbabilisticClassifier) {
      return t ? new ProbabilisticTransformerPipeline(names, models, provenance)
          : new ProbabilisticPipeline(names, models, provenance);
    }
    if (last instanceof Classifier) {
      return t ? new ClassifierTransformerPipeline(names, models, provenance)
          : new ClassifierPipeline(names, models, provenance);
    }
    if (last instanceof Regressor) {
      return t ? new RegressorTransformerPipeline(names, models, provenance)
          : new RegressorPipeline(names, models, provenance);
    }
    if (last instanceof Clusterer) {
      return t ? new ClustererTransformerPipeline(names, models, provenance)
          : new ClustererPipeline(names, models, provenance);
    }
    return t ? new TransformerPipeline(names, models, provenance) : new PipelineModel(names, models, provenance);
  }

  /** Step names in order. */
  public final List<String> stepNames() {
    return names;
  }

  /** Fitted step models in order. */
  public final List<Model> steps() {
    return models;
  }

  /** The fitted model of the named step. */
  public final Model step(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no pipeline step named '" + name + "'; steps: " + names);
    }
    return models.get(i);
  }

  /** The final step's model. */
  public final Model finalModel() {
    return models.get(models.size() - 1);
  }

  /**
   * Checks {@code x} against the input schema and applies every step but the last (what the final model
   * sees).
   */
  public final Frame transformBeforeFinal(Frame x) {
    inputSchema().requireCompatible(x.schema(), "pipeline input");
    Frame cur = x;
    for (int s = 0; s < models.size() - 1; s++) {
      cur = ((Transformer) models.get(s)).transform(cur);
    }
    return cur;
  }

  @Override
  public final Schema inputSchema() {
    return models.get(0).inputSchema();
  }

  @Override
  public final Provenance provenance() {
    return provenance;
  }

  @Override
  public final State toState() {
    List<State> steps = new ArrayList<>(models.size());
    for (Model m : models) {
      steps.add(m.toState());
    }
    return State.builder(TYPE).put("schema", Persist.schema(inputSchema())).put("provenance", provenance.toState())
        .put("names", names).putStates("steps", steps).build();
  }

  /** Reads state written by {@link #toState()}, rebuilding each step through {@link ModelIO#fromState}. */
  public static PipelineModel fromState(State s) {
    s.requireType(TYPE);
    String[] names = s.getStrings("names");
    List<State> states = s.getStates("steps");
    if (names.length != states.size() || names.length == 0) {
      throw new ModelFormatException("state '" + TYPE + "' has " + names.length + " step names and " + states.size()
          + " step states; both must be equal and positive");
    }
    List<Model> models = new ArrayList<>();
    for (State st : states) {
      models.add(ModelIO.fromState(st));
    }
    Schema schema = Persist.schema(s.getState("schema"));
    if (!schema.equals(models.get(0).inputSchema())) {
      throw new ModelFormatException("state '" + TYPE + "': the pipeline schema differs from its first step's");
    }
    try {
      return of(List.of(names), models, Provenance.fromState(s.getState("provenance")));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "': " + e.getMessage(), e);
    }
  }

  final Frame prepare(Frame x) {
    return transformBeforeFinal(x);
  }

  final Frame transformAll(Frame x) {
    return ((Transformer) finalModel()).transform(prepare(x));
  }

  final Schema finalOutputSchema() {
    return ((Transformer) finalModel()).outputSchema();
  }

  @Override
  public String toString() {
    return "PipelineModel" + names;
  }

  /** Reads {@code pipeline} states (registered with {@link java.util.ServiceLoader}). */
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

  /**
   * The transform side shared by every pipeline whose last step is (also) a transformer: run all steps.
   * Implemented only by subclasses of {@link PipelineModel}.
   */
  private interface TransformingPipeline extends Transformer {
    @Override
    default Frame transform(Frame x) {
      return ((PipelineModel) this).transformAll(x);
    }

    @Override
    default Schema outputSchema() {
      return ((PipelineModel) this).finalOutputSchema();
    }
  }

  private static final class TransformerPipeline extends PipelineModel implements TransformingPipeline {
    TransformerPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }
  }

  private static class ClassifierPipeline extends PipelineModel implements Classifier {
    ClassifierPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }

    @Override
    public List<String> classes() {
      return ((Classifier) finalModel()).classes();
    }

    @Override
    public int[] predict(Frame x) {
      return ((Classifier) finalModel()).predict(prepare(x));
    }
  }

  private static final class ClassifierTransformerPipeline extends ClassifierPipeline implements TransformingPipeline {
    ClassifierTransformerPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }
  }

  private static class ProbabilisticPipeline extends ClassifierPipeline implements ProbabilisticClassifier {
    ProbabilisticPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }

    @Override
    public double[][] predictProba(Frame x) {
      return ((ProbabilisticClassifier) finalModel()).predictProba(prepare(x));
    }
  }

  private static final class ProbabilisticTransformerPipeline extends ProbabilisticPipeline implements TransformingPipeline {
    ProbabilisticTransformerPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }
  }

  private static class RegressorPipeline extends PipelineModel implements Regressor {
    RegressorPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }

    @Override
    public double[] predict(Frame x) {
      return ((Regressor) finalModel()).predict(prepare(x));
    }
  }

  private static final class RegressorTransformerPipeline extends RegressorPipeline implements TransformingPipeline {
    RegressorTransformerPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }
  }

  private static class ClustererPipeline extends PipelineModel implements Clusterer {
    ClustererPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }

    @Override
    public int[] predict(Frame x) {
      return ((Clusterer) finalModel()).predict(prepare(x));
    }
  }

  private static final class ClustererTransformerPipeline extends ClustererPipeline implements TransformingPipeline {
    ClustererTransformerPipeline(List<String> n, List<Model> m, Provenance p) {
      super(n, m, p);
    }
  }
}
