package praxis.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.api.Resampler;
import praxis.data.CategoricalColumn;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/** Tomek links, ENN, Borderline-SMOTE, ADASYN and SMOTE-NC on hand-checked cases. */
class CleaningAndVariantsTest {
  static double[] col(Resampler.Sample s) {
    return ((DoubleColumn) s.x().column(0)).toArray();
  }

  @Test
  void tomekLinksRemoveTheMajorityRowOfEachLink() {
    // 4.9 (neg) and 5.0 (pos) are each other's nearest neighbour: a link; pos is the minority (3 vs 4)
    Frame x = Frame.of(DoubleColumn.of("v", 0, 1, 2, 4.9, 5.0, 8, 8.5));
    Target y = Target.classes("neg", "neg", "neg", "neg", "pos", "pos", "pos");
    Resampler.Sample s = new TomekLinks().resample(x, y);
    assertArrayEquals(new double[] {0, 1, 2, 5.0, 8, 8.5}, col(s));
    assertArrayEquals(new int[] {3, 3}, s.y().classCounts());
  }

  @Test
  void ennRemovesMajorityRowsWhoseNeighboursDisagree() {
    // 10.2 (neg) has neighbours 10, 10.5, 11 — all pos — so it goes; the other neg rows agree with theirs
    Frame x = Frame.of(DoubleColumn.of("v", 0, 1, 2, 3, 10.2, 10, 10.5, 11));
    Target y = Target.classes("neg", "neg", "neg", "neg", "neg", "pos", "pos", "pos");
    Resampler.Sample s = new EditedNearestNeighbours().resample(x, y);
    assertArrayEquals(new double[] {0, 1, 2, 3, 10, 10.5, 11}, col(s));
    // MODE with k=3: 3 has neighbours 2, 1, 0 (agree) — kept; 10.2 still removed
    Resampler.Sample m = new EditedNearestNeighbours(new EditedNearestNeighbours.Params(3,
        EditedNearestNeighbours.Kind.MODE)).resample(x, y);
    assertEquals(7, m.x().rowCount());
  }

  static void twoD(SplittableRandom r, int n, double shift, double[] a, double[] b, int from) {
    for (int i = 0; i < n; i++) {
      a[from + i] = shift + r.nextDouble() * 2;
      b[from + i] = shift + r.nextDouble() * 2;
    }
  }

  /** 80 neg in [0,2]², 20 pos in [shift, shift+2]². */
  static Resampler.Sample data(double shift) {
    SplittableRandom r = new SplittableRandom(5);
    double[] a = new double[100];
    double[] b = new double[100];
    twoD(r, 80, 0, a, b, 0);
    twoD(r, 20, shift, a, b, 80);
    String[] lab = new String[100];
    for (int i = 0; i < 100; i++) {
      lab[i] = i < 80 ? "neg" : "pos";
    }
    return new Resampler.Sample(Frame.of(DoubleColumn.of("a", a), DoubleColumn.of("b", b)), Target.classes(lab));
  }

  @Test
  void borderlineSmoteUsesOnlyRowsInDanger() {
    Resampler.Sample far = data(10);
    Resampler.Sample none = new BorderlineSmote().resample(far.x(), far.y());
    assertEquals(100, none.x().rowCount(), "separated classes: no minority row in danger, nothing generated");
    Resampler.Sample near = data(1);
    Resampler.Sample s = new BorderlineSmote().resample(near.x(), near.y());
    assertArrayEquals(new int[] {80, 80}, s.y().classCounts());
    Resampler.Sample again = new BorderlineSmote().resample(near.x(), near.y());
    assertArrayEquals(s.x().toColumnMajor(), again.x().toColumnMajor(), "same seed, same rows");
  }

  @Test
  void adasynWeightsHardRowsAndFailsClearlyWithoutThem() {
    Resampler.Sample near = data(1);
    Resampler.Sample s = new Adasyn().resample(near.x(), near.y());
    int made = s.x().rowCount() - 100;
    assertTrue(Math.abs(made - 60) <= 20, "about 60 rows generated (rounding per origin): " + made);
    for (int i = 100; i < s.x().rowCount(); i++) {
      assertEquals("pos", s.y().classList().get(s.y().code(i)));
      double a = s.x().getDouble(i, 0);
      assertTrue(a >= 1 && a <= 3, "inside the minority's convex hull: " + a);
    }
    Resampler.Sample far = data(10);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Adasyn().resample(far.x(), far.y()));
    assertTrue(e.getMessage().contains("'pos'") && e.getMessage().contains("Smote"), e.getMessage());
  }

  @Test
  void smoteNcInterpolatesNumbersAndVotesCategories() {
    Resampler.Sample base = data(1);
    String[] cat = new String[100];
    for (int i = 0; i < 100; i++) {
      cat[i] = i < 80 ? (i % 2 == 0 ? "u" : "v") : "w";
    }
    Frame x = base.x().with(CategoricalColumn.of("c", cat));
    Resampler.Sample s = new SmoteNC().resample(x, base.y());
    assertArrayEquals(new int[] {80, 80}, s.y().classCounts());
    CategoricalColumn c = (CategoricalColumn) s.x().column("c");
    for (int i = 100; i < 160; i++) {
      assertEquals("w", c.levels().get(c.code(i)), "every minority neighbour is 'w', so the vote is 'w'");
      double a = s.x().getDouble(i, 0);
      assertTrue(a >= 1 && a <= 3, "numeric part interpolated within the class: " + a);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SmoteNC().resample(base.x(), base.y()));
    assertTrue(e.getMessage().contains("use Smote"), e.getMessage());
  }
}
