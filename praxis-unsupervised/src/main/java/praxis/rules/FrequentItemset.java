package praxis.rules;

import java.util.Arrays;
import java.util.List;

/**
 * A frequent itemset: its item codes (sorted), names, number of containing transactions and support
 * (that count over the number of transactions).
 *
 * <pre>{@code
 * for (FrequentItemset s : new FPGrowth(0.1, 0).mine(t).itemsets()) {
 *   System.out.println(s.items() + " " + s.support());
 * }
 * }</pre>
 *
 * @param codes sorted distinct item codes (see {@link Transactions#items()})
 * @param items item names in code order
 * @param count transactions containing every item
 * @param support {@code count / n}
 */
public record FrequentItemset(int[] codes, List<String> items, int count, double support) {
  /** Number of items. */
  public int size() {
    return codes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrequentItemset f && Arrays.equals(codes, f.codes) && count == f.count
        && support == f.support;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codes) * 31 + count;
  }

  @Override
  public String toString() {
    return items + " support=" + support + " (" + count + ")";
  }
}
