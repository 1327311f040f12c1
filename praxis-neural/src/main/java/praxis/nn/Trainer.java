package praxis.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.optim.LearningRateSchedule;
import praxis.optim.Optimizer;
import praxis.optim.StoppingRule;

/**
 * Mini-batch training of a {@link Network} in place: per epoch the training rows are shuffled (seeded),
 * each batch runs forward, the loss gradient is back-propagated, the L1/L2 penalty gradient is added to the
 * weights, the gradient is clipped (by global norm and/or by value) and every trainable, non-frozen parameter
 * block takes one step of its own {@code praxis.optim} optimizer. Buffers are allocated once per batch size.
 *
 * <p>Stopping: with a validation split the validation loss is monitored, training stops after
 * {@code patience} epochs without an improvement larger than {@code tol}, and the best epoch's parameters
 * (including batch-norm statistics) are restored; without one, scikit-learn's rule on the training loss
 * ({@link StoppingRule}). A non-finite loss stops training with an exception naming the epoch and batch.
 * The same seed and data give bit-identical networks. Cost per epoch: forward + backward, about three times
 * the forward flops (dominated by the dense layers' GEMMs).
 *
 * <p>A {@link Precision#FLOAT32} network trains in float32 (see {@link Precision}): forward and backward run
 * on float buffers with single-precision GEMMs, the gradients are read into the parameters' double gradient
 * arrays, the penalty, clipping and optimizer step run as in float64 and every parameter is rounded back to
 * float after each step (and after restoring the best epoch), so the trained values are float-representable.
 *
 * <pre>{@code
 * Network net = Network.builder(4).dense(16).relu().dense(3).build(0L);
 * History h = new Trainer(TrainingConfig.DEFAULTS.withEpochs(50)).fit(net, x, n, codes,
 *     Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);
 * }</pre>
 */
public final class Trainer {
  private final TrainingConfig config;
  private final EpochListener listener;

  /** A trainer with the given settings. */
  public Trainer(TrainingConfig config) {
    this(config, null);
  }

  private Trainer(TrainingConfig config, EpochListener listener) {
    if (config == null) {
      throw new IllegalArgumentException("config must not be null; use TrainingConfig.DEFAULTS");
    }
    this.config = config;
    this.listener = listener;
  }

  /** A trainer with the same settings that reports every epoch to {@code l} (null: none). */
  public Trainer withListener(EpochListener l) {
    return new Trainer(config, l);
  }

  /** The settings. */
  public TrainingConfig config() {
    return config;
  }

  /** Trains without a metric. */
  public History fit(Network net, double[] x, int n, double[] target, Loss loss) {
    return fit(net, x, n, target, loss, null);
  }

  /**
   * Trains {@code net} in place on {@code n} samples.
   *
   * @param x inputs, feature-major ({@code x[i * inputSize + j]})
   * @param target targets in the {@link Loss} layout ({@code loss.targetWidth(outputSize) × n})
   * @param metric recorded per epoch (may be null)
   * @throws IllegalArgumentException for mismatched sizes
   * @throws IllegalStateException when the loss becomes NaN or infinite
   */
  public History fit(Network net, double[] x, int n, double[] target, Loss loss, Metric metric) {
    return fit(net, x, n, target, null, loss, metric);
  }

