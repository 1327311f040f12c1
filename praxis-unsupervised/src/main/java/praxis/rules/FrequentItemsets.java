package praxis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frequent itemsets of a set of transactions, in canonical order (by size, then by item codes), with a
 * support look-up used by {@link AssociationRules}.
 *
 * <pre>{@code
 * FrequentItemsets f = new Apriori(0.05, 3).mine(transactions);
 * double s = f.support(new int[] {0, 2});       // NaN when not frequent
 * List<AssociationRule> rules = AssociationRules.generate(f, 0.6);
 * }</pre>
 */
public final class FrequentItemsets {
  private final List<FrequentItemset> sets;
  private final Map<Key, FrequentItemset> index = new HashMap<>();
  private final int transactionCount;
  private final Transactions source;

  private record Key(int[] c) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(c, k.c);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(c);
    }
  }

  FrequentItemsets(List<FrequentItemset> found, Transactions source) {
    List<FrequentItemset> s = new ArrayList<>(found);
    s.sort(Comparator.comparingInt(FrequentItemset::size).thenComparing(FrequentItemset::codes, Arrays::compare));
    this.sets = List.copyOf(s);
    for (FrequentItemset f : sets) {
      index.put(new Key(f.codes()), f);
    }
    this.transactionCount = source.size();
    this.source = source;
  }

  /** The itemsets (size, then codes, ascending). */
  public List<FrequentItemset> itemsets() {
    return sets;
  }

  /** Number of frequent itemsets. */
  public int size() {
    return sets.size();
  }

  /** Number of transactions mined. */
  public int transactionCount() {
    return transactionCount;
  }

  /** The transactions mined (for item names). */
  public Transactions transactions() {
    return source;
  }

  /** The itemset with these sorted codes, or null when it is not frequent. */
  public FrequentItemset get(int[] sortedCodes) {
    return index.get(new Key(sortedCodes));
  }

  /** Support of the itemset with these sorted codes, NaN when it is not frequent. */
  public double support(int[] sortedCodes) {
    FrequentItemset f = get(sortedCodes);
    return f == null ? Double.NaN : f.support();
  }
}
