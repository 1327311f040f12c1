package praxis.boost;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.boost.internal.FeatureColumns;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link DecisionStump}: one split (or a single leaf) with the class distribution of each side.
 *
 * <pre>{@code
 * DecisionStumpModel s = new DecisionStump().fit(x, y);
 * int feature = s.feature();
 * }</pre>
 */
public final class DecisionStumpModel implements ProbabilisticClassifier {
  static final String TYPE = "decision_stump";
  private final Schema schema;
  private final List<String> classes;
  private final int feature;
  private final double threshold;
  private final boolean missingLeft;
  private final double[] leftProba;
  private final double[] rightProba;
  private final Provenance provenance;

  DecisionStumpModel(Schema schema, List<String> classes, int feature, double threshold, boolean missingLeft,
      double[] leftProba, double[] rightProba, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.feature = feature;
    this.threshold = threshold;
    this.missingLeft = missingLeft;
    this.leftProba = leftProba;
    this.rightProba = rightProba;
    this.provenance = provenance;
  }

  /** Split feature index, or -1 for a single leaf. */
  public int feature() {
    return feature;
  }

  /** Split threshold ({@code x <= threshold} goes left). */
  public double threshold() {
    return threshold;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public double[][] predictProba(Frame x) {
    schema.requireCompatible(x.schema(), "DecisionStump input");
    int n = x.rowCount();
    double[][] out = new double[n][];
    if (feature < 0) {
      for (int i = 0; i < n; i++) {
        out[i] = leftProba.clone();
      }
      return out;
    }
    double[] v = FeatureColumns.of(schema, x.selectIndices(feature), "DecisionStump")[0];
    for (int i = 0; i < n; i++) {
      boolean left = Double.isNaN(v[i]) ? missingLeft : v[i] <= threshold;
      out[i] = (left ? leftProba : rightProba).clone();
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    double[][] p = predictProba(x);
    int[] out = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      int best = 0;
      for (int c = 1; c < p[i].length; c++) {
        if (p[i][c] > p[i][best]) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
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
    return HgbCommon.start(TYPE, schema, provenance).put("classes", classes).put("feature", feature)
        .put("threshold", threshold).put("missingLeft", missingLeft).put("leftProba", leftProba)
        .put("rightProba", rightProba).build();
  }

  /** Reads {@code decision_stump} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public DecisionStumpModel read(State s) {
      s.requireType(TYPE);
      Schema schema = HgbCommon.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      int f = s.getInt("feature");
      double[] l = s.getDoubles("leftProba");
      double[] r = s.getDoubles("rightProba");
      HgbCommon.require(f >= -1 && f < schema.size(), s, "feature index out of range");
      HgbCommon.require(l.length == classes.size() && r.length == classes.size(), s, "leaf distributions");
      return new DecisionStumpModel(schema, classes, f, s.getDouble("threshold"), s.getBoolean("missingLeft"), l,
          r, HgbCommon.provenance(s));
    }
  }
}
