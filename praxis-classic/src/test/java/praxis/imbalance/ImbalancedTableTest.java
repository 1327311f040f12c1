package praxis.imbalance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.linear.LogisticRegression;
import praxis.metrics.Scorer;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.preprocess.SimpleImputer;
import praxis.preprocess.StandardScaler;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.StratifiedKFold;

/**
 * End-to-end comparison on imbalanced public data (the table in docs/imbalanced.md): logistic regression with
 * no treatment, balanced class weights, SMOTE inside the pipeline, and F1 threshold tuning — 5-fold stratified
 * CV (shuffle, seed 0), every sampler and tuner fitted inside the training folds. Datasets: a 95/5 subsample
 * of spam (all 2788 nonspam rows, 147 spam rows drawn with seed 0) and PimaIndiansDiabetes2 (35% pos, median
 * imputation). Checks the expected direction: every treatment raises minority recall over no treatment.
 */
class ImbalancedTableTest {
  /** Recall of the positive class. */
  static Scorer recall(String positive) {
    return scorer("recall", positive, true);
  }

  /** F1 of the positive class. */
  static Scorer f1(String positive) {
    return scorer("f1", positive, false);
  }

  static Scorer scorer(String name, String positive, boolean recallOnly) {
    return new Scorer() {
      @Override
      public double score(Model m, Frame x, Target y) {
        Classifier c = (Classifier) m;
        int[] pred = c.predict(x);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < pred.length; i++) {
          boolean p = c.classes().get(pred[i]).equals(positive);
          boolean t = y.classList().get(y.code(i)).equals(positive);
          tp += p && t ? 1 : 0;
          fp += p && !t ? 1 : 0;
          fn += !p && t ? 1 : 0;
        }
        return recallOnly ? (tp + fn == 0 ? 0 : (double) tp / (tp + fn)) : 2.0 * tp / (2.0 * tp + fp + fn);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  static Map<String, double[]> table(Frame x, Target y, String positive, List<Estimator<?, ?>> prefix) {
    LogisticRegression plain = new LogisticRegression(LogisticRegression.Params.DEFAULTS.withStopping(500, 1e-4));
    LogisticRegression weighted = plain.withParams(plain.params().withClassWeight(LogisticRegression.ClassWeight.BALANCED));
    Map<String, Estimator<?, ?>> configs = new LinkedHashMap<>();
    configs.put("no treatment", pipe(prefix, plain));
    configs.put("class weights (balanced)", pipe(prefix, weighted));
    List<Estimator<?, ?>> withSmote = new ArrayList<>(prefix);
    withSmote.add(new Smote(new Smote.Params(5, 1.0, 0)));
    configs.put("SMOTE (k=5, in folds)", pipe(withSmote, plain));
    configs.put("threshold tuned for F1 (inner 5-fold CV)", pipe(prefix, new ThresholdTuner(new ThresholdTuner.Params(
        plain, ThresholdTuner.Objective.F1, 0, 1, 1, new StratifiedKFold(5, true, 0), positive))));
    List<Scorer> scorers = List.of(Scorers.ACCURACY, recall(positive), f1(positive), Scorers.ROC_AUC);
    Map<String, double[]> out = new LinkedHashMap<>();
    for (var e : configs.entrySet()) {
      CvResult r = CrossValidation.run(e.getValue(), x, y, new StratifiedKFold(5, true, 0), scorers, 1);
      out.put(e.getKey(), new double[] {r.mean("accuracy"), r.mean("recall"), r.mean("f1"), r.mean("roc_auc")});
    }
    return out;
  }

  static Pipeline pipe(List<Estimator<?, ?>> prefix, Estimator<?, ?> last) {
    List<Estimator<?, ?>> s = new ArrayList<>(prefix);
    s.add(last);
    return Pipeline.of(s.toArray(new Estimator<?, ?>[0]));
  }

  static void print(String title, Map<String, double[]> t) {
    System.out.println("\n" + title);
    System.out.println("| treatment | accuracy | recall | F1 | ROC-AUC |");
    System.out.println("|---|---|---|---|---|");
    for (var e : t.entrySet()) {
      double[] v = e.getValue();
      System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f |%n", e.getKey(), v[0], v[1], v[2], v[3]);
    }
  }

  static void checkDirection(Map<String, double[]> t) {
    double base = t.get("no treatment")[1];
    for (var e : t.entrySet()) {
      if (!e.getKey().equals("no treatment")) {
        assertTrue(e.getValue()[1] > base, e.getKey() + " raises minority recall over " + base + ": " + e.getValue()[1]);
      }
      assertTrue(e.getValue()[3] > 0.8, e.getKey() + " ROC-AUC " + e.getValue()[3]);
    }
  }

  @Test
  void spam95to5() {
    Datasets.XY d = Datasets.xy("spam");
    int[] codes = d.y().codes();
    int spam = d.y().classList().indexOf("spam");
    List<Integer> ham = new ArrayList<>();
    List<Integer> sp = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      (codes[i] == spam ? sp : ham).add(i);
    }
    SplittableRandom r = new SplittableRandom(0);
    for (int i = sp.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Integer t = sp.get(i);
      sp.set(i, sp.get(j));
      sp.set(j, t);
    }
    int m = (int) Math.round(ham.size() * 5.0 / 95.0);
    List<Integer> rows = new ArrayList<>(ham);
    rows.addAll(sp.subList(0, m));
    rows.sort(null);
    int[] idx = rows.stream().mapToInt(Integer::intValue).toArray();
    Map<String, double[]> t = table(d.x().rows(idx), d.y().rows(idx), "spam", List.of(new StandardScaler()));
    print("spam 95/5 (" + ham.size() + " nonspam, " + m + " spam), logistic regression, 5-fold stratified CV", t);
    checkDirection(t);
  }

  @Test
  void pima() {
    Datasets.XY d = Datasets.xy("PimaIndiansDiabetes2");
    Map<String, double[]> t = table(d.x(), d.y(), "pos", List.of(new SimpleImputer(SimpleImputer.Strategy.MEDIAN),
        new StandardScaler()));
    print("PimaIndiansDiabetes2 (500 neg, 268 pos), median imputation + scaling + logistic regression", t);
    checkDirection(t);
  }
}
