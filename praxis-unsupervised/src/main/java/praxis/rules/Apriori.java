package praxis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Apriori (Agrawal and Srikant 1994): frequent itemsets level by level. Level k+1 candidates join two frequent
 * k-itemsets sharing their first k−1 items and are pruned unless every k-subset is frequent; a candidate's
 * count is the size of the intersection of its two parents' transaction sets (bit sets), so each level costs
 * one pass over the candidates rather than over the data. Same output as {@link FPGrowth}.
 *
 * <pre>{@code
 * Transactions t = Transactions.readLines(Path.of("baskets.txt"), ",");
 * FrequentItemsets f = new Apriori(0.02, 0).mine(t);     // support >= 2%, any length
 * List<AssociationRule> r = AssociationRules.generate(f, 0.5);
 * }</pre>
 */
public final class Apriori {
  private final double minSupport;
  private final int maxLength;

  /**
   * @param minSupport smallest support of a frequent itemset, in (0, 1]
   * @param maxLength longest itemset (&gt;= 1), or 0 for no limit
   */
  public Apriori(double minSupport, int maxLength) {
    MiningSupport.check(minSupport, maxLength, "Apriori");
    this.minSupport = minSupport;
    this.maxLength = maxLength;
  }

  /** Minimum support. */
  public double minSupport() {
    return minSupport;
  }

  /** Maximum itemset length (0 = none). */
  public int maxLength() {
    return maxLength;
  }

  private record Level(int[][] sets, long[][] tids) {}

  /** All itemsets with support at least {@code minSupport} (and at most {@code maxLength} items). */
  public FrequentItemsets mine(Transactions transactions) {
    Transactions t = MiningSupport.require(transactions, "Apriori");
    int n = t.size();
    int minCount = MiningSupport.minCount(minSupport, n);
    int words = (n + 63) >>> 6;
    long[][] itemTids = new long[t.itemCount()][words];
    int[][] raw = t.raw();
    for (int i = 0; i < n; i++) {
      for (int c : raw[i]) {
        itemTids[c][i >>> 6] |= 1L << (i & 63);
      }
    }
    List<FrequentItemset> out = new ArrayList<>();
    List<int[]> sets = new ArrayList<>();
    List<long[]> tids = new ArrayList<>();
    for (int c = 0; c < t.itemCount(); c++) {
      int cnt = card(itemTids[c]);
      if (cnt >= minCount) {
        sets.add(new int[] {c});
        tids.add(itemTids[c]);
        out.add(new FrequentItemset(new int[] {c}, t.names(new int[] {c}), cnt, (double) cnt / n));
      }
    }
    // level 1 in code order: the join below needs lexicographic order of the sets
    int len = 1;
    while (!sets.isEmpty() && (maxLength == 0 || len < maxLength)) {
      Set<List<Integer>> frequent = new HashSet<>();
      for (int[] s : sets) {
        frequent.add(asList(s));
      }
      List<int[]> nextSets = new ArrayList<>();
      List<long[]> nextTids = new ArrayList<>();
      int m = sets.size();
      for (int a = 0; a < m; a++) {
        int[] sa = sets.get(a);
        for (int b = a + 1; b < m; b++) {
          int[] sb = sets.get(b);
          if (!samePrefix(sa, sb, len - 1)) {
            break;
          }
          int[] cand = Arrays.copyOf(sa, len + 1);
          cand[len] = sb[len - 1];
          if (!allSubsetsFrequent(cand, frequent)) {
            continue;
          }
          long[] ta = tids.get(a);
          long[] tb = tids.get(b);
          long[] tc = new long[words];
          int cnt = 0;
          for (int w = 0; w < words; w++) {
            tc[w] = ta[w] & tb[w];
            cnt += Long.bitCount(tc[w]);
          }
          if (cnt >= minCount) {
            nextSets.add(cand);
            nextTids.add(tc);
            out.add(new FrequentItemset(cand, t.names(cand), cnt, (double) cnt / n));
          }
        }
      }
      sets = nextSets;
      tids = nextTids;
      len++;
    }
    return new FrequentItemsets(out, t);
  }

  private static boolean samePrefix(int[] a, int[] b, int k) {
    for (int i = 0; i < k; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean allSubsetsFrequent(int[] cand, Set<List<Integer>> frequent) {
    if (cand.length <= 2) {
      return true;
    }
    // the two subsets dropping one of the last two items are the parents; check the others
    for (int drop = 0; drop < cand.length - 2; drop++) {
      List<Integer> s = new ArrayList<>(cand.length - 1);
      for (int i = 0; i < cand.length; i++) {
        if (i != drop) {
          s.add(cand[i]);
        }
      }
      if (!frequent.contains(s)) {
        return false;
      }
    }
    return true;
  }

  private static List<Integer> asList(int[] s) {
    List<Integer> l = new ArrayList<>(s.length);
    for (int v : s) {
      l.add(v);
    }
    return l;
  }

  private static int card(long[] bits) {
    int c = 0;
    for (long w : bits) {
      c += Long.bitCount(w);
    }
    return c;
  }
}
