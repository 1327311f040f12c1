package praxis.outlier;

import praxis.api.ModelCodec;
import praxis.api.OutlierDetector;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link EllipticEnvelope}: robust location, covariance and its pseudo-inverse, and the threshold.
 * {@code scoreSamples} is minus the squared Mahalanobis distance; {@code decisionFunction} subtracts the offset
 * (negative = outlier).
 *
 * <pre>{@code
 * EllipticEnvelopeModel env = new EllipticEnvelope().fit(x, Target.none(x.rowCount()));
 * double[][] robustCov = env.covariance();
 * double[] margin = env.decisionFunction(x);
 * }</pre>
 */
public final class EllipticEnvelopeModel implements OutlierDetector {
  static final String TYPE = "elliptic_envelope";
  private final Schema schema;
  private final double[] location;
  private final double[][] covariance;
  private final double[] precision;
  private final double offset;
  private final boolean[] rawSupport;
  private final Provenance provenance;

  EllipticEnvelopeModel(Schema schema, double[] location, double[][] covariance, double[][] precision,
      double offset, boolean[] rawSupport, Provenance provenance) {
    this.schema = schema;
    this.location = location;
    this.covariance = covariance;
    int p = location.length;
    this.precision = new double[p * p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(precision[i], 0, this.precision, i * p, p);
    }
    this.offset = offset;
    this.rawSupport = rawSupport;
    this.provenance = provenance;
  }

  /** Robust location (a copy). */
  public double[] location() {
    return location.clone();
  }

  /** Robust covariance (a copy). */
  public double[][] covariance() {
    double[][] out = new double[covariance.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = covariance[i].clone();
    }
    return out;
  }

  /** The training rows of FastMCD's best h-subset (empty after loading a saved model). */
  public boolean[] rawSupport() {
    return rawSupport.clone();
  }

  /** Threshold on {@link #scoreSamples}: the contamination percentile of the training scores. */
  public double offset() {
    return offset;
  }

  /** Squared Mahalanobis distances of the rows of {@code x} to the robust location. */
  public double[] mahalanobis(Frame x) {
    schema.requireCompatible(x.schema(), "EllipticEnvelopeModel input");
    Inputs in = Inputs.of(x, "EllipticEnvelopeModel");
    return MinCovDet.mahalanobis(in.rows(), in.n(), in.p(), location, precision);
  }

  @Override
  public double[] scoreSamples(Frame x) {
    double[] d = mahalanobis(x);
    for (int i = 0; i < d.length; i++) {
      d[i] = -d[i];
    }
    return d;
  }

  @Override
  public double[] decisionFunction(Frame x) {
    double[] s = scoreSamples(x);
    for (int i = 0; i < s.length; i++) {
      s[i] -= offset;
    }
    return s;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    int p = location.length;
    double[][] prec = new double[p][p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(precision, i * p, prec[i], 0, p);
    }
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("location", location).put("covariance", covariance).put("precision", prec).put("offset", offset)
        .build();
  }

  /**
   * Reads {@code elliptic_envelope} model state.
   *
   * <pre>{@code
   * EllipticEnvelopeModel env = (EllipticEnvelopeModel) ModelIO.load(Path.of("envelope.praxis"));
   * }</pre>
   */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public EllipticEnvelopeModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[] loc = s.getDoubles("location");
      double[][] cov = s.getMatrix("covariance");
      double[][] prec = s.getMatrix("precision");
      int p = schema.size();
      if (loc.length != p || cov.length != p || prec.length != p) {
        throw new ModelFormatException("inconsistent 'elliptic_envelope' model state: location/covariance sizes "
            + loc.length + "/" + cov.length + "/" + prec.length + " differ from the " + p + " schema columns");
      }
      for (int i = 0; i < p; i++) {
        if (cov[i].length != p || prec[i].length != p) {
          throw new ModelFormatException("inconsistent 'elliptic_envelope' model state: row " + i
              + " of covariance or precision is not of length " + p);
        }
      }
      return new EllipticEnvelopeModel(schema, loc, cov, prec, s.getDouble("offset"), new boolean[0],
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
