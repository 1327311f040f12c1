package praxis.semisupervised;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * A fitted {@link SelfTrainingClassifier}: the final base model (fitted on all labeled rows) which makes
 * the predictions, plus the training rows' labels ({@link #transduction()}, -1 = never labeled), the round
 * in which each row was labeled ({@link #labeledIteration()}, 0 = given, -1 = never) and why it stopped.
 *
 * <pre>{@code
 * SelfTrainingModel m = new SelfTrainingClassifier().fit(x, partial);
 * SelfTrainingClassifier.Termination why = m.termination();
 * }</pre>
 */
public final class SelfTrainingModel implements ProbabilisticClassifier {
  static final String TYPE = "self_training";
  private final Schema schema;
  private final List<String> classes;
  private final ProbabilisticClassifier base;
  private final int[] transduction;
  private final int[] labeledIter;
  private final int nIter;
  private final SelfTrainingClassifier.Termination termination;
  private final Provenance provenance;
  private final int[] map;

  SelfTrainingModel(Schema schema, List<String> classes, ProbabilisticClassifier base, int[] transduction,
      int[] labeledIter, int nIter, SelfTrainingClassifier.Termination termination, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.base = base;
    this.transduction = transduction.clone();
    this.labeledIter = labeledIter.clone();
    this.nIter = nIter;
    this.termination = termination;
    this.provenance = provenance;
    this.map = new int[base.classes().size()];
    for (int c = 0; c < map.length; c++) {
      map[c] = classes.indexOf(base.classes().get(c));
      if (map[c] < 0) {
        throw new IllegalArgumentException("SelfTrainingModel: base class '" + base.classes().get(c)
            + "' is not among " + classes);
      }
    }
  }

  /** The final base model. */
  public ProbabilisticClassifier baseModel() {
    return base;
  }

  /** Class code of each training row after self-training; -1 for rows never labeled. */
  public int[] transduction() {
    return transduction.clone();
  }

  /** The round in which each training row was labeled: 0 = given, -1 = never. */
  public int[] labeledIteration() {
    return labeledIter.clone();
  }

  /** Rounds run. */
  public int iterations() {
    return nIter;
  }

  /** Why the rounds stopped. */
  public SelfTrainingClassifier.Termination termination() {
    return termination;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public double[][] predictProba(Frame x) {
    Inputs.predictMatrix(schema, x, "SelfTrainingClassifier");
    double[][] p = base.predictProba(x);
    double[][] out = new double[p.length][classes.size()];
    for (int i = 0; i < p.length; i++) {
      for (int c = 0; c < map.length; c++) {
        out[i][map[c]] += p[i][c];
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(predictProba(x));
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("base", base.toState())
        .put("transduction", transduction).put("labeledIter", labeledIter).put("nIter", nIter)
        .put("termination", termination.name()).build();
  }

  /** Reads {@code self_training} model state (the base model through its own codec). */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public SelfTrainingModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      var base = ModelIO.fromState(s.getState("base"));
      ModelStates.require(base instanceof ProbabilisticClassifier pc && classes.containsAll(pc.classes()), s,
          "a probabilistic base model with classes within " + classes);
      int[] t = s.getInts("transduction");
      int[] it = s.getInts("labeledIter");
      ModelStates.require(t.length == it.length, s, t.length + " transduction and " + it.length + " round entries");
      SelfTrainingClassifier.Termination term;
      try {
        term = SelfTrainingClassifier.Termination.valueOf(s.getString("termination"));
      } catch (IllegalArgumentException e) {
        ModelStates.require(false, s, "termination one of MAX_ITER, NO_CHANGE, ALL_LABELED");
        throw e;
      }
      return new SelfTrainingModel(schema, classes, (ProbabilisticClassifier) base, t, it, s.getInt("nIter"), term,
          ModelStates.provenance(s));
    }
  }
}
