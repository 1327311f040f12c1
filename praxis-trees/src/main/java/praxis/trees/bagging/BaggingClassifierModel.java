package praxis.trees.bagging;

import java.util.List;
import java.util.OptionalDouble;
import praxis.api.Classifier;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.trees.internal.TreeSupport;

/**
 * A fitted {@link BaggingClassifier}: the members, the columns each one uses, and the out-of-bag results.
 *
 * <pre>{@code
 * BaggingClassifierModel m = new BaggingClassifier().fit(x, y);
 * double[][] p = m.predictProba(test);
 * }</pre>
 */
public final class BaggingClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "bagging_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final Model[] members;
  private final int[][] features;
  private final double oobScore;
  private final double[][] oob;
  private final Provenance provenance;

  BaggingClassifierModel(Schema schema, List<String> classes, Model[] members, int[][] features, double oobScore,
      double[][] oob, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.members = members;
    this.features = features;
    this.oobScore = oobScore;
    this.oob = oob;
    this.provenance = provenance;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Number of members. */
  public int memberCount() {
    return members.length;
  }

  /** Column indices used by member {@code t}. */
  public int[] memberFeatures(int t) {
    return features[t].clone();
  }

  @Override
  public int[] predict(Frame x) {
    return TreeSupport.argmax(predictProba(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    schema.requireCompatible(x.schema(), "BaggingClassifier input");
    int k = classes.size();
    double[][] out = new double[x.rowCount()][k];
    for (int t = 0; t < members.length; t++) {
      double[][] p = memberProba(t, x);
      for (int i = 0; i < out.length; i++) {
        for (int c = 0; c < k; c++) {
          out[i][c] += p[i][c];
        }
      }
    }
    for (double[] row : out) {
      for (int c = 0; c < k; c++) {
        row[c] /= members.length;
      }
    }
    return out;
  }

  /** Member {@code t}'s probabilities over this model's classes (one-hot votes for label-only members). */
  double[][] memberProba(int t, Frame x) {
    Frame sub = x.selectIndices(features[t]);
    Classifier c = (Classifier) members[t];
    List<String> mc = c.classes();
    int[] map = new int[mc.size()];
    for (int q = 0; q < map.length; q++) {
      map[q] = classes.indexOf(mc.get(q));
    }
    double[][] out = new double[x.rowCount()][classes.size()];
    if (c instanceof ProbabilisticClassifier pc) {
      double[][] p = pc.predictProba(sub);
      for (int i = 0; i < out.length; i++) {
        for (int q = 0; q < map.length; q++) {
          if (map[q] >= 0) {
            out[i][map[q]] += p[i][q];
          }
        }
      }
    } else {
      int[] pred = c.predict(sub);
      for (int i = 0; i < out.length; i++) {
        if (map[pred[i]] >= 0) {
          out[i][map[pred[i]]] = 1;
        }
      }
    }
    return out;
  }

  /** Out-of-bag accuracy (empty unless fitted with {@code oobScore=true}). */
  public OptionalDouble oobScore() {
    return Double.isNaN(oobScore) ? OptionalDouble.empty() : OptionalDouble.of(oobScore);
  }

  /** Out-of-bag probabilities of the training rows (NaN rows: never out of bag), or null. */
  public double[][] oobPredictions() {
    if (oob == null) {
      return null;
    }
    double[][] c = new double[oob.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = oob[i].clone();
    }
    return c;
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
    State.Builder b = Bagger.members(TreeSupport.start(TYPE, schema, provenance).put("classes", classes), members,
        features).put("oobScore", oobScore);
    if (oob != null) {
      b.put("oob", oob);
    }
    return b.build();
  }

  /** Reads {@code bagging_classifier} model state (members through their own registered codecs). */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public BaggingClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = TreeSupport.schema(s);
      Model[] members = Bagger.readMembers(s);
      for (Model m : members) {
        TreeSupport.require(m instanceof Classifier, s, "member of type " + m.getClass().getSimpleName()
            + " is not a classifier");
      }
      return new BaggingClassifierModel(schema, List.of(s.getStrings("classes")), members,
          Bagger.readFeatures(s, members.length, schema.size()), s.getDouble("oobScore"),
          s.has("oob") ? s.getMatrix("oob") : null, TreeSupport.provenance(s));
    }
  }
}
