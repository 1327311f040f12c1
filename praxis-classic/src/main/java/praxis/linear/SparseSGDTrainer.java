package praxis.linear;

import java.util.Arrays;
import java.util.SplittableRandom;
import praxis.linalg.CsrMatrix;
import praxis.optim.LearningRateSchedule;
import praxis.optim.Optimizer;
import praxis.optim.StoppingRule;

/**
 * The sparse (CSR) counterpart of {@link SGDTrainer}: the same epochs, shuffles, learning rates, penalties and
 * stopping rule, so it finds the same weights as the dense loop up to rounding.
 *
 * <p>Per-sample plain SGD (the default, scikit-learn's algorithm) costs O(nnz of the row) per step: the weight
 * vector is kept lazily. A step multiplies every weight by {@code a = 1 - lr l2} and soft-thresholds it by
 * {@code t = lr l1}; since {@code soft(a v, t) = a soft(v, t / a)} for {@code a > 0} and soft-thresholds add
 * up, the steps a coordinate misses compose to {@code w = (A_k / A_s) soft(w_s, A_s (T_k - T_s))} with the
 * running products {@code A_k = prod a_i} and sums {@code T_k = sum t_i / A_i} (scikit-learn's {@code wscale}
 * generalised to the truncated L1 step). Coordinates are brought up to date when their row is visited and all
 * at once at each epoch start (the penalty term of the epoch loss) or when {@code A} falls below 1e-9. Other
 * optimizers and batch modes accumulate the batch gradient over the stored entries and then take one dense
 * step: O(nnz + p) per batch.
 */
final class SparseSGDTrainer {
  private SparseSGDTrainer() {}

  static SGDTrainer.Fit fit(CsrMatrix x, double[] y, SGDTrainer.Loss loss, SGDTrainer.Settings s, String who) {
    if (s.mode() == SGDMode.PER_SAMPLE && s.optimizer() == SGDOptimizer.SGD) {
      return lazy(x, y, loss, s, who);
    }
    return batched(x, y, loss, s, who);
  }

  private static void shuffle(int[] order, SplittableRandom rng) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  private static double soft(double v, double th) {
    return v > th ? v - th : v < -th ? v + th : 0.0;
  }