  /**
   * Trains {@code net} in place on {@code n} samples with a mask: per-sample weights, or per-position weights
   * for sequence outputs (e.g. 0 for the padded steps of variable-length sequences).
   *
   * <p>With {@code mask.length == n · T}, each sample's output ({@code outputSize} wide) is read as {@code T}
   * consecutive positions of width {@code k = outputSize / T} (as a {@link TimeDistributed} layer after a
   * recurrent layer with {@code returnSequences} produces them), its target as {@code T} blocks of
   * {@code loss.targetWidth(k)} values, and the loss is {@code sum m_p l_p / sum m_p} over the positions p of
   * each batch (mask 0: the position contributes neither loss nor gradient, whatever its target holds).
   * {@code T = 1} gives per-sample weights. Validation losses use the mask too; the metric is computed over
   * the positions with a positive mask only. A null mask is the unmasked {@link #fit(Network, double[], int,
   * double[], Loss, Metric)}.
   *
   * <pre>{@code
   * // 200 sequences of 12 tokens, post-padded; labels per step; mask 1 on real steps, 0 on padding
   * History h = new Trainer(cfg).fit(net, tokens, 200, labels, mask, Loss.SOFTMAX_CROSS_ENTROPY, Metric.ACCURACY);
   * }</pre>
   *
   * @param mask weights &gt;= 0, {@code n · T} of them (null: unmasked)
   * @throws IllegalArgumentException for mismatched sizes or negative / non-finite weights
   */
  public History fit(Network net, double[] x, int n, double[] target, double[] mask, Loss loss, Metric metric) {
    int in = net.inputSize();
    int kAll = net.outputSize();
    if (n < 1) {
      throw new IllegalArgumentException("training needs at least 1 sample but got " + n);
    }
    int positions = 1;
    if (mask != null) {
      if (mask.length == 0 || mask.length % n != 0 || kAll % (mask.length / n) != 0) {
        throw new IllegalArgumentException("mask has " + mask.length + " values but must hold T per sample for "
            + n + " samples, where T (positions per sample) divides the network's output width " + kAll
            + "; give 1 weight per sample or 1 per sequence position");
      }
      positions = mask.length / n;
      for (int i = 0; i < mask.length; i++) {
        if (!(mask[i] >= 0) || !Double.isFinite(mask[i])) {
          throw new IllegalArgumentException("mask[" + i + "] is " + mask[i] + " but weights must be finite and"
              + " >= 0 (0 = ignore the position)");
        }
      }
    }
    int k = kAll / positions;
    int tw = positions * loss.targetWidth(k);
    if (x.length != (long) in * n) {
      throw new IllegalArgumentException("x has " + x.length + " values but " + n + " samples of the network's "
          + "input width " + in + " need " + (long) in * n + "; check the number of features");
    }
    if (target.length != (long) tw * n) {
      throw new IllegalArgumentException("target has " + target.length + " values but " + n + " samples need "
          + (long) tw * n + " (" + tw + " per sample for " + loss + " with " + kAll + " outputs"
          + (positions > 1 ? " in " + positions + " positions" : "") + ")");
    }
    SplittableRandom root = new SplittableRandom(config.seed());
    SplittableRandom splitRng = root.split();
    SplittableRandom shuffleRng = root.split();
    Pass train = new Pass(true, root.split());

    int[] perm = permutation(n, splitRng);
    int nVal = config.validationFraction() > 0 ? (int) Math.max(1, Math.round(config.validationFraction() * n)) : 0;
    if (nVal > 0 && n - nVal < 1) {
      throw new IllegalArgumentException("validationFraction " + config.validationFraction() + " leaves no "
          + "training rows out of " + n + "; use a smaller fraction or more data");
    }
    int nTrain = n - nVal;
    int[] trainIdx = new int[nTrain];
    System.arraycopy(perm, nVal, trainIdx, 0, nTrain);
    java.util.Arrays.sort(trainIdx);
    double[] xVal = null;
    double[] yVal = null;
    double[] mVal = null;
    if (nVal > 0) {
      int[] valIdx = java.util.Arrays.copyOf(perm, nVal);
      java.util.Arrays.sort(valIdx);
      xVal = gather(x, in, valIdx);
      yVal = gather(target, tw, valIdx);
      mVal = mask == null ? null : gather(mask, positions, valIdx);
    }
    double[] xTrain = metric != null ? gather(x, in, trainIdx) : null;
    double[] yTrain = metric != null ? gather(target, tw, trainIdx) : null;
    double[] mTrain = metric != null && mask != null ? gather(mask, positions, trainIdx) : null;

    List<Layer> layers = net.layers();
    List<Param> all = new ArrayList<>();
    List<Param> trainable = new ArrayList<>();
    List<Optimizer> opts = new ArrayList<>();
    LearningRateSchedule schedule = config.effectiveSchedule();
    int[] layerOf;
    List<Integer> owner = new ArrayList<>();
    for (int li = 0; li < layers.size(); li++) {
      Layer l = layers.get(li);
      for (Param p : l.params()) {
        all.add(p);
        if (p.trainable() && !l.frozen()) {
          trainable.add(p);
          owner.add(li);
          Optimizer o = config.optimizer().create(schedule, config.momentum(), config.l2(), p.decays());
          o.init(p.size());
          opts.add(o);
        }
      }
    }
    layerOf = owner.stream().mapToInt(Integer::intValue).toArray();
    boolean adamW = config.optimizer() == OptimizerKind.ADAMW;
    double l1 = config.l1();
    double l2 = adamW ? 0.0 : config.l2();

    int batch = Math.min(config.batchSize(), nTrain);
    boolean f32 = net.precision() == Precision.FLOAT32;
    if (f32) {
      net.roundFloat32();
    }
    Tape full = new Tape(in, layers, batch, net.precision(), true);
    Tape tail = nTrain % batch == 0 ? null : new Tape(in, layers, nTrain % batch, net.precision(), true);
    double[] tb = new double[tw * batch];
    double[] mb = mask == null ? null : new double[positions * batch];
    int nl = layers.size();

    List<double[]> trainLoss = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    List<double[]> norms = new ArrayList<>();
    double[][] best = nVal > 0 ? snapshot(all) : null;
    double bestLoss = Double.POSITIVE_INFINITY;
    int bestEpoch = -1;
    int wait = 0;
    boolean stopped = false;
    StoppingRule rule = new StoppingRule(config.tol(), config.patience());
    double[] layerNorm = new double[nl];
    double[] sq = new double[nl];
    for (int epoch = 0; epoch < config.maxEpochs(); epoch++) {
      shuffle(trainIdx, shuffleRng);
      double lossSum = 0;
      int batches = 0;
      java.util.Arrays.fill(layerNorm, 0.0);
      for (int from = 0; from < nTrain; from += batch) {
        int m = Math.min(batch, nTrain - from);
        Tape t = m == batch ? full : tail;
        double[] a0 = t.act[0];
        for (int b = 0; b < m; b++) {
          int r = trainIdx[from + b];
          System.arraycopy(x, r * in, a0, b * in, in);
          System.arraycopy(target, r * tw, tb, b * tw, tw);
          if (mb != null) {
            System.arraycopy(mask, r * positions, mb, b * positions, positions);
          }
        }
        Tape.forward(layers, t, train);
        double lv = loss.compute(t.act[nl], k, m * positions, tb, mb, t.grad[nl]);
        if (!Double.isFinite(lv)) {
          throw new IllegalStateException("training loss became " + lv + " at epoch " + (epoch + 1) + ", batch "
              + (batches + 1) + "; lower the learning rate (now " + schedule.rate(Math.max(1, opts.isEmpty() ? 1
              : opts.get(0).steps())) + "), enable gradient clipping (clipNorm) or standardize the inputs");
        }
        Tape.backward(layers, t, false);
        java.util.Arrays.fill(sq, 0.0);
        for (int pi = 0; pi < trainable.size(); pi++) {
          double[] g = trainable.get(pi).grad();
          double s = 0;
          for (int i = 0; i < g.length; i++) {
            s += g[i] * g[i];
          }
          sq[layerOf[pi]] += s;
        }
        for (int li = 0; li < nl; li++) {
          layerNorm[li] += Math.sqrt(sq[li]);
        }
        double penalty = 0;
        for (Param p : trainable) {
          if (!p.decays() || (l1 == 0 && l2 == 0)) {
            continue;
          }
          double[] w = p.value();
          double[] g = p.grad();
          for (int i = 0; i < g.length; i++) {
            g[i] += l2 * w[i] + l1 * Math.signum(w[i]);
            penalty += 0.5 * l2 * w[i] * w[i] + l1 * Math.abs(w[i]);
          }
        }
        clip(trainable);
        for (int pi = 0; pi < trainable.size(); pi++) {
          opts.get(pi).step(trainable.get(pi).value(), trainable.get(pi).grad());
        }
        if (f32) {
          for (Param p : all) {
            p.roundToFloat32();
          }
        }
        lossSum += (lv + penalty) * m;
        batches++;
      }
      double epochLoss = lossSum / nTrain;
      double[] gn = new double[nl];
      for (int li = 0; li < nl; li++) {
        gn[li] = layerNorm[li] / batches;
      }
      norms.add(gn);
      double vLoss = Double.NaN;
      double vMetric = Double.NaN;
      double tMetric = Double.NaN;
      if (nVal > 0) {
        double[] out = net.forward(xVal, nVal);
        vLoss = loss.compute(out, k, nVal * positions, yVal, mVal, null);
        if (metric != null) {
          vMetric = score(metric, out, k, nVal * positions, yVal, loss.targetWidth(k), mVal);
        }
      }
      if (metric != null) {
        tMetric = score(metric, net.forward(xTrain, nTrain), k, nTrain * positions, yTrain, loss.targetWidth(k),
            mTrain);
      }
      if (listener != null) {
        listener.epochEnd(epoch + 1, config.maxEpochs(), epochLoss, vLoss, nVal > 0 ? vMetric : tMetric);
      }
      trainLoss.add(new double[] {epochLoss});
      rows.add(new double[] {vLoss, tMetric, vMetric});
      if (nVal > 0) {
        if (vLoss < bestLoss - config.tol()) {
          bestLoss = vLoss;
          bestEpoch = epoch;
          copyInto(all, best);
          wait = 0;
        } else if (++wait >= config.patience()) {
          stopped = epoch + 1 < config.maxEpochs();
          break;
        }
      } else {
        bestEpoch = epoch;
        if (rule.update(epochLoss)) {
          stopped = epoch + 1 < config.maxEpochs();
          break;
        }
      }
    }
    if (nVal > 0 && bestEpoch >= 0) {
      restore(all, best);
      if (f32) {
        net.roundFloat32();
      }
    }
    int e = trainLoss.size();
    double[] tl = new double[e];
    double[] vl = new double[e];
    double[] tm = new double[e];
    double[] vm = new double[e];
    for (int i = 0; i < e; i++) {
      tl[i] = trainLoss.get(i)[0];
      vl[i] = rows.get(i)[0];
      tm[i] = rows.get(i)[1];
      vm[i] = rows.get(i)[2];
    }
    return new History(tl, vl, tm, vm, norms.toArray(new double[0][]), bestEpoch, stopped);
  }

