package praxis.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;
import praxis.select.internal.NumpySort;

/**
 * Every splitter against the folds scikit-learn 1.2.1 / NumPy 1.24.2 produced
 * ({@code reference/select/make_split_reference.py} → {@code split_reference.json}); equality is exact.
 */
class SplitterReferenceTest {
  private static Map<String, Object> ref;

  @BeforeAll
  static void load() throws IOException {
    ref = MiniJson.obj(MiniJson.parseResource("/reference/select/split_reference.json"));
  }

  private static Target labels(String name) {
    return Target.classes("y", Arrays.asList(MiniJson.strings(MiniJson.obj(ref.get("labels")).get(name))));
  }

  private static List<Object> cases(String key) {
    return MiniJson.arr(ref.get(key));
  }

  /** Asserts the folds' test sets equal the reference and the train sets are their sorted complements. */
  private static void assertTests(List<Object> expectedTests, List<Fold> actual, int n, String what) {
    assertEquals(expectedTests.size(), actual.size(), what + ": number of folds");
    for (int f = 0; f < actual.size(); f++) {
      int[] test = MiniJson.ints(expectedTests.get(f));
      assertArrayEquals(test, actual.get(f).test(), what + " fold " + f + " test");
      boolean[] inTest = new boolean[n];
      for (int t : test) {
        inTest[t] = true;
      }
      int[] train = java.util.stream.IntStream.range(0, n).filter(i -> !inTest[i]).toArray();
      assertArrayEquals(train, actual.get(f).train(), what + " fold " + f + " train");
    }
  }

  @Test
  void generatorMatchesNumpyRandomState() {
    int checked = 0;
    for (Object o : cases("rng")) {
      Map<String, Object> c = MiniJson.obj(o);
      long seed = ((Number) c.get("seed")).longValue();
      NumpyRandom r = new NumpyRandom(seed);
      long[] head = MiniJson.longs(c.get("key_head"));
      for (int i = 0; i < head.length; i++) {
        assertEquals(head[i], r.stateWord(i), "seed " + seed + " state word " + i);
      }
      long[] tail = MiniJson.longs(c.get("key_tail"));
      assertEquals(tail[0], r.stateWord(622));
      assertEquals(tail[1], r.stateWord(623));
      long[] draws = MiniJson.longs(c.get("uint32"));
      for (long d : draws) {
        assertEquals(d, r.nextInt32() & 0xffffffffL, "seed " + seed + " uint32 draw");
      }
      assertArrayEquals(MiniJson.ints(c.get("perm10")), new NumpyRandom(seed).permutation(10), "seed " + seed);
      assertArrayEquals(MiniJson.ints(c.get("perm1000_head")),
          Arrays.copyOf(new NumpyRandom(seed).permutation(1000), 20), "seed " + seed);
      double[] u = MiniJson.doubles(c.get("random"));
      NumpyRandom r2 = new NumpyRandom(seed);
      for (double v : u) {
        assertEquals(v, r2.nextDouble(), 0.0, "seed " + seed + " random_sample");
      }
      checked++;
    }
    assertEquals(6, checked);
    for (Object o : cases("rng_array")) {
      Map<String, Object> c = MiniJson.obj(o);
      long[] words = MiniJson.longs(c.get("words"));
      assertArrayEquals(MiniJson.ints(c.get("perm10")), NumpyRandom.fromWords(words).permutation(10),
          "init_by_array " + Arrays.toString(words));
      long asLong = words[0] | (words[1] << 32);
      if (asLong < 0 || asLong > 0xffffffffL) {
        assertArrayEquals(MiniJson.ints(c.get("perm10")), new NumpyRandom(asLong).permutation(10),
            "64-bit seed " + asLong + " = words " + Arrays.toString(words));
      }
    }
  }

  @Test
  void argsortMatchesNumpyIncludingTies() {
    for (Object o : cases("argsort")) {
      Map<String, Object> c = MiniJson.obj(o);
      long[] v = MiniJson.longs(c.get("values"));
      assertArrayEquals(MiniJson.ints(c.get("order")), NumpySort.argsort(v), "argsort of " + v.length + " values");
    }
  }

  @Test
  void kfoldMatchesSklearn() {
    for (Object o : cases("kfold")) {
      Map<String, Object> c = MiniJson.obj(o);
      int n = ((Number) c.get("n")).intValue();
      int k = ((Number) c.get("k")).intValue();
      boolean shuffle = (Boolean) c.get("shuffle");
      long seed = ((Number) c.get("seed")).longValue();
      KFold s = new KFold(k, shuffle, seed);
      assertTests(MiniJson.arr(c.get("tests")), s.split(Frame.empty(n), null, null), n, s + " n=" + n);
    }
  }

  @Test
  void leaveOneOutMatchesSklearn() {
    for (Object o : cases("loo")) {
      Map<String, Object> c = MiniJson.obj(o);
      int n = ((Number) c.get("n")).intValue();
      assertTests(MiniJson.arr(c.get("tests")), new LeaveOneOut().split(Frame.empty(n), null, null), n, "LOO n=" + n);
    }
  }

