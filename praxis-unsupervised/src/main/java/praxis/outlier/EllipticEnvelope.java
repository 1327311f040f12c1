package praxis.outlier;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Elliptic envelope (U11), as scikit-learn 1.2's {@code EllipticEnvelope}: a robust Gaussian fitted by
 * {@link MinCovDet} (FastMCD); a row's score is minus its squared Mahalanobis distance to the robust location
 * under the robust covariance, and the threshold ({@code offset}) is the {@code contamination} percentile of the
 * training scores, so that about that share of the training rows is flagged. Suited to roughly Gaussian,
 * unimodal data with fewer features than rows.
 *
 * <pre>{@code
 * EllipticEnvelopeModel env = new EllipticEnvelope().fit(x, Target.none(x.rowCount()));
 * int[] flags = env.predict(x);             // +1 inlier, -1 outlier
 * double[] d2 = env.mahalanobis(x);         // squared robust distances
 * }</pre>
 */
public final class EllipticEnvelope implements Estimator<EllipticEnvelope.Params, EllipticEnvelopeModel> {
  /**
   * Hyperparameters.
   *
   * @param contamination expected outlier fraction, in (0, 0.5]
   * @param supportFraction share of rows in the raw MCD support, in (0, 1], or 0 for (n + p + 1) / 2
   * @param seed NumPy {@code random_state} of FastMCD's random subsets
   */
  public record Params(double contamination, double supportFraction, long seed) implements praxis.api.Params {
    /** Contamination 0.1, default support, seed 0 (scikit-learn's defaults with random_state=0). */
    public static final Params DEFAULTS = new Params(0.1, 0, 0L);

    /** Validates. */
    public Params {
      if (!(contamination > 0 && contamination <= 0.5)) {
        throw new IllegalArgumentException("contamination must be in (0, 0.5], got " + contamination
            + "; e.g. 0.1 when about 10% of the rows are expected to be outliers");
      }
      if (!(supportFraction == 0 || supportFraction > 0 && supportFraction <= 1)) {
        throw new IllegalArgumentException("supportFraction must be in (0, 1] or 0 for (n + p + 1) / 2, got "
            + supportFraction);
      }
    }

    /** With another contamination. */
    public Params withContamination(double c) {
      return new Params(c, supportFraction, seed);
    }

    /** With another support fraction. */
    public Params withSupportFraction(double s) {
      return new Params(contamination, s, seed);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(contamination, supportFraction, s);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public EllipticEnvelope() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public EllipticEnvelope(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public EllipticEnvelope withParams(Params p) {
    return new EllipticEnvelope(p);
  }

  @Override
  public String name() {
    return "elliptic_envelope";
  }

  /**
   * Fits the robust Gaussian ({@code y} ignored).
   *
   * @throws IllegalArgumentException on fewer than 2 rows, non-numeric or non-finite input
   */
  @Override
  public EllipticEnvelopeModel fit(Frame x, Target y) {
    MinCovDet.Result r = new MinCovDet(params.supportFraction(), params.seed()).fit(x);
    double[] s = r.distances().clone();
    for (int i = 0; i < s.length; i++) {
      s[i] = -s[i];
    }
    double offset = LocalOutlierFactor.percentile(s, 100 * params.contamination());
    return new EllipticEnvelopeModel(x.schema(), r.location(), r.covariance(), r.precision(), offset,
        r.rawSupport(), Provenance.of(name(), params, x, y, params.seed()));
  }
}
