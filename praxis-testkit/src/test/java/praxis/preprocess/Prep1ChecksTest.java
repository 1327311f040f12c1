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
}