  @Test
  void stratifiedKFoldMatchesSklearn() {
    for (Object o : cases("stratified")) {
      Map<String, Object> c = MiniJson.obj(o);
      Target y = labels((String) c.get("labels"));
      int k = ((Number) c.get("k")).intValue();
      StratifiedKFold s = new StratifiedKFold(k, (Boolean) c.get("shuffle"), ((Number) c.get("seed")).longValue());
      assertTests(MiniJson.arr(c.get("tests")), s.split(null, y, null), y.size(), s + " on " + c.get("labels"));
    }
  }

  @Test
  void groupKFoldMatchesSklearn() {
    for (Object o : cases("group")) {
      Map<String, Object> c = MiniJson.obj(o);
      int[] groups = MiniJson.ints(c.get("groups"));
      int k = ((Number) c.get("k")).intValue();
      assertTests(MiniJson.arr(c.get("tests")), new GroupKFold(k).split(Frame.empty(groups.length), null, groups),
          groups.length, "GroupKFold k=" + k + " n=" + groups.length);
    }
  }

  @Test
  void timeSeriesSplitMatchesSklearn() {
    for (Object o : cases("timeseries")) {
      Map<String, Object> c = MiniJson.obj(o);
      int n = ((Number) c.get("n")).intValue();
      TimeSeriesSplit s = new TimeSeriesSplit(((Number) c.get("k")).intValue(), ((Number) c.get("gap")).intValue(),
          ((Number) c.get("max_train_size")).intValue(), ((Number) c.get("test_size")).intValue());
      List<Fold> folds = s.split(Frame.empty(n), null, null);
      List<Object> exp = MiniJson.arr(c.get("folds"));
      assertEquals(exp.size(), folds.size(), s.toString());
      for (int f = 0; f < exp.size(); f++) {
        List<Object> e = MiniJson.arr(exp.get(f));
        assertArrayEquals(MiniJson.ints(e.get(0)), folds.get(f).train(), s + " fold " + f + " train");
        assertArrayEquals(MiniJson.ints(e.get(1)), folds.get(f).test(), s + " fold " + f + " test");
      }
    }
  }

  @Test
  void repeatedSplittersMatchSklearn() {
    for (Object o : cases("repeated")) {
      Map<String, Object> c = MiniJson.obj(o);
      int n = ((Number) c.get("n")).intValue();
      RepeatedKFold s = new RepeatedKFold(((Number) c.get("k")).intValue(), ((Number) c.get("repeats")).intValue(),
          ((Number) c.get("seed")).longValue());
      assertTests(MiniJson.arr(c.get("tests")), s.split(Frame.empty(n), null, null), n, s.toString());
    }
    for (Object o : cases("repeated_stratified")) {
      Map<String, Object> c = MiniJson.obj(o);
      Target y = labels((String) c.get("labels"));
      RepeatedStratifiedKFold s = new RepeatedStratifiedKFold(((Number) c.get("k")).intValue(),
          ((Number) c.get("repeats")).intValue(), ((Number) c.get("seed")).longValue());
      assertTests(MiniJson.arr(c.get("tests")), s.split(null, y, null), y.size(), s + " on " + c.get("labels"));
    }
  }

  @Test
  void holdOutMatchesTrainTestSplit() {
    for (Object o : cases("holdout")) {
      Map<String, Object> c = MiniJson.obj(o);
      int n = ((Number) c.get("n")).intValue();
      String lab = (String) c.get("labels");
      HoldOut s = new HoldOut(((Number) c.get("test")).doubleValue(), lab != null, ((Number) c.get("seed")).longValue());
      Fold f = s.split(Frame.empty(n), lab == null ? null : labels(lab), null).get(0);
      assertArrayEquals(MiniJson.ints(c.get("train")), f.train(), s + " train on " + lab);
      assertArrayEquals(MiniJson.ints(c.get("testIdx")), f.test(), s + " test on " + lab);
    }
  }

  @Test
  void shuffleSplitMatchesSklearn() {
    for (Object o : cases("shuffle_split")) {
      Map<String, Object> c = MiniJson.obj(o);
      int n = ((Number) c.get("n")).intValue();
      String lab = (String) c.get("labels");
      ShuffleSplit s = new ShuffleSplit(((Number) c.get("splits")).intValue(), ((Number) c.get("test")).doubleValue(),
          lab != null, ((Number) c.get("seed")).longValue());
      List<Fold> folds = s.split(Frame.empty(n), lab == null ? null : labels(lab), null);
      List<Object> exp = MiniJson.arr(c.get("folds"));
      assertEquals(exp.size(), folds.size(), s.toString());
      for (int f = 0; f < exp.size(); f++) {
        List<Object> e = MiniJson.arr(exp.get(f));
        assertArrayEquals(MiniJson.ints(e.get(0)), folds.get(f).train(), s + " split " + f + " train on " + lab);
        assertArrayEquals(MiniJson.ints(e.get(1)), folds.get(f).test(), s + " split " + f + " test on " + lab);
      }
    }
    Target iris = labels("iris");
    assertEquals(new HoldOut(0.3, true, 9).split(null, iris, null), new ShuffleSplit(1, 0.3, true, 9).split(null, iris,
        null));
  }
}
