package praxis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rules from frequent itemsets: for every frequent itemset of two or more items, every split into a non-empty
 * antecedent and consequent whose confidence reaches {@code minConfidence}. Both sides are frequent (subsets of
 * a frequent itemset), so every measure is exact. Rules are listed by itemset (canonical order), then by
 * antecedent size and codes.
 *
 * <pre>{@code
 * FrequentItemsets f = new FPGrowth(0.01, 0).mine(t);
 * List<AssociationRule> rules = AssociationRules.generate(f, 0.6);
 * rules.sort(Comparator.comparingDouble(AssociationRule::lift).reversed());
 * }</pre>
 */
public final class AssociationRules {
  private AssociationRules() {}

  /**
   * All rules with confidence at least {@code minConfidence}.
   *
   * @param minConfidence in [0, 1]
   * @return a mutable list
   */
  public static List<AssociationRule> generate(FrequentItemsets itemsets, double minConfidence) {
    if (itemsets == null) {
      throw new IllegalArgumentException("itemsets must not be null; mine them with Apriori or FPGrowth first");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence + "; e.g. 0.5");
    }
    Transactions t = itemsets.transactions();
    List<AssociationRule> out = new ArrayList<>();
    for (FrequentItemset s : itemsets.itemsets()) {
      int m = s.size();
      if (m < 2) {
        continue;
      }
      int[] codes = s.codes();
      List<int[][]> splits = new ArrayList<>();
      for (int mask = 1; mask < (1 << m) - 1; mask++) {
        int na = Integer.bitCount(mask);
        int[] a = new int[na];
        int[] c = new int[m - na];
        for (int i = 0, ia = 0, ic = 0; i < m; i++) {
          if ((mask >>> i & 1) != 0) {
            a[ia++] = codes[i];
          } else {
            c[ic++] = codes[i];
          }
        }
        splits.add(new int[][] {a, c});
      }
      splits.sort((x, y) -> x[0].length != y[0].length ? Integer.compare(x[0].length, y[0].length)
          : Arrays.compare(x[0], y[0]));
      for (int[][] split : splits) {
        int[] a = split[0];
        int[] c = split[1];
        double sa = itemsets.support(a);
        double sc = itemsets.support(c);
        double conf = s.support() / sa;
        if (conf < minConfidence) {
          continue;
        }
        double lift = conf / sc;
        double lev = s.support() - sa * sc;
        double conv = conf >= 1 ? Double.POSITIVE_INFINITY : (1 - sc) / (1 - conf);
        out.add(new AssociationRule(a, c, t.names(a), t.names(c), s.support(), conf, lift, lev, conv));
      }
    }
    return out;
  }

  /** Rules whose antecedent holds at most {@code maxAntecedent} items (a length filter on rules). */
  public static List<AssociationRule> maxAntecedent(List<AssociationRule> rules, int maxAntecedent) {
    if (maxAntecedent < 1) {
      throw new IllegalArgumentException("maxAntecedent must be >= 1, got " + maxAntecedent);
    }
    List<AssociationRule> out = new ArrayList<>();
    for (AssociationRule r : rules) {
      if (r.antecedentCodes().length <= maxAntecedent) {
        out.add(r);
      }
    }
    return out;
  }
}
