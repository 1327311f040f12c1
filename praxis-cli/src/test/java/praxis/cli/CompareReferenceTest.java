package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Estimator;
import praxis.io.Datasets;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.pipeline.Preprocessing;
import praxis.select.CrossValidation;
import praxis.select.CvResult;
import praxis.select.KFold;
import praxis.select.StratifiedKFold;

/**
 * {@code praxis compare} gives exactly the per-fold scores of {@link CrossValidation} called from the Java API
 * with the same seed, and its means are within 0.5 percentage points (R² within 0.005, RMSE within 0.5%) of
 * scikit-learn 1.2.1 on the same protocol; {@code --threads 2} gives the same scores (fixture {@code reference/sklearn_baselines_subset.csv}, copied from
 * the shared baselines by {@code extract_baselines.py}).
 */
class CompareReferenceTest {
  @TempDir
  Path dir;

  /** dataset → model → metric → per-fold scores from the CLI's --scores CSV. */
  private Map<String, Map<String, Map<String, double[]>>> compare(String dataset, String... extra) throws Exception {
    Path scores = dir.resolve(dataset + extra.length + ".csv");
    List<Object> args = new java.util.ArrayList<>(List.of("compare", "builtin:" + dataset, "--scores", scores, "--quiet"));
    args.addAll(List.of(extra));
    CliRunner.Run r = CliRunner.run(args.toArray());
    assertEquals(0, r.code(), r.toString());
    Map<String, Map<String, Map<String, double[]>>> out = new HashMap<>();
    for (String line : Files.readAllLines(scores).subList(1, Files.readAllLines(scores).size())) {
      String[] f = line.split(",");
      if (f[3].equals("fit_seconds")) {
        continue;
      }
      double[] v = out.computeIfAbsent(f[0].substring("builtin:".length()), k -> new HashMap<>())
          .computeIfAbsent(f[1], k -> new HashMap<>()).computeIfAbsent(f[3], k -> new double[5]);
      v[Integer.parseInt(f[2]) - 1] = Double.parseDouble(f[4]);
    }
    return out;
  }

  private static double[] javaApi(String dataset, String model, boolean scale, String scorer) {
    Datasets.XY xy = Datasets.xy(dataset);
    Estimator<?, ?> e = Pipeline.of(Preprocessing.standard(scale), praxis.api.Estimators.info(model).factory().get());
    boolean classification = Datasets.task(dataset) == praxis.api.Task.CLASSIFICATION;
    CvResult r = CrossValidation.run(e, xy.x(), xy.y(),
        classification ? new StratifiedKFold(5, true, 0) : new KFold(5, true, 0), List.of(Scorers.byName(scorer)), 1);
    return r.scores(scorer);
  }

  @Test
  void compareEqualsJavaApiAndMatchesScikitLearn() throws Exception {
    Map<String, Map<String, Map<String, double[]>>> cli = new HashMap<>();
    for (String d : List.of("iris", "breast_cancer", "diabetes")) {
      cli.putAll(compare(d));
    }
    // same folds, same scores as the Java API
    assertArrayEquals(javaApi("iris", "logistic_regression", true, "accuracy"),
        cli.get("iris").get("logistic_regression").get("accuracy"), 0.0);
    assertArrayEquals(javaApi("iris", "gaussian_nb", false, "accuracy"),
        cli.get("iris").get("gaussian_nb").get("accuracy"), 0.0);
    assertArrayEquals(javaApi("breast_cancer", "knn_classifier", true, "roc_auc"),
        cli.get("breast_cancer").get("knn_classifier").get("roc_auc"), 0.0);
    assertArrayEquals(javaApi("diabetes", "linear_regression", false, "r2"),
        cli.get("diabetes").get("linear_regression").get("r2"), 0.0);

    // the thread count changes nothing but the timings
    Map<String, Map<String, double[]>> twoThreads = compare("breast_cancer", "--threads", "2").get("breast_cancer");
    for (var model : cli.get("breast_cancer").entrySet()) {
      for (var metric : model.getValue().entrySet()) {
        assertArrayEquals(metric.getValue(), twoThreads.get(model.getKey()).get(metric.getKey()), 0.0,
            model.getKey() + " " + metric.getKey());
      }
    }

    // within 0.5 percentage points of scikit-learn's means on the same protocol
    int checked = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/reference/sklearn_baselines_subset.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("dataset,")) {
          continue;
        }
        String[] f = line.split(",");
        double ref = Double.parseDouble(f[4]);
        double[] folds = cli.get(f[0]).get(f[2]).get(f[3]);
        assertNotNull(folds, line);
        double mean = 0;
        for (double v : folds) {
          mean += v;
        }
        mean /= folds.length;
        double tol = f[3].equals("rmse") ? 0.005 * ref : 0.005;
        assertEquals(ref, mean, tol, f[0] + " " + f[2] + " " + f[3] + " vs scikit-learn " + f[1]);
        checked++;
      }
    }
    assertEquals(19, checked);
  }
}
