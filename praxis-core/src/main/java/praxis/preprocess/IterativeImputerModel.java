package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.api.Transformer;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * A fitted {@link IterativeImputer}: the training means (initial fill) and the sequence of per-column
 * regressions of all rounds, replayed on new data (only cells missing in the input change).
 *
 * <pre>{@code
 * IterativeImputerModel m = new IterativeImputer().fit(train, Target.none(train.rowCount()));
 * Frame filled = m.transform(test);
 * System.out.println(m.rounds() + " rounds");
 * }</pre>
 */
public final class IterativeImputerModel implements Transformer {
  static final String TYPE = "iterative_imputer";

  /** One regression: built-in ridge ({@code coef}, {@code intercept}) or a fitted regressor model. */
  record Step(int column, double[] coef, double intercept, Model model) {
    double[] predict(List<String> names, double[][] cur, int[] rows) {
      if (model != null) {
        return ((Regressor) model).predict(features(names, cur, column, rows));
      }
      double[] out = new double[rows.length];
      for (int a = 0; a < rows.length; a++) {
        double s = intercept;
        for (int k = 0, o = 0; k < cur.length; k++) {
          if (k != column) {
            s += coef[o++] * cur[k][rows[a]];
          }
        }
        out[a] = s;
      }
      return out;
    }
  }

  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final double[] mean;
  private final List<Step> steps;
  private final int rounds;

  IterativeImputerModel(Schema input, Provenance provenance, double[] mean, List<Step> steps, int rounds) {
    this.input = input;
    this.output = Support.numericSchema(input.names());
    this.provenance = provenance;
    this.mean = mean;
    this.steps = List.copyOf(steps);
    this.rounds = rounds;
  }

  /** The feature frame for predicting column {@code j} at {@code rows}: every other column, same names. */
  static Frame features(List<String> names, double[][] cur, int j, int[] rows) {
    List<String> n = new ArrayList<>();
    double[][] cols = new double[cur.length - 1][];
    for (int k = 0, o = 0; k < cur.length; k++) {
      if (k != j) {
        n.add(names.get(k));
        double[] c = new double[rows.length];
        for (int a = 0; a < rows.length; a++) {
          c[a] = cur[k][rows[a]];
        }
        cols[o++] = c;
      }
    }
    return IterativeImputer.frameOf(n, cols);
  }

  /** Number of imputation rounds run in training. */
  public int rounds() {
    return rounds;
  }

  /** Per column mean of the observed training values (the initial fill). */
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "IterativeImputerModel");
    int p = mean.length;
    int n = x.rowCount();
    double[][] cur = new double[p][];
    boolean[][] miss = new boolean[p][n];
    for (int j = 0; j < p; j++) {
      double[] v = Support.values(x.column(j));
      Support.requireNoInfinity(x.column(j), v, "IterativeImputerModel");
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(v[i])) {
          miss[j][i] = true;
          v[i] = mean[j];
        }
      }
      cur[j] = v;
    }
    for (Step st : steps) {
      boolean[] m = miss[st.column()];
      int c = 0;
      for (boolean b : m) {
        c += b ? 1 : 0;
      }
      if (c == 0) {
        continue;
      }
      int[] rows = new int[c];
      for (int i = 0, k = 0; i < n; i++) {
        if (m[i]) {
          rows[k++] = i;
        }
      }
      double[] pred = st.predict(input.names(), cur, rows);
      for (int a = 0; a < rows.length; a++) {
        cur[st.column()][rows[a]] = pred[a];
      }
    }
    return Support.numericFrame(output.names(), cur, n);
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
    List<State> ss = new ArrayList<>();
    for (Step st : steps) {
      State.Builder b = State.builder("step").put("column", st.column());
      if (st.model() != null) {
        b.put("model", st.model().toState());
      } else {
        b.put("coef", st.coef()).put("intercept", st.intercept());
      }
      ss.add(b.build());
    }
    return Support.state(TYPE, input, provenance).put("mean", mean).put("rounds", rounds).putStates("steps", ss)
        .build();
  }

  /** Reads state written by {@link #toState()} (regressor models through {@link ModelIO#fromState}). */
  public static IterativeImputerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] mean = s.getDoubles("mean");
    Support.requireLength(s, "mean", mean.length, in.size());
    List<Step> steps = new ArrayList<>();
    for (State st : s.getStates("steps")) {
      int j = st.getInt("column");
      if (j < 0 || j >= in.size()) {
        throw new ModelFormatException("state '" + TYPE + "': step column " + j + " is out of range 0.."
            + (in.size() - 1));
      }
      if (st.has("model")) {
        steps.add(new Step(j, null, 0, ModelIO.fromState(st.getState("model"))));
      } else {
        double[] coef = st.getDoubles("coef");
        if (coef.length != in.size() - 1) {
          throw new ModelFormatException("state '" + TYPE + "': step has " + coef.length + " coefficients but "
              + (in.size() - 1) + " are needed");
        }
        steps.add(new Step(j, coef, st.getDouble("intercept"), null));
      }
    }
    return new IterativeImputerModel(in, Support.provenance(s), mean, steps, s.getInt("rounds"));
  }

  /** Reads {@code iterative_imputer} states (registered with {@link java.util.ServiceLoader}). */
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
