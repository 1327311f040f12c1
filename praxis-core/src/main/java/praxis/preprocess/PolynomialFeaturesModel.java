package praxis.preprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link PolynomialFeatures}: the output combinations (powers per input column) and their names.
 *
 * <pre>{@code
 * PolynomialFeaturesModel m = new PolynomialFeatures(2).fit(x, Target.none(x.rowCount()));
 * Frame poly = m.transform(x);     // columns "1", "a", "b", "a^2", "a b", "b^2"
 * int[][] powers = m.powers();     // {0,0}, {1,0}, {0,1}, {2,0}, {1,1}, {0,2}
 * }</pre>
 */
public final class PolynomialFeaturesModel implements Transformer {
  static final String TYPE = "polynomial_features";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final int degree;
  private final boolean interactionOnly;
  private final boolean includeBias;
  /** Per output column: the input column multiplied in last (-1 for the bias) and the earlier output it extends. */
  private final int[] lastFactor;
  private final int[] prefix;
  private final int[][] powers;

  PolynomialFeaturesModel(Schema input, Provenance provenance, int degree, boolean interactionOnly,
      boolean includeBias) {
    this.input = input;
    this.provenance = provenance;
    this.degree = degree;
    this.interactionOnly = interactionOnly;
    this.includeBias = includeBias;
    int p = input.size();
    List<int[]> combos = new ArrayList<>();
    if (includeBias) {
      combos.add(new int[0]);
    }
    List<int[]> previous = new ArrayList<>();
    previous.add(new int[0]);
    for (int d = 1; d <= degree; d++) {
      List<int[]> next = new ArrayList<>();
      for (int[] c : previous) {              // lexicographic: extend each (d-1)-combination by a column >= its last
        int from = c.length == 0 ? 0 : (interactionOnly ? c[c.length - 1] + 1 : c[c.length - 1]);
        for (int j = from; j < p; j++) {
          int[] e = java.util.Arrays.copyOf(c, d);
          e[d - 1] = j;
          next.add(e);
          if (combos.size() + next.size() > PolynomialFeatures.MAX_OUTPUTS) {
            throw new IllegalArgumentException("PolynomialFeatures: degree " + degree + " on " + p
                + " columns gives more than " + PolynomialFeatures.MAX_OUTPUTS + " output columns; lower the degree,"
                + " set interactionOnly, or select fewer columns");
          }
        }
      }
      combos.addAll(next);
      previous = next;
    }
    int m = combos.size();
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < m; k++) {
      index.put(java.util.Arrays.toString(combos.get(k)), k);
    }
    lastFactor = new int[m];
    prefix = new int[m];
    powers = new int[m][p];
    List<String> names = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      int[] c = combos.get(k);
      for (int j : c) {
        powers[k][j]++;
      }
      if (c.length == 0) {
        lastFactor[k] = -1;
        prefix[k] = -1;
      } else {
        lastFactor[k] = c[c.length - 1];
        prefix[k] = c.length == 1 ? -1 : index.get(java.util.Arrays.toString(java.util.Arrays.copyOf(c, c.length - 1)));
      }
      names.add(name(powers[k]));
    }
    this.output = Support.numericSchema(names);
  }

  private String name(int[] pw) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < pw.length; j++) {
      if (pw[j] == 0) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(input.field(j).name());
      if (pw[j] > 1) {
        b.append('^').append(pw[j]);
      }
    }
    return b.length() == 0 ? "1" : b.toString();
  }

  /** Per output column, the power of every input column (a copy), scikit-learn's {@code powers_}. */
  public int[][] powers() {
    int[][] out = new int[powers.length][];
    for (int k = 0; k < powers.length; k++) {
      out[k] = powers[k].clone();
    }
    return out;
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "PolynomialFeaturesModel");
    x.requireFinite("PolynomialFeaturesModel.transform");
    int n = x.rowCount();
    double[][] in = new double[input.size()][];
    for (int j = 0; j < in.length; j++) {
      in[j] = Support.values(x.column(j));
    }
    double[][] cols = new double[lastFactor.length][];
    for (int k = 0; k < cols.length; k++) {
      double[] v = new double[n];
      if (lastFactor[k] < 0) {
        java.util.Arrays.fill(v, 1.0);
      } else if (prefix[k] < 0) {
        System.arraycopy(in[lastFactor[k]], 0, v, 0, n);
      } else {
        double[] a = cols[prefix[k]];
        double[] b = in[lastFactor[k]];
        for (int i = 0; i < n; i++) {
          v[i] = a[i] * b[i];
        }
      }
      cols[k] = v;
    }
    return Support.numericFrame(output.names(), cols, n);
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
    return Support.state(TYPE, input, provenance).put("degree", degree).put("interactionOnly", interactionOnly)
        .put("includeBias", includeBias).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static PolynomialFeaturesModel fromState(State s) {
    s.requireType(TYPE);
    return new PolynomialFeaturesModel(Support.schema(s), Support.provenance(s), s.getInt("degree"),
        s.getBoolean("interactionOnly"), s.getBoolean("includeBias"));
  }

  /** Reads {@code polynomial_features} states (registered with {@link java.util.ServiceLoader}). */
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
