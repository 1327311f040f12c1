package praxis.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import praxis.api.Classifier;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Resampler;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;
import praxis.linear.LogisticRegression;
import praxis.metrics.Scorers;
import praxis.pipeline.Pipeline;
import praxis.pipeline.PipelineModel;
import praxis.pipeline.SamplerStepModel;
import praxis.preprocess.StandardScaler;
import praxis.select.CrossValidation;
import praxis.select.StratifiedKFold;

/** Samplers: SMOTE's geometric property, reproducibility, clear errors, and samplers acting in fit only. */
class SamplerTest {
  /** 2-D data, 90 majority rows around (0,0), 12 minority rows around (3,3). */
  static Frame x;
  static Target y;

  static {
    SplittableRandom r = new SplittableRandom(7);
    int n = 102;
    double[] a = new double[n];
    double[] b = new double[n];
    String[] lab = new String[n];
    for (int i = 0; i < n; i++) {
      boolean min = i >= 90;
      a[i] = (min ? 3 : 0) + r.nextDouble() * 2;
      b[i] = (min ? 3 : 0) + r.nextDouble() * 2;
      lab[i] = min ? "pos" : "neg";
    }
    x = Frame.of(DoubleColumn.of("a", a), DoubleColumn.of("b", b));
    y = Target.classes(lab);
  }

  @Test
  void smotePointsLieOnSegmentsToMinorityNeighbours() {
    int k = 5;
    Resampler.Sample s = new Smote(new Smote.Params(k, 1.0, 11)).resample(x, y);
    assertEquals(180, s.x().rowCount(), "minority raised to 90");
    assertArrayEquals(new int[] {90, 90}, s.y().classCounts());
    double[][] cols = {((DoubleColumn) x.column(0)).toArray(), ((DoubleColumn) x.column(1)).toArray()};
    int[] minority = SamplerSupport.rowsOf(y.codes(), 1);
    // neighbours by an independent brute force: sort the other minority rows by distance
    List<int[]> nn = new ArrayList<>();
    for (int m : minority) {
      List<Integer> others = new ArrayList<>();
      for (int o : minority) {
        if (o != m) {
          others.add(o);
        }
      }
      others.sort((p, q) -> Double.compare(SamplerSupport.dist2(cols, m, p), SamplerSupport.dist2(cols, m, q)));
      nn.add(others.subList(0, k).stream().mapToInt(Integer::intValue).toArray());
    }
    for (int i = 102; i < 180; i++) {
      double sa = s.x().getDouble(i, 0);
      double sb = s.x().getDouble(i, 1);
      assertEquals(1, s.y().code(i), "synthetic rows are minority");
      boolean found = false;
      for (int mi = 0; mi < minority.length && !found; mi++) {
        int m = minority[mi];
        for (int q : nn.get(mi)) {
          double da = cols[0][q] - cols[0][m];
          double db = cols[1][q] - cols[1][m];
          double u = ((sa - cols[0][m]) * da + (sb - cols[1][m]) * db) / (da * da + db * db);
          double ra = cols[0][m] + u * da - sa;
          double rb = cols[1][m] + u * db - sb;
          if (u >= 0 && u <= 1 && Math.hypot(ra, rb) < 1e-12) {
            found = true;
            break;
          }
        }
      }
      assertTrue(found, "synthetic row " + i + " (" + sa + ", " + sb + ") is on no minority-neighbour segment");
    }
  }

  @Test
  void sameSeedSameRowsOtherSeedOtherRows() {
    Resampler.Sample a = new Smote(new Smote.Params(5, 1.0, 3)).resample(x, y);
    Resampler.Sample b = new Smote(new Smote.Params(5, 1.0, 3)).resample(x, y);
    Resampler.Sample c = new Smote(new Smote.Params(5, 1.0, 4)).resample(x, y);
    assertArrayEquals(a.x().toColumnMajor(), b.x().toColumnMajor());
    assertTrue(!java.util.Arrays.equals(a.x().toColumnMajor(), c.x().toColumnMajor()));
  }

