package praxis.bayes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;

/**
 * A fitted {@link CategoricalNB}: per feature the counts {@code [class][category]} ({@link #categoryCount}),
 * class counts, and the derived {@link #featureLogProb} and {@link #classLogPrior()}. Immutable;
 * {@link #partialFit} returns a new model.
 *
 * <pre>{@code
 * CategoricalNBModel m = new CategoricalNB().fit(x, y);
 * int[] m0 = m.categoryCounts();          // categories per feature
 * double[][] p = m.predictProba(x);
 * }</pre>
 */
public final class CategoricalNBModel implements ProbabilisticClassifier {
  static final String TYPE = "categorical_nb";
  private static final String WHO = "CategoricalNB";
  private final Schema schema;
  private final List<String> classes;
  private final double[][][] categoryCount;
  private final double[] classCount;
  private final CategoricalNB.Params params;
  private final Provenance provenance;
  private final double[][][] featureLogProb;
  private final double[] classLogPrior;

  CategoricalNBModel(Schema schema, List<String> classes, double[][][] categoryCount, double[] classCount,
      CategoricalNB.Params params, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.classCount = classCount.clone();
    this.params = params;
    this.provenance = provenance;
    int p = categoryCount.length;
    int k = classes.size();
    double alpha = Math.max(params.alpha(), NBSupport.ALPHA_MIN);
    this.categoryCount = new double[p][][];
    this.featureLogProb = new double[p][k][];
    for (int j = 0; j < p; j++) {
      this.categoryCount[j] = NBSupport.deepCopy(categoryCount[j]);
      for (int c = 0; c < k; c++) {
        double[] cnt = categoryCount[j][c];
        double total = 0;
        for (double v : cnt) {
          total += v;
        }
        double lt = Math.log(total + alpha * cnt.length);
        double[] out = new double[cnt.length];
        for (int t = 0; t < cnt.length; t++) {
          out[t] = Math.log(cnt[t] + alpha) - lt;
        }
        featureLogProb[j][c] = out;
      }
    }
    classLogPrior = NBSupport.classLogPrior(classCount, params.fitPrior(), params.classPrior(), WHO);
  }

