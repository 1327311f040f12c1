package praxis.preprocess;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * B-spline basis features per numeric column, as scikit-learn's {@code SplineTransformer}: {@code nKnots} base
 * knots (uniform between min and max, or at linear percentiles), extended by {@code degree} equally spaced knots
 * on each side, give {@code nKnots + degree - 1} B-splines of the given degree per column (the last one dropped
 * without {@code includeBias}). Outside the base knots: {@link Extrapolation#CONSTANT} keeps the boundary values,
 * {@link Extrapolation#LINEAR} continues them linearly with the boundary slope, {@link Extrapolation#CONTINUE}
 * continues the boundary polynomial pieces, {@link Extrapolation#ERROR} refuses the value. Output columns are
 * named {@code column_sp_k}. Basis values by the Cox-de Boor recursion (Piegl and Tiller, Algorithm A2.2).
 * Periodic splines are not provided. Missing values are refused. Cost: O(n p degree²).
 *
 * <pre>{@code
 * SplineTransformerModel m = new SplineTransformer(SplineTransformer.Params.DEFAULTS.withNKnots(6))
 *     .fit(x, Target.none(x.rowCount()));
 * Frame basis = m.transform(x);   // 8 columns per input column
 * }</pre>
 */
public final class SplineTransformer implements Estimator<SplineTransformer.Params, SplineTransformerModel> {
  /** Base knot placement. */
  public enum Knots {
    /** Evenly spaced between the column's min and max. */
    UNIFORM,
    /** At evenly spaced linear percentiles. */
    QUANTILE
  }

  /** Behaviour outside the base knots. */
  public enum Extrapolation {
    /** Boundary values. */
    CONSTANT,
    /** Linear continuation with the boundary derivative. */
    LINEAR,
    /** The boundary polynomial pieces continued. */
    CONTINUE,
    /** An IllegalArgumentException. */
    ERROR
  }

  /**
   * Hyperparameters.
   *
   * @param nKnots number of base knots (at least 2)
   * @param degree polynomial degree (at least 1)
   * @param knots base knot placement
   * @param extrapolation behaviour outside the base knots
   * @param includeBias keep the last spline of each column (the splines then sum to 1 inside the knots)
   */
  public record Params(int nKnots, int degree, Knots knots, Extrapolation extrapolation, boolean includeBias)
      implements praxis.api.Params {
    /** Five uniform knots, cubic, constant extrapolation, with bias (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(5, 3, Knots.UNIFORM, Extrapolation.CONSTANT, true);

    /** Validates. */
    public Params {
      Check.atLeast(nKnots, 2, "nKnots");
      Check.atLeast(degree, 1, "degree");
      Check.notNull(knots, "knots");
      Check.notNull(extrapolation, "extrapolation");
    }

    /** A copy with another number of knots. */
    public Params withNKnots(int n) {
      return new Params(n, degree, knots, extrapolation, includeBias);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SplineTransformer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public SplineTransformer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SplineTransformer withParams(Params p) {
    return new SplineTransformer(p);
  }

  @Override
  public String name() {
    return "spline_transformer";
  }

  @Override
  public SplineTransformerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "SplineTransformer");
    Support.requireNumeric(x, "SplineTransformer");
    int p = x.columnCount();
    int nk = params.nKnots();
    int deg = params.degree();
    double[][] knots = new double[p][];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "SplineTransformer");
      KBinsDiscretizerModel.requireObserved(c.name(), v, "SplineTransformer");
      double[] s = v.clone();
      Arrays.sort(s);
      double[] base;
      if (params.knots() == Knots.UNIFORM) {
        base = KBinsDiscretizer.linspace(s[0], s[s.length - 1], nk);
      } else {
        base = new double[nk];
        double[] q = KBinsDiscretizer.linspace(0, 1, nk);
        for (int k = 0; k < nk; k++) {
          base[k] = RobustScaler.percentile(s, 100 * q[k]);
        }
      }
      for (int k = 1; k < nk; k++) {
        if (!(base[k] > base[k - 1])) {
          throw new IllegalArgumentException("SplineTransformer: column '" + c.name() + "' gives repeated knots ("
              + base[k] + " twice) with " + params.knots() + " placement of " + nk + " knots; use fewer knots, "
              + "UNIFORM knots, or drop the column (it has too few distinct values)");
        }
      }
      double dMin = base[1] - base[0];
      double dMax = base[nk - 1] - base[nk - 2];
      double[] t = new double[nk + 2 * deg];
      double[] left = KBinsDiscretizer.linspace(base[0] - deg * dMin, base[0] - dMin, deg);
      double[] right = KBinsDiscretizer.linspace(base[nk - 1] + dMax, base[nk - 1] + deg * dMax, deg);
      if (deg == 1) {
        left[0] = base[0] - dMin;
        right[0] = base[nk - 1] + dMax;
      }
      System.arraycopy(left, 0, t, 0, deg);
      System.arraycopy(base, 0, t, deg, nk);
      System.arraycopy(right, 0, t, deg + nk, deg);
      knots[j] = t;
    }
    return new SplineTransformerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), deg,
        params.extrapolation(), params.includeBias(), knots);
  }
}