  @Test
  void tooSmallMinorityIsAClearError() {
    Frame small = x.rowRange(80, 95);
    Target ys = y.rows(new int[] {80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92,
        93, 94});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Smote().resample(small, ys));
    String m = e.getMessage();
    assertTrue(m.contains("'pos'") && m.contains("5 rows") && m.contains("k=5") && m.contains("at most 4"), m);
  }

  @Test
  void randomSamplersReachTheRequestedCounts() {
    Resampler.Sample over = new RandomOverSampler(new RandomOverSampler.Params(0.5, 1)).resample(x, y);
    assertArrayEquals(new int[] {90, 45}, over.y().classCounts());
    Resampler.Sample under = new RandomUnderSampler().resample(x, y);
    assertArrayEquals(new int[] {12, 12}, under.y().classCounts());
    // every under-sampled row is an original row with its own label
    for (int i = 0; i < under.x().rowCount(); i++) {
      boolean ok = false;
      for (int j = 0; j < x.rowCount() && !ok; j++) {
        ok = x.getDouble(j, 0) == under.x().getDouble(i, 0) && x.getDouble(j, 1) == under.x().getDouble(i, 1)
            && y.code(j) == under.y().code(i);
      }
      assertTrue(ok, "row " + i);
    }
  }

  /** A sampler that counts calls and rows, wrapping SMOTE. */
  record Spy(AtomicInteger calls, AtomicInteger rows) implements Resampler<Smote.Params> {
    @Override
    public Smote.Params params() {
      return Smote.Params.DEFAULTS;
    }

    @Override
    public Spy withParams(Smote.Params p) {
      return this;
    }

    @Override
    public String name() {
      return "spy";
    }

    @Override
    public Sample resample(Frame x, Target y) {
      calls.incrementAndGet();
      rows.addAndGet(x.rowCount());
      return new Smote().resample(x, y);
    }
  }

  @Test
  void aFittedPipelineNeverResamples() throws Exception {
    Spy spy = new Spy(new AtomicInteger(), new AtomicInteger());
    PipelineModel m = Pipeline.of(new StandardScaler(), spy, new LogisticRegression()).fit(x, y);
    assertEquals(1, spy.calls().get(), "resampled once, while fitting");
    assertEquals(102, spy.rows().get());
    Frame test = x.rowRange(0, 30);
    int[] yhat = ((Classifier) m).predict(test);
    double[][] p = ((ProbabilisticClassifier) m).predictProba(test);
    assertEquals(30, yhat.length);
    assertEquals(30, p.length);
    assertEquals(1, spy.calls().get(), "predicting never calls the sampler");
    SamplerStepModel step = (SamplerStepModel) m.step("spy");
    Frame scaled = new StandardScaler().fit(x, y).transform(test);
    assertSame(scaled, step.transform(scaled), "the fitted sampler step is the identity");
    // the final model saw the resampled rows: 90 + 90
    assertEquals(180, m.finalModel().provenance().rows());
    // cross-validation: the sampler sees only training folds (4/5 of the rows each time), never a test fold
    spy.calls().set(0);
    spy.rows().set(0);
    CrossValidation.run(Pipeline.of(new StandardScaler(), spy, new LogisticRegression()), x, y,
        new StratifiedKFold(5, true, 0), List.of(Scorers.ACCURACY), 1);
    assertEquals(5, spy.calls().get());
    assertEquals(4 * 102, spy.rows().get(), "sum of the training-fold sizes");
    // a saved and reloaded pipeline predicts the same and still has no sampling step
    Path f = Files.createTempDirectory("smote").resolve("p.praxis");
    ModelIO.save(m, f);
    PipelineModel back = (PipelineModel) ModelIO.load(f);
    assertArrayEquals(yhat, ((Classifier) back).predict(test));
    assertTrue(back.step("spy") instanceof SamplerStepModel);
  }

  @Test
  void aSamplerCannotBeTheLastStep() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.of(new StandardScaler(), new Smote()).fit(x, y));
    assertTrue(e.getMessage().contains("'smote'") && e.getMessage().contains("last step"), e.getMessage());
  }
}
