package praxis.calibration;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Classifier;
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
 * A fitted {@link CalibratedClassifier}: one base model per fold (one for a prefit calibration) with its
 * per-class calibrators; probabilities are the average over the folds of the calibrated, normalized
 * probabilities. Saved with the base models nested (read back through their own codecs).
 *
 * <pre>{@code
 * CalibratedClassifierModel m = new CalibratedClassifier().fit(x, y);
 * double[][] p = m.predictProba(x);
 * int folds = m.baseModels().size();
 * }</pre>
 */
public final class CalibratedClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "calibrated_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final CalibratedClassifier.Method method;
  private final List<Classifier> models;
  private final List<Calibrator[]> calibrators;
  private final Provenance provenance;

  CalibratedClassifierModel(Schema schema, List<String> classes, CalibratedClassifier.Method method,
      List<Classifier> models, List<Calibrator[]> calibrators, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.method = method;
    this.models = List.copyOf(models);
    this.calibrators = new ArrayList<>();
    for (Calibrator[] c : calibrators) {
      this.calibrators.add(c.clone());
    }
    this.provenance = provenance;
  }

  /** The base models, one per fold. */
  public List<Classifier> baseModels() {
    return models;
  }

  /** The calibration method. */
  public CalibratedClassifier.Method method() {
    return method;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public double[][] predictProba(Frame x) {
    Inputs.predictMatrix(schema, x, "CalibratedClassifier");
    int n = x.rowCount();
    int k = classes.size();
    double[][] out = new double[n][k];
    double[] row = new double[k];
    for (int m = 0; m < models.size(); m++) {
      Classifier model = models.get(m);
      Calibrator[] cal = calibrators.get(m);
      double[][] s = Scores.of(model, x);
      List<String> mc = model.classes();
      boolean binary = mc.size() == 2;
      int pos = classes.indexOf(mc.get(binary ? 1 : 0));
      int neg = classes.indexOf(mc.get(0));
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(row, 0);
        if (binary) {
          row[pos] = cal[pos].apply(s[i][0]);
          row[neg] = 1 - row[pos];
        } else {
          double sum = 0;
          for (int col = 0; col < mc.size(); col++) {
            int c = classes.indexOf(mc.get(col));
            row[c] = cal[c].apply(s[i][col]);
            sum += row[c];
          }
          for (int c = 0; c < k; c++) {
            row[c] = sum != 0 ? row[c] / sum : 1.0 / k;
          }
        }
        for (int c = 0; c < k; c++) {
          double v = row[c];
          out[i][c] += v > 1 && v <= 1 + 1e-5 ? 1 : v;
        }
      }
    }
    for (double[] r : out) {
      for (int c = 0; c < k; c++) {
        r[c] /= models.size();
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
    List<State> base = new ArrayList<>();
    List<State> cals = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      base.add(models.get(m).toState());
      Calibrator[] c = calibrators.get(m);
      for (int j = 0; j < c.length; j++) {
        cals.add(c[j] == null ? State.builder("calibrator").put("kind", "none").build() : c[j].toState());
      }
    }
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("method", method.name())
        .putStates("models", base).putStates("calibrators", cals).build();
  }

  /** Reads {@code calibrated_classifier} model state (nested base models through their codecs). */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public CalibratedClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      CalibratedClassifier.Method method;
      try {
        method = CalibratedClassifier.Method.valueOf(s.getString("method"));
      } catch (IllegalArgumentException e) {
        ModelStates.require(false, s, "method one of SIGMOID, ISOTONIC, got " + s.getString("method"));
        throw e;
      }
      List<State> base = s.getStates("models");
      List<State> cals = s.getStates("calibrators");
      int k = classes.size();
      ModelStates.require(!base.isEmpty() && cals.size() == base.size() * k, s,
          base.size() + " base models and " + cals.size() + " calibrators for " + k + " classes");
      List<Classifier> models = new ArrayList<>();
      List<Calibrator[]> calibrators = new ArrayList<>();
      for (int m = 0; m < base.size(); m++) {
        var model = ModelIO.fromState(base.get(m));
        ModelStates.require(model instanceof Classifier c && Scores.supported(c), s,
            "base model " + m + " a classifier with scores, got " + model.getClass().getSimpleName());
        Classifier c = (Classifier) model;
        ModelStates.require(classes.containsAll(c.classes()), s, "base model " + m + " classes " + c.classes()
            + " within " + classes);
        Calibrator[] cal = new Calibrator[k];
        for (int j = 0; j < k; j++) {
          State cs = cals.get(m * k + j);
          cal[j] = cs.getString("kind").equals("none") ? null : Calibrator.fromState(cs);
        }
        List<String> mc = c.classes();
        for (int col = mc.size() == 2 ? 1 : 0; col < mc.size(); col++) {
          ModelStates.require(cal[classes.indexOf(mc.get(col))] != null, s, "a calibrator for class '"
              + mc.get(col) + "' of base model " + m);
        }
        models.add(c);
        calibrators.add(cal);
      }
      return new CalibratedClassifierModel(schema, classes, method, models, calibrators, ModelStates.provenance(s));
    }
  }
}
