package praxis.dummy;

import java.util.List;
import java.util.SplittableRandom;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link DummyClassifier}: the class list, the class frequencies and the strategy.
 *
 * <pre>{@code
 * DummyClassifierModel m = new DummyClassifier().fit(x, y);
 * double[] priors = m.priors();
 * }</pre>
 */
public final class DummyClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "dummy_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final double[] priors;
  private final DummyClassifier.Strategy strategy;
  private final int constantCode;
  private final long seed;
  private final int mode;
  private final Provenance provenance;

  DummyClassifierModel(Schema schema, List<String> classes, double[] priors, DummyClassifier.Strategy strategy,
      int constantCode, long seed, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.priors = priors.clone();
    this.strategy = strategy;
    this.constantCode = constantCode;
    this.seed = seed;
    this.provenance = provenance;
    int best = 0;
    for (int k = 1; k < priors.length; k++) {
      if (priors[k] > priors[best]) {
        best = k;
      }
    }
    this.mode = best;
  }

  /** Class frequencies in the training data, by class code. */
  public double[] priors() {
    return priors.clone();
  }

  /** The strategy. */
  public DummyClassifier.Strategy strategy() {
    return strategy;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public int[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "DummyClassifier input");
    int n = x.rowCount();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = predictRow(x, i);
    }
    return out;
  }

  @Override
  public double[][] predictProba(Frame x) {
    schema.requireCompatible(x.schema(), "DummyClassifier input");
    int n = x.rowCount();
    int k = classes.size();
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] p = new double[k];
      switch (strategy) {
        case PRIOR -> System.arraycopy(priors, 0, p, 0, k);
        case UNIFORM -> java.util.Arrays.fill(p, 1.0 / k);
        default -> p[predictRow(x, i)] = 1.0;
      }
      out[i] = p;
    }
    return out;
  }

  private int predictRow(Frame x, int i) {
    switch (strategy) {
      case MOST_FREQUENT:
      case PRIOR:
        return mode;
      case CONSTANT:
        return constantCode;
      case UNIFORM:
        return rowRandom(x, i).nextInt(classes.size());
      case STRATIFIED: {
        double u = rowRandom(x, i).nextDouble();
        double acc = 0;
        for (int k = 0; k < priors.length; k++) {
          acc += priors[k];
          if (u < acc) {
            return k;
          }
        }
        for (int k = priors.length - 1; k >= 0; k--) {
          if (priors[k] > 0) {
            return k;
          }
        }
        return mode;
      }
      default:
        throw new IllegalStateException("unknown strategy " + strategy);
    }
  }

  /** A generator determined by the seed and the row's values (so a row's draw does not depend on other rows). */
  private SplittableRandom rowRandom(Frame x, int i) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (Column c : x.columns()) {
      long v = c instanceof DoubleColumn d ? Double.doubleToLongBits(d.get(i)) : c.format(i).hashCode();
      h = mix(h ^ v) + 0x9E3779B97F4A7C15L;
    }
    return new SplittableRandom(mix(h));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("priors", priors)
        .put("strategy", strategy.name()).put("constantCode", constantCode).put("seed", seed).build();
  }

  /** Reads {@code dummy_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public DummyClassifierModel read(State s) {
      s.requireType(TYPE);
      List<String> classes = List.of(s.getStrings("classes"));
      double[] priors = s.getDoubles("priors");
      ModelStates.require(priors.length == classes.size(), s, "priors and classes differ in length");
      DummyClassifier.Strategy strategy;
      try {
        strategy = DummyClassifier.Strategy.valueOf(s.getString("strategy"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("unknown DummyClassifier strategy '" + s.getString("strategy") + "'");
      }
      int constantCode = s.getInt("constantCode");
      ModelStates.require(strategy != DummyClassifier.Strategy.CONSTANT
          || (constantCode >= 0 && constantCode < classes.size()), s, "constant code out of range");
      return new DummyClassifierModel(ModelStates.schema(s), classes, priors, strategy, constantCode,
          s.getLong("seed"), ModelStates.provenance(s));
    }
  }
}
