package praxis.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import praxis.api.Check;
import praxis.api.DataFingerprint;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.api.Version;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Applies a different transformer to each group of columns and concatenates the outputs in group order, as
 * scikit-learn's {@code ColumnTransformer}. A group selects its columns with a {@link ColumnSelector} (by names
 * or type) and fits its own estimator (often a {@link Pipeline}) on just those columns; a group that selects
 * no column is skipped. Columns no group selected are dropped ({@link Remainder#DROP}) or appended unchanged
 * after the groups ({@link Remainder#PASSTHROUGH}). Output column names must be distinct. Group
 * hyperparameters are addressed as {@code group.param} ({@link #withGroupParams(Map)}).
 *
 * <pre>{@code
 * ColumnTransformer ct = ColumnTransformer.builder()
 *     .add("num", ColumnSelector.types(ColumnType.NUMERIC), new StandardScaler())
 *     .add("cat", ColumnSelector.nominal(), new OneHotEncoder())
 *     .remainder(ColumnTransformer.Remainder.PASSTHROUGH).build();
 * Transformer t = ct.fit(train, y);
 * }</pre>
 */
public final class ColumnTransformer implements Estimator<ColumnTransformer.Params, ColumnTransformerModel> {
  /** What happens to columns no group selects. */
  public enum Remainder {
    /** Leave them out of the output. */
    DROP,
    /** Append them unchanged after the groups' outputs. */
    PASSTHROUGH
  }

  /**
   * One group.
   *
   * @param name group name (non-empty, no '.')
   * @param columns which columns the group takes
   * @param transformer estimator fitting a {@link Transformer} on those columns
   */
  public record Group(String name, ColumnSelector columns, Estimator<?, ?> transformer) {
    /** Validates. */
    public Group {
      NestedParams.checkName(name, "column transformer group");
      Check.notNull(columns, "columns of group '" + name + "'");
      Check.notNull(transformer, "transformer of group '" + name + "'");
    }
  }

  /**
   * Hyperparameters.
   *
   * @param groups the groups, distinct names
   * @param remainder what happens to unselected columns
   */
  public record Params(List<Group> groups, Remainder remainder) implements praxis.api.Params {
    /** Validates and copies. */
    public Params {
      Check.notNull(groups, "groups");
      Check.notNull(remainder, "remainder");
      groups = List.copyOf(groups);
      List<String> names = new ArrayList<>();
      for (Group g : groups) {
        names.add(g.name());
      }
      NestedParams.requireDistinct(names, "column transformer group");
    }
  }

  /** Collects groups for a {@link ColumnTransformer}. */
  public static final class Builder {
    private final List<Group> groups = new ArrayList<>();
    private Remainder remainder = Remainder.DROP;

    private Builder() {}

    /** Adds a group. */
    public Builder add(String name, ColumnSelector columns, Estimator<?, ?> transformer) {
      groups.add(new Group(name, columns, transformer));
      return this;
    }

    /** Sets the remainder policy (default DROP). */
    public Builder remainder(Remainder r) {
      this.remainder = Check.notNull(r, "remainder");
      return this;
    }

    /** The column transformer. */
    public ColumnTransformer build() {
      return new ColumnTransformer(new Params(groups, remainder));
    }
  }

  private final Params params;

  /** With the given groups and remainder policy. */
  public ColumnTransformer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** A builder (remainder DROP unless set). */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public ColumnTransformer withParams(Params p) {
    return new ColumnTransformer(p);
  }

  @Override
  public String name() {
    return "column_transformer";
  }

  /** Group names in order. */
  public List<String> groupNames() {
    List<String> out = new ArrayList<>();
    for (Group g : params.groups()) {
      out.add(g.name());
    }
    return out;
  }

  /** Every group hyperparameter as {@code group.param → value}. */
  public Map<String, String> groupParams() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Group g : params.groups()) {
      NestedParams.putPrefixed(out, g.name(), NestedParams.flatten(g.transformer()));
    }
    return out;
  }

  /** A copy with group hyperparameters set from strings, keys {@code group.param}. */
  public ColumnTransformer withGroupParams(Map<String, String> values) {
    Map<String, Map<String, String>> byGroup = NestedParams.split(values, groupNames(), "group");
    List<Group> groups = new ArrayList<>();
    for (Group g : params.groups()) {
      Map<String, String> v = byGroup.get(g.name());
      groups.add(v == null ? g : new Group(g.name(), g.columns(),
          NestedParams.configure(g.transformer(), v, "column transformer group '" + g.name() + "'")));
    }
    return new ColumnTransformer(new Params(groups, params.remainder()));
  }

  /** A copy with group hyperparameters set from typed values, keys {@code group.param}. */
  public ColumnTransformer withGroupValues(Map<String, ?> values) {
    Map<String, ? extends Map<String, ?>> byGroup = NestedParams.split(values, groupNames(), "group");
    List<Group> groups = new ArrayList<>();
    for (Group g : params.groups()) {
      Map<String, ?> v = byGroup.get(g.name());
      groups.add(v == null ? g : new Group(g.name(), g.columns(),
          NestedParams.configureValues(g.transformer(), v, "column transformer group '" + g.name() + "'")));
    }
    return new ColumnTransformer(new Params(groups, params.remainder()));
  }

  @Override
  public ColumnTransformerModel fit(Frame x, Target y) {
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.sameRows(x, y, "ColumnTransformer");
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException("ColumnTransformer: the input has 0 rows; at least 1 is required");
    }
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    List<List<String>> columns = new ArrayList<>();
    List<Transformer> models = new ArrayList<>();
    for (Group g : params.groups()) {
      List<String> cols = g.columns().select(x.schema());
      names.add(g.name());
      columns.add(cols);
      if (cols.isEmpty()) {
        models.add(null);
        continue;
      }
      used.addAll(cols);
      Model m = g.transformer().fit(x.select(cols), y);
      if (!(m instanceof Transformer t)) {
        throw new IllegalArgumentException("column transformer group '" + g.name() + "' (" + g.transformer().name()
            + ") fitted a " + m.getClass().getSimpleName() + ", which is not a Transformer; use a transformer"
            + " estimator (or a Pipeline of transformers) for the group");
      }
      models.add(t);
    }
    List<String> rest = new ArrayList<>();
    if (params.remainder() == Remainder.PASSTHROUGH) {
      for (String n : x.schema().names()) {
        if (!used.contains(n)) {
          rest.add(n);
        }
      }
    }
    Map<String, String> pm = new LinkedHashMap<>(groupParams());
    pm.put("remainder", params.remainder().name().toLowerCase(java.util.Locale.ROOT));
    Provenance prov = new Provenance(name(), pm, DataFingerprint.of(x, y), x.rowCount(), Version.VERSION,
        0L, java.time.Instant.now().toString(), Map.of());
    return new ColumnTransformerModel(x.schema(), prov, names, columns, models, rest);
  }

  @Override
  public String toString() {
    return "ColumnTransformer" + groupNames();
  }
}
