package praxis.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.DataFingerprint;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Params;
import praxis.api.ParamsCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Regressor;
import praxis.api.Transformer;
import praxis.api.Version;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelIO;

/**
 * The common checks every Praxis estimator passes (in the spirit of scikit-learn's {@code check_estimator}):
 * determinism, thread-count invariance, input validation with clear messages, persistence, row-subset
 * invariance and hyperparameter round trips. Each check uses JUnit 5 assertions; {@link #runAll} runs
 * them all and reports every failure at once.
 *
 * <pre>{@code
 * var iris = Fixtures.xy("iris");
 * EstimatorChecks.runAll(EstimatorChecks.Config.classifier(new GaussianNB(), iris.x(), iris.y()));
 * EstimatorChecks.runAll(EstimatorChecks.Config.regressor(LinearRegression::new, x, y).tolerance(1e-12));
 * }</pre>
 *
 * <p>Checks (see {@link Check}): fitting twice gives identical outputs; when the Params record has an
 * {@code int nThreads} component, fits with 1, 2 and 4 threads give identical outputs; fitting and
 * predicting leave the inputs unchanged; a 0-row frame is refused with a message mentioning rows; NaN and
 * &plusmn;Inf cells are refused naming the column (unless the config says they are supported); predicting
 * with a missing, extra, renamed or mistyped column is refused naming the column; save &rarr; load gives
 * identical outputs, input schema and provenance; outputs on a permuted subset of rows are the permuted
 * subset of full outputs; {@code ParamsCodec} round-trips the hyperparameters; provenance records the
 * estimator name, data fingerprint, rows, hyperparameters and library version; classifiers report
 * {@code y.classList()} as their classes and probabilities rows summing to 1; one model predicting from four
 * threads at once gives the same outputs; fitting leaves the estimator's hyperparameters unchanged.
 */
public final class EstimatorChecks {
  private EstimatorChecks() {}

  /** The individual checks (so a config can skip one with a reason). */
  public enum Check {
    /** Fitting twice gives identical outputs. */
    FIT_IDEMPOTENT,
    /** nThreads = 1, 2, 4 give identical outputs. */
    THREAD_INVARIANT,
    /** fit and predict do not mutate their inputs. */
    INPUT_UNCHANGED,
    /** 0-row input is refused. */
    EMPTY_REJECTED,
    /** NaN / infinite cells are refused naming the column, or accepted when supported. */
    NON_FINITE,
    /** Missing, extra, renamed and mistyped columns are refused at prediction time. */
    SCHEMA_ENFORCED,
    /** Save and load keep outputs, schema and provenance. */
    SAVE_LOAD,
    /** Outputs on a permuted row subset equal the permuted subset of outputs. */
    ROW_SUBSET_INVARIANT,
    /** ParamsCodec string round trip, DEFAULTS present, withParams keeps the params. */
    PARAMS_ROUND_TRIP,
    /** Provenance content. */
    PROVENANCE,
    /** Output shapes, class list, probability rows summing to one. */
    OUTPUT_SHAPE,
    /** One model predicting from several threads at once gives the single-threaded outputs. */
    CONCURRENT_PREDICT
  }

  /** What a model is expected to be. */
  public enum Kind {
    /** A {@link Classifier}. */
    CLASSIFIER,
    /** A {@link Regressor}. */
    REGRESSOR,
    /** A {@link Clusterer}. */
    CLUSTERER,
    /** A {@link Transformer}. */
    TRANSFORMER
  }

  /**
   * What to check: the estimator (made fresh by a factory), the data, and the estimator's declared
   * capabilities. Immutable; the {@code with...} style methods return copies.
   */
  public static final class Config {
    private final Kind kind;
    private final Supplier<? extends Estimator<?, ?>> factory;
    private final Frame x;
    private final Target y;
    private final boolean nanSupported;
    private final boolean infinitySupported;
    private final double tolerance;
    private final Set<Check> skipped;

    private Config(Kind kind, Supplier<? extends Estimator<?, ?>> factory, Frame x, Target y, boolean nanSupported,
        boolean infinitySupported, double tolerance, Set<Check> skipped) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.factory = Objects.requireNonNull(factory, "factory");
      this.x = Objects.requireNonNull(x, "x");
      this.y = Objects.requireNonNull(y, "y");
      this.nanSupported = nanSupported;
      this.infinitySupported = infinitySupported;
      this.tolerance = tolerance;
      this.skipped = skipped.isEmpty() ? EnumSet.noneOf(Check.class) : EnumSet.copyOf(skipped);
      if (x.rowCount() < 4) {
        throw new IllegalArgumentException("the check data needs at least 4 rows, got " + x.rowCount());
      }
    }

