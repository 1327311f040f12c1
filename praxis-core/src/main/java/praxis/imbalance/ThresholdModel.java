package praxis.imbalance;

import java.util.List;
import praxis.api.Check;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.ModelIO;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A binary probabilistic classifier with a tuned decision threshold (fitted by {@link ThresholdTuner}):
 * {@code predict} says positive when {@code P(positive) >= threshold}; {@code predictProba} is the wrapped
 * model's.
 *
 * <pre>{@code
 * ThresholdModel m = tuner.fit(x, y);
 * int[] yhat = m.predict(test);
 * ProbabilisticClassifier inner = m.classifier();
 * }</pre>
 */
public final class ThresholdModel implements ProbabilisticClassifier {
  static final String TYPE = "threshold_model";
  private final ProbabilisticClassifier inner;
  private final String positive;
  private final int pos;
  private final double threshold;
  private final Provenance provenance;

  ThresholdModel(ProbabilisticClassifier inner, String positive, double threshold, Provenance provenance) {
    this.inner = Check.notNull(inner, "inner");
    this.positive = positive;
    this.pos = inner.classes().indexOf(positive);
    if (pos < 0 || inner.classes().size() != 2) {
      throw new IllegalArgumentException("ThresholdModel needs a two-class model knowing class '" + positive
          + "', got classes " + inner.classes());
    }
    this.threshold = threshold;
    this.provenance = provenance;
  }

  /** The decision threshold on the positive class probability. */
  public double threshold() {
    return threshold;
  }

  /** The positive class label. */
  public String positiveClass() {
    return positive;
  }

  /** The wrapped classifier. */
  public ProbabilisticClassifier classifier() {
    return inner;
  }

  @Override
  public List<String> classes() {
    return inner.classes();
  }

  @Override
  public double[][] predictProba(Frame x) {
    return inner.predictProba(x);
  }

  @Override
  public int[] predict(Frame x) {
    double[][] p = inner.predictProba(x);
    int[] out = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i][pos] >= threshold ? pos : 1 - pos;
    }
    return out;
  }

  @Override
  public Schema inputSchema() {
    return inner.inputSchema();
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    return State.builder(TYPE).put("schema", Persist.schema(inputSchema())).put("provenance", provenance.toState())
        .put("positive", positive).put("threshold", threshold).put("inner", inner.toState()).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static ThresholdModel fromState(State s) {
    s.requireType(TYPE);
    Model m = ModelIO.fromState(s.getState("inner"));
    if (!(m instanceof ProbabilisticClassifier p)) {
      throw new ModelFormatException("state '" + TYPE + "': the inner model is a " + m.getClass().getSimpleName()
          + ", not a probabilistic classifier");
    }
    try {
      return new ThresholdModel(p, s.getString("positive"), s.getDouble("threshold"),
          Provenance.fromState(s.getState("provenance")));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "': " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ThresholdModel[" + positive + " if p >= " + threshold + "]";
  }

  /** Reads {@code threshold_model} states (registered with {@link java.util.ServiceLoader}). */
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