  /** Per-sample plain SGD with the lazily scaled and thresholded weight vector. */
  private static SGDTrainer.Fit lazy(CsrMatrix x, double[] y, SGDTrainer.Loss loss, SGDTrainer.Settings s,
      String who) {
    int n = x.rows();
    int p = x.cols();
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] val = x.values();
    LearningRateSchedule sched = SGDTrainer.schedule(s, loss, who);
    double l1 = s.alpha() * s.penalty().l1Share(s.l1Ratio());
    double l2 = s.alpha() * s.penalty().l2Share(s.l1Ratio());
    double[] v = new double[p];      // weight of j as of its snapshot
    double[] aSnap = new double[p];  // A at the snapshot
    double[] tSnap = new double[p];  // T at the snapshot
    Arrays.fill(aSnap, 1.0);
    double bigA = 1.0;
    double bigT = 0.0;
    double b = 0.0;
    long t = 0;
    int[] order = identity(n);
    SplittableRandom rng = new SplittableRandom(s.seed());
    StoppingRule stop = new StoppingRule(s.tol() < 0 ? Double.NEGATIVE_INFINITY : s.tol(), s.nIterNoChange());
    double[] curve = new double[s.maxIter()];
    int epochs = 0;
    boolean converged = false;
    while (epochs < s.maxIter()) {
      shuffle(order, rng);
      // flush: every coordinate up to date, snapshots reset
      for (int j = 0; j < p; j++) {
        v[j] = current(v[j], aSnap[j], tSnap[j], bigA, bigT);
      }
      bigA = 1.0;
      bigT = 0.0;
      Arrays.fill(aSnap, 1.0);
      Arrays.fill(tSnap, 0.0);
      double pen = 0;
      for (int j = 0; j < p; j++) {
        pen += 0.5 * l2 * v[j] * v[j] + l1 * Math.abs(v[j]);
      }
      double sum = 0;
      for (int kk = 0; kk < n; kk++) {
        int i = order[kk];
        double z = b;
        for (int q = ptr[i], e = ptr[i + 1]; q < e; q++) {
          int j = idx[q];
          double wj = current(v[j], aSnap[j], tSnap[j], bigA, bigT);
          v[j] = wj;
          z += val[q] * wj;
        }
        sum += loss.loss(z, y[i]);
        double d = loss.dloss(z, y[i]);
        t++;
        double lr = sched.rate(t);
        double a = 1.0 - lr * l2;
        double th = lr * l1;
        // the touched coordinates, exactly as the dense step: w - lr * (d x + l2 w), then the L1 truncation
        for (int q = ptr[i], e = ptr[i + 1]; q < e; q++) {
          int j = idx[q];
          double wj = v[j] - lr * (d * val[q] + l2 * v[j]);
          v[j] = l1 > 0 ? soft(wj, th) : wj;
        }
        if (s.fitIntercept()) {
          b -= lr * d;
        }
        if (a > 0) {
          double newA = bigA * a;
          double newT = bigT + th / newA;
          // the touched coordinates already include this step: snapshot them after it
          for (int q = ptr[i], e = ptr[i + 1]; q < e; q++) {
            aSnap[idx[q]] = newA;
            tSnap[idx[q]] = newT;
          }
          bigA = newA;
          bigT = newT;
          if (bigA < 1e-9) {
            for (int j = 0; j < p; j++) {
              v[j] = current(v[j], aSnap[j], tSnap[j], bigA, bigT);
            }
            bigA = 1.0;
            bigT = 0.0;
            Arrays.fill(aSnap, 1.0);
            Arrays.fill(tSnap, 0.0);
          }
        } else {
          // a step that flips or zeroes the weights (lr * l2 >= 1): apply it to the untouched ones densely
          boolean[] touched = new boolean[p];
          for (int q = ptr[i], e = ptr[i + 1]; q < e; q++) {
            touched[idx[q]] = true;
          }
          for (int j = 0; j < p; j++) {
            double wj = touched[j] ? v[j] : current(v[j], aSnap[j], tSnap[j], bigA, bigT);
            if (!touched[j]) {
              wj = wj - lr * (l2 * wj);
              wj = l1 > 0 ? soft(wj, th) : wj;
            }
            v[j] = wj;
          }
          bigA = 1.0;
          bigT = 0.0;
          Arrays.fill(aSnap, 1.0);
          Arrays.fill(tSnap, 0.0);
        }
      }
      double epochLoss = sum / n + pen;
      boolean finite = Double.isFinite(b);
      for (int j = 0; j < p && finite; j++) {
        finite = Double.isFinite(current(v[j], aSnap[j], tSnap[j], bigA, bigT));
      }
      if (!Double.isFinite(epochLoss) || !finite) {
        throw new IllegalArgumentException(who + " diverged at epoch " + (epochs + 1) + " (loss " + epochLoss
            + "); standardize the features or lower eta0 / use the OPTIMAL schedule");
      }
      curve[epochs++] = epochLoss;
      if (stop.update(epochLoss)) {
        converged = true;
        break;
      }
    }
    double[] w = new double[p];
    for (int j = 0; j < p; j++) {
      w[j] = current(v[j], aSnap[j], tSnap[j], bigA, bigT);
    }
    return new SGDTrainer.Fit(w, b, Arrays.copyOf(curve, epochs), converged);
  }

  /** The weight now, from its snapshot value and the running products and sums then and now. */
  private static double current(double v, double aSnap, double tSnap, double bigA, double bigT) {
    if (aSnap == bigA && tSnap == bigT) {
      return v;
    }
    double th = aSnap * (bigT - tSnap);
    double sv = th > 0 ? soft(v, th) : v;
    return (bigA / aSnap) * sv;
  }

  /** Mini-batch / batch or adaptive optimizers: sparse gradient accumulation, then one dense step per batch. */
  private static SGDTrainer.Fit batched(CsrMatrix x, double[] y, SGDTrainer.Loss loss, SGDTrainer.Settings s,
      String who) {
    int n = x.rows();
    int p = x.cols();
    Optimizer opt = s.optimizer().create(SGDTrainer.schedule(s, loss, who), s.momentum());
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
    int[] order = identity(n);
    SplittableRandom rng = new SplittableRandom(s.seed());
    StoppingRule stop = new StoppingRule(s.tol() < 0 ? Double.NEGATIVE_INFINITY : s.tol(), s.nIterNoChange());
    double[] curve = new double[s.maxIter()];
    int epochs = 0;
    boolean converged = false;
    while (epochs < s.maxIter()) {
      if (shuffle) {
        shuffle(order, rng);
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
          double z = w[p] + x.rowDot(i, w);
          sum += loss.loss(z, y[i]);
          double d = loss.dloss(z, y[i]);
          if (d != 0) {
            x.addRowTo(i, d, g);
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
            w[j] = soft(w[j], th);
          }
        }
      }
      double epochLoss = sum / n + pen;
      boolean finite = true;
      for (double v : w) {
        finite &= Double.isFinite(v);
      }
      if (!Double.isFinite(epochLoss) || !finite) {
        throw new IllegalArgumentException(who + " diverged at epoch " + (epochs + 1) + " (loss " + epochLoss
            + "); standardize the features or lower eta0 / use the OPTIMAL schedule");
      }
      curve[epochs++] = epochLoss;
      if (stop.update(epochLoss)) {
        converged = true;
        break;
      }
    }
    return new SGDTrainer.Fit(Arrays.copyOf(w, p), w[p], Arrays.copyOf(curve, epochs), converged);
  }
}
