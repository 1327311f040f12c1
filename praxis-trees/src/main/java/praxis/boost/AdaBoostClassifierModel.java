package praxis.boost;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Classifier;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * A fitted {@link AdaBoostClassifier}: the weak models with their weights and training errors. Saving stores
 * each weak model's own state, so any weak learner whose model has a registered codec round-trips.
 *
 * <pre>{@code
 * AdaBoostClassifierModel m = new AdaBoostClassifier().fit(x, y);
 * double[] alphas = m.estimatorWeights();
 * }</pre>
 */
public final class AdaBoostClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "adaboost_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final AdaBoostClassifier.Algorithm algorithm;
  private final List<Classifier> models;
  private final double[] weights;
  private final double[] errors;
  private final Provenance provenance;

  AdaBoostClassifierModel(Schema schema, List<String> classes, AdaBoostClassifier.Algorithm algorithm,
      List<Classifier> models, double[] weights, double[] errors, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.algorithm = algorithm;
    this.models = List.copyOf(models);
    this.weights = weights;
    this.errors = errors;
    this.provenance = provenance;
  }

  /** Weight of each weak model (1 for SAMME.R). */
  public double[] estimatorWeights() {
    return weights.clone();
  }

  /** Weighted training error of each weak model. */
  public double[] estimatorErrors() {
    return errors.clone();
  }

  /** The weak models. */
  public List<Classifier> estimators() {
    return models;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Decision per row and class (votes for SAMME, summed centred log-probabilities for SAMME.R), normalized. */
  public double[][] decisionFunction(Frame x) {
    schema.requireCompatible(x.schema(), "AdaBoostClassifier input");
    int n = x.rowCount();
    int k = classes.size();
    double[][] d = new double[n][k];
    double total = 0;
    for (int m = 0; m < models.size(); m++) {
      Classifier c = models.get(m);
      total += weights[m];
      if (algorithm == AdaBoostClassifier.Algorithm.SAMME_R) {
        double[][] p = ((ProbabilisticClassifier) c).predictProba(x);
        for (int i = 0; i < n; i++) {
          double mean = 0;
          double[] lp = new double[k];
          for (int j = 0; j < k; j++) {
            lp[j] = Math.log(Math.max(p[i][j], AdaBoostClassifier.EPS));
            mean += lp[j];
          }
          mean /= k;
          for (int j = 0; j < k; j++) {
            d[i][j] += (k - 1) * (lp[j] - mean);
          }
        }
      } else {
        int[] pred = c.predict(x);
        for (int i = 0; i < n; i++) {
          d[i][pred[i]] += weights[m];
        }
      }
    }
    for (double[] row : d) {
      for (int j = 0; j < k; j++) {
        row[j] /= total;
      }
    }
    return d;
  }

  @Override
  public int[] predict(Frame x) {
    return AdaBoostClassifier.argmax(decisionFunction(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[][] d = decisionFunction(x);
    int k = classes.size();
    double div = Math.max(1, k - 1);
    for (double[] row : d) {
      double mx = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        row[j] /= div;
        mx = Math.max(mx, row[j]);
      }
      double s = 0;
      for (int j = 0; j < k; j++) {
        row[j] = Math.exp(row[j] - mx);
        s += row[j];
      }
      for (int j = 0; j < k; j++) {
        row[j] /= s;
      }
    }
    return d;
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
    List<State> states = new ArrayList<>();
    for (Classifier c : models) {
      states.add(c.toState());
    }
    return HgbCommon.start(TYPE, schema, provenance).put("classes", classes).put("algorithm", algorithm.name())
        .put("weights", weights).put("errors", errors).putStates("estimators", states).build();
  }

  /** Reads {@code adaboost_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public AdaBoostClassifierModel read(State s) {
      s.requireType(TYPE);
      AdaBoostClassifier.Algorithm a;
      try {
        a = AdaBoostClassifier.Algorithm.valueOf(s.getString("algorithm"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("unknown AdaBoost algorithm '" + s.getString("algorithm") + "'");
      }
      List<String> classes = List.of(s.getStrings("classes"));
      List<Classifier> models = new ArrayList<>();
      for (State st : s.getStates("estimators")) {
        Model m = ModelIO.fromState(st);
        HgbCommon.require(m instanceof Classifier, s, "weak model '" + st.type() + "' is not a classifier");
        HgbCommon.require(a != AdaBoostClassifier.Algorithm.SAMME_R || m instanceof ProbabilisticClassifier, s,
            "SAMME_R weak model without probabilities");
        models.add((Classifier) m);
      }
      double[] w = s.getDoubles("weights");
      double[] e = s.getDoubles("errors");
      HgbCommon.require(w.length == models.size() && e.length == models.size() && !models.isEmpty(), s,
          "weights/errors/estimators differ in length");
      return new AdaBoostClassifierModel(HgbCommon.schema(s), classes, a, models, w, e, HgbCommon.provenance(s));
    }
  }
}
