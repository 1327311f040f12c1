package praxis.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link OutlierFlagger}: per numeric column the inclusive fences {@code [lower, upper]}; values
 * outside are outliers. {@code transform} sets them missing; {@link #flags} and {@link #report} show them.
 *
 * <pre>{@code
 * OutlierFlaggerModel m = new OutlierFlagger().fit(x, Target.none(x.rowCount()));
 * boolean[][] f = m.flags(x);      // f[column][row]
 * System.out.print(m.report(x));
 * }</pre>
 */
public final class OutlierFlaggerModel implements Transformer {
  static final String TYPE = "outlier_flagger";
  private final Schema input;
  private final Provenance provenance;
  private final OutlierFlagger.Method method;
  private final double[] lower;
  private final double[] upper;

  OutlierFlaggerModel(Schema input, Provenance provenance, OutlierFlagger.Method method, double[] lower,
      double[] upper) {
    this.input = input;
    this.provenance = provenance;
    this.method = method;
    this.lower = lower;
    this.upper = upper;
  }

  /** Per column lower fence (-infinity when the column is not checked). */
  public double[] lower() {
    return lower.clone();
  }

  /** Per column upper fence (+infinity when the column is not checked). */
  public double[] upper() {
    return upper.clone();
  }

  /** {@code flags[j][i]}: whether row {@code i} of column {@code j} is an outlier. */
  public boolean[][] flags(Frame x) {
    input.requireCompatible(x.schema(), "OutlierFlaggerModel input");
    int p = lower.length;
    boolean[][] f = new boolean[p][x.rowCount()];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      if (Double.isInfinite(lower[j]) && Double.isInfinite(upper[j])) {
        continue;
      }
      for (int i = 0; i < x.rowCount(); i++) {
        double d = Cells.number(c, i);
        if (Double.isInfinite(d)) {
          throw new IllegalArgumentException("OutlierFlaggerModel: column '" + c.name() + "' row " + i + " is " + d
              + "; infinite values are not allowed (replace them, e.g. by NaN)");
        }
        f[j][i] = d < lower[j] || d > upper[j];
      }
    }
    return f;
  }

  /** Per column: fences, outlier count and the first outlier rows. */
  public String report(Frame x) {
    boolean[][] f = flags(x);
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "outliers by %s in %d rows:%n", method,
        x.rowCount()));
    int total = 0;
    for (int j = 0; j < f.length; j++) {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < f[j].length; i++) {
        if (f[j][i]) {
          rows.add(i);
        }
      }
      total += rows.size();
      if (Double.isInfinite(lower[j]) && Double.isInfinite(upper[j])) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "  %s: %d outside [%.6g, %.6g]%s%n", input.names().get(j), rows.size(),
          lower[j], upper[j], rows.isEmpty() ? "" : " rows " + (rows.size() > 10 ? rows.subList(0, 10) + "..." : rows)));
    }
    sb.append("  total: ").append(total).append(" cells\n");
    return sb.toString();
  }

  /** Number of outlier cells per column. */
  public int[] counts(Frame x) {
    boolean[][] f = flags(x);
    int[] c = new int[f.length];
    for (int j = 0; j < f.length; j++) {
      for (boolean b : f[j]) {
        c[j] += b ? 1 : 0;
      }
    }
    return c;
  }

  @Override
  public Frame transform(Frame x) {
    boolean[][] f = flags(x);
    Frame out = x;
    for (int j = 0; j < f.length; j++) {
      boolean any = false;
      for (boolean b : f[j]) {
        any |= b;
      }
      if (any) {
        out = out.with(Cells.setMissing(x.column(j), f[j]));
      }
    }
    return out;
  }

  @Override
  public Schema outputSchema() {
    return input;
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
    return State.builder(TYPE).put("schema", Persist.schema(input)).put("provenance", provenance.toState())
        .put("method", method.name()).put("lower", lower).put("upper", upper).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static OutlierFlaggerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Persist.schema(s.getState("schema"));
    double[] lo = s.getDoubles("lower");
    double[] hi = s.getDoubles("upper");
    if (lo.length != in.size() || hi.length != in.size()) {
      throw new ModelFormatException("state '" + TYPE + "': fences have " + lo.length + "/" + hi.length
          + " values but the schema has " + in.size() + " columns");
    }
    OutlierFlagger.Method m;
    try {
      m = OutlierFlagger.Method.valueOf(s.getString("method"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "': unknown method '" + s.getString("method") + "'");
    }
    return new OutlierFlaggerModel(in, Provenance.fromState(s.getState("provenance")), m, lo, hi);
  }

  /** Reads {@code outlier_flagger} states (registered with {@link java.util.ServiceLoader}). */
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
