package praxis.imbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.api.Model;
import praxis.api.Resampler;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linear.LogisticRegression;
import praxis.linear.LogisticRegressionModel;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.preprocess.StandardScaler;
import praxis.preprocess.StandardScalerModel;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.Fold;
import praxis.select.StratifiedKFold;
import praxis.select.features.FeatureSubsetModel;
import praxis.select.features.SelectKBest;
import praxis.select.features.UnivariateScores;

/**
 * Leakage: scaler + SMOTE + SelectKBest + logistic regression under 5-fold CV equals the fold-wise fitting done by
 * hand (to the last bit), and is clearly lower than fitting the scaler, SMOTE and the selector on all rows first.
 * Data: 200 rows of 300 pure-noise columns with 40 random "pos" labels, so an honest ROC-AUC is about 0.5.
 */
class LeakageTest {
  static final Frame X;
  static final Target Y;

  static {
    SplittableRandom r = new SplittableRandom(2024);
    int n = 200;
    int p = 300;
    DoubleColumn[] cols = new DoubleColumn[p];
    for (int j = 0; j < p; j++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = r.nextDouble() * 2 - 1 + r.nextDouble() * 2 - 1;
      }
      cols[j] = DoubleColumn.of("f" + j, v);
    }
    X = Frame.of(cols);
    String[] lab = new String[n];
    for (int i = 0; i < n; i++) {
      lab[i] = i % 5 == 0 ? "pos" : "neg";
    }
    Y = Target.classes(lab);
  }

  static Pipeline pipeline() {
    return Pipeline.of(new StandardScaler(), new Smote(new Smote.Params(5, 1.0, 9)),
        new SelectKBest(UnivariateScores.Function.F_CLASSIF, 10), new LogisticRegression());
  }

  @Test
  void pipelineCvEqualsFoldWiseFittingAndBeatsTheLeakyShortcut() {
    StratifiedKFold cv = new StratifiedKFold(5, true, 0);
    CvResult res = CrossValidation.run(pipeline(), X, Y, cv, List.of(Scorers.ROC_AUC), 1);
    double[] honest = res.scores("roc_auc");

    List<Fold> folds = cv.split(X, Y, null);
    for (int f = 0; f < folds.size(); f++) {
      Frame xt = X.rows(folds.get(f).train());
      Target yt = Y.rows(folds.get(f).train());
      Frame xv = X.rows(folds.get(f).test());
      Target yv = Y.rows(folds.get(f).test());
      StandardScalerModel sc = new StandardScaler().fit(xt, yt);
      Resampler.Sample s = new Smote(new Smote.Params(5, 1.0, 9)).resample(sc.transform(xt), yt);
      FeatureSubsetModel sel = new SelectKBest(UnivariateScores.Function.F_CLASSIF, 10).fit(s.x(), s.y());
      LogisticRegressionModel lr = new LogisticRegression().fit(sel.transform(s.x()), s.y());
      double byHand = Scorers.ROC_AUC.score(lr, sel.transform(sc.transform(xv)), yv);
      assertEquals(byHand, honest[f], 0.0, "fold " + f + ": pipeline CV = fitting by hand");
    }

    // the leaky shortcut: scale, SMOTE and select on all rows, then cross-validate only the classifier
    Frame scaledAll = new StandardScaler().fit(X, Y).transform(X);
    Resampler.Sample all = new Smote(new Smote.Params(5, 1.0, 9)).resample(scaledAll, Y);
    Model sel = new SelectKBest(UnivariateScores.Function.F_CLASSIF, 10).fit(all.x(), all.y());
    Frame leakyX = ((FeatureSubsetModel) sel).transform(all.x());
    double leaky = CrossValidation.run(new LogisticRegression(), leakyX, all.y(), cv, List.of(Scorers.ROC_AUC), 1)
        .mean("roc_auc");
    double mean = res.mean("roc_auc");
    System.out.printf("leakage on pure noise: honest ROC-AUC %.3f, leaky ROC-AUC %.3f%n", mean, leaky);
    assertTrue(Math.abs(mean - 0.5) < 0.15, "honest CV on noise is near chance: " + mean);
    assertTrue(leaky > mean + 0.2, "leaky shortcut is optimistic: " + leaky + " vs " + mean);
  }
}
