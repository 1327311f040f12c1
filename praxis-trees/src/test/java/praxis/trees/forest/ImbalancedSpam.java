package praxis.trees.forest;

import java.util.Arrays;
import praxis.api.Classifier;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;

/** A 95/5 subsample of {@code spam} (all non-spam rows, every 12th spam row) split 2/3 train, 1/3 test. */
public final class ImbalancedSpam {
  /** Training features. */
  public final Frame xTrain;
  /** Training target. */
  public final Target yTrain;
  /** Test features. */
  public final Frame xTest;
  /** Test target. */
  public final Target yTest;
  /** Code of the minority (spam) class. */
  public final int minority;

  /** Builds the subset. */
  public ImbalancedSpam() {
    Datasets.XY s = Datasets.xy("spam");
    int[] counts = s.y().classCounts();
    minority = counts[0] < counts[1] ? 0 : 1;
    int n = s.y().size();
    int[] keep = new int[n];
    int m = 0;
    int seen = 0;
    for (int i = 0; i < n; i++) {
      if (s.y().code(i) != minority || seen++ % 12 == 0) {
        keep[m++] = i;
      }
    }
    keep = Arrays.copyOf(keep, m);
    int[] train = java.util.stream.IntStream.range(0, m).filter(i -> i % 3 != 0).map(i -> 0).toArray();
    int[] test = java.util.stream.IntStream.range(0, m).filter(i -> i % 3 == 0).map(i -> 0).toArray();
    int a = 0;
    int b = 0;
    for (int i = 0; i < m; i++) {
      if (i % 3 != 0) {
        train[a++] = keep[i];
      } else {
        test[b++] = keep[i];
      }
    }
    xTrain = s.x().rows(train);
    yTrain = s.y().rows(train);
    xTest = s.x().rows(test);
    yTest = s.y().rows(test);
  }

  /** Share of the test minority rows predicted as the minority. */
  public double minorityRecall(Classifier c) {
    int[] pred = c.predict(xTest);
    int tp = 0;
    int pos = 0;
    for (int i = 0; i < pred.length; i++) {
      if (yTest.code(i) == minority) {
        pos++;
        tp += pred[i] == minority ? 1 : 0;
      }
    }
    return (double) tp / pos;
  }

  /** Minority share of the training rows. */
  public double minorityShare() {
    return (double) yTrain.classCounts()[minority] / yTrain.size();
  }
}
