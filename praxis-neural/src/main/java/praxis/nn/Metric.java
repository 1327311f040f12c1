package praxis.nn;

/**
 * A score of network outputs ({@code k × n}, feature-major) against targets (the {@link Loss} layout),
 * recorded per epoch in the {@link History}.
 *
 * <pre>{@code
 * History h = trainer.fit(net, x, n, codes, Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);
 * }</pre>
 */
@FunctionalInterface
public interface Metric {
  /** Share of samples whose largest output is the target class code (or, for one output, sign matches). */
  Metric ACCURACY = (out, k, n, target) -> {
    int hit = 0;
    for (int i = 0; i < n; i++) {
      int best;
      if (k == 1) {
        best = out[i] > 0 ? 1 : 0;
      } else {
        best = 0;
        for (int j = 1; j < k; j++) {
          if (out[i * k + j] > out[i * k + best]) {
            best = j;
          }
        }
      }
      hit += best == (int) target[i] ? 1 : 0;
    }
    return n == 0 ? Double.NaN : (double) hit / n;
  };

  /** Coefficient of determination of a single output. */
  Metric R2 = (out, k, n, target) -> {
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += target[i];
    }
    mean /= n;
    double ssr = 0;
    double sst = 0;
    for (int i = 0; i < n; i++) {
      ssr += (target[i] - out[i]) * (target[i] - out[i]);
      sst += (target[i] - mean) * (target[i] - mean);
    }
    return sst == 0 ? Double.NaN : 1 - ssr / sst;
  };

  /** The score of {@code n} samples. */
  double score(double[] out, int k, int n, double[] target);
}
