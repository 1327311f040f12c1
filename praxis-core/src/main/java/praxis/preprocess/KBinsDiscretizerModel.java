package praxis.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
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
 * A fitted {@link KBinsDiscretizer}: the bin edges of every column. {@code transform} gives bin indices
 * (ordinal) or 0/1 indicator columns {@code name=b} (one-hot).
 *
 * <pre>{@code
 * KBinsDiscretizerModel m = new KBinsDiscretizer().fit(x, Target.none(x.rowCount()));
 * Frame onehot = m.transform(x);
 * int[] bins = m.nBins();
 * }</pre>
 */
public final class KBinsDiscretizerModel implements Transformer {
  static final String TYPE = "kbins_discretizer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final KBinsDiscretizer.Encode encode;
  private final double[][] edges;

  KBinsDiscretizerModel(Schema input, Provenance provenance, KBinsDiscretizer.Encode encode, double[][] edges) {
    this.input = input;
    this.provenance = provenance;
    this.encode = encode;
    this.edges = edges;
    List<String> names = new ArrayList<>();
    for (int j = 0; j < edges.length; j++) {
      if (encode == KBinsDiscretizer.Encode.ORDINAL) {
        names.add(input.names().get(j));
      } else {
        for (int b = 0; b < edges[j].length - 1; b++) {
          names.add(input.names().get(j) + "=" + b);
        }
      }
    }
    this.output = Support.numericSchema(names);
  }

  static void requireObserved(String column, double[] v, String who) {
    for (int i = 0; i < v.length; i++) {
      if (Double.isNaN(v[i])) {
        throw new IllegalArgumentException(who + ": column '" + column + "' is missing at row " + i
            + "; binning needs complete data, impute it first (SimpleImputer, KNNImputer)");
      }
    }
  }

  /** Per column bin edges (first and last: training min and max, or ±infinity for a constant column). */
  public double[][] binEdges() {
    double[][] e = new double[edges.length][];
    for (int j = 0; j < e.length; j++) {
      e[j] = edges[j].clone();
    }
    return e;
  }

  /** Per column number of bins. */
  public int[] nBins() {
    int[] n = new int[edges.length];
    for (int j = 0; j < n.length; j++) {
      n[j] = edges[j].length - 1;
    }
    return n;
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "KBinsDiscretizerModel");
    int rows = x.rowCount();
    List<double[]> cols = new ArrayList<>();
    for (int j = 0; j < edges.length; j++) {
      double[] v = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), v, "KBinsDiscretizerModel");
      requireObserved(input.names().get(j), v, "KBinsDiscretizerModel");
      double[] e = edges[j];
      int nb = e.length - 1;
      int[] bin = new int[rows];
      for (int i = 0; i < rows; i++) {
        // searchsorted(inner edges, x, side="right")
        int lo = 1;
        int hi = e.length - 1;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (e[mid] <= v[i]) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        bin[i] = lo - 1;
      }
      if (encode == KBinsDiscretizer.Encode.ORDINAL) {
        double[] o = new double[rows];
        for (int i = 0; i < rows; i++) {
          o[i] = bin[i];
        }
        cols.add(o);
      } else {
        for (int b = 0; b < nb; b++) {
          double[] o = new double[rows];
          for (int i = 0; i < rows; i++) {
            o[i] = bin[i] == b ? 1 : 0;
          }
          cols.add(o);
        }
      }
    }
    return Support.numericFrame(output.names(), cols.toArray(new double[0][]), rows);
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
    List<State> es = new ArrayList<>();
    for (double[] e : edges) {
      es.add(State.builder("column").put("values", e).build());
    }
    return Support.state(TYPE, input, provenance).put("encode", encode.name()).putStates("edges", es).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static KBinsDiscretizerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    List<State> es = s.getStates("edges");
    Support.requireLength(s, "edges", es.size(), in.size());
    double[][] edges = new double[es.size()][];
    for (int j = 0; j < edges.length; j++) {
      edges[j] = es.get(j).getDoubles("values");
      double[] sorted = edges[j].clone();
      Arrays.sort(sorted);
      if (edges[j].length < 2 || !Arrays.equals(sorted, edges[j])) {
        throw new ModelFormatException("state '" + TYPE + "': edges of column " + j
            + " must be at least 2 ascending values");
      }
    }
    return new KBinsDiscretizerModel(in, Support.provenance(s),
        Support.enumValue(KBinsDiscretizer.Encode.class, s.getString("encode"), s), edges);
  }

  /** Reads {@code kbins_discretizer} states (registered with {@link java.util.ServiceLoader}). */
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
