package praxis.imbalance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * ADASYN (He et al. 2008): like {@link Smote}, but the number of synthetic rows made from each minority row is
 * proportional to the share of other classes among its {@code k} nearest neighbours in the whole data, so hard
 * regions get more samples. Per row: {@code g_i = round(r_i / Σr · need)} (so the total can differ from the goal
 * by rounding), each {@code x_i + u·(x_nn − x_i)} with {@code x_nn} one of its {@code k} neighbours within the
 * class. A pipeline step ({@link Resampler}): training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new Adasyn(new Adasyn.Params(5, 1.0, 0)).resample(x, y);
 * }</pre>
 */
public final class Adasyn implements Resampler<Adasyn.Params> {
  /**
   * Hyperparameters.
   *
   * @param k neighbours (≥ 1)
   * @param ratio wanted size of each smaller class relative to the majority, in (0, 1]
   * @param seed random seed
   */
  public record Params(int k, double ratio, long seed) implements praxis.api.Params {
    /** k = 5, balanced, seed 0. */
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
  public Adasyn() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public Adasyn(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Adasyn withParams(Params p) {
    return new Adasyn(p);
  }

  @Override
  public String name() {
    return "adasyn";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "ADASYN");
    double[][] cols = SamplerSupport.numeric(x, "ADASYN");
    int[] goal = SamplerSupport.overTargets(counts, params.ratio());
    SplittableRandom rnd = new SplittableRandom(params.seed());
    int[] codes = y.codes();
    int[] all = SamplerSupport.all(codes.length);
    List<double[]> synth = new ArrayList<>();
    List<Integer> synthCodes = new ArrayList<>();
    int p = cols.length;
    for (int c = 0; c < counts.length; c++) {
      int need = goal[c] - counts[c];
      if (need <= 0) {
        continue;
      }
      int[] members = SamplerSupport.rowsOf(codes, c);
      Smote.requireSize(members.length, params.k(), y.classList().get(c), "ADASYN");
      int[][] wide = SamplerSupport.neighbours(cols, members, all, params.k());
      double[] r = new double[members.length];
      double sum = 0;
      for (int q = 0; q < members.length; q++) {
        for (int nb : wide[q]) {
          r[q] += codes[nb] != c ? 1.0 / wide[q].length : 0;
        }
        sum += r[q];
      }
      if (sum == 0) {
        throw new IllegalArgumentException("ADASYN: no row of class '" + y.classList().get(c) + "' has a neighbour"
            + " of another class among its k=" + params.k() + " nearest, so ADASYN has no weights; use Smote");
      }
      int[][] nn = SamplerSupport.neighbours(cols, members, members, params.k());
      for (int q = 0; q < members.length; q++) {
        long g = Math.round(r[q] / sum * need);
        int a = members[q];
        for (long s = 0; s < g; s++) {
          int b = nn[q][rnd.nextInt(nn[q].length)];
          double u = rnd.nextDouble();
          double[] row = new double[p];
          for (int j = 0; j < p; j++) {
            row[j] = cols[j][a] + u * (cols[j][b] - cols[j][a]);
          }
          synth.add(row);
          synthCodes.add(c);
        }
      }
    }
    return SamplerSupport.append(x, y, cols, synth, synthCodes);
  }
}
