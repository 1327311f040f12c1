package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.testkit.EstimatorChecks;

/** The common estimator checks on the prep1 transformers (PowerTransformer, KNNImputer, ...). */
class Prep1ChecksTest {
  /** Pima's 8 features as numeric columns, first 80 rows (has missing values). */
  static Frame pima() {
    Frame all = Datasets.load("PimaIndiansDiabetes2").rowRange(0, 80);
    List<Column> cols = new ArrayList<>();
    for (int j = 0; j < all.columnCount() - 1; j++) {
      double[] v = new double[all.rowCount()];
      for (int i = 0; i < v.length; i++) {
        v[i] = all.getDouble(i, j);
      }
      cols.add(DoubleColumn.wrap(all.column(j).name(), v));
    }
    return Frame.of(cols);
  }

  /** Diabetes features (all positive), first 80 rows. */
  static Frame diabetes() {
    Frame all = Datasets.load("diabetes").rowRange(0, 80);
    return all.drop("target");
  }

  private static Target none(Frame x) {
    return Target.none(x.rowCount());
  }

  @Test
  void powerTransformerPassesCommonChecks() {
    Frame x = diabetes();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(PowerTransformer::new, x, none(x)).nanSupported(true)
        .tolerance(1e-9));
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new PowerTransformer(
        PowerTransformer.Params.DEFAULTS.withMethod(PowerTransformer.Method.BOX_COX)), x, none(x)).nanSupported(true)
        .tolerance(1e-9));
  }

  @Test
  void knnImputerPassesCommonChecks() {
    Frame x = pima();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new KNNImputer(new KNNImputer.Params(3,
        KNNImputer.Weights.DISTANCE)), x, none(x)).nanSupported(true));
  }

  @Test
  void quantileTransformerPassesCommonChecks() {
    Frame x = diabetes();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new QuantileTransformer(
        QuantileTransformer.Params.DEFAULTS.withNQuantiles(50).withOutput(QuantileTransformer.Output.NORMAL)), x,
        none(x)).nanSupported(true));
  }

  @Test
  void kbinsDiscretizerPassesCommonChecks() {
    Frame x = diabetes();
    for (KBinsDiscretizer.Strategy s : KBinsDiscretizer.Strategy.values()) {
      EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new KBinsDiscretizer(new KBinsDiscretizer
          .Params(4, s, KBinsDiscretizer.Encode.ONE_HOT)), x, none(x)));
    }
  }

  @Test
  void logTransformerPassesCommonChecks() {
    Frame x = diabetes();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(LogTransformer::new, x, none(x)).nanSupported(true));
  }

  @Test
  void targetEncoderPassesCommonChecks() {
    Frame all = Datasets.load("BreastCancer").rowRange(0, 120);
    Frame x = all.select("Bare.nuclei", "Mitoses", "Cl.thickness");
    Target y = Target.fromColumn(all.column(all.columnCount() - 1));
    // transform(trainingFrame) returns out-of-fold encodings by design, so a row subset of the training frame is
    // encoded differently from the full frame (scikit-learn's fit_transform contract)
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(TargetEncoder::new, x, y).skip(
        EstimatorChecks.Check.ROW_SUBSET_INVARIANT, "training frame gets out-of-fold encodings"));
  }

  @Test
  void dropMissingPassesCommonChecks() {
    Frame x = pima();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new DropMissing(new DropMissing.Params(0.3)), x,
        none(x)).nanSupported(true).infinitySupported(true));
  }

  @Test
  void outlierFlaggerPassesCommonChecks() {
    Frame x = pima();
    for (praxis.quality.OutlierFlagger.Method m : praxis.quality.OutlierFlagger.Method.values()) {
      EstimatorChecks.runAll(EstimatorChecks.Config.transformer(() -> new praxis.quality.OutlierFlagger(
          new praxis.quality.OutlierFlagger.Params(m, 2.5)), x, none(x)).nanSupported(true));
    }
  }

  @Test
  void splineTransformerPassesCommonChecks() {
    Frame x = diabetes().select("bmi", "bp", "s5");
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(SplineTransformer::new, x, none(x)));
  }

  @Test
  void iterativeImputerPassesCommonChecks() {
    Frame x = pima();
    EstimatorChecks.runAll(EstimatorChecks.Config.transformer(IterativeImputer::new, x, none(x)).nanSupported(true)
        .tolerance(1e-9));
  }
}
