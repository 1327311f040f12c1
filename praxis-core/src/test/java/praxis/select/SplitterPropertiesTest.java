package praxis.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;

/** Structural properties every splitter must have, hand-checked cases, and argument errors. */
class SplitterPropertiesTest {
  private static Target labels(int n, int nClasses, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // imbalanced: class c with weight c + 1
      int v = r.nextInt(nClasses * (nClasses + 1) / 2);
      int c = 0;
      while (v >= c + 1) {
        v -= c + 1;
        c++;
      }
      l.add("c" + c);
    }
    return Target.classes("y", l);
  }

  /** Each fold: train and test disjoint, inside [0, n), no duplicates. */
  private static void assertDisjointFolds(List<Fold> folds, int n, String what) {
    for (Fold f : folds) {
      Set<Integer> seen = new HashSet<>();
      for (int i : f.train()) {
        assertTrue(i >= 0 && i < n, what);
        assertTrue(seen.add(i), what + ": duplicate train row " + i);
      }
      for (int i : f.test()) {
        assertTrue(i >= 0 && i < n, what);
        assertTrue(seen.add(i), what + ": test row " + i + " also in train or repeated");
      }
      assertTrue(f.test().length > 0 && f.train().length > 0, what);
    }
  }

  /** The test sets of the folds partition 0..n-1 and each train set is the complement of its test set. */
  private static void assertPartition(List<Fold> folds, int n, String what) {
    assertDisjointFolds(folds, n, what);
    int[] hits = new int[n];
    for (Fold f : folds) {
      for (int i : f.test()) {
        hits[i]++;
      }
      assertEquals(n, f.train().length + f.test().length, what + ": train ∪ test must be every row");
    }
    for (int i = 0; i < n; i++) {
      assertEquals(1, hits[i], what + ": row " + i + " must be tested exactly once");
    }
  }

  @Test
  void kFoldFamilyPartitions() {
    for (int n : new int[] {5, 17, 100}) {
      Frame x = Frame.empty(n);
      Target y = labels(n, 3, n);
      for (int k : new int[] {2, 5}) {
        assertPartition(new KFold(k).split(x, y, null), n, "KFold " + k);
        assertPartition(new KFold(k, true, 9).split(x, y, null), n, "shuffled KFold " + k);
        if (n >= 17) {
          assertPartition(new StratifiedKFold(k, true, 3).split(x, y, null), n, "StratifiedKFold " + k);
        }
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
          groups[i] = (i * 7) % Math.max(k, n / 2 + 1);
        }
        assertPartition(new GroupKFold(k).split(x, y, groups), n, "GroupKFold " + k);
      }
      assertPartition(new LeaveOneOut().split(x, y, null), n, "LeaveOneOut");
      List<Fold> ss = new ShuffleSplit(3, 0.25, false, 2).split(x, y, null);
      assertEquals(3, ss.size());
      assertDisjointFolds(ss, n, "ShuffleSplit");
      assertEquals((int) Math.ceil(0.25 * n), ss.get(0).test().length);
      List<Fold> rep = new RepeatedKFold(3, 4, 1).split(x, y, null);
      assertEquals(12, rep.size());
      for (int r = 0; r < 4; r++) {
        assertPartition(rep.subList(3 * r, 3 * r + 3), n, "RepeatedKFold repetition " + r);
      }
    }
  }

  @Test
  void leaveOneOutEqualsKFoldWithKEqualN() {
    for (int n : new int[] {2, 3, 10, 31}) {
      Frame x = Frame.empty(n);
      assertEquals(new KFold(n).split(x, null, null), new LeaveOneOut().split(x, null, null), "n=" + n);
      assertEquals(n, new LeaveOneOut().nSplits(n));
    }
  }

  @Test
  void stratificationKeepsClassCountsWithinOne() {
    Target y = labels(500, 4, 77);
    int[] total = y.classCounts();
    int k = 7;
    List<Fold> folds = new StratifiedKFold(k, true, 5).split(null, y, null);
    for (Fold f : folds) {
      int[] c = y.rows(f.test()).classCounts();
      for (int cls = 0; cls < total.length; cls++) {
        assertTrue(Math.abs(c[cls] - total[cls] / (double) k) < 1.0, "class " + cls + " count " + c[cls]);
      }
    }
    Fold h = new HoldOut(0.3, true, 11).split(null, y, null).get(0);
    assertDisjointFolds(List.of(h), 500, "stratified hold-out");
    assertEquals(500, h.train().length + h.test().length);
    assertEquals(150, h.test().length);
    int[] c = y.rows(h.test()).classCounts();
    for (int cls = 0; cls < total.length; cls++) {
      assertTrue(Math.abs(c[cls] - 0.3 * total[cls]) <= 1.0, "hold-out class " + cls + " count " + c[cls]);
    }
  }

  @Test
  void groupsNeverStraddleTrainAndTest() {
    int n = 200;
    int[] groups = new int[n];
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < n; i++) {
      groups[i] = r.nextInt(30);
    }
    for (Fold f : new GroupKFold(4).split(Frame.empty(n), null, groups)) {
      Set<Integer> testGroups = new HashSet<>();
      for (int i : f.test()) {
        testGroups.add(groups[i]);
      }
      for (int i : f.train()) {
        assertTrue(!testGroups.contains(groups[i]), "group " + groups[i] + " in train and test");
      }
    }
  }

  @Test
  void timeSeriesHandChecked() {
    // n=10, 3 splits: test blocks of 10/4 = 2 rows at 4-5, 6-7, 8-9; gap 1 and window 3
    List<Fold> f = new TimeSeriesSplit(3, 1, 3, 0).split(Frame.empty(10), null, null);
    assertEquals(new Fold(new int[] {0, 1, 2}, new int[] {4, 5}), f.get(0));
    assertEquals(new Fold(new int[] {2, 3, 4}, new int[] {6, 7}), f.get(1));
    assertEquals(new Fold(new int[] {4, 5, 6}, new int[] {8, 9}), f.get(2));
    for (Fold fold : new TimeSeriesSplit(4).split(Frame.empty(50), null, null)) {
      assertTrue(fold.train()[fold.train().length - 1] < fold.test()[0], "train precedes test");
    }
  }

  @Test
  void sameSeedSameFoldsAndDifferentSeedsDiffer() {
    Frame x = Frame.empty(60);
    assertEquals(new KFold(5, true, 123).split(x, null, null), new KFold(5, true, 123).split(x, null, null));
    assertTrue(!new KFold(5, true, 123).split(x, null, null).equals(new KFold(5, true, 124).split(x, null, null)));
    // 64-bit seeds are accepted (NumPy would need the two-word array form)
    assertPartition(new KFold(5, true, -1L).split(x, null, null), 60, "negative seed");
    assertPartition(new KFold(5, true, 1L << 40).split(x, null, null), 60, "large seed");
  }

  @Test
  void badArgumentsNameTheProblem() {
    Frame x5 = Frame.empty(5);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new KFold(1)).getMessage().contains("k must be >= 2"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new KFold(6).split(x5, null, null)).getMessage()
        .contains("k=6"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new GroupKFold(2).split(x5, null, null))
        .getMessage().contains("groups"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new GroupKFold(3).split(x5, null, new int[] {1, 1, 2, 2, 2})).getMessage().contains("2"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new StratifiedKFold(2).split(null, Target.values(1, 2, 3, 4), null)).getMessage().contains("KFold"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new StratifiedKFold(3).split(null, Target.classes("a", "a", "b", "b"), null)).getMessage()
        .contains("k=3"));
    assertThrows(IllegalArgumentException.class, () -> new HoldOut(1.0, false, 0));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new HoldOut(0.5, true, 0).split(null, Target.classes("a", "a", "b"), null)).getMessage()
        .contains("'b'"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new TimeSeriesSplit(5).split(Frame.empty(5), null, null)).getMessage().contains("nSplits"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new TimeSeriesSplit(3, 5, 0, 2).split(Frame.empty(10), null, null)).getMessage().contains("gap=5"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new KFold(2).split(Frame.empty(4), Target.values(1, 2, 3), null)).getMessage().contains("4 rows"));
    assertThrows(IllegalArgumentException.class, () -> new KFold(2).split(null, null, null));
  }
}
