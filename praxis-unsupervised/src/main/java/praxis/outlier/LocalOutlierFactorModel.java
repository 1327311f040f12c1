package praxis.outlier;

import praxis.api.ModelCodec;
import praxis.api.OutlierDetector;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;

/**
 * A fitted {@link LocalOutlierFactor}: the training rows with their k-distances, densities and scores.
 *
 * <pre>{@code
 * LocalOutlierFactorModel lof = new LocalOutlierFactor().fit(x, Target.none(x.rowCount()));
 * double[] s = lof.scoreSamples(newRows);     // -LOF, higher = more normal
 * }</pre>
 */
public final class LocalOutlierFactorModel implements OutlierDetector {
  static final String TYPE = "local_outlier_factor";
  private final Schema schema;
  private final double[] rows;
  private final int p;
  private final int k;
  private final double[] kDistance;
  private final double[] lrd;
  private final double[] nof;
  private final double offset;
  private final LocalOutlierFactor.Params params;
  private final Provenance provenance;
  private final NeighborIndex index;

  LocalOutlierFactorModel(Schema schema, double[] rows, int p, int k, double[] kDistance, double[] lrd, double[] nof,
      double offset, LocalOutlierFactor.Params params, Provenance provenance) {
    this.schema = schema;
    this.rows = rows;
    this.p = p;
    this.k = k;
    this.kDistance = kDistance;
    this.lrd = lrd;
    this.nof = nof;
    this.offset = offset;
    this.params = params;
    this.provenance = provenance;
    this.index = NeighborIndex.build(rows, kDistance.length, p, false, params.metric(), 2.0, params.algorithm(), 30);
  }

  static double[] lrd(int[] idx, double[] dist, int n, int k, double[] kDistance) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int r = 0; r < k; r++) {
        s += Math.max(dist[i * k + r], kDistance[idx[i * k + r]]);
      }
      out[i] = 1.0 / (s / k + 1e-10);
    }
    return out;
  }

  static double[] negativeFactor(int[] idx, int n, int k, double[] trainLrd, double[] ownLrd) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int r = 0; r < k; r++) {
        s += trainLrd[idx[i * k + r]] / ownLrd[i];
      }
      out[i] = -(s / k);
    }
    return out;
  }

  /** Negated local outlier factor of each training row (scored without itself). */
  public double[] negativeOutlierFactor() {
    return nof.clone();
  }

  /** {@code +1}/{@code -1} of the training rows (scikit-learn's {@code fit_predict}). */
  public int[] trainingLabels() {
    int[] out = new int[nof.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = nof[i] < offset ? -1 : 1;
    }
    return out;
  }

  /** The threshold on the score (−1.5, or the contamination percentile). */
  public double offset() {
    return offset;
  }

  /** Neighbours used. */
  public int neighbors() {
    return k;
  }

  @Override
  public double[] scoreSamples(Frame x) {
    schema.requireCompatible(x.schema(), "LocalOutlierFactorModel input");
    Inputs in = Inputs.of(x, "LocalOutlierFactorModel");
    int m = in.n();
    int[] idx = new int[m * k];
    double[] dist = new double[m * k];
    index.kNearest(in.rows(), m, k, params.nThreads(), idx, dist);
    double[] own = lrd(idx, dist, m, k, kDistance);
    return negativeFactor(idx, m, k, lrd, own);
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
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("rows", rows).put("k", k).put("kDistance", kDistance).put("lrd", lrd).put("nof", nof)
        .put("offset", offset).put("metric", params.metric().name()).put("contamination", params.contamination())
        .build();
  }

  /**
   * Reads {@code local_outlier_factor} model state.
   *
   * <pre>{@code
   * LocalOutlierFactorModel m = (LocalOutlierFactorModel) ModelIO.load(Path.of("lof.praxis"));
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
    public LocalOutlierFactorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[] rows = s.getDoubles("rows");
      double[] kd = s.getDoubles("kDistance");
      int p = schema.size();
      if (rows.length != kd.length * p || s.getDoubles("lrd").length != kd.length
          || s.getDoubles("nof").length != kd.length) {
        throw new ModelFormatException("inconsistent 'local_outlier_factor' model state: array sizes differ");
      }
      Metric metric;
      try {
        metric = Metric.valueOf(s.getString("metric"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'local_outlier_factor' model state: unknown metric");
      }
      LocalOutlierFactor.Params params = new LocalOutlierFactor.Params(s.getInt("k"), s.getDouble("contamination"),
          metric, Algorithm.AUTO, 1);
      return new LocalOutlierFactorModel(schema, rows, p, s.getInt("k"), kd, s.getDoubles("lrd"),
          s.getDoubles("nof"), s.getDouble("offset"), params, Provenance.fromState(s.getState("provenance")));
    }
  }
}
