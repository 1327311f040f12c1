package praxis.imbalance;

import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Random over-sampling: every class with fewer than {@code ratio × (majority count)} rows gets randomly chosen
 * copies of its own rows (with replacement) appended until it has that many. Any column types. A pipeline step
 * ({@link Resampler}): it acts on training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new RandomOverSampler(new RandomOverSampler.Params(1.0, 42)).resample(x, y);
 * Pipeline p = Pipeline.of(new RandomOverSampler(), new LogisticRegression());
 * }</pre>
 */
public final class RandomOverSampler implements Resampler<RandomOverSampler.Params> {
  /**
   * Hyperparameters.
   *
   * @param ratio wanted size of each smaller class relative to the majority, in (0, 1]
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
  public RandomOverSampler() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RandomOverSampler(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RandomOverSampler withParams(Params p) {
    return new RandomOverSampler(p);
  }

  @Override
  public String name() {
    return "random_over_sampler";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "RandomOverSampler");
    int[] goal = SamplerSupport.overTargets(counts, params.ratio());
    SplittableRandom rnd = new SplittableRandom(params.seed());
    int[] codes = y.codes();
    int extra = 0;
    for (int c = 0; c < counts.length; c++) {
      extra += goal[c] - counts[c];
    }
    int n = codes.length;
    int[] rows = new int[n + extra];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    int k = n;
    for (int c = 0; c < counts.length; c++) {
      int need = goal[c] - counts[c];
      if (need > 0) {
        int[] members = SamplerSupport.rowsOf(codes, c);
        for (int s = 0; s < need; s++) {
          rows[k++] = members[rnd.nextInt(members.length)];
        }
      }
    }
    return new Sample(x.rows(rows), y.rows(rows));
  }
}
