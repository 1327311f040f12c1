package praxis.manifold;

import java.util.SplittableRandom;

/**
 * umap-learn 0.5's {@code optimize_layout_euclidean}: stochastic gradient descent over the edges of the fuzzy
 * graph, each edge sampled every {@code epochsPerSample} epochs (its weight relative to the largest), with
 * {@code negativeSampleRate} negative samples per positive one drawn uniformly from the tail points, gradients
 * clipped to [-4, 4] per coordinate and the learning rate decaying linearly from {@code alpha0} to 0.
 */
final class UmapLayout {
  static final double CLIP = 4.0;

  private UmapLayout() {}

  /**
   * {@code epochs_per_sample}: {@code max(w) / w} for the edges (every weight given is positive).
   */
  static double[] epochsPerSample(double[] w, int from, int to) {
    double max = 0;
    for (int t = from; t < to; t++) {
      max = Math.max(max, w[t]);
    }
    double[] e = new double[to - from];
    for (int t = from; t < to; t++) {
      e[t - from] = max / w[t];
    }
    return e;
  }

  private static double clip(double v) {
    return v > CLIP ? CLIP : v < -CLIP ? -CLIP : v;
  }

  /**
   * Runs {@code nEpochs} epochs.
   *
   * @param head row-major head coordinates ({@code nHead x d}), moved
   * @param tail row-major tail coordinates ({@code nTail x d}); the same array as {@code head} in a fit
   * @param headIdx edge heads
   * @param tailIdx edge tails
   * @param eps epochs per sample of each edge
   * @param moveOther whether the tail moves too (fit) or stays fixed (transform)
   */
  static void optimize(double[] head, double[] tail, int nTail, int d, int[] headIdx, int[] tailIdx, double[] eps,
      int edges, int nEpochs, double a, double b, double alpha0, int negativeSampleRate, boolean moveOther,
      SplittableRandom rng) {
    double[] epsNeg = new double[edges];
    double[] nextNeg = new double[edges];
    double[] next = new double[edges];
    for (int e = 0; e < edges; e++) {
      epsNeg[e] = eps[e] / negativeSampleRate;
      nextNeg[e] = epsNeg[e];
      next[e] = eps[e];
    }
    double alpha = alpha0;
    for (int n = 0; n < nEpochs; n++) {
      for (int e = 0; e < edges; e++) {
        if (next[e] > n) {
          continue;
        }
        int j = headIdx[e];
        int k = tailIdx[e];
        int cj = j * d;
        int ck = k * d;
        double dist2 = 0;
        for (int c = 0; c < d; c++) {
          double t = head[cj + c] - tail[ck + c];
          dist2 += t * t;
        }
        double coeff = 0.0;
        if (dist2 > 0.0) {
          double pb = Math.pow(dist2, b);   // d^(2b); d^(2b-2) = pb / dist2 saves a second pow
          coeff = -2.0 * a * b * (pb / dist2) / (a * pb + 1.0);
        }
        for (int c = 0; c < d; c++) {
          double g = clip(coeff * (head[cj + c] - tail[ck + c]));
          head[cj + c] += g * alpha;
          if (moveOther) {
            tail[ck + c] -= g * alpha;
          }
        }
        next[e] += eps[e];
        int negatives = negativeSampleRate == 0 ? 0 : (int) ((n - nextNeg[e]) / epsNeg[e]);
        for (int p = 0; p < negatives; p++) {
          int r = rng.nextInt(nTail);
          int cr = r * d;
          double nd2 = 0;
          for (int c = 0; c < d; c++) {
            double t = head[cj + c] - tail[cr + c];
            nd2 += t * t;
          }
          double rc;
          if (nd2 > 0.0) {
            rc = 2.0 * b / ((0.001 + nd2) * (a * Math.pow(nd2, b) + 1.0));
          } else if (moveOther && j == r) {
            continue;
          } else {
            rc = 0.0;
          }
          for (int c = 0; c < d; c++) {
            double g = rc > 0.0 ? clip(rc * (head[cj + c] - tail[cr + c])) : CLIP;
            head[cj + c] += g * alpha;
          }
        }
        if (negativeSampleRate > 0) {
          nextNeg[e] += negatives * epsNeg[e];
        }
      }
      alpha = alpha0 * (1.0 - (double) n / nEpochs);
    }
  }
}
