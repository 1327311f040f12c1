package praxis.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import praxis.api.Check;
import praxis.data.ColumnType;
import praxis.data.Field;
import praxis.data.Schema;

/**
 * Chooses the columns of a {@link ColumnTransformer} group: by names (in the given order; each must exist),
 * by {@link ColumnType} (in schema order), or the ordinal / nominal categorical columns.
 *
 * <pre>{@code
 * ColumnSelector num = ColumnSelector.types(ColumnType.NUMERIC, ColumnType.BOOLEAN);
 * ColumnSelector some = ColumnSelector.names("age", "income");
 * List<String> cols = ColumnSelector.ordinal().select(frame.schema());
 * }</pre>
 */
public final class ColumnSelector {
  private enum Kind {
    NAMES, TYPES, ORDINAL, NOMINAL
  }

  private final Kind kind;
  private final List<String> names;
  private final Set<ColumnType> types;

  private ColumnSelector(Kind kind, List<String> names, Set<ColumnType> types) {
    this.kind = kind;
    this.names = names;
    this.types = types;
  }

  /** The named columns, in this order. */
  public static ColumnSelector names(String... names) {
    return names(List.of(names));
  }

  /** The named columns, in this order. */
  public static ColumnSelector names(List<String> names) {
    Check.notNull(names, "names");
    NestedParams.requireDistinct(names, "selected column");
    return new ColumnSelector(Kind.NAMES, List.copyOf(names), Set.of());
  }

  /** The columns of the given types, in schema order. */
  public static ColumnSelector types(ColumnType... types) {
    if (types.length == 0) {
      throw new IllegalArgumentException("ColumnSelector.types needs at least one column type");
    }
    return new ColumnSelector(Kind.TYPES, List.of(), EnumSet.copyOf(List.of(types)));
  }

  /** Categorical columns whose levels are ordered (ordinal), in schema order. */
  public static ColumnSelector ordinal() {
    return new ColumnSelector(Kind.ORDINAL, List.of(), Set.of());
  }

  /** Categorical columns whose levels are not ordered (nominal), in schema order. */
  public static ColumnSelector nominal() {
    return new ColumnSelector(Kind.NOMINAL, List.of(), Set.of());
  }

  /** The selected column names of {@code schema}; names that do not exist are an error listing the columns. */
  public List<String> select(Schema schema) {
    if (kind == Kind.NAMES) {
      for (String n : names) {
        schema.requireIndex(n);
      }
      return names;
    }
    List<String> out = new ArrayList<>();
    for (Field f : schema.fields()) {
      boolean take = switch (kind) {
        case TYPES -> types.contains(f.type());
        case ORDINAL -> f.type() == ColumnType.CATEGORICAL && f.ordinal();
        default -> f.type() == ColumnType.CATEGORICAL && !f.ordinal();
      };
      if (take) {
        out.add(f.name());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NAMES -> "names" + names;
      case TYPES -> "types" + types;
      case ORDINAL -> "ordinal categorical";
      default -> "nominal categorical";
    };
  }
}