    /** Checks a classifier estimator made by {@code factory} on {@code x, y}. */
    public static Config classifier(Supplier<? extends Estimator<?, ?>> factory, Frame x, Target y) {
      return new Config(Kind.CLASSIFIER, factory, x, y, false, false, 0, Set.of());
    }

    /** Checks a classifier estimator (estimators are immutable, so one instance serves every fit). */
    public static Config classifier(Estimator<?, ?> estimator, Frame x, Target y) {
      return classifier(() -> estimator, x, y);
    }

    /** Checks a regressor estimator made by {@code factory}. */
    public static Config regressor(Supplier<? extends Estimator<?, ?>> factory, Frame x, Target y) {
      return new Config(Kind.REGRESSOR, factory, x, y, false, false, 0, Set.of());
    }

    /** Checks a regressor estimator. */
    public static Config regressor(Estimator<?, ?> estimator, Frame x, Target y) {
      return regressor(() -> estimator, x, y);
    }

    /** Checks a clustering estimator (fitted with {@code Target.none}). */
    public static Config clusterer(Supplier<? extends Estimator<?, ?>> factory, Frame x) {
      return new Config(Kind.CLUSTERER, factory, x, Target.none(x.rowCount()), false, false, 0, Set.of());
    }

    /** Checks an estimator fitting a transformer (with target {@code y}, or {@code Target.none}). */
    public static Config transformer(Supplier<? extends Estimator<?, ?>> factory, Frame x, Target y) {
      return new Config(Kind.TRANSFORMER, factory, x, y, false, false, 0, Set.of());
    }

    /** Declares that NaN (missing) cells are supported, so they must be accepted instead of refused. */
    public Config nanSupported(boolean yes) {
      return new Config(kind, factory, x, y, yes, infinitySupported, tolerance, skipped);
    }

    /** Declares that infinite cells are supported. */
    public Config infinitySupported(boolean yes) {
      return new Config(kind, factory, x, y, nanSupported, yes, tolerance, skipped);
    }

    /**
     * Absolute tolerance for the row-subset check only (default 0: bit-identical), for models whose
     * per-row arithmetic may depend on blocking over rows. Every other check stays bit-exact.
     */
    public Config tolerance(double tol) {
      return new Config(kind, factory, x, y, nanSupported, infinitySupported, tol, skipped);
    }

