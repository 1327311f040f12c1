package praxis.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The violations found by {@link Constraints#check}, with counts per column and rule.
 *
 * <pre>{@code
 * ConstraintReport r = constraints.check(frame);
 * if (!r.ok()) System.out.print(r.summary());
 * Map<String, Integer> counts = r.countsByRule();
 * }</pre>
 */
public final class ConstraintReport {
  private final int rows;
  private final List<Violation> violations;

  ConstraintReport(int rows, List<Violation> violations) {
    this.rows = rows;
    this.violations = List.copyOf(violations);
  }

  /** Whether no rule is broken. */
  public boolean ok() {
    return violations.isEmpty();
  }

  /** All violations, by column (in constraint order) then row. */
  public List<Violation> violations() {
    return violations;
  }

  /** Number of rows checked. */
  public int rows() {
    return rows;
  }

  /** Violation counts keyed {@code "column/rule"}, in first-seen order. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Violation v : violations) {
      m.merge(v.column() + "/" + v.rule(), 1, Integer::sum);
    }
    return m;
  }

  /** Rows with at least one row-level violation, ascending. */
  public int[] violatingRows() {
    TreeSet<Integer> s = new TreeSet<>();
    for (Violation v : violations) {
      if (v.row() >= 0) {
        s.add(v.row());
      }
    }
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Counts per column and rule and the first few violations. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(violations.size()).append(" violation(s) in ").append(violatingRows().length).append(" of ").append(rows)
        .append(" rows\n");
    countsByRule().forEach((k, n) -> sb.append("  ").append(k).append(": ").append(n).append('\n'));
    for (int i = 0; i < Math.min(5, violations.size()); i++) {
      sb.append("  e.g. ").append(violations.get(i)).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
