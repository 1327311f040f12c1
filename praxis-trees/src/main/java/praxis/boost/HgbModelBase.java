package praxis.boost;

import praxis.api.Provenance;
import praxis.boost.internal.Ensemble;
import praxis.boost.internal.FeatureColumns;
import praxis.boost.internal.TreeExplainer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/** What the two fitted histogram boosting models share: trees, schema, history, importances, state. */
abstract class HgbModelBase {
  final Schema schema;
  final Ensemble ensemble;
  final double[] trainLoss;
  final double[] validLoss;
  final double[] gain;
  final int[] splits;
  final Provenance provenance;

  HgbModelBase(Schema schema, Ensemble ensemble, double[] trainLoss, double[] validLoss, double[] gain,
      int[] splits, Provenance provenance) {
    this.schema = schema;
    this.ensemble = ensemble;
    this.trainLoss = trainLoss;
    this.validLoss = validLoss;
    this.gain = gain;
    this.splits = splits;
    this.provenance = provenance;
  }

  HgbModelBase(State s) {
    this.schema = HgbCommon.schema(s);
    this.provenance = HgbCommon.provenance(s);
    this.ensemble = Ensemble.read(s, schema.size());
    this.trainLoss = s.getDoubles("trainLoss");
    this.validLoss = s.getDoubles("validLoss");
    this.gain = s.getDoubles("gain");
    this.splits = s.getInts("splits");
    HgbCommon.require(gain.length == schema.size() && splits.length == schema.size(), s,
        "importance arrays differ from the column count");
  }

  State.Builder state(String type) {
    State.Builder b = HgbCommon.start(type, schema, provenance);
    ensemble.write(b);
    return b.put("trainLoss", trainLoss).put("validLoss", validLoss).put("gain", gain).put("splits", splits);
  }

  /** Raw scores, row-major. */
  double[] raw(Frame x, String who) {
    schema.requireCompatible(x.schema(), who + " input");
    double[][] cols = FeatureColumns.of(schema, x, who);
    return ensemble.predictRaw(cols, x.rowCount());
  }

  void requireRow(double[] row) {
    if (row.length != schema.size()) {
      throw new IllegalArgumentException("row has " + row.length + " values but the model was fitted on "
          + schema.size() + " columns " + schema.names());
    }
  }

  /**
   * Exact TreeSHAP contributions (raw-score units) of each row: {@code out[i][k][j]} for output {@code k} and
   * column {@code j}, {@code out[i][k][p]} the expected raw score; each {@code out[i][k]} sums to the raw score.
   */
  double[][][] contributions(Frame x, String who) {
    schema.requireCompatible(x.schema(), who + " input");
    double[][] cols = FeatureColumns.of(schema, x, who);
    int n = x.rowCount();
    int p = cols.length;
    double[][][] out = new double[n][][];
    double[] row = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        row[j] = cols[j][i];
      }
      out[i] = TreeExplainer.shap(ensemble, row);
    }
    return out;
  }

  /**
   * Partial dependence (raw-score units, output {@code output}) on column {@code column} at the grid values
   * (categorical columns: level codes), by tree recursion over the training covers.
   */
  public double[] partialDependence(String column, int output, double... grid) {
    int j = schema.requireIndex(column);
    if (output < 0 || output >= ensemble.outputs()) {
      throw new IllegalArgumentException("output must be in [0, " + ensemble.outputs() + "), got " + output);
    }
    return TreeExplainer.partialDependence(ensemble, output, schema.size(), j, grid);
  }

  /** Number of boosting iterations kept. */
  public int iterations() {
    return ensemble.trees() / ensemble.outputs();
  }

  /** The flat tree arrays. */
  public Ensemble ensemble() {
    return ensemble;
  }

  /** Mean training loss after each iteration run (including iterations dropped by early stopping). */
  public double[] trainLoss() {
    return trainLoss.clone();
  }

  /** Mean validation (or eval-set) loss after each iteration run; empty without validation data. */
  public double[] validationLoss() {
    return validLoss.clone();
  }

  /** Normalized gain importances in column order (the {@link praxis.api.FeatureImportance} view). */
  public double[] featureImportances() {
    return featureImportances(ImportanceType.GAIN);
  }

  /** Feature importances in column order. */
  public double[] featureImportances(ImportanceType type) {
    if (type == ImportanceType.GAIN) {
      return HgbCommon.normalizedGain(gain);
    }
    double[] out = new double[splits.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = splits[j];
    }
    return out;
  }

  public Schema inputSchema() {
    return schema;
  }

  public Provenance provenance() {
    return provenance;
  }
}
