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
 * A fitted {@link SplineTransformer}: the extended knot vector of every column.
 *
 * <pre>{@code
 * SplineTransformerModel m = new SplineTransformer().fit(x, Target.none(x.rowCount()));
 * Frame basis = m.transform(x);
 * double[] knots = m.knots(0);
 * }</pre>
 */
public final class SplineTransformerModel implements Transformer {
  static final String TYPE = "spline_transformer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final int degree;
  private final SplineTransformer.Extrapolation extrapolation;
  private final boolean includeBias;
  private final double[][] knots;
  private final int nSplines;

  SplineTransformerModel(Schema input, Provenance provenance, int degree,
      SplineTransformer.Extrapolation extrapolation, boolean includeBias, double[][] knots) {
    this.input = input;
    this.provenance = provenance;
    this.degree = degree;
    this.extrapolation = extrapolation;
    this.includeBias = includeBias;
    this.knots = knots;
    this.nSplines = knots.length == 0 ? 0 : knots[0].length - degree - 1;
    List<String> names = new ArrayList<>();
    for (String n : input.names()) {
      for (int k = 0; k < nSplines - (includeBias ? 0 : 1); k++) {
        names.add(n + "_sp_" + k);
      }
    }
    this.output = Support.numericSchema(names);
  }

  /** The extended knot vector of column {@code j} ({@code degree} extra knots on each side). */
  public double[] knots(int j) {
    return knots[j].clone();
  }

  /** Number of B-splines per column (before dropping the bias spline). */
  public int splinesPerColumn() {
    return nSplines;
  }

  /**
   * The {@code degree + 1} basis values that may be non-zero at {@code x} in knot interval {@code l}
   * (B-splines {@code l - degree .. l}), Piegl and Tiller's Algorithm A2.2; valid beyond the interval too
   * (polynomial continuation).
   */
  static void basis(double[] t, int p, int l, double x, double[] n, double[] left, double[] right) {
    n[0] = 1;
    for (int j = 1; j <= p; j++) {
      left[j] = x - t[l + 1 - j];
      right[j] = t[l + j] - x;
      double saved = 0;
      for (int r = 0; r < j; r++) {
        double temp = n[r] / (right[r + 1] + left[j - r]);
        n[r] = saved + right[r + 1] * temp;
        saved = left[j - r] * temp;
      }
      n[j] = saved;
    }
  }

  /** Index {@code l} in {@code [p, nSplines-1]} with {@code t[l] <= x < t[l+1]} (clamped at the ends). */
  private int interval(double[] t, double x) {
    int lo = degree;
    int hi = nSplines - 1;
    if (x < t[lo]) {
      return lo;
    }
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (t[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** All {@code nSplines} basis values at {@code x} into {@code out} (zeros elsewhere). */
  private void values(double[] t, double x, double[] out, double[] n, double[] left, double[] right) {
    java.util.Arrays.fill(out, 0);
    int l = interval(t, x);
    basis(t, degree, l, x, n, left, right);
    for (int r = 0; r <= degree; r++) {
      out[l - degree + r] = n[r];
    }
  }

  /** First derivatives of all basis functions at {@code x}. */
  private void derivatives(double[] t, double x, double[] out, double[] n, double[] left, double[] right) {
    java.util.Arrays.fill(out, 0);
    int l = interval(t, x);
    int p = degree;
    basis(t, p - 1, l, x, n, left, right); // B_{l-p+1 .. l, p-1}
    for (int r = 0; r <= p; r++) {
      int i = l - p + r;
      double a = r == 0 ? 0 : n[r - 1] / (t[i + p] - t[i]);
      double b = r == p ? 0 : n[r] / (t[i + p + 1] - t[i + 1]);
      out[i] = p * (a - b);
    }
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "SplineTransformerModel");
    int rows = x.rowCount();
    int keep = nSplines - (includeBias ? 0 : 1);
    double[][] cols = new double[knots.length * keep][rows];
    double[] b = new double[nSplines];
    double[] n = new double[degree + 2];
    double[] left = new double[degree + 2];
    double[] right = new double[degree + 2];
    for (int j = 0; j < knots.length; j++) {
      double[] v = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), v, "SplineTransformerModel");
      KBinsDiscretizerModel.requireObserved(input.names().get(j), v, "SplineTransformerModel");
      double[] t = knots[j];
      double xmin = t[degree];
      double xmax = t[t.length - degree - 1];
      double[] fMin = new double[nSplines];
      double[] fMax = new double[nSplines];
      double[] dMin = new double[nSplines];
      double[] dMax = new double[nSplines];
      values(t, xmin, fMin, n, left, right);
      values(t, xmax, fMax, n, left, right);
      derivatives(t, xmin, dMin, n, left, right);
      derivatives(t, xmax, dMax, n, left, right);
      int linearCount = Math.max(degree, 2);
      for (int i = 0; i < rows; i++) {
        double xi = v[i];
        boolean below = xi < xmin;
        boolean above = xi > xmax;
        if (!below && !above || extrapolation == SplineTransformer.Extrapolation.CONTINUE) {
          values(t, xi, b, n, left, right);
        } else {
          java.util.Arrays.fill(b, 0);
          switch (extrapolation) {
            case ERROR -> throw new IllegalArgumentException("SplineTransformerModel: column '"
                + input.names().get(j) + "' row " + i + " is " + xi + ", outside the knots [" + xmin + ", " + xmax
                + "]; use extrapolation CONSTANT, LINEAR or CONTINUE");
            case CONSTANT -> {
              if (below) {
                System.arraycopy(fMin, 0, b, 0, degree);
              } else {
                System.arraycopy(fMax, nSplines - degree, b, nSplines - degree, degree);
              }
            }
            default -> {
              for (int k = 0; k < linearCount; k++) {
                if (below) {
                  b[k] = fMin[k] + (xi - xmin) * dMin[k];
                } else {
                  int kk = nSplines - 1 - k;
                  b[kk] = fMax[kk] + (xi - xmax) * dMax[kk];
                }
              }
            }
          }
        }
        for (int k = 0; k < keep; k++) {
          cols[j * keep + k][i] = b[k];
        }
      }
    }
    return Support.numericFrame(output.names(), cols, rows);
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
    List<State> ks = new ArrayList<>();
    for (double[] k : knots) {
      ks.add(State.builder("column").put("values", k).build());
    }
    return Support.state(TYPE, input, provenance).put("degree", degree).put("extrapolation", extrapolation.name())
        .put("includeBias", includeBias).putStates("knots", ks).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static SplineTransformerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    int degree = s.getInt("degree");
    List<State> ks = s.getStates("knots");
    Support.requireLength(s, "knots", ks.size(), in.size());
    double[][] knots = new double[ks.size()][];
    for (int j = 0; j < knots.length; j++) {
      knots[j] = ks.get(j).getDoubles("values");
      if (degree < 1 || knots[j].length != knots[0].length || knots[j].length < 2 * degree + 2) {
        throw new ModelFormatException("state '" + TYPE + "': knot vector of column " + j + " has "
            + knots[j].length + " entries, inconsistent with degree " + degree);
      }
    }
    return new SplineTransformerModel(in, Support.provenance(s), degree,
        Support.enumValue(SplineTransformer.Extrapolation.class, s.getString("extrapolation"), s),
        s.getBoolean("includeBias"), knots);
  }

  /** Reads {@code spline_transformer} states (registered with {@link java.util.ServiceLoader}). */
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
