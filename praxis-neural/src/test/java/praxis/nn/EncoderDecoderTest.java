package praxis.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The encoder–decoder: finite-difference gradient check of the whole teacher-forced loss (relative error
 * below 1e-6) and the digit-string reversal task (strings of 5 digits, 6,000 training strings, 1,000 different
 * held-out strings; Adam with a cosine learning rate from 0.01 to 1e-4 over 30 epochs), where greedy decoding must reproduce at least 99% of the held-out sequences exactly.
 */
class EncoderDecoderTest {
  @Test
  void gradientOfTheWholeModelMatchesFiniteDifferences() {
    EncoderDecoder m = new EncoderDecoder(4, 3, 5, 3, 2, 7L);
    int[][] src = {{0, 1, 2}, {3, 3, 1}, {2, 0, 0}};
    int[][] tgt = {{1, 0}, {2, 3}, {0, 0}};
    m.lossAndGradients(src, tgt);
    double h = 1e-5;
    double diff = 0;
    double norm = 0;
    for (Param p : m.params()) {
      double[] analytic = p.grad().clone();
      double[] v = p.value();
      for (int i = 0; i < v.length; i++) {
        double old = v[i];
        v[i] = old + h;
        double fp = m.lossAndGradients(src, tgt);
        v[i] = old - h;
        double fm = m.lossAndGradients(src, tgt);
        v[i] = old;
        double num = (fp - fm) / (2 * h);
        diff += (num - analytic[i]) * (num - analytic[i]);
        norm += Math.abs(num) + Math.abs(analytic[i]);
      }
    }
    double rel = Math.sqrt(diff) / norm;
    assertTrue(rel < 1e-6, "relative error " + rel);
  }

  @Test
  void learnsToReverseDigitStrings() {
    int len = 5;
    SplittableRandom rng = new SplittableRandom(11);
    Set<Integer> seen = new HashSet<>();
    List<int[]> all = new ArrayList<>();
    while (all.size() < 7000) {
      int[] s = new int[len];
      int code = 0;
      for (int t = 0; t < len; t++) {
        s[t] = rng.nextInt(10);
        code = code * 10 + s[t];
      }
      if (seen.add(code)) {
        all.add(s);
      }
    }
    int[][] trainX = all.subList(0, 6000).toArray(new int[0][]);
    int[][] testX = all.subList(6000, 7000).toArray(new int[0][]);
    int[][] trainY = reverse(trainX);
    int[][] testY = reverse(testX);
    EncoderDecoder m = new EncoderDecoder(10, 8, 32, len, len, 1L);
    int epochs = 30;
    long steps = epochs * (long) Math.ceil(6000 / 32.0);
    double[] losses = m.fit(trainX, trainY, TrainingConfig.DEFAULTS.withEpochs(epochs).withBatchSize(32)
        .withClipping(5.0, 0).withSeed(2).withSchedule(praxis.optim.LearningRateSchedule.cosine(0.01, 1e-4, steps)));
    int[][] pred = m.predict(testX);
    int exact = 0;
    for (int i = 0; i < pred.length; i++) {
      exact += java.util.Arrays.equals(pred[i], testY[i]) ? 1 : 0;
    }
    double acc = exact / (double) pred.length;
    System.out.printf("encoder-decoder reversal: held-out exact-sequence accuracy %.4f, final loss %.5f%n", acc,
        losses[losses.length - 1]);
    assertTrue(acc >= 0.99, "exact-sequence accuracy " + acc);
  }

  private static int[][] reverse(int[][] x) {
    int[][] y = new int[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = new int[x[i].length];
      for (int t = 0; t < x[i].length; t++) {
        y[i][t] = x[i][x[i].length - 1 - t];
      }
    }
    return y;
  }
}
