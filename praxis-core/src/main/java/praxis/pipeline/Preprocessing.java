package praxis.pipeline;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Estimator;
import praxis.data.ColumnType;
import praxis.preprocess.OneHotEncoder;
import praxis.preprocess.OrdinalEncoder;
import praxis.preprocess.SimpleImputer;
import praxis.preprocess.StandardScaler;

/**
 * Ready-made preprocessing, the reference protocol of the Praxis benchmarks (the same as the scikit-learn
 * baselines in {@code sklearn_baselines.py}):
 * <ul>
 *   <li>{@code num}: numeric and boolean columns → median imputation [+ standardization];</li>
 *   <li>{@code ord}: ordinal categorical columns → most-frequent imputation + ordinal codes in level order
 *       [+ standardization];</li>
 *   <li>{@code cat}: nominal categorical columns → most-frequent imputation + one-hot encoding with unknown
 *       categories encoded as all zeros; never scaled;</li>
 *   <li>text columns are dropped.</li>
 * </ul>
 * Standardization is for scale-sensitive models (linear models, kNN, SVM, neural networks).
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(Preprocessing.standard(true), new LogisticRegression());
 * PipelineModel m = p.fit(x, y);      // preprocessing statistics come from x only
 * }</pre>
 */
public final class Preprocessing {
  private Preprocessing() {}

  /**
   * The standard preprocessing as a {@link ColumnTransformer} with groups {@code num}, {@code ord},
   * {@code cat} (each a {@link Pipeline}) and remainder DROP.
   *
   * @param scale whether numeric and ordinal outputs are standardized
   */
  public static ColumnTransformer standard(boolean scale) {
    return standard(scale, OneHotEncoder.Drop.NONE);
  }

  /**
   * The standard preprocessing with a choice of dropped dummy per nominal column. {@link OneHotEncoder.Drop#FIRST}
   * gives a full-rank design together with an intercept (R's treatment contrasts: the first level is the
   * baseline), which ordinary least squares inference ({@code RegressionSummary}) needs; unknown categories at
   * transform time still encode as all zeros, i.e. as the dropped baseline level.
   *
   * <pre>{@code
   * ColumnTransformer ct = Preprocessing.standard(false, OneHotEncoder.Drop.FIRST);
   * }</pre>
   *
   * @param scale whether numeric and ordinal outputs are standardized
   * @param drop which dummy column of each nominal column is dropped
   */
  public static ColumnTransformer standard(boolean scale, OneHotEncoder.Drop drop) {
    praxis.api.Check.notNull(drop, "drop");
    List<Estimator<?, ?>> num = new ArrayList<>();
    num.add(new SimpleImputer(SimpleImputer.Strategy.MEDIAN));
    List<Estimator<?, ?>> ord = new ArrayList<>();
    ord.add(new SimpleImputer(SimpleImputer.Strategy.MOST_FREQUENT));
    ord.add(new OrdinalEncoder());
    if (scale) {
      num.add(new StandardScaler());
      ord.add(new StandardScaler());
    }
    OneHotEncoder oneHot = new OneHotEncoder(
        OneHotEncoder.Params.DEFAULTS.withHandleUnknown(OneHotEncoder.HandleUnknown.IGNORE).withDrop(drop));
    return ColumnTransformer.builder()
        .add("num", ColumnSelector.types(ColumnType.NUMERIC, ColumnType.BOOLEAN),
            Pipeline.of(num.toArray(new Estimator<?, ?>[0])))
        .add("ord", ColumnSelector.ordinal(), Pipeline.of(ord.toArray(new Estimator<?, ?>[0])))
        .add("cat", ColumnSelector.nominal(),
            Pipeline.of(new SimpleImputer(SimpleImputer.Strategy.MOST_FREQUENT), oneHot))
        .remainder(ColumnTransformer.Remainder.DROP)
        .build();
  }
}
