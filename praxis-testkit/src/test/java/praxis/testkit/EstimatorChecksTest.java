package praxis.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.Persist;
import praxis.io.State;

class EstimatorChecksTest {

  /** A well-behaved toy regressor: predicts mean(y) + slope * first column. */
  static final class Toy implements Estimator<Toy.Params, ToyModel> {
    record Params(double slope, int nThreads) implements praxis.api.Params {
      public static final Params DEFAULTS = new Params(0.5, 1);

      Params {
        Check.atLeast(nThreads, 1, "nThreads");
      }
    }

    private final Params params;
    private final boolean validate;

    Toy(Params p, boolean validate) {
      this.params = p;
      this.validate = validate;
    }

    @Override
    public Params params() {
      return params;
    }

    @Override
    public Toy withParams(Params p) {
      return new Toy(p, validate);
    }

    @Override
    public String name() {
      return "toy";
    }

    @Override
    public ToyModel fit(Frame x, Target y) {
      Check.nonEmpty(x, "toy");
      x.requireNumeric("toy");
      x.requireFinite("toy");
      double m = 0;
      for (int i = 0; i < y.size(); i++) {
        m += y.value(i);
      }
      return new ToyModel(x.schema(), m / y.size(), params.slope(), Provenance.of("toy", params, x, y, 0), validate);
    }
  }

  static final class ToyModel implements Regressor {
    private final Schema schema;
    private final double mean;
    private final double slope;
    private final Provenance provenance;
    private final boolean validate;

    ToyModel(Schema schema, double mean, double slope, Provenance provenance, boolean validate) {
      this.schema = schema;
      this.mean = mean;
      this.slope = slope;
      this.provenance = provenance;
      this.validate = validate;
    }

    @Override
    public double[] predict(Frame x) {
      if (validate) {
        schema.requireCompatible(x.schema(), "toy input");
        x.requireFinite("toy");
      }
      double[] out = new double[x.rowCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = mean + slope * x.getDouble(i, 0);
      }
      return out;
    }

    @Override
    public Schema inputSchema() {
      return schema;
    }

    @Override
    public Provenance provenance() {
      return provenance;
    }

    @Override
    public State toState() {
      return State.builder("testkit_toy").put("schema", Persist.schema(schema)).put("mean", mean).put("slope", slope)
          .put("provenance", provenance.toState()).build();
    }
  }

  /** Codec registered in this module's test resources. */
  public static final class ToyCodec implements ModelCodec {
    @Override
    public String type() {
      return "testkit_toy";
    }

    @Override
    public ToyModel read(State s) {
      return new ToyModel(Persist.schema(s.getState("schema")), s.getDouble("mean"), s.getDouble("slope"),
          Provenance.fromState(s.getState("provenance")), true);
    }
  }

  @Test
  void aWellBehavedEstimatorPassesEveryCheck() {
    Fixtures.XY d = Fixtures.xy("diabetes");
    EstimatorChecks.runAll(EstimatorChecks.Config.regressor(new Toy(Toy.Params.DEFAULTS, true), d.x(), d.y()));
  }

  @Test
  void anEstimatorThatSkipsSchemaChecksFails() {
    Fixtures.XY d = Fixtures.linear(30, 3, 0.1, 1L);
    var cfg = EstimatorChecks.Config.regressor(new Toy(Toy.Params.DEFAULTS, false), d.x(), d.y());
    assertThrows(AssertionFailedError.class, () -> EstimatorChecks.checkSchemaEnforced(cfg));
    MultipleFailuresError e = assertThrows(MultipleFailuresError.class, () -> EstimatorChecks.runAll(cfg));
    assertTrue(e.getFailures().size() >= 2, "schema and non-finite prediction checks fail: " + e.getMessage());
  }

  @Test
  void skippingNeedsAReason() {
    Fixtures.XY d = Fixtures.linear(30, 3, 0.1, 1L);
    var cfg = EstimatorChecks.Config.regressor(new Toy(Toy.Params.DEFAULTS, true), d.x(), d.y());
    assertThrows(IllegalArgumentException.class, () -> cfg.skip(EstimatorChecks.Check.SAVE_LOAD, " "));
    EstimatorChecks.runAll(cfg.skip(EstimatorChecks.Check.SAVE_LOAD, "exercised above"));
  }

  @Test
  void fixturesHaveTheDocumentedShapes() {
    Fixtures.XY iris = Fixtures.xy("iris");
    assertEquals(150, iris.x().rowCount());
    assertEquals(4, iris.x().columnCount());
    assertEquals(List.of("setosa", "versicolor", "virginica"), iris.y().classList());
    assertEquals(5.1, iris.x().getDouble(0, 0));
    Fixtures.XY bc = Fixtures.xy("breast_cancer");
    assertEquals(569, bc.x().rowCount());
    assertEquals(30, bc.x().columnCount());
    assertEquals(List.of("benign", "malignant"), bc.y().classList());
    assertEquals(357, bc.y().classCounts()[0]);
    Fixtures.XY db = Fixtures.xy("diabetes");
    assertEquals(442, db.x().rowCount());
    assertEquals(10, db.x().columnCount());
    assertEquals(151.0, db.y().value(0));
    assertThrows(IllegalArgumentException.class, () -> Fixtures.xy("nope"));
  }

  @Test
  void standardizeGivesZeroMeanUnitVariance() {
    Frame z = Fixtures.standardize(Fixtures.xy("iris").x());
    for (int j = 0; j < z.columnCount(); j++) {
      double m = 0;
      double ss = 0;
      for (int i = 0; i < z.rowCount(); i++) {
        m += z.getDouble(i, j);
      }
      m /= z.rowCount();
      for (int i = 0; i < z.rowCount(); i++) {
        ss += (z.getDouble(i, j) - m) * (z.getDouble(i, j) - m);
      }
      assertEquals(0, m, 1e-12);
      assertEquals(1, ss / z.rowCount(), 1e-12);
    }
  }
}
