package praxis.nn;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/** Input conversion, hidden-layer parsing and shared model-state parts of the network estimators. */
final class NnSupport {
  private NnSupport() {}

  /** Validated training features as a feature-major array ({@code x[i * p + j]}). */
  static double[] fitRows(Frame x, Target y, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (y != null && x.rowCount() != y.size()) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + y.size()
          + "; pass the target of the same rows");
    }
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    x.requireFinite(who);
    return featureMajor(x);
  }

  /** Validated prediction features (schema-checked) as a feature-major array. */
  static double[] predictRows(Schema fitted, Frame x, String who) {
    fitted.requireCompatible(x.schema(), who + " input");
    x.requireFinite(who);
    return featureMajor(x);
  }

  private static double[] featureMajor(Frame x) {
    double[] cm = x.toColumnMajor();
    int n = x.rowCount();
    int p = x.columnCount();
    double[] out = new double[n * p];
    for (int j = 0; j < p; j++) {
      int o = j * n;
      for (int i = 0; i < n; i++) {
        out[i * p + j] = cm[o + i];
      }
    }
    return out;
  }

  /**
   * Parses {@code "100"} or {@code "256,128"} into layer widths.
   *
   * @throws IllegalArgumentException naming the parameter for a malformed list
   */
  static int[] hiddenSizes(String spec, String param) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(param + " is empty; give the hidden layer widths, e.g. \"100\" or "
          + "\"256,128\"");
    }
    List<Integer> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      int v;
      try {
        v = Integer.parseInt(part.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(param + " entry '" + part + "' in '" + spec + "' is not an integer; "
            + "write the widths comma-separated, e.g. \"256,128\"");
      }
      if (v < 1) {
        throw new IllegalArgumentException(param + " entry " + v + " in '" + spec + "' must be >= 1");
      }
      out.add(v);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The hidden stack on {@code in} inputs: per width a dense layer, optional batch norm, activation, dropout. */
  static Network.Builder hidden(int in, int[] sizes, Activation.Fn fn, boolean batchNorm, double dropout) {
    Network.Builder b = Network.builder(in).init(initFor(fn));
    for (int h : sizes) {
      b.dense(h);
      if (batchNorm) {
        b.batchNorm();
      }
      b.activation(fn);
      if (dropout > 0) {
        b.dropout(dropout);
      }
    }
    return b;
  }

  static Init initFor(Activation.Fn fn) {
    return switch (fn) {
      case SIGMOID, TANH, SOFTMAX, IDENTITY -> Init.XAVIER_UNIFORM;
      default -> Init.HE_UNIFORM;
    };
  }

  static State.Builder start(String type, Schema schema, Provenance provenance, Network net, double[] curve) {
    return State.builder(type).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("network", net.toState()).put("lossCurve", curve);
  }

  static Network network(State s, int in, int out) {
    Network net = Network.fromState(s.getState("network"));
    require(net.inputSize() == in && net.outputSize() == out, s,
        "the network maps " + net.inputSize() + " -> " + net.outputSize() + " but " + in + " -> " + out
            + " is expected");
    return net;
  }

  static void require(boolean ok, State s, String what) {
    if (!ok) {
      throw new ModelFormatException("inconsistent '" + s.type() + "' model state: " + what);
    }
  }

  static TrainingConfig config(OptimizerKind solver, double lr, int batchSize, int maxIter, double alpha,
      boolean earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed, int n) {
    int batch = Math.min(batchSize, n);
    double l2 = solver == OptimizerKind.ADAMW ? alpha : alpha / batch;
    return new TrainingConfig(solver, lr, 0.9, maxIter, batchSize, 0, l2, 0, 0,
        earlyStopping ? validationFraction : 0, nIterNoChange, tol, seed, null);
  }
}
