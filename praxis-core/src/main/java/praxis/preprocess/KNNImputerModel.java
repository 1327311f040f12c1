package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link KNNImputer}: the training rows (the donors) and the column means (fallback when no donor has a
 * distance). {@code transform} returns numeric columns of the same names with every missing cell filled.
 *
 * <pre>{@code
 * KNNImputerModel m = new KNNImputer().fit(train, Target.none(train.rowCount()));
 * Frame filled = m.transform(test);
 * int donors = m.donorCount();
 * }</pre>
 */
public final class KNNImputerModel implements Transformer {
  static final String TYPE = "knn_imputer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final int k;
  private final KNNImputer.Weights weights;
  private final double[][] fit;
  private final double[] mean;

  KNNImputerModel(Schema input, Provenance provenance, int k, KNNImputer.Weights weights, double[][] fit,
      double[] mean) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.k = k;
    this.weights = weights;
    this.fit = fit;
    this.mean = mean;
  }

  /** Number of training rows kept as donors. */
  public int donorCount() {
    return fit.length == 0 ? 0 : fit[0].length;
  }

  /** Per column mean of the observed training values (the fallback fill). */
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "KNNImputerModel");
    int p = fit.length;
    int n = x.rowCount();
    int m = donorCount();
    double[][] out = new double[p][];
    for (int j = 0; j < p; j++) {
      out[j] = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), out[j], "KNNImputerModel");
    }
    double[] dist = new double[m];
    int[] order = new int[m];
    double[] row = new double[p];
    for (int i = 0; i < n; i++) {
      boolean any = false;
      for (int j = 0; j < p; j++) {
        row[j] = out[j][i];
        any |= Double.isNaN(row[j]);
      }
      if (!any) {
        continue;
      }
      for (int r = 0; r < m; r++) {
        double s = 0;
        int present = 0;
        for (int j = 0; j < p; j++) {
          double a = row[j];
          double b = fit[j][r];
          if (!Double.isNaN(a) && !Double.isNaN(b)) {
            s += (a - b) * (a - b);
            present++;
          }
        }
        dist[r] = present == 0 ? Double.NaN : Math.sqrt(s * p / present);
      }
      for (int j = 0; j < p; j++) {
        if (Double.isNaN(row[j])) {
          out[j][i] = impute(j, dist, order);
        }
      }
    }
    return Support.numericFrame(output.names(), out, n);
  }

  private double impute(int j, double[] dist, int[] order) {
    double[] col = fit[j];
    int c = 0;
    boolean anyDistance = false;
    for (int r = 0; r < col.length; r++) {
      if (!Double.isNaN(col[r])) {
        order[c++] = r;
        anyDistance |= !Double.isNaN(dist[r]);
      }
    }
    if (!anyDistance) {
      return mean[j];
    }
    int kk = Math.min(k, c);
    // partial selection sort by (distance, NaN last, row index): kk is small
    for (int a = 0; a < kk; a++) {
      int best = a;
      for (int b = a + 1; b < c; b++) {
        if (less(dist, order[b], order[best])) {
          best = b;
        }
      }
      int t = order[a];
      order[a] = order[best];
      order[best] = t;
    }
    if (weights == KNNImputer.Weights.UNIFORM) {
      double s = 0;
      for (int a = 0; a < kk; a++) {
        s += col[order[a]];
      }
      return s / kk;
    }
    boolean zero = false;
    for (int a = 0; a < kk; a++) {
      zero |= dist[order[a]] == 0;
    }
    double sw = 0;
    double s = 0;
    for (int a = 0; a < kk; a++) {
      double d = dist[order[a]];
      double w = zero ? (d == 0 ? 1 : 0) : (Double.isNaN(d) ? 0 : 1 / d);
      sw += w;
      s += w * col[order[a]];
    }
    return s / sw;
  }

  private static boolean less(double[] dist, int r1, int r2) {
    double a = dist[r1];
    double b = dist[r2];
    if (Double.isNaN(a)) {
      return !Double.isNaN(b) ? false : r1 < r2;
    }
    if (Double.isNaN(b)) {
      return true;
    }
    return a < b || (a == b && r1 < r2);
  }

  @Override
  public Schema outputSchema() {
    return output;
  }

  @Override
  public Schema inputSchema() {
    return input;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    List<State> cols = new ArrayList<>(fit.length);
    for (double[] c : fit) {
      cols.add(State.builder("column").put("values", c).build());
    }
    return Support.state(TYPE, input, provenance).put("nNeighbors", k).put("weights", weights.name())
        .put("mean", mean).putStates("donors", cols).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static KNNImputerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] mean = s.getDoubles("mean");
    Support.requireLength(s, "mean", mean.length, in.size());
    List<State> cs = s.getStates("donors");
    Support.requireLength(s, "donors", cs.size(), in.size());
    double[][] fit = new double[cs.size()][];
    for (int j = 0; j < fit.length; j++) {
      fit[j] = cs.get(j).getDoubles("values");
      if (fit[j].length != fit[0].length) {
        throw new ModelFormatException("state '" + TYPE + "': donor column " + j + " has " + fit[j].length
            + " rows but column 0 has " + fit[0].length);
      }
    }
    int k = s.getInt("nNeighbors");
    if (k < 1) {
      throw new ModelFormatException("state '" + TYPE + "': nNeighbors is " + k + " but must be at least 1");
    }
    return new KNNImputerModel(in, Support.provenance(s), k,
        Support.enumValue(KNNImputer.Weights.class, s.getString("weights"), s), fit, mean);
  }

  /** Reads {@code knn_imputer} states (registered with {@link java.util.ServiceLoader}). */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Model read(State state) {
      return fromState(state);
    }
  }
}
