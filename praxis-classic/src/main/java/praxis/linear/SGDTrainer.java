package praxis.linear;

import java.util.Arrays;
import java.util.SplittableRandom;
import praxis.optim.LearningRateSchedule;
import praxis.optim.Optimizer;
import praxis.optim.StoppingRule;

/** The shared epoch loop of the SGD linear models: one linear function fitted to real targets. */
final class SGDTrainer {
  /** A loss of prediction {@code p} for target {@code y} and its derivative in {@code p}. */
  interface Loss {
    double loss(double p, double y);

    double dloss(double p, double y);
  }

  /** Fit result. */
  record Fit(double[] coef, double intercept, double[] lossCurve, boolean converged) {}

  /** Settings shared by the classifier and regressor. */
  record Settings(SGDPenalty penalty, double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol,
      int nIterNoChange, SGDMode mode, int batchSize, SGDOptimizer optimizer, SGDSchedule schedule, double eta0,
      double powerT, double momentum, long seed) {}

  private SGDTrainer() {}

  static LearningRateSchedule schedule(Settings s, Loss loss, String who) {
    return switch (s.schedule()) {
      case CONSTANT -> LearningRateSchedule.constant(s.eta0());
      case INVSCALING -> LearningRateSchedule.inverseScaling(s.eta0(), s.powerT());
      case OPTIMAL -> {
        if (!(s.alpha() > 0)) {
          throw new IllegalArgumentException(who + ": schedule OPTIMAL needs alpha > 0 but alpha = " + s.alpha()
              + "; set alpha > 0 or use CONSTANT/INVSCALING");
        }
        double typw = LearningRateSchedule.optimalTypicalWeight(s.alpha());
        yield LearningRateSchedule.optimal(s.alpha(), loss.dloss(-typw, 1.0));
      }
    };
  }

  /**
   * Fits {@code w, b} minimizing {@code mean loss(w . x_i + b, y_i) + penalty}.
   *
   * @param xr row-major {@code n x p} features
   */
  static Fit fit(double[] xr, int n, int p, double[] y, Loss loss, Settings s, String who) {
    Optimizer opt = s.optimizer().create(schedule(s, loss, who), s.momentum());
    int size = p + 1;
    opt.init(size);
    double[] w = new double[size];
    double[] g = new double[size];
    double l1 = s.alpha() * s.penalty().l1Share(s.l1Ratio());
    double l2 = s.alpha() * s.penalty().l2Share(s.l1Ratio());
    int batch = switch (s.mode()) {
      case PER_SAMPLE -> 1;
      case MINI_BATCH -> Math.min(s.batchSize(), n);
      case BATCH -> n;
    };
    boolean shuffle = s.mode() != SGDMode.BATCH;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(s.seed());
    StoppingRule stop = new StoppingRule(s.tol() < 0 ? Double.NEGATIVE_INFINITY : s.tol(), s.nIterNoChange());
    double[] curve = new double[s.maxIter()];
    int epochs = 0;
    boolean converged = false;
    while (epochs < s.maxIter()) {
      if (shuffle) {
        for (int i = n - 1; i > 0; i--) {
          int j = rng.nextInt(i + 1);
          int tmp = order[i];
          order[i] = order[j];
          order[j] = tmp;
        }
      }
      double pen = 0;
      for (int j = 0; j < p; j++) {
        pen += 0.5 * l2 * w[j] * w[j] + l1 * Math.abs(w[j]);
      }
      double sum = 0;
      for (int start = 0; start < n; start += batch) {
        int end = Math.min(n, start + batch);
        Arrays.fill(g, 0.0);
        for (int k = start; k < end; k++) {
          int i = order[k];
          int off = i * p;
          double z = w[p];
          for (int j = 0; j < p; j++) {
            z += xr[off + j] * w[j];
          }
          sum += loss.loss(z, y[i]);
          double d = loss.dloss(z, y[i]);
          if (d != 0) {
            for (int j = 0; j < p; j++) {
              g[j] += d * xr[off + j];
            }
            g[p] += d;
          }
        }
        double inv = 1.0 / (end - start);
        for (int j = 0; j < p; j++) {
          g[j] = g[j] * inv + l2 * w[j];
        }
        g[p] = s.fitIntercept() ? g[p] * inv : 0.0;
        double lr = opt.step(w, g);
        if (l1 > 0) {
          double th = lr * l1;
          for (int j = 0; j < p; j++) {
            double v = w[j];
            w[j] = v > th ? v - th : v < -th ? v + th : 0.0;
          }
        }
      }
      double epochLoss = sum / n + pen;
      if (!Double.isFinite(epochLoss) || !allFinite(w)) {
        throw new IllegalArgumentException(who + " diverged at epoch " + (epochs + 1) + " (loss " + epochLoss
            + "); standardize the features or lower eta0 / use the OPTIMAL schedule");
      }
      curve[epochs++] = epochLoss;
      if (stop.update(epochLoss)) {
        converged = true;
        break;
      }
    }
    return new Fit(Arrays.copyOf(w, p), w[p], Arrays.copyOf(curve, epochs), converged);
  }

  private static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** Column-major {@code n x p} to row-major. */
  static double[] rowMajor(double[] xc, int n, int p) {
    double[] xr = new double[n * p];
    for (int j = 0; j < p; j++) {
      int off = j * n;
      for (int i = 0; i < n; i++) {
        xr[i * p + j] = xc[off + i];
      }
    }
    return xr;
  }
}
