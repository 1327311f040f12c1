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
import praxis.stat.Normal;

/**
 * A fitted {@link QuantileTransformer}: the reference probabilities and each column's quantiles.
 * {@code transform} maps to the output distribution, {@link #inverseTransform} back to the data scale.
 *
 * <pre>{@code
 * QuantileTransformerModel m = new QuantileTransformer().fit(x, Target.none(x.rowCount()));
 * Frame u = m.transform(x);
 * double[][] q = m.quantiles();
 * }</pre>
 */
public final class QuantileTransformerModel implements Transformer {
  static final String TYPE = "quantile_transformer";
  private static final double BOUNDS = 1e-7;
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final QuantileTransformer.Output distribution;
  private final double[] refs;
  private final double[][] quantiles;

  QuantileTransformerModel(Schema input, Provenance provenance, QuantileTransformer.Output distribution,
      double[] refs, double[][] quantiles) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.distribution = distribution;
    this.refs = refs;
    this.quantiles = quantiles;
  }

  /** Per column quantiles (one row per column). */
  public double[][] quantiles() {
    double[][] q = new double[quantiles.length][];
    for (int j = 0; j < q.length; j++) {
      q[j] = quantiles[j].clone();
    }
    return q;
  }

  /** The probabilities of the quantiles (evenly spaced from 0 to 1). */
  public double[] references() {
    return refs.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "QuantileTransformerModel");
    return map(x, false);
  }

  /** Maps output-distribution values back to the data scale; {@code z} must have the output schema. */
  public Frame inverseTransform(Frame z) {
    output.requireCompatible(z.schema(), "QuantileTransformerModel.inverseTransform input");
    return map(z, true);
  }

  private Frame map(Frame x, boolean inverse) {
    int p = quantiles.length;
    double[][] cols = new double[p][];
    boolean normal = distribution == QuantileTransformer.Output.NORMAL;
    double[] negQ = new double[refs.length];
    double[] negR = new double[refs.length];
    int m = refs.length;
    for (int k = 0; k < m; k++) {
      negR[k] = -refs[m - 1 - k];
    }
    double clipMin = Normal.STANDARD.quantile(BOUNDS - Math.ulp(1.0));
    double clipMax = Normal.STANDARD.quantile(1 - (BOUNDS - Math.ulp(1.0)));
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), v, inverse ? "QuantileTransformerModel.inverseTransform"
          : "QuantileTransformerModel");
      double[] q = quantiles[j];
      for (int k = 0; k < m; k++) {
        negQ[k] = -q[m - 1 - k];
      }
      double lowX = inverse ? 0 : q[0];
      double highX = inverse ? 1 : q[m - 1];
      double lowY = inverse ? q[0] : 0;
      double highY = inverse ? q[m - 1] : 1;
      for (int i = 0; i < v.length; i++) {
        double d = v[i];
        if (Double.isNaN(d)) {
          continue;
        }
        if (inverse && normal) {
          d = Normal.STANDARD.cdf(d);
        }
        boolean low;
        boolean high;
        if (normal) {
          low = d - BOUNDS < lowX;
          high = d + BOUNDS > highX;
        } else {
          low = d == lowX;
          high = d == highX;
        }
        double r = inverse ? interp(d, refs, q) : 0.5 * (interp(d, q, refs) - interp(-d, negQ, negR));
        if (high) {
          r = highY;
        }
        if (low) {
          r = lowY;
        }
        if (!inverse && normal) {
          r = Math.min(Math.max(Normal.STANDARD.quantile(r), clipMin), clipMax);
        }
        v[i] = r;
      }
      cols[j] = v;
    }
    return Support.numericFrame(output.names(), cols, x.rowCount());
  }

  /** numpy's {@code interp(x, xp, fp)} for non-decreasing {@code xp}. */
  static double interp(double x, double[] xp, double[] fp) {
    int n = xp.length;
    if (x < xp[0]) {
      return fp[0];
    }
    if (x >= xp[n - 1]) {
      return fp[n - 1];
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (xp[mid] <= x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    if (x == xp[lo]) {
      return fp[lo];
    }
    double slope = (fp[lo + 1] - fp[lo]) / (xp[lo + 1] - xp[lo]);
    return slope * (x - xp[lo]) + fp[lo];
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
    List<State> qs = new ArrayList<>();
    for (double[] q : quantiles) {
      qs.add(State.builder("column").put("values", q).build());
    }
    return Support.state(TYPE, input, provenance).put("output", distribution.name()).put("references", refs)
        .putStates("quantiles", qs).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static QuantileTransformerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] refs = s.getDoubles("references");
    List<State> qs = s.getStates("quantiles");
    Support.requireLength(s, "quantiles", qs.size(), in.size());
    double[][] q = new double[qs.size()][];
    for (int j = 0; j < q.length; j++) {
      q[j] = qs.get(j).getDoubles("values");
      if (q[j].length != refs.length) {
        throw new ModelFormatException("state '" + TYPE + "': column " + j + " has " + q[j].length
            + " quantiles but there are " + refs.length + " references");
      }
    }
    return new QuantileTransformerModel(in, Support.provenance(s),
        Support.enumValue(QuantileTransformer.Output.class, s.getString("output"), s), refs, q);
  }

  /** Reads {@code quantile_transformer} states (registered with {@link java.util.ServiceLoader}). */
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