  /** The metric over the positions with a positive mask (all when the mask is null). */
  static double score(Metric metric, double[] out, int k, int count, double[] y, int yw, double[] mask) {
    if (mask == null) {
      return metric.score(out, k, count, y);
    }
    int kept = 0;
    for (int i = 0; i < count; i++) {
      kept += mask[i] > 0 ? 1 : 0;
    }
    double[] o = new double[kept * k];
    double[] t = new double[kept * yw];
    int j = 0;
    for (int i = 0; i < count; i++) {
      if (mask[i] > 0) {
        System.arraycopy(out, i * k, o, j * k, k);
        System.arraycopy(y, i * yw, t, j * yw, yw);
        j++;
      }
    }
    return metric.score(o, k, kept, t);
  }

  private void clip(List<Param> trainable) {
    double cv = config.clipValue();
    if (cv > 0) {
      for (Param p : trainable) {
        double[] g = p.grad();
        for (int i = 0; i < g.length; i++) {
          g[i] = Math.max(-cv, Math.min(cv, g[i]));
        }
      }
    }
    double cn = config.clipNorm();
    if (cn > 0) {
      double s = 0;
      for (Param p : trainable) {
        for (double v : p.grad()) {
          s += v * v;
        }
      }
      double norm = Math.sqrt(s);
      if (norm > cn) {
        double f = cn / norm;
        for (Param p : trainable) {
          double[] g = p.grad();
          for (int i = 0; i < g.length; i++) {
            g[i] *= f;
          }
        }
      }
    }
  }

  static int[] permutation(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    shuffle(p, rng);
    return p;
  }

  static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  static double[] gather(double[] src, int width, int[] idx) {
    double[] out = new double[width * idx.length];
    for (int b = 0; b < idx.length; b++) {
      System.arraycopy(src, idx[b] * width, out, b * width, width);
    }
    return out;
  }

  private static double[][] snapshot(List<Param> ps) {
    double[][] s = new double[ps.size()][];
    for (int i = 0; i < s.length; i++) {
      s[i] = ps.get(i).value().clone();
    }
    return s;
  }

  private static void copyInto(List<Param> ps, double[][] dst) {
    for (int i = 0; i < dst.length; i++) {
      System.arraycopy(ps.get(i).value(), 0, dst[i], 0, dst[i].length);
    }
  }

  private static void restore(List<Param> ps, double[][] src) {
    for (int i = 0; i < src.length; i++) {
      System.arraycopy(src[i], 0, ps.get(i).value(), 0, src[i].length);
    }
  }
}
