package praxis.imbalance;

import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Cleaning by Tomek links (Tomek 1976): two rows of different classes that are each other's nearest neighbour
 * (Euclidean over the numeric columns, ties to the lower row) form a link; the row of the link that is not of the
 * minority class is removed (imbalanced-learn's default), which clears the class boundary. Kept rows stay in
 * order. A pipeline step ({@link Resampler}): training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new TomekLinks().resample(x, y);
 * }</pre>
 */
public final class TomekLinks implements Resampler<TomekLinks.Params> {
  /** No hyperparameters. */
  public record Params() implements praxis.api.Params {
    /** The only value. */
    public static final Params DEFAULTS = new Params();
  }

  /** The sampler. */
  public TomekLinks() {}

  @Override
  public Params params() {
    return Params.DEFAULTS;
  }

  @Override
  public TomekLinks withParams(Params p) {
    Check.notNull(p, "params");
    return this;
  }

  @Override
  public String name() {
    return "tomek_links";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "TomekLinks");
    double[][] cols = SamplerSupport.numeric(x, "TomekLinks");
    int minority = SamplerSupport.minority(counts);
    int[] codes = y.codes();
    int[] all = SamplerSupport.all(codes.length);
    int[][] nn = SamplerSupport.neighbours(cols, all, all, 1);
    boolean[] keep = new boolean[codes.length];
    for (int i = 0; i < codes.length; i++) {
      int j = nn[i][0];
      boolean link = nn[j][0] == i && codes[i] != codes[j];
      keep[i] = !(link && codes[i] != minority);
    }
    return SamplerSupport.keep(x, y, keep);
  }
}
