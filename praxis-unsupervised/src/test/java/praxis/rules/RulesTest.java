package praxis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Frame;
import praxis.data.TextColumn;
import praxis.testkit.Fixtures;

/**
 * Apriori and FP-growth against a brute-force enumeration of every itemset (exact counts), rule measures
 * against hand-computed values, the readers, and bad input.
 */
class RulesTest {
  /** Random baskets over {@code items} items with item-specific inclusion probabilities. */
  static Transactions generate(long seed, int n, int items) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] prob = new double[items];
    for (int j = 0; j < items; j++) {
      prob[j] = 0.1 + 0.6 * r.nextDouble();
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> t = new ArrayList<>();
      for (int j = 0; j < items; j++) {
        if (r.nextDouble() < prob[j]) {
          t.add("i" + j);
        }
      }
      out.add(t);
    }
    return Transactions.of(out);
  }

  /** Every non-empty itemset over the items, counted directly. */
  static Map<String, Integer> bruteForce(Transactions t, double minSupport, int maxLength) {
    Map<String, Integer> out = new HashMap<>();
    int m = t.itemCount();
    for (int mask = 1; mask < 1 << m; mask++) {
      int size = Integer.bitCount(mask);
      if (maxLength > 0 && size > maxLength) {
        continue;
      }
      int count = 0;
      for (int i = 0; i < t.size(); i++) {
        int tm = 0;
        for (int c : t.transaction(i)) {
          tm |= 1 << c;
        }
        if ((tm & mask) == mask) {
          count++;
        }
      }
      if ((double) count / t.size() >= minSupport) {
        int[] codes = new int[size];
        for (int j = 0, k = 0; j < m; j++) {
          if ((mask >>> j & 1) != 0) {
            codes[k++] = j;
          }
        }
        out.put(java.util.Arrays.toString(codes), count);
      }
    }
    return out;
  }

  static Map<String, Integer> asMap(FrequentItemsets f) {
    Map<String, Integer> out = new HashMap<>();
    for (FrequentItemset s : f.itemsets()) {
      assertEquals((double) s.count() / f.transactionCount(), s.support(), 0.0);
      out.put(java.util.Arrays.toString(s.codes()), s.count());
    }
    return out;
  }

  @Test
  void aprioriAndFpGrowthEqualBruteForce() {
    for (long seed = 1; seed <= 6; seed++) {
      Transactions t = generate(seed, 40 + 10 * (int) seed, 9);
      for (double minSupport : new double[] {0.05, 0.2, 0.4}) {
        for (int maxLength : new int[] {0, 2, 3}) {
          Map<String, Integer> truth = bruteForce(t, minSupport, maxLength);
          FrequentItemsets a = new Apriori(minSupport, maxLength).mine(t);
          FrequentItemsets f = new FPGrowth(minSupport, maxLength).mine(t);
          String what = "seed " + seed + " minSupport " + minSupport + " maxLength " + maxLength;
          assertEquals(truth, asMap(a), "Apriori " + what);
          assertEquals(truth, asMap(f), "FPGrowth " + what);
          assertEquals(a.itemsets(), f.itemsets(), "same order " + what);
          assertFalse(truth.isEmpty(), what);
        }
      }
    }
  }

  @Test
  void realisticWordBasketsAgree() {
    // each Debian package description as the set of its words (first 1,500 descriptions)
    Frame d = Fixtures.debianDescriptions();
    List<List<String>> baskets = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      Set<String> words = new HashSet<>();
      for (String w : d.column("text").format(i).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
        if (w.length() > 2) {
          words.add(w);
        }
      }
      baskets.add(new ArrayList<>(words));
    }
    Transactions t = Transactions.of(baskets);
    FrequentItemsets a = new Apriori(0.08, 0).mine(t);
    FrequentItemsets f = new FPGrowth(0.08, 0).mine(t);
    assertEquals(a.itemsets(), f.itemsets());
    assertTrue(a.size() > 20, "itemsets: " + a.size());
    assertTrue(a.itemsets().stream().anyMatch(s -> s.size() >= 3), "some 3-itemsets");
    for (AssociationRule r : AssociationRules.generate(f, 0.8)) {
      assertTrue(r.confidence() >= 0.8 && r.lift() > 0, r.toString());
    }
  }

  @Test
  void ruleMeasuresByHand() {
    Transactions t = Transactions.of(List.of(List.of("bread", "milk"), List.of("bread", "diapers", "beer", "eggs"),
        List.of("milk", "diapers", "beer", "cola"), List.of("bread", "milk", "diapers", "beer"),
        List.of("bread", "milk", "diapers", "cola")));
    FrequentItemsets f = new FPGrowth(0.4, 0).mine(t);
    List<AssociationRule> rules = AssociationRules.generate(f, 0.0);
    AssociationRule r = rules.stream().filter(x -> x.antecedent().equals(List.of("diapers"))
        && x.consequent().equals(List.of("beer"))).findFirst().orElseThrow();
    // s(diapers, beer) = 3/5, s(diapers) = 4/5, s(beer) = 3/5
    assertEquals(0.6, r.support(), 1e-12);
    assertEquals(0.75, r.confidence(), 1e-12);
    assertEquals(0.75 / 0.6, r.lift(), 1e-12);
    assertEquals(0.6 - 0.8 * 0.6, r.leverage(), 1e-12);
    assertEquals((1 - 0.6) / (1 - 0.75), r.conviction(), 1e-12);
    AssociationRule back = rules.stream().filter(x -> x.antecedent().equals(List.of("beer"))
        && x.consequent().equals(List.of("diapers"))).findFirst().orElseThrow();
    assertEquals(1.0, back.confidence(), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY, back.conviction());
    List<AssociationRule> strong = AssociationRules.generate(f, 0.9);
    assertTrue(strong.contains(back) || strong.stream().anyMatch(x -> x.toString().equals(back.toString())));
    assertTrue(strong.stream().allMatch(x -> x.confidence() >= 0.9));
    assertTrue(AssociationRules.maxAntecedent(rules, 1).stream().allMatch(x -> x.antecedent().size() == 1));
  }

  @Test
  void readers(@TempDir Path dir) throws Exception {
    Transactions lines = Transactions.readLines(new StringReader("a, b ,c\n\nb,c\nc\n"), ",", false, "test");
    assertEquals(3, lines.size());
    assertEquals(List.of("a", "b", "c"), lines.items());
    assertEquals(List.of("b", "c"), lines.names(lines.transaction(1)));
    Path file = dir.resolve("baskets.txt");
    Files.writeString(file, "x y\ny z z\n");
    Transactions fromFile = Transactions.readLines(file, " ");
    assertEquals(2, fromFile.size());
    assertEquals(2, fromFile.transaction(1).length, "duplicate items count once");
    Frame pairs = Frame.of(TextColumn.of("order", "o1", "o2", "o1", "o3", "o2"),
        TextColumn.of("item", "a", "b", "b", "a", "c"));
    Transactions p = Transactions.fromPairs(pairs, "order", "item");
    assertEquals(3, p.size());
    assertEquals(List.of("a", "b"), p.names(p.transaction(0)));
    Path csv = dir.resolve("pairs.csv");
    Files.writeString(csv, "order,item\n1,10\n2,10\n1,20\n");
    Transactions pc = Transactions.readPairsCsv(csv, "order", "item");
    assertEquals(2, pc.size());
    assertEquals(List.of("10", "20"), pc.names(pc.transaction(0)));
    FrequentItemsets f = new Apriori(1.0, 0).mine(pc);
    assertEquals(1, f.size());
    assertEquals(List.of("10"), f.itemsets().get(0).items());
  }

  @Test
  void badInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Transactions.of(List.of()));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Transactions.readLines(new StringReader("\n \n"), ",", false, "baskets.txt"));
    assertTrue(e.getMessage().contains("baskets.txt"), e.getMessage());
    for (double bad : new double[] {0, -0.1, 1.5, Double.NaN}) {
      e = assertThrows(IllegalArgumentException.class, () -> new Apriori(bad, 0));
      assertTrue(e.getMessage().contains("minSupport"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> new FPGrowth(bad, 0));
    }
    assertThrows(IllegalArgumentException.class, () -> new FPGrowth(0.1, -1));
    FrequentItemsets f = new Apriori(0.5, 0).mine(generate(1, 20, 4));
    e = assertThrows(IllegalArgumentException.class, () -> AssociationRules.generate(f, 1.2));
    assertTrue(e.getMessage().contains("minConfidence"), e.getMessage());
  }
}
