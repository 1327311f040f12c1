package praxis.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Column;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.ModelIO;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link ColumnTransformer}: per group the selected columns and the fitted transformer (none when the
 * group selected no column), and the passed-through remainder columns. {@link #transform} checks the input
 * schema, applies each group to its columns and concatenates the outputs in group order, then the remainder.
 *
 * <pre>{@code
 * ColumnTransformerModel m = Preprocessing.standard(true).fit(train, y);
 * Frame ready = m.transform(test);
 * Transformer numeric = m.group("num");
 * }</pre>
 */
public final class ColumnTransformerModel implements Transformer {
  static final String TYPE = "column_transformer";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final List<String> names;
  private final List<List<String>> columns;
  private final List<Transformer> models;
  private final List<String> remainder;

  ColumnTransformerModel(Schema input, Provenance provenance, List<String> names, List<List<String>> columns,
      List<Transformer> models, List<String> remainder) {
    this.input = input;
    this.provenance = provenance;
    this.names = List.copyOf(names);
    List<List<String>> cols = new ArrayList<>();
    for (List<String> c : columns) {
      cols.add(List.copyOf(c));
    }
    this.columns = List.copyOf(cols);
    this.models = java.util.Collections.unmodifiableList(new ArrayList<>(models));
    this.remainder = List.copyOf(remainder);
    List<Field> fields = new ArrayList<>();
    Map<String, String> origin = new HashMap<>();
    for (int g = 0; g < models.size(); g++) {
      Transformer t = models.get(g);
      if (t != null) {
        for (Field f : t.outputSchema().fields()) {
          addField(fields, origin, f, "group '" + names.get(g) + "'");
        }
      }
    }
    for (String r : remainder) {
      addField(fields, origin, input.field(r), "the passed-through remainder");
    }
    this.output = new Schema(fields);
  }

  private static void addField(List<Field> fields, Map<String, String> origin, Field f, String from) {
    String prev = origin.put(f.name(), from);
    if (prev != null) {
      throw new IllegalArgumentException("column transformer output column '" + f.name() + "' comes from both "
          + prev + " and " + from + "; output names must be distinct — select each column in one group only");
    }
    fields.add(f);
  }

  /** Group names in order. */
  public List<String> groupNames() {
    return names;
  }

  /** The columns the named group selected (empty if none). */
  public List<String> groupColumns(String name) {
    return columns.get(indexOf(name));
  }

  /** The fitted transformer of the named group; an error if the group selected no column. */
  public Transformer group(String name) {
    Transformer t = models.get(indexOf(name));
    if (t == null) {
      throw new IllegalStateException("group '" + name + "' selected no column of the training frame, so nothing"
          + " was fitted for it");
    }
    return t;
  }

  /** Remainder columns passed through (empty under DROP). */
  public List<String> remainderColumns() {
    return remainder;
  }

  private int indexOf(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column transformer group named '" + name + "'; groups: " + names);
    }
    return i;
  }

  @Override
  public Frame transform(Frame x) {
    input.requireCompatible(x.schema(), "ColumnTransformerModel input");
    List<Column> out = new ArrayList<>(output.size());
    for (int g = 0; g < models.size(); g++) {
      Transformer t = models.get(g);
      if (t != null) {
        out.addAll(t.transform(x.select(columns.get(g))).columns());
      }
    }
    for (String r : remainder) {
      out.add(x.column(r));
    }
    return out.isEmpty() ? Frame.empty(x.rowCount()) : Frame.of(out);
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
    List<State> groups = new ArrayList<>();
    for (int g = 0; g < names.size(); g++) {
      State.Builder b = State.builder("group").put("name", names.get(g)).put("columns", columns.get(g))
          .put("fitted", models.get(g) != null);
      if (models.get(g) != null) {
        b.put("model", models.get(g).toState());
      }
      groups.add(b.build());
    }
    return State.builder(TYPE).put("schema", Persist.schema(input)).put("provenance", provenance.toState())
        .putStates("groups", groups).put("remainder", remainder).build();
  }

  /** Reads state written by {@link #toState()}, rebuilding each group model through {@link ModelIO#fromState}. */
  public static ColumnTransformerModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Persist.schema(s.getState("schema"));
    List<String> names = new ArrayList<>();
    List<List<String>> columns = new ArrayList<>();
    List<Transformer> models = new ArrayList<>();
    for (State g : s.getStates("groups")) {
      names.add(g.getString("name"));
      List<String> cols = List.of(g.getStrings("columns"));
      for (String c : cols) {
        if (!in.contains(c)) {
          throw new ModelFormatException("state '" + TYPE + "': group '" + g.getString("name") + "' selects column '"
              + c + "' which is not in the input schema");
        }
      }
      columns.add(cols);
      if (g.getBoolean("fitted")) {
        Model m = ModelIO.fromState(g.getState("model"));
        if (!(m instanceof Transformer t)) {
          throw new ModelFormatException("state '" + TYPE + "': group '" + g.getString("name")
              + "' holds a model of type '" + g.getState("model").type() + "' which is not a transformer");
        }
        models.add(t);
      } else {
        models.add(null);
      }
    }
    List<String> rest = List.of(s.getStrings("remainder"));
    for (String c : rest) {
      if (!in.contains(c)) {
        throw new ModelFormatException("state '" + TYPE + "': remainder column '" + c + "' is not in the input schema");
      }
    }
    try {
      return new ColumnTransformerModel(in, Provenance.fromState(s.getState("provenance")), names, columns, models,
          rest);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("state '" + TYPE + "': " + e.getMessage(), e);
    }
  }

  /** Reads {@code column_transformer} states (registered with {@link java.util.ServiceLoader}). */
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
