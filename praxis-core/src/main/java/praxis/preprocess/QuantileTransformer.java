package praxis.preprocess;

import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Maps each numeric column through its empirical distribution function to a uniform or standard normal
 * output, as scikit-learn's {@code QuantileTransformer}: {@code nQuantiles} quantiles at evenly spaced
 * probabilities are estimated per column (numpy's linear percentile over the non-missing values, made
 * non-decreasing), and a value is mapped by linear interpolation of probability against quantile — averaged
 * over interpolating up and down so that repeated quantiles map to the middle of their probability range.
 * Values outside the training range map to 0 or 1 (normal output: clipped at the 1e-7 tails). NaN stays NaN.
 * When a column has more than {@code subsample} rows, the quantiles are estimated from {@code subsample} rows
 * drawn without replacement with {@link SplittableRandom}{@code (seed)} (scikit-learn draws a different sample).
 * Cost: one sort per column.
 *
 * <pre>{@code
 * QuantileTransformerModel m = new QuantileTransformer(QuantileTransformer.Params.DEFAULTS
 *     .withOutput(QuantileTransformer.Output.NORMAL)).fit(x, Target.none(x.rowCount()));
 * Frame g = m.transform(x);
 * Frame back = m.inverseTransform(g);
 * }</pre>
 */
public final class QuantileTransformer implements Estimator<QuantileTransformer.Params, QuantileTransformerModel> {
  /** Output distribution. */
  public enum Output {
    /** Uniform on [0, 1]. */
    UNIFORM,
    /** Standard normal. */
    NORMAL
  }

  /**
   * Hyperparameters.
   *
   * @param nQuantiles number of quantiles (at least 2; reduced to the row count when larger)
   * @param output output distribution
   * @param subsample maximum number of rows used to estimate the quantiles
   * @param seed seed of the subsample draw
   */
  public record Params(int nQuantiles, Output output, int subsample, long seed) implements praxis.api.Params {
    /** 1000 quantiles, uniform output, subsample 100000, seed 0 (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(1000, Output.UNIFORM, 100_000, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(nQuantiles, 2, "nQuantiles");
      Check.notNull(output, "output");
      Check.atLeast(subsample, 2, "subsample");
      if (subsample < nQuantiles) {
        throw new IllegalArgumentException("subsample is " + subsample + " but must be at least nQuantiles ("
            + nQuantiles + "); raise subsample or lower nQuantiles");
      }
    }

    /** A copy with another output distribution. */
    public Params withOutput(Output o) {
      return new Params(nQuantiles, o, subsample, seed);
    }

    /** A copy with another number of quantiles. */
    public Params withNQuantiles(int n) {
      return new Params(n, output, Math.max(subsample, n), seed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public QuantileTransformer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public QuantileTransformer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public QuantileTransformer withParams(Params p) {
    return new QuantileTransformer(p);
  }

  @Override
  public String name() {
    return "quantile_transformer";
  }

  @Override
  public QuantileTransformerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "QuantileTransformer");
    Support.requireNumeric(x, "QuantileTransformer");
    int n = x.rowCount();
    int nq = Math.min(params.nQuantiles(), n);
    double[] refs = new double[nq];
    double step = 1.0 / (nq - 1 == 0 ? 1 : nq - 1);
    for (int k = 0; k < nq; k++) {
      refs[k] = k * step;
    }
    if (nq > 1) {
      refs[nq - 1] = 1.0;
    }
    int[] rows = null;
    if (n > params.subsample()) {
      SplittableRandom rnd = new SplittableRandom(params.seed());
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = 0; i < params.subsample(); i++) {
        int r = i + rnd.nextInt(n - i);
        int t = perm[i];
        perm[i] = perm[r];
        perm[r] = t;
      }
      rows = java.util.Arrays.copyOf(perm, params.subsample());
    }
    int p = x.columnCount();
    double[][] quantiles = new double[p][];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "QuantileTransformer");
      if (rows != null) {
        double[] sub = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          sub[i] = v[rows[i]];
        }
        v = sub;
      }
      double[] sorted = RobustScaler.sortedObserved(v);
      if (sorted.length == 0) {
        throw new IllegalArgumentException("QuantileTransformer: column '" + c.name()
            + "' has no non-missing value in the training rows; drop it or impute it first");
      }
      double[] q = new double[nq];
      for (int k = 0; k < nq; k++) {
        q[k] = RobustScaler.percentile(sorted, refs[k] * 100);
        if (k > 0 && q[k] < q[k - 1]) {
          q[k] = q[k - 1];
        }
      }
      quantiles[j] = q;
    }
    return new QuantileTransformerModel(x.schema(), Provenance.of(name(), params, x, y, params.seed()),
        params.output(), refs, quantiles);
  }
}
