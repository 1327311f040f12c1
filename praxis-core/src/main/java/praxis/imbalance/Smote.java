package praxis.imbalance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * SMOTE (Chawla et al. 2002): for each class below {@code ratio × (majority count)}, synthetic rows
 * {@code x_i + u·(x_nn − x_i)} with {@code x_i} a random row of the class, {@code x_nn} one of its {@code k}
 * nearest neighbours (Euclidean) within the class and {@code u ~ U[0, 1)}, appended after the original rows.
 * Numeric columns only (scale them first — put a scaler before it in the pipeline); see {@link SmoteNC} for
 * categorical columns. Same seed, same rows. A pipeline step ({@link Resampler}): it acts on training rows only.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new StandardScaler(), new Smote(new Smote.Params(5, 1.0, 42)), new LogisticRegression());
 * }</pre>
 */
public final class Smote implements Resampler<Smote.Params> {
  /**
   * Hyperparameters.
   *
   * @param k neighbours within the class (≥ 1); each class to over-sample needs at least k + 1 rows
   * @param ratio wanted size of each smaller class relative to the majority, in (0, 1]
   * @param seed random seed
   */
  public record Params(int k, double ratio, long seed) implements praxis.api.Params {
    /** k = 5, balanced, seed 0 (imbalanced-learn's defaults). */
    public static final Params DEFAULTS = new Params(5, 1.0, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(k, 1, "k");
      if (!(ratio > 0 && ratio <= 1)) {
        throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio + "; 1 balances the classes");
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public Smote() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public Smote(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Smote withParams(Params p) {
    return new Smote(p);
  }

  @Override
  public String name() {
    return "smote";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "SMOTE");
    double[][] cols = SamplerSupport.numeric(x, "SMOTE");
    int[] goal = SamplerSupport.overTargets(counts, params.ratio());
    SplittableRandom rnd = new SplittableRandom(params.seed());
    int[] codes = y.codes();
    List<double[]> synth = new ArrayList<>();
    List<Integer> synthCodes = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      int need = goal[c] - counts[c];
      if (need <= 0) {
        continue;
      }
      int[] members = SamplerSupport.rowsOf(codes, c);
      requireSize(members.length, params.k(), y.classList().get(c), "SMOTE");
      int[][] nn = SamplerSupport.neighbours(cols, members, members, params.k());
      generate(cols, members, nn, need, c, rnd, synth, synthCodes);
    }
    return SamplerSupport.append(x, y, cols, synth, synthCodes);
  }

  static void requireSize(int size, int k, String label, String who) {
    if (size < k + 1) {
      throw new IllegalArgumentException(who + ": class '" + label + "' has " + size + " rows but k=" + k
          + " neighbours need at least k + 1 = " + (k + 1) + "; lower k to at most " + (size - 1)
          + (size < 2 ? " (a class of one row cannot be interpolated; use RandomOverSampler)" : "")
          + " or collect more rows of that class");
    }
  }

  /** Appends {@code need} interpolations from random {@code origins} towards one of their neighbours. */
  static void generate(double[][] cols, int[] origins, int[][] nn, int need, int code, SplittableRandom rnd,
      List<double[]> synth, List<Integer> synthCodes) {
    int p = cols.length;
    for (int s = 0; s < need; s++) {
      int o = rnd.nextInt(origins.length);
      int a = origins[o];
      int b = nn[o][rnd.nextInt(nn[o].length)];
      double u = rnd.nextDouble();
      double[] row = new double[p];
      for (int j = 0; j < p; j++) {
        row[j] = cols[j][a] + u * (cols[j][b] - cols[j][a]);
      }
      synth.add(row);
      synthCodes.add(code);
    }
  }
}
