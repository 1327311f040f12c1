package praxis.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Model;
import praxis.boost.AdaBoostClassifier;
import praxis.boost.AdaBoostClassifierModel;
import praxis.boost.EarlyStopping;
import praxis.boost.HistGradientBoostingClassifier;
import praxis.boost.HistGradientBoostingClassifierModel;
import praxis.boost.HistGradientBoostingRegressor;
import praxis.boost.HistGradientBoostingRegressorModel;
import praxis.boost.ImportanceType;
import praxis.boost.Loss;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.metrics.ClassificationMetrics;
import praxis.metrics.RegressionMetrics;
import praxis.metrics.Scorers;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.Fold;
import praxis.select.HoldOut;
import praxis.select.StratifiedKFold;
import praxis.trees.bagging.BaggingClassifier;
import praxis.trees.bagging.BaggingClassifierModel;
import praxis.trees.bagging.BaggingParams;
import praxis.trees.forest.ForestClassifierModel;
import praxis.trees.forest.ProximityImputer;
import praxis.trees.forest.RandomForestClassifier;

/**
 * The code of docs/trees.md, run on bundled data sets. Each snippet is copied (essentially verbatim) from the
 * guide; the assertions check what the guide says about the result (bounds are the observed values minus a
 * margin).
 */
class GuideExamplesTest {
  private static final Datasets.XY WINE = Datasets.xy("wine");

  @Test
  void decisionTreeTextAndDot() {
    Frame x = WINE.x();
    Target y = WINE.y();
    var tree = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS
        .withCriterion(ClassificationCriterion.ENTROPY).withMaxDepth(3)).fit(x, y);
    System.out.println(tree.toText());             // scikit-learn's export_text layout, below
    String dot = tree.toDot();                     // Graphviz: dot -Tsvg tree.dot
    double[] importance = tree.featureImportances();

