package praxis.imbalance;

import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Edited nearest neighbours cleaning (Wilson 1972), as imbalanced-learn's default: a row of a non-minority class is
 * removed unless its {@code k} nearest neighbours (Euclidean, excluding itself) agree with its class — ALL of them
 * ({@link Kind#ALL}) or most of them ({@link Kind#MODE}). Minority rows are always kept. A pipeline step
 * ({@link Resampler}): training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new EditedNearestNeighbours(new EditedNearestNeighbours.Params(3,
 *     EditedNearestNeighbours.Kind.ALL)).resample(x, y);
 * }</pre>
 */
public final class EditedNearestNeighbours implements Resampler<EditedNearestNeighbours.Params> {
  /** Agreement rule. */
  public enum Kind {
    /** Every neighbour has the row's class. */
    ALL,
    /** More than half of the neighbours have the row's class. */
    MODE
  }

  /**
   * Hyperparameters.
   *
   * @param k neighbours (≥ 1)
   * @param kind agreement rule
   */
  public record Params(int k, Kind kind) implements praxis.api.Params {
    /** k = 3, ALL (imbalanced-learn's defaults). */
    public static final Params DEFAULTS = new Params(3, Kind.ALL);

    /** Validates. */
    public Params {
      Check.atLeast(k, 1, "k");
      Check.notNull(kind, "kind");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public EditedNearestNeighbours() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public EditedNearestNeighbours(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public EditedNearestNeighbours withParams(Params p) {
    return new EditedNearestNeighbours(p);
  }

  @Override
  public String name() {
    return "edited_nearest_neighbours";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "EditedNearestNeighbours");
    double[][] cols = SamplerSupport.numeric(x, "EditedNearestNeighbours");
    int minority = SamplerSupport.minority(counts);
    int[] codes = y.codes();
    int[] all = SamplerSupport.all(codes.length);
    int[][] nn = SamplerSupport.neighbours(cols, all, all, params.k());
    boolean[] keep = new boolean[codes.length];
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == minority) {
        keep[i] = true;
        continue;
      }
      int same = 0;
      for (int j : nn[i]) {
        same += codes[j] == codes[i] ? 1 : 0;
      }
      keep[i] = params.kind() == Kind.ALL ? same == nn[i].length : 2 * same > nn[i].length;
    }
    return SamplerSupport.keep(x, y, keep);
  }
}
