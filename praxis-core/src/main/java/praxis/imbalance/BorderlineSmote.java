package praxis.imbalance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Borderline-SMOTE, variant 1 (Han et al. 2005; imbalanced-learn's {@code kind="borderline-1"}): only minority
 * rows "in danger" — at least half but not all of their {@code m} nearest neighbours (whole data) belong to other
 * classes — are interpolated, towards one of their {@code k} nearest neighbours within the class, as
 * {@link Smote}. Rows whose neighbours are all of other classes count as noise and are not used. If no row is in
 * danger the data come back unchanged. A pipeline step ({@link Resampler}): training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new BorderlineSmote(new BorderlineSmote.Params(5, 10, 1.0, 0)).resample(x, y);
 * }</pre>
 */
public final class BorderlineSmote implements Resampler<BorderlineSmote.Params> {
  /**
   * Hyperparameters.
   *
   * @param k neighbours within the class used for interpolation (≥ 1)
   * @param m neighbours in the whole data deciding danger (≥ 1)
   * @param ratio wanted size of each smaller class relative to the majority, in (0, 1]
   * @param seed random seed
   */
  public record Params(int k, int m, double ratio, long seed) implements praxis.api.Params {
    /** k = 5, m = 10, balanced, seed 0 (imbalanced-learn's defaults). */
    public static final Params DEFAULTS = new Params(5, 10, 1.0, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(k, 1, "k");
      Check.atLeast(m, 1, "m");
      if (!(ratio > 0 && ratio <= 1)) {
        throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio + "; 1 balances the classes");
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public BorderlineSmote() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public BorderlineSmote(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public BorderlineSmote withParams(Params p) {
    return new BorderlineSmote(p);
  }

  @Override
  public String name() {
    return "borderline_smote";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "BorderlineSMOTE");
    double[][] cols = SamplerSupport.numeric(x, "BorderlineSMOTE");
    int[] goal = SamplerSupport.overTargets(counts, params.ratio());
    SplittableRandom rnd = new SplittableRandom(params.seed());
    int[] codes = y.codes();
    int[] all = SamplerSupport.all(codes.length);
    List<double[]> synth = new ArrayList<>();
    List<Integer> synthCodes = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      int need = goal[c] - counts[c];
      if (need <= 0) {
        continue;
      }
      int[] members = SamplerSupport.rowsOf(codes, c);
      Smote.requireSize(members.length, params.k(), y.classList().get(c), "BorderlineSMOTE");
      int[][] wide = SamplerSupport.neighbours(cols, members, all, Math.min(params.m(), codes.length - 1));
      List<Integer> danger = new ArrayList<>();
      for (int q = 0; q < members.length; q++) {
        int other = 0;
        for (int nb : wide[q]) {
          other += codes[nb] != c ? 1 : 0;
        }
        int mm = wide[q].length;
        if (other * 2 >= mm && other < mm) {
          danger.add(members[q]);
        }
      }
      if (danger.isEmpty()) {
        continue;
      }
      int[] origins = danger.stream().mapToInt(Integer::intValue).toArray();
      int[][] nn = SamplerSupport.neighbours(cols, origins, members, params.k());
      Smote.generate(cols, origins, nn, need, c, rnd, synth, synthCodes);
    }
    return SamplerSupport.append(x, y, cols, synth, synthCodes);
  }
}