    assertTrue(tree.depth() <= 3 && tree.leafCount() <= 8, "depth " + tree.depth());
    assertTrue(dot.startsWith("digraph Tree {"), dot);
    assertTrue(tree.toText().contains(" <= "), tree.toText());
    assertEquals(1.0, Arrays.stream(importance).sum(), 1e-12);
    assertTrue(ClassificationMetrics.accuracy(y.codes(), tree.predict(x)) > 0.95);
  }

  @Test
  void nativeMissingValuesAndCategoricalSplits() {
    // BreastCancer: nine categorical columns (levels "1".."10"), 16 missing cells in Bare.nuclei
    Datasets.XY bc = Datasets.xy("BreastCancer");
    var tree = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(4))
        .fit(bc.x(), bc.y());
    int[] pred = tree.predict(bc.x());             // no imputation, no one-hot encoding
    String text = tree.toText();                   // splits read "column in {level, ...}"

    assertEquals(16, bc.x().column("Bare.nuclei").missingCount());
    assertTrue(text.contains(" in {"), text);
    double acc = ClassificationMetrics.accuracy(bc.y().codes(), pred);
    System.out.printf("BreastCancer depth-4 tree, training accuracy %.4f%n", acc);
    assertTrue(acc > 0.95, "accuracy " + acc);
  }

  @Test
  void pruningPathAndAlphaByCrossValidation() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    double[] alphas = new DecisionTreeClassifier().costComplexityPruningPath(d.x(), d.y()).ccpAlphas();
    double bestAlpha = 0;
    double bestAcc = -1;
    for (double a : alphas) {
      var est = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withCcpAlpha(a));
      CvResult r = CrossValidation.run(est, d.x(), d.y(), new StratifiedKFold(5, true, 0),
          List.of(Scorers.ACCURACY), 1);
      if (r.mean("accuracy") > bestAcc) {
        bestAcc = r.mean("accuracy");
        bestAlpha = a;
      }
    }
    var pruned = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withCcpAlpha(bestAlpha))
        .fit(d.x(), d.y());

    var full = new DecisionTreeClassifier().fit(d.x(), d.y());
    double fullCv = CrossValidation.run(new DecisionTreeClassifier(), d.x(), d.y(), new StratifiedKFold(5, true, 0),
        List.of(Scorers.ACCURACY), 1).mean("accuracy");
    System.out.printf("breast_cancer pruning: %d alphas, best alpha %.5f, CV accuracy %.4f (unpruned %.4f), "
        + "%d leaves (unpruned %d)%n", alphas.length, bestAlpha, bestAcc, fullCv, pruned.leafCount(),
        full.leafCount());
    assertEquals(0.0, alphas[0], 0);
    assertTrue(bestAcc >= fullCv, bestAcc + " vs unpruned " + fullCv);
    assertTrue(bestAcc > 0.92, "CV accuracy " + bestAcc);
    assertTrue(pruned.leafCount() < full.leafCount());
  }

  @Test
  void randomForestOobImportanceProximity() {
    Datasets.XY iris = Datasets.xy("iris");
    var params = RandomForestClassifier.DEFAULTS.withNTrees(100).withOobScore(true).withSeed(7).withNThreads(2);
    ForestClassifierModel rf = new RandomForestClassifier(params).fit(iris.x(), iris.y());
    double oob = rf.oobScore().getAsDouble();                           // accuracy on out-of-bag rows
    double[] mdi = rf.featureImportances();                             // mean decrease in impurity
    double[] perm = rf.permutationImportance(iris.x(), iris.y(), 5, 1L); // accuracy drop, 5 shuffles
    double[][] prox = rf.proximity(iris.x());                           // share of trees with a common leaf

    System.out.printf("iris forest: OOB accuracy %.4f, MDI %s, permutation %s%n", oob, Arrays.toString(mdi),
        Arrays.toString(perm));
    assertTrue(oob > 0.92, "OOB " + oob);
    assertTrue(mdi[2] + mdi[3] > mdi[0] + mdi[1], Arrays.toString(mdi));
    assertTrue(Math.max(perm[2], perm[3]) > Math.max(perm[0], perm[1]), Arrays.toString(perm));
    assertEquals(1.0, prox[0][0], 0);
    assertTrue(prox[0][1] > prox[0][149]);

    // same seed, any thread count: the same forest
    var one = new RandomForestClassifier(params.withNThreads(1)).fit(iris.x(), iris.y());
    double[][] a = one.predictProba(iris.x());
    double[][] b = rf.predictProba(iris.x());
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
    }
  }

  @Test
  void proximityImputation() {
    Datasets.XY iris = Datasets.xy("iris");
    double[] petal = iris.x().doubleColumn("petal length (cm)").toArray();
    double[] holed = petal.clone();
    for (int i = 0; i < holed.length; i += 7) {
      holed[i] = Double.NaN;
    }
    Frame x = iris.x().with(DoubleColumn.wrap("petal length (cm)", holed));

    Frame filled = ProximityImputer.impute(x, iris.y(), 5, 100, 0L, 2);

    double[] f = filled.doubleColumn("petal length (cm)").toArray();
    double sse = 0;
    double sseMean = 0;
    double mean = Arrays.stream(petal).average().orElseThrow();
    for (int i = 0; i < holed.length; i += 7) {
      sse += (f[i] - petal[i]) * (f[i] - petal[i]);
      sseMean += (mean - petal[i]) * (mean - petal[i]);
    }
    System.out.printf("proximity imputation RMSE %.3f vs mean fill %.3f%n", Math.sqrt(sse / 22),
        Math.sqrt(sseMean / 22));
    assertEquals(0, filled.column("petal length (cm)").missingCount());
    assertTrue(sse < 0.2 * sseMean, sse + " vs " + sseMean);
  }

  @Test
  void baggingAndAdaBoost() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    var base = new DecisionTreeClassifier(DecisionTreeClassifier.Params.DEFAULTS.withMaxDepth(6));
    BaggingClassifierModel bag = new BaggingClassifier(base, BaggingParams.DEFAULTS.withNEstimators(50)
        .withMaxFeatures(0.5).withOobScore(true).withSeed(1)).fit(d.x(), d.y());
    double bagOob = bag.oobScore().getAsDouble();

    Fold split = new HoldOut(0.25, true, 0).split(d.x(), d.y(), null).get(0);
    AdaBoostClassifierModel ada = new AdaBoostClassifier()                   // SAMME.R, 50 stumps
        .fit(d.x().rows(split.train()), d.y().rows(split.train()));
    double adaAcc = ClassificationMetrics.accuracy(d.y().rows(split.test()).codes(),
        ada.predict(d.x().rows(split.test())));
    double[] weights = ada.estimatorWeights();

    System.out.printf("breast_cancer: bagging OOB accuracy %.4f, AdaBoost held-out accuracy %.4f%n", bagOob,
        adaAcc);
    assertEquals(50, bag.memberCount());
    assertEquals(15, bag.memberFeatures(0).length);
    assertTrue(bagOob > 0.93, "bagging OOB " + bagOob);
    assertTrue(adaAcc > 0.94, "AdaBoost held-out " + adaAcc);
    assertEquals(50, weights.length);
  }

  @Test
  void histGradientBoostingEarlyStoppingAndImportances() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    Fold split = new HoldOut(0.2, true, 0).split(d.x(), d.y(), null).get(0);
    Frame xTrain = d.x().rows(split.train());
    Target yTrain = d.y().rows(split.train());
    Frame xVal = d.x().rows(split.test());
    Target yVal = d.y().rows(split.test());

    var params = HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(500)
        .withEarlyStopping(EarlyStopping.ON);                  // stop after 10 iterations without improvement
    HistGradientBoostingClassifierModel m = new HistGradientBoostingClassifier(params)
        .fit(xTrain, yTrain, xVal, yVal);
    double[] trainLoss = m.trainLoss();                        // per iteration
    double[] valLoss = m.validationLoss();
    int kept = m.iterations();                                 // trees up to the best validation loss
    double[] gain = m.featureImportances(ImportanceType.GAIN); // sums to 1
    double[] splits = m.featureImportances(ImportanceType.SPLIT);

    double acc = ClassificationMetrics.accuracy(yVal.codes(), m.predict(xVal));
    System.out.printf("HGB breast_cancer: %d iterations run, %d kept, held-out accuracy %.4f%n", valLoss.length,
        kept, acc);
    assertTrue(valLoss.length < 500 && kept == valLoss.length - 10, valLoss.length + " / " + kept);
    assertEquals(valLoss.length, trainLoss.length);
    assertEquals(1.0, Arrays.stream(gain).sum(), 1e-9);
    assertTrue(Arrays.stream(splits).sum() >= kept);
    assertTrue(acc > 0.92, "accuracy " + acc);
  }

  @Test
  void histGradientBoostingQuantizedOrExactGradients() {
    Datasets.XY d = Datasets.xy("breast_cancer");
    Fold split = new HoldOut(0.2, true, 0).split(d.x(), d.y(), null).get(0);
    var exact = new HistGradientBoostingClassifier(
        HistGradientBoostingClassifier.Params.DEFAULTS.withMinSamplesLeaf(1).withQuantizedGradients(false));
    var quantized = new HistGradientBoostingClassifier(
        HistGradientBoostingClassifier.Params.DEFAULTS.withMinSamplesLeaf(1));
    double[] acc = new double[2];
    int i = 0;
    for (var est : List.of(exact, quantized)) {
      var m = est.fit(d.x().rows(split.train()), d.y().rows(split.train()));
      acc[i++] = ClassificationMetrics.accuracy(d.y().rows(split.test()).codes(), m.predict(d.x().rows(split.test())));
    }
    System.out.printf("HGB breast_cancer, minSamplesLeaf 1: exact %.4f, quantized %.4f%n", acc[0], acc[1]);
    assertEquals(acc[0], acc[1], 0.02);
    assertTrue(acc[1] > 0.92, "accuracy " + acc[1]);
  }

  @Test
  void histGradientBoostingCategoricalAndMissing() {
    Datasets.XY bc = Datasets.xy("BreastCancer");             // categorical columns with missing cells
    Fold split = new HoldOut(0.25, true, 0).split(bc.x(), bc.y(), null).get(0);
    var m = new HistGradientBoostingClassifier().fit(bc.x().rows(split.train()), bc.y().rows(split.train()));
    double acc = ClassificationMetrics.accuracy(bc.y().rows(split.test()).codes(),
        m.predict(bc.x().rows(split.test())));
    System.out.printf("HGB BreastCancer held-out accuracy %.4f%n", acc);
    assertTrue(acc > 0.93, "accuracy " + acc);
    assertEquals(2, m.classes().size());
  }

  @Test
  void customLossMonotonicConstraintsAndExplanations() {
    Datasets.XY d = Datasets.xy("diabetes");
    // squared error that counts under-prediction three times
    Loss underCostsMore = new Loss() {
      @Override
      public double value(double y, double raw) {
        double r = raw - y;
        return (r < 0 ? 3 : 1) * r * r / 2;
      }

      @Override
      public double gradient(double y, double raw) {
        double r = raw - y;
        return (r < 0 ? 3 : 1) * r;
      }

      @Override
      public double hessian(double y, double raw) {
        return raw < y ? 3 : 1;
      }
    };
    var params = HistGradientBoostingRegressor.Params.DEFAULTS.withMaxIter(50);
    var asym = new HistGradientBoostingRegressor(params, underCostsMore).fit(d.x(), d.y());
    var plain = new HistGradientBoostingRegressor(params).fit(d.x(), d.y());

    // bmi (column 2) may only raise the prediction
    double[] mono = new double[d.x().columnCount()];
    mono[2] = 1;
    var constrained = new HistGradientBoostingRegressor(params.withMonotonicConstraints(mono)).fit(d.x(), d.y());
    double[] grid = {20, 24, 28, 32, 36, 40};
    double[] pd = constrained.partialDependence("bmi", 0, grid);  // mean prediction with bmi set to each value

    // TreeSHAP: one contribution per column plus the expected raw score; rows sum to the raw score
    double[][] phi = constrained.shapValues(d.x());     // [row][column], last entry: expected raw score
    double[] raw = constrained.predictRaw(d.x());       // = row sums of phi

    double[] y = d.y().values();
    int underAsym = 0;
    int underPlain = 0;
    double[] pa = asym.predict(d.x());
    double[] pp = plain.predict(d.x());
    for (int i = 0; i < y.length; i++) {
      underAsym += pa[i] < y[i] ? 1 : 0;
      underPlain += pp[i] < y[i] ? 1 : 0;
    }
    System.out.printf("diabetes: rows under-predicted %d (asymmetric loss) vs %d (squared); PD(bmi) %s%n",
        underAsym, underPlain, Arrays.toString(pd));
    assertTrue(underAsym + 15 < underPlain, underAsym + " vs " + underPlain);
    for (int g = 1; g < grid.length; g++) {
      assertTrue(pd[g] >= pd[g - 1] - 1e-9, "partial dependence decreased at " + grid[g]);
    }
    assertTrue(pd[grid.length - 1] > pd[0] + 20, Arrays.toString(pd));
    assertEquals(d.x().columnCount() + 1, phi[0].length);
    assertEquals(phi[0][10], phi[1][10], 0);             // the same expected value for every row
    for (int i = 0; i < raw.length; i++) {
      assertEquals(raw[i], Arrays.stream(phi[i]).sum(), 1e-9);
    }
    assertArrayEquals(raw, constrained.predict(d.x()), 1e-9);
    assertTrue(RegressionMetrics.r2(y, pp) > 0.5);
  }

  @Test
  void forestShapSumsToProbabilities() {
    Datasets.XY iris = Datasets.xy("iris");
    var rf = new RandomForestClassifier(RandomForestClassifier.DEFAULTS.withNTrees(30)).fit(iris.x(), iris.y());
    double[][][] phi = rf.shapValues(iris.x());        // [row][class][feature]
    double[] base = rf.expectedValues();               // [class]: mean training probability
    double[][] p = rf.predictProba(iris.x());
    for (int i = 0; i < p.length; i++) {
      for (int c = 0; c < 3; c++) {
        assertEquals(p[i][c], base[c] + Arrays.stream(phi[i][c]).sum(), 1e-9);
      }
    }
  }

  @Test
  void saveAndLoad(@TempDir Path dir) {
    Datasets.XY d = Datasets.xy("breast_cancer");
    var model = new HistGradientBoostingClassifier(HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(30))
        .fit(d.x(), d.y());
    Path file = dir.resolve("hgb.praxis");
    ModelIO.save(model, file);
    Model back = ModelIO.load(file);
    var loaded = (HistGradientBoostingClassifierModel) back;
    double[][] a = model.predictProba(d.x());
    double[][] b = loaded.predictProba(d.x());
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
    }
  }
}