    /** Skips a check; {@code reason} must say why (it is part of the test's record). */
    public Config skip(Check check, String reason) {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("skipping " + check + " needs a reason");
      }
      Set<Check> s = EnumSet.noneOf(Check.class);
      s.addAll(skipped);
      s.add(check);
      return new Config(kind, factory, x, y, nanSupported, infinitySupported, tolerance, s);
    }

    /** The expected model kind. */
    public Kind kind() {
      return kind;
    }

    /** A fresh estimator. */
    public Estimator<?, ?> estimator() {
      return factory.get();
    }

    /** The check data. */
    public Frame x() {
      return x;
    }

    /** The check target. */
    public Target y() {
      return y;
    }
  }

  /** Runs every check not skipped by {@code c}, reporting all failures together. */
  public static void runAll(Config c) {
    List<Executable> checks = new ArrayList<>();
    for (Check check : Check.values()) {
      if (!c.skipped.contains(check)) {
        checks.add(() -> run(check, c));
      }
    }
    assertAll("common estimator checks for " + c.estimator().getClass().getSimpleName(), checks.stream());
  }

  /** Runs one check. */
  public static void run(Check check, Config c) {
    switch (check) {
      case FIT_IDEMPOTENT -> checkFitIdempotent(c);
      case THREAD_INVARIANT -> checkThreadInvariant(c);
      case INPUT_UNCHANGED -> checkInputUnchanged(c);
      case EMPTY_REJECTED -> checkEmptyRejected(c);
      case NON_FINITE -> checkNonFinite(c);
      case SCHEMA_ENFORCED -> checkSchemaEnforced(c);
      case SAVE_LOAD -> checkSaveLoad(c);
      case ROW_SUBSET_INVARIANT -> checkRowSubsetInvariant(c);
      case PARAMS_ROUND_TRIP -> checkParamsRoundTrip(c);
      case PROVENANCE -> checkProvenance(c);
      case OUTPUT_SHAPE -> checkOutputShape(c);
      case CONCURRENT_PREDICT -> checkConcurrentPredict(c);
      default -> throw new IllegalStateException("unhandled check " + check);
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Fitting twice (same params and seed) gives identical outputs. */
  public static void checkFitIdempotent(Config c) {
    Estimator<?, ?> est = c.estimator();
    Model a = est.fit(c.x, c.y);
    Model b = est.fit(c.x, c.y);
    assertOutputsEqual(outputs(c, a, c.x), outputs(c, b, c.x), 0, "two fits with the same parameters");
  }

  /** When the Params record has an {@code nThreads} component: 1, 2 and 4 threads give identical outputs. */
  public static void checkThreadInvariant(Config c) {
    Estimator<?, ?> est = c.estimator();
    RecordComponent rc = component(est.params(), "nThreads");
    if (rc == null) {
      return;
    }
    List<Object> base = outputs(c, withParam(est, "nThreads", 1).fit(c.x, c.y), c.x);
    for (int t : new int[] {2, 4}) {
      Estimator<?, ?> e = withParam(est, "nThreads", t);
      assertOutputsEqual(base, outputs(c, e.fit(c.x, c.y), c.x), 0, "nThreads=1 vs nThreads=" + t);
    }
  }

  /** fit and predict leave x, y and the estimator's hyperparameters unchanged. */
  public static void checkInputUnchanged(Config c) {
    String before = DataFingerprint.of(c.x, c.y);
    Estimator<?, ?> est = c.estimator();
    Map<String, String> params = ParamsCodec.toStrings(est.params());
    Model m = est.fit(c.x, c.y);
    assertEquals(before, DataFingerprint.of(c.x, c.y), "fit changed its input frame or target");
    assertEquals(params, ParamsCodec.toStrings(est.params()), "fit changed the estimator's hyperparameters");
    outputs(c, m, c.x);
    assertEquals(before, DataFingerprint.of(c.x, c.y), "prediction changed its input frame");
  }

  /** A 0-row frame is refused with an IllegalArgumentException whose message mentions rows. */
  public static void checkEmptyRejected(Config c) {
    Frame x0 = c.x.rows(new int[0]);
    Target y0 = c.y.rows(new int[0]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.estimator().fit(x0, y0),
        "fitting on 0 rows must throw IllegalArgumentException");
    assertMentions(e, "row", "0-row fit");
  }

  /** NaN and +/-Inf cells are refused naming the column, or accepted when the config says so. */
  public static void checkNonFinite(Config c) {
    int j = firstDoubleColumn(c.x);
    if (j < 0) {
      return;
    }
    String name = c.x.column(j).name();
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      Frame xb = withCell(c.x, j, c.x.rowCount() / 2, bad);
      boolean supported = Double.isNaN(bad) ? c.nanSupported : c.infinitySupported;
      if (supported) {
        Model m = c.estimator().fit(xb, c.y);
        assertNotNull(outputs(c, m, xb));
      } else {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.estimator().fit(xb, c.y),
            "fitting with a " + bad + " cell in column '" + name + "' must throw IllegalArgumentException");
        assertMentions(e, name, "fit with " + bad);
        Model m = c.estimator().fit(c.x, c.y);
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> outputs(c, m, xb),
            "predicting with a " + bad + " cell in column '" + name + "' must throw IllegalArgumentException");
        assertMentions(e2, name, "predict with " + bad);
      }
    }
  }

  /** Missing, extra, renamed and mistyped columns are refused at prediction time, naming the column. */
  public static void checkSchemaEnforced(Config c) {
    Model m = c.estimator().fit(c.x, c.y);
    String first = c.x.column(0).name();
    Frame missing = c.x.drop(first);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> outputs(c, m, missing),
        "a frame missing column '" + first + "' must be refused");
    assertMentions(e, first, "missing column");

    String extraName = "praxis_unexpected_column";
    Frame extra = c.x.with(DoubleColumn.wrap(extraName, new double[c.x.rowCount()]));
    e = assertThrows(IllegalArgumentException.class, () -> outputs(c, m, extra), "an extra column must be refused");
    assertMentions(e, extraName, "extra column");

    String renamedTo = first + "_renamed";
    Frame renamed = c.x.rename(Map.of(first, renamedTo));
    e = assertThrows(IllegalArgumentException.class, () -> outputs(c, m, renamed), "a renamed column must be refused");
    assertMentions(e, first, "renamed column");

    Column col0 = c.x.column(0);
    Column wrongType;
    if (col0 instanceof CategoricalColumn) {
      wrongType = DoubleColumn.wrap(first, new double[c.x.rowCount()]);
    } else {
      String[] v = new String[c.x.rowCount()];
      for (int i = 0; i < v.length; i++) {
        v[i] = i % 2 == 0 ? "a" : "b";
      }
      wrongType = CategoricalColumn.of(first, v);
    }
    Frame typed = c.x.with(wrongType);
    e = assertThrows(IllegalArgumentException.class, () -> outputs(c, m, typed),
        "column '" + first + "' with a different type must be refused");
    assertMentions(e, first, "mistyped column");
  }

  /** save → load gives identical outputs, the same input schema and the same provenance. */
  public static void checkSaveLoad(Config c) {
    Model m = c.estimator().fit(c.x, c.y);
    Path dir;
    try {
      dir = Files.createTempDirectory("praxis-checks");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = dir.resolve("model.praxis");
    try {
      ModelIO.save(m, file);
      Model back = ModelIO.load(file);
      assertEquals(m.getClass(), back.getClass(), "loaded model class");
      assertEquals(m.inputSchema(), back.inputSchema(), "loaded input schema");
      assertEquals(m.provenance(), back.provenance(), "loaded provenance");
      assertEquals(m.toState(), back.toState(), "state of the loaded model");
      assertOutputsEqual(outputs(c, m, c.x), outputs(c, back, c.x), 0, "save then load");
    } finally {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // best effort cleanup of a temp dir
      }
    }
  }

  /** Outputs on a permuted subset of rows equal the permuted subset of the full outputs. */
  public static void checkRowSubsetInvariant(Config c) {
    Model m = c.estimator().fit(c.x, c.y);
    int n = c.x.rowCount();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(20240611L);
    for (int i = n - 1; i > 0; i--) {
      int k = rng.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[k];
      perm[k] = t;
    }
    int[] subset = Arrays.copyOf(perm, Math.max(1, n / 3));
    List<Object> full = outputs(c, m, c.x);
    List<Object> part = outputs(c, m, c.x.rows(subset));
    List<Object> expected = new ArrayList<>();
    for (Object o : full) {
      expected.add(selectRows(o, subset));
    }
    assertOutputsEqual(expected, part, c.tolerance, "predictions on a permuted subset of " + subset.length + " rows");
  }

  /** ParamsCodec round trip from DEFAULTS, and withParams keeps the params. */
  public static void checkParamsRoundTrip(Config c) {
    Estimator<?, ?> est = c.estimator();
    Params p = est.params();
    assertTrue(p.getClass().isRecord(), "Params must be a record: " + p.getClass());
    Params defaults = defaults(p);
    Map<String, String> s = ParamsCodec.toStrings(p);
    Params back = ParamsCodec.with(defaults, s);
    assertEquals(s, ParamsCodec.toStrings(back), "ParamsCodec.toStrings -> with(DEFAULTS, ...) round trip");
    if (!hasArrayComponent(p)) {
      assertEquals(p, back, "ParamsCodec round trip gives an equal record");
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Estimator<Params, ?> raw = (Estimator) est;
    assertEquals(s, ParamsCodec.toStrings(raw.withParams(back).params()), "withParams(p).params()");
    assertEquals(ParamsCodec.toStrings(defaults), ParamsCodec.toStrings(ParamsCodec.with(defaults, Map.of())),
        "DEFAULTS with no changes");
  }

  /** Provenance has the estimator name, data fingerprint, row count, params and library version. */
  public static void checkProvenance(Config c) {
    Estimator<?, ?> est = c.estimator();
    Model m = est.fit(c.x, c.y);
    var p = m.provenance();
    assertNotNull(p, "provenance");
    assertEquals(est.name(), p.estimator(), "provenance estimator name");
    assertEquals(DataFingerprint.of(c.x, c.y), p.dataFingerprint(), "provenance data fingerprint");
    assertEquals(c.x.rowCount(), p.rows(), "provenance rows");
    assertEquals(Version.VERSION, p.libraryVersion(), "provenance library version");
    assertEquals(ParamsCodec.toStrings(est.params()), p.params(), "provenance params");
    assertEquals(c.x.schema(), m.inputSchema(), "input schema");
  }

  /** Output lengths, class list, finite values and probability rows summing to 1. */
  public static void checkOutputShape(Config c) {
    Model m = c.estimator().fit(c.x, c.y);
    int n = c.x.rowCount();
    switch (c.kind) {
      case CLASSIFIER -> {
        assertTrue(m instanceof Classifier, "expected a Classifier, got " + m.getClass());
        Classifier cl = (Classifier) m;
        assertEquals(c.y.classList(), cl.classes(), "classes() must equal y.classList()");
        int[] pred = cl.predict(c.x);
        assertEquals(n, pred.length, "prediction length");
        for (int v : pred) {
          assertTrue(v >= 0 && v < cl.classes().size(), "class code " + v + " out of range");
        }
        if (m instanceof ProbabilisticClassifier pc) {
          double[][] proba = pc.predictProba(c.x);
          assertEquals(n, proba.length, "predictProba rows");
          for (int i = 0; i < n; i++) {
            assertEquals(cl.classes().size(), proba[i].length, "predictProba columns");
            double sum = 0;
            for (double v : proba[i]) {
              assertTrue(v >= 0 && v <= 1, "probability " + v + " outside [0, 1] in row " + i);
              sum += v;
            }
            assertEquals(1.0, sum, 1e-9, "probabilities of row " + i + " sum");
          }
        }
      }
      case REGRESSOR -> {
        assertTrue(m instanceof Regressor, "expected a Regressor, got " + m.getClass());
        double[] pred = ((Regressor) m).predict(c.x);
        assertEquals(n, pred.length, "prediction length");
        for (double v : pred) {
          assertTrue(Double.isFinite(v), "prediction " + v + " is not finite");
        }
      }
      case CLUSTERER -> {
        assertTrue(m instanceof Clusterer, "expected a Clusterer, got " + m.getClass());
        assertEquals(n, ((Clusterer) m).predict(c.x).length, "prediction length");
      }
      case TRANSFORMER -> {
        assertTrue(m instanceof Transformer, "expected a Transformer, got " + m.getClass());
        Transformer t = (Transformer) m;
        Frame out = t.transform(c.x);
        assertEquals(n, out.rowCount(), "transformed rows");
        assertEquals(t.outputSchema(), out.schema(), "outputSchema() vs transform(x).schema()");
      }
      default -> fail("unknown kind " + c.kind);
    }
  }

  /** Four threads predicting with one model at the same time get the single-threaded outputs. */
  public static void checkConcurrentPredict(Config c) {
    Model m = c.estimator().fit(c.x, c.y);
    List<Object> expected = outputs(c, m, c.x);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> outputs(c, m, c.x)));
      }
      for (Future<List<Object>> f : futures) {
        assertOutputsEqual(expected, f.get(), 0, "concurrent predictions");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted");
    } catch (ExecutionException e) {
      fail("concurrent prediction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /**
   * Every output of {@code m} on {@code x}: predictions, probabilities, transformed columns. Each element is an
   * {@code int[]}, {@code double[]}, {@code double[][]} or {@code String[]}.
   */
  public static List<Object> outputs(Config c, Model m, Frame x) {
    List<Object> out = new ArrayList<>();
    switch (c.kind) {
      case CLASSIFIER -> {
        out.add(((Classifier) m).predict(x));
        if (m instanceof ProbabilisticClassifier pc) {
          out.add(pc.predictProba(x));
        }
      }
      case REGRESSOR -> out.add(((Regressor) m).predict(x));
      case CLUSTERER -> out.add(((Clusterer) m).predict(x));
      case TRANSFORMER -> {
        Frame f = ((Transformer) m).transform(x);
        for (Column col : f.columns()) {
          if (col instanceof DoubleColumn d) {
            out.add(d.toArray());
          } else {
            String[] s = new String[col.size()];
            for (int i = 0; i < s.length; i++) {
              s[i] = col.format(i);
            }
            out.add(s);
          }
        }
      }
      default -> fail("unknown kind " + c.kind);
    }
    return out;
  }

  private static Object selectRows(Object o, int[] rows) {
    if (o instanceof int[] a) {
      int[] r = new int[rows.length];
      for (int i = 0; i < rows.length; i++) {
        r[i] = a[rows[i]];
      }
      return r;
    }
    if (o instanceof double[] a) {
      double[] r = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        r[i] = a[rows[i]];
      }
      return r;
    }
    if (o instanceof double[][] a) {
      double[][] r = new double[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        r[i] = a[rows[i]];
      }
      return r;
    }
    String[] a = (String[]) o;
    String[] r = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      r[i] = a[rows[i]];
    }
    return r;
  }

  /** Asserts two output lists are equal: exactly when {@code tol == 0}, else to absolute {@code tol}. */
  public static void assertOutputsEqual(List<Object> expected, List<Object> actual, double tol, String what) {
    assertEquals(expected.size(), actual.size(), what + ": number of outputs");
    for (int k = 0; k < expected.size(); k++) {
      Object e = expected.get(k);
      Object a = actual.get(k);
      String label = what + " (output " + k + ")";
      if (e instanceof int[] ei) {
        assertTrue(Arrays.equals(ei, (int[]) a), label + ": " + firstDiff(ei, (int[]) a));
      } else if (e instanceof double[] ed) {
        assertDoubles(ed, (double[]) a, tol, label);
      } else if (e instanceof double[][] em) {
        double[][] am = (double[][]) a;
        assertEquals(em.length, am.length, label + ": rows");
        for (int i = 0; i < em.length; i++) {
          assertDoubles(em[i], am[i], tol, label + " row " + i);
        }
      } else {
        assertTrue(Arrays.equals((String[]) e, (String[]) a), label + " differs");
      }
    }
  }

  private static void assertDoubles(double[] e, double[] a, double tol, String label) {
    assertEquals(e.length, a.length, label + ": length");
    for (int i = 0; i < e.length; i++) {
      boolean same = tol == 0 ? Double.compare(e[i], a[i]) == 0 : Math.abs(e[i] - a[i]) <= tol;
      if (!same) {
        fail(label + ": element " + i + " expected " + e[i] + " but was " + a[i]
            + (tol == 0 ? " (bit-identical required)" : " (tolerance " + tol + ")"));
      }
    }
  }

  private static String firstDiff(int[] e, int[] a) {
    if (e.length != a.length) {
      return "length " + e.length + " vs " + a.length;
    }
    for (int i = 0; i < e.length; i++) {
      if (e[i] != a[i]) {
        return "first difference at row " + i + ": expected " + e[i] + " but was " + a[i];
      }
    }
    return "equal";
  }

  private static void assertMentions(Throwable e, String text, String what) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    assertTrue(msg.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)),
        what + ": the message should mention '" + text + "' but was: " + msg);
  }

  private static int firstDoubleColumn(Frame x) {
    for (int j = 0; j < x.columnCount(); j++) {
      if (x.column(j) instanceof DoubleColumn) {
        return j;
      }
    }
    return -1;
  }

  private static Frame withCell(Frame x, int j, int row, double v) {
    double[] vals = ((DoubleColumn) x.column(j)).toArray();
    vals[row] = v;
    return x.with(DoubleColumn.wrap(x.column(j).name(), vals));
  }

  private static RecordComponent component(Params p, String name) {
    for (RecordComponent rc : p.getClass().getRecordComponents()) {
      if (rc.getName().equals(name) && rc.getType() == int.class) {
        return rc;
      }
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Estimator<?, ?> withParam(Estimator<?, ?> est, String name, Object value) {
    Estimator raw = est;
    return raw.withParams(ParamsCodec.withValues(est.params(), Map.of(name, value)));
  }

  private static boolean hasArrayComponent(Params p) {
    for (RecordComponent rc : p.getClass().getRecordComponents()) {
      if (rc.getType().isArray()) {
        return true;
      }
    }
    return false;
  }

  private static Params defaults(Params p) {
    try {
      Field f = p.getClass().getField("DEFAULTS");
      assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()),
          p.getClass().getName() + ".DEFAULTS must be static final");
      Object d = f.get(null);
      assertTrue(p.getClass().isInstance(d), "DEFAULTS must be a " + p.getClass().getSimpleName());
      return (Params) d;
    } catch (NoSuchFieldException e) {
      fail(p.getClass().getName() + " has no public DEFAULTS constant");
      return p;
    } catch (IllegalAccessException e) {
      fail(p.getClass().getName() + ".DEFAULTS is not accessible: " + e.getMessage());
      return p;
    }
  }
}