  /** First-fit checks: rows, at least one column, numeric/boolean/categorical columns, the class list. */
  static List<String> startFit(Frame x, Target y, List<String> classes) {
    Inputs.requireRows(x, y, WHO);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(WHO + ": the input has 0 feature columns; at least 1 is required");
    }
    y.requireKind(Target.Kind.CLASSES);
    return classes == null ? y.classList() : NBSupport.classList(classes, WHO);
  }

  /**
   * Adds one batch of rows to the counts and returns the updated model (this model is unchanged). The class
   * list stays the one of the first fit; a numeric column's number of categories grows if the batch holds a
   * larger code. Batches give the same model as one fit on all rows.
   *
   * @throws IllegalArgumentException on other columns, missing values, invalid codes, unknown levels or labels
   */
  public CategoricalNBModel partialFit(Frame x, Target y) {
    Inputs.requireRows(x, y, WHO);
    int[] codes = NBSupport.codesIn(y, classes, WHO);
    schema.requireCompatible(x.schema(), WHO + " input");
    int n = x.rowCount();
    int p = schema.size();
    int k = classes.size();
    double[][][] counts = new double[p][][];
    for (int j = 0; j < p; j++) {
      int[] cat = categories(x, j, true);
      int m = categoryCount[j][0].length;
      for (int i = 0; i < n; i++) {
        m = Math.max(m, cat[i] + 1);
      }
      counts[j] = new double[k][m];
      for (int c = 0; c < k; c++) {
        System.arraycopy(categoryCount[j][c], 0, counts[j][c], 0, categoryCount[j][c].length);
      }
      for (int i = 0; i < n; i++) {
        counts[j][codes[i]][cat[i]] += 1;
      }
    }
    double[] cc = classCount.clone();
    for (int i = 0; i < n; i++) {
      cc[codes[i]] += 1;
    }
    return new CategoricalNBModel(schema, classes, counts, cc, params,
        Provenance.of(provenance.estimator(), params, x, y, 0L));
  }

  /**
   * The category index of every row of column {@code j}: level codes mapped by name onto the fitted levels,
   * or validated integer codes. With {@code growing} (fitting) numeric codes may exceed the known range.
   */
  private int[] categories(Frame x, int j, boolean growing) {
    Column col = x.column(j);
    Field fitted = schema.fields().get(j);
    int n = x.rowCount();
    int[] out = new int[n];
    if (col instanceof CategoricalColumn cc) {
      int[] raw = cc.codes();
      int[] map = levelMap(cc.levels(), fitted.levels(), col.name());
      for (int i = 0; i < n; i++) {
        if (raw[i] == CategoricalColumn.MISSING) {
          throw new IllegalArgumentException(WHO + " does not accept missing values but column '" + col.name()
              + "' row " + i + " is missing; impute first (SimpleImputer) or drop the rows");
        }
        out[i] = map[raw[i]];
        if (out[i] < 0) {
          throw new IllegalArgumentException(WHO + ": column '" + col.name() + "' row " + i + " has level '"
              + cc.levels().get(raw[i]) + "', which is not one of the fitted levels " + fitted.levels()
              + "; declare every level in the training column");
        }
      }
      return out;
    }
    if (col.type() != ColumnType.NUMERIC && col.type() != ColumnType.BOOLEAN) {
      throw new IllegalArgumentException(WHO + " needs categorical columns or integer codes but column '"
          + col.name() + "' is " + col.type() + "; encode it first (OrdinalEncoder)");
    }
    int m = categoryCount[j][0].length;
    for (int i = 0; i < n; i++) {
      double v = x.getDouble(i, j);
      if (!(v >= 0) || v != Math.rint(v) || v > Integer.MAX_VALUE - 1) {
        throw new IllegalArgumentException(WHO + " needs non-negative integer category codes but column '"
            + col.name() + "' row " + i + " is " + v + "; encode the categories as 0, 1, 2, ... (OrdinalEncoder)");
      }
      out[i] = (int) v;
      if (!growing && out[i] >= m) {
        throw new IllegalArgumentException(WHO + ": column '" + col.name() + "' row " + i + " has category "
            + out[i] + " but the model knows categories 0.." + (m - 1) + " of that column; fit with minCategories"
            + " >= " + (out[i] + 1) + " or with rows holding that category");
      }
    }
    return out;
  }

  /** For each level of a batch column, its index among the fitted levels (-1 if unknown). */
  private static int[] levelMap(List<String> levels, List<String> fitted, String column) {
    int[] map = new int[levels.size()];
    if (levels.equals(fitted)) {
      for (int t = 0; t < map.length; t++) {
        map[t] = t;
      }
      return map;
    }
    Map<String, Integer> idx = new HashMap<>();
    for (int t = 0; t < fitted.size(); t++) {
      idx.put(fitted.get(t), t);
    }
    for (int t = 0; t < map.length; t++) {
      map[t] = idx.getOrDefault(levels.get(t), -1);
    }
    return map;
  }

  /** Number of categories of each feature. */
  public int[] categoryCounts() {
    int[] out = new int[categoryCount.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = categoryCount[j][0].length;
    }
    return out;
  }

  /** Rows per class and category of feature {@code j}, {@code [class][category]}. */
  public double[][] categoryCount(int j) {
    return NBSupport.deepCopy(categoryCount[j]);
  }

  /** {@code log P(feature j = category t | class c)} as {@code [class][category]}. */
  public double[][] featureLogProb(int j) {
    return NBSupport.deepCopy(featureLogProb[j]);
  }

  /** Number of training rows per class. */
  public double[] classCount() {
    return classCount.clone();
  }

  /** Log class priors in class order. */
  public double[] classLogPrior() {
    return classLogPrior.clone();
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /**
   * Unnormalized log posterior per row and class.
   *
   * @throws IllegalArgumentException on other columns, missing values, unknown levels or out-of-range codes
   */
  public double[][] jointLogLikelihood(Frame x) {
    schema.requireCompatible(x.schema(), WHO + " input");
    int n = x.rowCount();
    int k = classes.size();
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      out[i] = classLogPrior.clone();
    }
    for (int j = 0; j < schema.size(); j++) {
      int[] cat = categories(x, j, false);
      double[][] f = featureLogProb[j];
      for (int i = 0; i < n; i++) {
        double[] row = out[i];
        for (int c = 0; c < k; c++) {
          row[c] += f[c][cat[i]];
        }
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(jointLogLikelihood(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    return NBSupport.softmaxRows(jointLogLikelihood(x));
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
    List<State> features = new ArrayList<>();
    for (double[][] m : categoryCount) {
      features.add(State.builder(TYPE + "_feature").put("categoryCount", m).build());
    }
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("classCount", classCount)
        .putStates("features", features).put("alpha", params.alpha()).put("fitPrior", params.fitPrior())
        .put("classPrior", params.classPrior()).put("minCategories", params.minCategories()).build();
  }

  /** Reads {@code categorical_nb} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public CategoricalNBModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[] cc = s.getDoubles("classCount");
      List<State> features = s.getStates("features");
      int k = classes.size();
      ModelStates.require(cc.length == k, s, "classCount does not match " + k + " classes");
      ModelStates.require(features.size() == schema.size(), s, "features do not match " + schema.size()
          + " columns");
      double[][][] counts = new double[features.size()][][];
      for (int j = 0; j < counts.length; j++) {
        counts[j] = features.get(j).getMatrix("categoryCount");
        ModelStates.require(counts[j].length == k && counts[j][0].length > 0, s, "feature " + j
            + " does not have counts for " + k + " classes");
        for (double[] r : counts[j]) {
          ModelStates.require(r.length == counts[j][0].length, s, "feature " + j + " has ragged counts");
        }
      }
      var params = new CategoricalNB.Params(s.getDouble("alpha"), s.getBoolean("fitPrior"),
          s.getDoubles("classPrior"), s.getInt("minCategories"));
      return new CategoricalNBModel(schema, classes, counts, cc, params, ModelStates.provenance(s));
    }
  }
}
