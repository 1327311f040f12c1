package praxis.imbalance;

import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Random under-sampling: every class larger than {@code (minority count) / ratio} keeps a random subset of that
 * many rows (without replacement); the kept rows stay in their original order. Any column types. A pipeline step
 * ({@link Resampler}): it acts on training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new RandomUnderSampler(new RandomUnderSampler.Params(0.5, 1)).resample(x, y);
 * }</pre>
 */
public final class RandomUnderSampler implements Resampler<RandomUnderSampler.Params> {
  /**
   * Hyperparameters.
   *
   * @param ratio wanted minority/class size ratio after sampling, in (0, 1]
   * @param seed random seed
   */
  public record Params(double ratio, long seed) implements praxis.api.Params {
    /** Balance all classes, seed 0. */
    public static final Params DEFAULTS = new Params(1.0, 0L);

    /** Validates. */
    public Params {
      if (!(ratio > 0 && ratio <= 1)) {
        throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio + "; 1 balances the classes");
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public RandomUnderSampler() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RandomUnderSampler(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RandomUnderSampler withParams(Params p) {
    return new RandomUnderSampler(p);
  }

  @Override
  public String name() {
    return "random_under_sampler";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "RandomUnderSampler");
    int min = counts[SamplerSupport.minority(counts)];
    int goal = (int) (min / params.ratio());
    SplittableRandom rnd = new SplittableRandom(params.seed());
    int[] codes = y.codes();
    boolean[] keep = new boolean[codes.length];
    for (int c = 0; c < counts.length; c++) {
      int[] members = SamplerSupport.rowsOf(codes, c);
      if (members.length <= goal) {
        for (int i : members) {
          keep[i] = true;
        }
        continue;
      }
      for (int i = members.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = members[i];
        members[i] = members[j];
        members[j] = t;
      }
      for (int s = 0; s < goal; s++) {
        keep[members[s]] = true;
      }
    }
    return SamplerSupport.keep(x, y, keep);
  }
}
