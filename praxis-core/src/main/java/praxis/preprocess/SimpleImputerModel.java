package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.TextColumn;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link SimpleImputer}: the fill value of every column ({@link #statistics()} for numeric fills,
 * {@link #fillLevels()} for categorical and text fills).
 *
 * <pre>{@code
 * SimpleImputerModel m = new SimpleImputer(SimpleImputer.Strategy.MEDIAN).fit(x, Target.none(x.rowCount()));
 * double[] medians = m.statistics();
 * Frame complete = m.transform(x);
 * }</pre>
 */
public final class SimpleImputerModel implements Transformer {
  static final String TYPE = "simple_imputer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final SimpleImputer.Strategy strategy;
  private final ColumnType[] outTypes;
  private final double[] numeric;
  private final String[] levels;

  SimpleImputerModel(Schema input, Provenance provenance, SimpleImputer.Strategy strategy, ColumnType[] outTypes,
      double[] numeric, String[] levels) {
    this.input = input;
    this.provenance = provenance;
    this.strategy = strategy;
    this.outTypes = outTypes;
    this.numeric = numeric;
    this.levels = levels;
    List<Field> f = new ArrayList<>();
    for (int j = 0; j < input.size(); j++) {
      Field in = input.field(j);
      switch (outTypes[j]) {
        case NUMERIC -> f.add(Field.numeric(in.name()));
        case BOOLEAN -> f.add(Field.bool(in.name()));
        case TEXT -> f.add(Field.text(in.name()));
        default -> f.add(Field.categorical(in.name(), withLevel(in.levels(), levels[j]), in.ordinal()));
      }
    }
    this.output = new Schema(f);
  }

  private static List<String> withLevel(List<String> lv, String fill) {
    if (lv.contains(fill)) {
      return lv;
    }
    List<String> out = new ArrayList<>(lv);
    out.add(fill);
    return out;
  }

  /** The strategy. */
  public SimpleImputer.Strategy strategy() {
    return strategy;
  }

  /** Per column numeric fill value (booleans as 0/1), NaN for categorical and text columns. */
  public double[] statistics() {
    return numeric.clone();
  }

  /** Per column fill level for categorical and text columns, {@code null} for numeric and boolean ones. */
  public List<String> fillLevels() {
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(levels.clone()));
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "SimpleImputerModel");
    int n = x.rowCount();
    List<Column> cols = new ArrayList<>(input.size());
    for (int j = 0; j < input.size(); j++) {
      Column c = x.column(j);
      String name = c.name();
      if (outTypes[j] == ColumnType.NUMERIC) {
        double[] v = Support.values(c);
        double fill = numeric[j];
        for (int i = 0; i < n; i++) {
          if (Double.isNaN(v[i])) {
            v[i] = fill;
          }
        }
        cols.add(DoubleColumn.wrap(name, v));
      } else if (outTypes[j] == ColumnType.BOOLEAN) {
        BooleanColumn b = (BooleanColumn) c;
        byte fill = (byte) (numeric[j] == 1.0 ? 1 : 0);
        byte[] v = new byte[n];
        for (int i = 0; i < n; i++) {
          byte bv = b.getByte(i);
          v[i] = bv == BooleanColumn.MISSING ? fill : bv;
        }
        cols.add(BooleanColumn.wrap(name, v));
      } else if (outTypes[j] == ColumnType.TEXT) {
        TextColumn t = (TextColumn) c;
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
          String s = t.get(i);
          v[i] = s == null ? levels[j] : s;
        }
        cols.add(TextColumn.wrap(name, v));
      } else {
        CategoricalColumn cc = (CategoricalColumn) c;
        List<String> lv = withLevel(cc.levels(), levels[j]);
        int fill = lv.indexOf(levels[j]);
        int[] codes = cc.codes();
        for (int i = 0; i < n; i++) {
          if (codes[i] == CategoricalColumn.MISSING) {
            codes[i] = fill;
          }
        }
        cols.add(CategoricalColumn.wrap(name, codes, lv, cc.ordinal()));
      }
    }
    return cols.isEmpty() ? Frame.empty(n) : Frame.of(cols);
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
    String[] types = new String[outTypes.length];
    String[] lv = new String[levels.length];
    for (int j = 0; j < types.length; j++) {
      types[j] = outTypes[j].name();
      lv[j] = levels[j] == null ? "" : levels[j];
    }
    return Support.state(TYPE, input, provenance).put("strategy", strategy.name()).put("outputTypes", types)
        .put("statistics", numeric).put("fillLevels", lv).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static SimpleImputerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    String[] types = s.getStrings("outputTypes");
    double[] num = s.getDoubles("statistics");
    String[] lv = s.getStrings("fillLevels");
    Support.requireLength(s, "outputTypes", types.length, in.size());
    Support.requireLength(s, "statistics", num.length, in.size());
    Support.requireLength(s, "fillLevels", lv.length, in.size());
    ColumnType[] out = new ColumnType[types.length];
    for (int j = 0; j < types.length; j++) {
      out[j] = Support.enumValue(ColumnType.class, types[j], s);
      boolean stringFill = out[j] == ColumnType.CATEGORICAL || out[j] == ColumnType.TEXT;
      ColumnType it = in.field(j).type();
      boolean consistent = it == out[j] || (it == ColumnType.BOOLEAN && out[j] == ColumnType.NUMERIC);
      if (!consistent) {
        throw new ModelFormatException("state '" + TYPE + "': column " + j + " is " + in.field(j).type()
            + " but its output type is " + out[j]);
      }
      if (stringFill && lv[j].isEmpty()) {
        throw new ModelFormatException("state '" + TYPE + "': column " + j + " has no fill level");
      }
      if (!stringFill) {
        lv[j] = null;
      }
    }
    return new SimpleImputerModel(in, Support.provenance(s),
        Support.enumValue(SimpleImputer.Strategy.class, s.getString("strategy"), s), out, num, lv);
  }

  /** Reads {@code simple_imputer} states (registered with {@link java.util.ServiceLoader}). */
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
